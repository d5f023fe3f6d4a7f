/**
 * The report on the page, built from the library's steward report (the command's text, CSV and HTML
 * reports come from the same model): the verdict per profile with the counts, then the overview, one
 * line per rule broken with how many records it affects, most first. A rule opens to its findings, a
 * page at a time, so that an export with a fault in every record stays responsive: only the rows of an
 * open rule are ever made. A search by record id narrows every rule to the records that match.
 */
import type { Severity } from 'profielkit';
import type { Finding, RuleGroup, StewardReport } from 'profielkit/report';
import { counted, type Words } from './i18n.js';
import type { RegisterObjects } from './protocol.js';

export const SEVERITIES: readonly Severity[] = ['Violation', 'Warning', 'Info'];

/** findings added to an open rule at a time */
export const PAGE = 50;

/** What the report shows of one check. */
export interface Shown {
  readonly name: string;
  readonly report: StewardReport;
  readonly chosenBy: 'data' | 'selector';
  readonly milliseconds: number;
  /** OpenRegister JSON: objects of other schemas not checked, objects recognised by their fields */
  readonly objects?: RegisterObjects;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; testid?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.testid) e.dataset['testid'] = props.testid;
  e.append(...children);
  return e;
}

/** The findings' counts by severity over every profile (one wrong value is one finding). */
export function totals(report: StewardReport): Record<Severity, number> {
  const total: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
  for (const v of report.verdicts) for (const s of SEVERITIES) total[s] += v.counts[s];
  return total;
}

/** The summary: the verdict per profile, the counts, the records with a finding, how the profile was chosen. */
export function renderSummary(target: HTMLElement, shown: Shown, words: Words): void {
  const { report } = shown;
  const total = totals(report);
  const lines = el(
    'ul',
    { className: 'verdicts' },
    ...report.verdicts.map((v) =>
      el('li', { className: `verdict ${v.state}` }, el('strong', { text: shown.name }), `: ${v.text}`),
    ),
  );
  const counts = el(
    'p',
    { className: 'counts' },
    ...SEVERITIES.map((s) => el('span', { className: `count sev-${s}`, text: counted(words, s, total[s]) })),
  );
  const meta = el(
    'p',
    { className: 'meta' },
    `${words.recordsWithFindings(report.records)} · ` +
      `${words.chosen(report.verdicts.map((v) => v.profile).join(', '), shown.chosenBy)} ` +
      `· ${words.took(shown.milliseconds)}`,
  );
  const parts: HTMLElement[] = [lines, counts, meta];
  for (const v of report.verdicts)
    if (v.notShown > 0) parts.push(el('p', { className: 'more', text: `${v.profile}: ${words.more(v.notShown)}` }));
  // what the command tells on standard error: objects not checked, and how objects were recognised
  const listed = (list: RegisterObjects['skipped']) => list.map((s) => `${s.schema} (${s.count})`).join(', ');
  const count = (list: RegisterObjects['skipped']) => list.reduce((n, s) => n + s.count, 0);
  const { skipped = [], recognised = [] } = shown.objects ?? {};
  if (count(skipped) > 0)
    parts.push(el('p', { className: 'objects', text: words.skippedObjects(count(skipped), listed(skipped)) }));
  if (count(recognised) > 0)
    parts.push(el('p', { className: 'objects', text: words.recognisedObjects(count(recognised), listed(recognised)) }));
  target.replaceChildren(...parts);
  target.dataset['verdict'] = report.state;
}

