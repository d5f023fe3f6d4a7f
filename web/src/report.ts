/**
 * The report on the page, laid out as the command's text report: a verdict per profile with the
 * counts, then the results grouped by the node they concern (nodes with violations first, and
 * violations first within a node), the offending value in brackets and, for JSON input, the JSON path.
 */
import type { Severity, ValidationResult } from 'profielkit';
import { counted, type Words } from './i18n.js';
import { nothingChecked } from './report-json.js';
import type { Outcome } from './protocol.js';

export const SEVERITIES: readonly Severity[] = ['Violation', 'Warning', 'Info'];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** What the report shows of one validation. */
export interface Shown {
  readonly name: string;
  readonly outcomes: readonly Outcome[];
  readonly chosenBy: 'data' | 'selector';
  readonly milliseconds: number;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; testid?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.testid) e.dataset['testid'] = props.testid;
  e.append(...children);
  return e;
}

/** The verdict on one profile: `voldoet niet aan toestemming`, or that nothing was checked. */
export function verdict(o: Outcome, words: Words): { text: string; state: 'conforms' | 'fails' | 'nothing' } {
  if (o.counts.Violation > 0) return { text: `${words.fails} ${o.profile}`, state: 'fails' };
  if (nothingChecked(o) || o.nodesChecked === 0) return { text: words.nothing(o.profile), state: 'nothing' };
  return { text: `${words.conforms} ${o.profile}`, state: o.conforms ? 'conforms' : 'fails' };
}

/** The summary: the input's verdict per profile, the counts by severity, the nodes checked, how the profile was chosen. */
export function renderSummary(target: HTMLElement, shown: Shown, words: Words): void {
  const total = { Violation: 0, Warning: 0, Info: 0 };
  for (const o of shown.outcomes) for (const s of SEVERITIES) total[s] += o.counts[s];
  const verdicts = shown.outcomes.map((o) => verdict(o, words));
  const state = verdicts.some((v) => v.state === 'fails') ? 'fails' : verdicts.some((v) => v.state === 'nothing') ? 'nothing' : 'conforms';
  const lines = el('ul', { className: 'verdicts' }, ...shown.outcomes.map((o, i) => el('li', { className: `verdict ${verdicts[i]?.state ?? ''}` }, el('strong', { text: shown.name }), `: ${verdicts[i]?.text ?? ''}`)));
  const counts = el('p', { className: 'counts' }, ...SEVERITIES.map((s) => el('span', { className: `count sev-${s}`, text: counted(words, s, total[s]) })));
  const nodes = shown.outcomes.reduce((n, o) => n + o.nodesChecked, 0);
  const meta = el('p', { className: 'meta' }, `${words.nodesChecked(nodes)} · ${words.chosen(shown.outcomes.map((o) => o.profile).join(', '), shown.chosenBy)} · ${words.took(shown.milliseconds)}`);
  target.replaceChildren(lines, counts, meta);
  target.dataset['verdict'] = state;
}

/** One result's row: `schending  Toestemming.gegevenOp moet een datum … [2024-03-01T10:00:00] (bij status)`. */
function row(r: ValidationResult, words: Words): HTMLLIElement {
  const li = el('li', { className: `result sev-${r.severity}`, testid: 'result' }, el('span', { className: 'badge', text: words.severity[r.severity][0] }), ' ', el('span', { className: 'message', text: r.message }));
  if (r.value !== undefined) li.append(' ', el('code', { className: 'value', text: `[${r.value}]` }));
  if (r.jsonPath !== undefined) li.append(' ', el('span', { className: 'at' }, `(${words.at} `, el('code', { text: r.jsonPath === '' ? words.payload : r.jsonPath }), ')'));
  li.dataset['severity'] = r.severity;
  return li;
}

/** rows added before the page gets a frame: a report of thousands of rows never freezes it */
const BATCH = 250;
let rendering = 0;

/**
 * The results of every profile, grouped by node, added a batch at a time so that the page stays
 * responsive on an export with thousands of results. Resolves to false when a newer render took over.
 */
export async function renderResults(target: HTMLElement, shown: Shown, words: Words): Promise<boolean> {
  const token = ++rendering;
  target.replaceChildren();
  let added = 0;
  for (const o of shown.outcomes) {
    const groups = new Map<string, ValidationResult[]>();
    for (const r of o.results) {
      const key = r.focusNode === '' ? words.json : r.focusNode;
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
    const worst = (rs: readonly ValidationResult[]) => rs.reduce((w, r) => Math.min(w, rank(r.severity)), SEVERITIES.length);
    // nodes with violations first, then in the order the validation found them (a stable sort)
    const ordered = [...groups].sort((a, b) => worst(a[1]) - worst(b[1]));
    const section = el('section', { className: 'profile' }, el('h3', { text: o.profile }));
    target.append(section);
    if (ordered.length === 0) section.append(el('p', { className: 'none', text: words.noResults }));
    for (const [node, results] of ordered) {
      const list = el('ul', { className: 'rows' }, ...[...results].sort((a, b) => rank(a.severity) - rank(b.severity)).map((r) => row(r, words)));
      section.append(el('div', { className: 'group' }, el('h4', { className: 'node' }, el('code', { text: node })), list));
      added += results.length;
      if (added >= BATCH) {
        added = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (token !== rendering) return false;
      }
    }
    if (o.totalResults > o.results.length) section.append(el('p', { className: 'more', text: words.more(o.totalResults - o.results.length) }));
  }
  return token === rendering;
}

/** Shows only the rows of the severities checked; a node whose rows are all hidden is hidden too. */
export function applyFilter(target: HTMLElement, shownSeverities: ReadonlySet<Severity>, words: Words): void {
  let visible = 0;
  for (const group of target.querySelectorAll<HTMLElement>('.group')) {
    let any = false;
    for (const r of group.querySelectorAll<HTMLElement>('[data-testid="result"]')) {
      const show = shownSeverities.has(r.dataset['severity'] as Severity);
      if (r.hidden === show) r.hidden = !show;
      any ||= show;
      if (show) visible++;
    }
    if (group.hidden === any) group.hidden = !any;
  }
  const total = target.querySelectorAll('[data-testid="result"]').length;
  target.querySelector('.all-hidden')?.remove();
  if (total > 0 && visible === 0) target.prepend(el('p', { className: 'all-hidden', text: words.allHidden }));
}