/** One finding: its record, field, value found and place; the problem; the technical detail. */
function row(f: Finding, group: RuleGroup, words: Words): HTMLLIElement {
  const head = el('p', { className: 'finding-head' }, el('code', { className: 'record', text: f.record }));
  if (f.field !== '')
    head.append(' · ', el('span', { className: 'field' }, `${words.field} `, el('code', { text: f.field })));
  if (f.value !== '')
    head.append(' · ', el('span', { className: 'value' }, `${words.found} `, el('code', { text: f.value })));
  if (f.where !== '') head.append(' · ', el('span', { className: 'at', text: f.where }));
  const li = el('li', { className: `finding sev-${f.severity}`, testid: 'result' }, head);
  if (f.problem !== group.title) li.append(el('p', { className: 'problem', text: f.problem }));
  if (f.detail !== '') li.append(el('p', { className: 'detail', text: f.detail }));
  li.dataset['severity'] = f.severity;
  return li;
}

/** Whether a finding's record matches the search (its id, IRI or number, in any case). */
function matches(f: Finding, query: string): boolean {
  return query === '' || f.record.toLowerCase().includes(query) || f.node.toLowerCase().includes(query);
}

/** The rows of an open rule, a page at a time, with a button for the next page. */
function fill(
  list: HTMLUListElement,
  more: HTMLButtonElement,
  group: RuleGroup,
  findings: readonly Finding[],
  words: Words,
): void {
  const from = list.childElementCount;
  const to = Math.min(findings.length, from + PAGE);
  list.append(...findings.slice(from, to).map((f) => row(f, group, words)));
  const left = findings.length - to;
  more.hidden = left === 0;
  more.textContent = words.showMore(Math.min(PAGE, left), left);
}

/** What the filter and the search leave. */
export interface View {
  readonly severities: ReadonlySet<Severity>;
  /** lower case; empty: every record */
  readonly query: string;
}

/** The overview by rule: one closed line per rule, that opens to its findings. Returns the rules shown. */
export function renderOverview(target: HTMLElement, shown: Shown, view: View, words: Words): number {
  const { report } = shown;
  const several = report.verdicts.length > 1;
  const items: HTMLLIElement[] = [];
  let findingsShown = 0;
  for (const group of report.groups) {
    if (!view.severities.has(group.severity)) continue;
    const findings = view.query === '' ? group.findings : group.findings.filter((f) => matches(f, view.query));
    if (findings.length === 0) continue;
    findingsShown += findings.length;
    const records = view.query === '' ? group.records : new Set(findings.map((f) => f.node || f.record)).size;
    const summary = el(
      'summary',
      {},
      el('span', { className: 'records', text: words.records(records) }),
      ' ',
      el('span', { className: 'badge', text: words.severity[group.severity][0] }),
      ' ',
      el('span', { className: 'title', text: `${several ? `${group.profile}: ` : ''}${group.title}` }),
    );
    const list = el('ul', { className: 'rows' });
    const more = el('button', { className: 'more-rows' });
    more.type = 'button';
    more.hidden = true;
    more.addEventListener('click', () => fill(list, more, group, findings, words));
    const details = el('details', {}, summary, list, more);
    // rows are made when the rule is opened, never before: 100,000 findings cost nothing until asked for
    details.addEventListener('toggle', () => {
      if (details.open && list.childElementCount === 0) fill(list, more, group, findings, words);
    });
    // a search opens the rules it found records in, so the steward sees them at once (a page of each)
    if (view.query !== '') details.open = true;
    const item = el('li', { className: `group sev-${group.severity}`, testid: 'group' }, details);
    item.dataset['severity'] = group.severity;
    items.push(item);
  }
  const heading = el('h3', { text: words.overview });
  const parts: HTMLElement[] = [heading];
  if (report.groups.length === 0) parts.push(el('p', { className: 'none', text: words.noResults }));
  else if (items.length === 0)
    parts.push(el('p', { className: 'all-hidden', text: view.query === '' ? words.allHidden : words.noMatch }));
  else {
    if (view.query !== '') parts.push(el('p', { className: 'found', text: words.matched(findingsShown) }));
    parts.push(el('ol', { className: 'groups' }, ...items));
  }
  target.replaceChildren(...parts);
  // the open rules' rows, now that they are in the document
  for (const d of target.querySelectorAll('details[open]')) d.dispatchEvent(new Event('toggle'));
  return items.length;
}
