/**
 * The validator page: a file chosen, dropped or pasted is handed to the worker (worker.ts), which
 * validates it off this thread and says how far it got; the report is rendered by report.ts. Nothing
 * is sent anywhere: the page has no server code, and the build forbids itself any connection.
 */
import type { Lang, Severity } from 'profielkit';
import { fileName, save } from './downloads.js';
import { WORDS, counted, type Words } from './i18n.js';
import { formatOf } from './read-file.js';
import { applyFilter, renderResults, renderSummary, SEVERITIES, verdict, type Shown } from './report.js';
import { jsonReport } from './report-json.js';
import { type FromWorker, type InputFormat, type ProfileInfo, type ToWorker, type WorkerDownload } from './protocol.js';

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page lacks #${id}`);
  return e as T;
}

const ui = {
  lang: byId<HTMLSelectElement>('lang'),
  form: byId<HTMLFormElement>('form'),
  drop: byId<HTMLDivElement>('drop'),
  file: byId<HTMLInputElement>('file'),
  paste: byId<HTMLTextAreaElement>('paste'),
  format: byId<HTMLSelectElement>('format'),
  profile: byId<HTMLSelectElement>('profile'),
  check: byId<HTMLButtonElement>('check'),
  progress: byId<HTMLProgressElement>('progress'),
  status: byId<HTMLParagraphElement>('status-text'),
  summary: byId<HTMLDivElement>('summary'),
  tools: byId<HTMLDivElement>('tools'),
  filter: byId<HTMLFieldSetElement>('filter'),
  downloads: byId<HTMLFieldSetElement>('downloads'),
  results: byId<HTMLDivElement>('results'),
};

/** What is being (or was last) checked. */
interface Input {
  readonly source: Blob;
  readonly name: string;
  /** a file's own name, for its extension; undefined for pasted text */
  readonly fileName: string | undefined;
}

interface Done extends Shown {
  readonly format: InputFormat;
}

// Dutch first, as the command's --lang
let lang: Lang = 'nl';
let words: Words = WORDS[lang];
let input: Input | undefined;
let done: Done | undefined;
let runs = 0;
let current = 0;

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const send = (message: ToWorker) => worker.postMessage(message);

/** The words of the chosen language on every element that has `data-i18n`. */
function translate(): void {
  document.documentElement.lang = lang;
  document.title = words.title;
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = e.dataset['i18n'] as keyof Words;
    const value = words[key];
    if (typeof value === 'string') e.textContent = value;
  }
  if (!done && ui.summary.dataset['state'] === 'idle') ui.summary.textContent = words.idle;
}

function setStatus(text: string, progress?: { done: number; total: number }): void {
  ui.status.textContent = text;
  ui.progress.hidden = progress === undefined;
  if (progress) {
    ui.progress.max = Math.max(progress.total, 1);
    ui.progress.value = Math.min(progress.done, progress.total);
  }
}

async function check(next: Input): Promise<void> {
  input = next;
  const id = ++runs;
  current = id;
  const format = await formatOf(next.source, next.fileName, ui.format.value);
  if (id !== current) return;
  ui.summary.dataset['state'] = 'working';
  ui.summary.dataset['run'] = String(id);
  setStatus(`${next.name}: ${words.phase('reading', undefined)}…`, { done: 0, total: next.source.size });
  send({ type: 'validate', id, source: next.source, name: next.name, format, profile: ui.profile.value, lang });
}

function showDone(message: Extract<FromWorker, { type: 'done' }>): void {
  done = { name: message.name, outcomes: message.outcomes, chosenBy: message.chosenBy, milliseconds: message.milliseconds, format: message.format };
  void render();
  const first = message.outcomes.map((o) => verdict(o, words).text).join('; ');
  setStatus(`${message.name}: ${first}`);
}

/** The report of the last validation, in the current language (messages are the worker's, in the language asked). */
async function render(): Promise<void> {
  if (!done) return;
  const shown = done;
  renderSummary(ui.summary, shown, words);
  ui.summary.dataset['state'] = 'rendering';
  // the filter's choice holds for rows as they are added
  if (!(await renderResults(ui.results, shown, words)) || shown !== done) return;
  const total: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
  for (const o of done.outcomes) for (const s of SEVERITIES) total[s] += o.counts[s];
  for (const span of ui.filter.querySelectorAll<HTMLElement>('[data-severity]')) {
    const s = span.dataset['severity'] as Severity;
    span.textContent = counted(words, s, total[s]);
  }
  filter();
  ui.tools.hidden = false;
  ui.summary.dataset['state'] = 'done';
}

function filter(): void {
  const shown = new Set<Severity>();
  for (const box of ui.filter.querySelectorAll<HTMLInputElement>('input[name="severity"]')) if (box.checked) shown.add(box.value as Severity);
  applyFilter(ui.results, shown, words);
}

function showFailure(message: Extract<FromWorker, { type: 'failed' }>): void {
  done = undefined;
  const { failure } = message;
  const name = input?.name ?? '';
  if (failure.kind === 'choose') return askProfile(name, failure.candidates ?? [], failure.reason ?? 'none');
  const head = document.createElement('p');
  head.className = 'verdict failed';
  const strong = document.createElement('strong');
  strong.textContent = name;
  head.append(strong, `: ${words.failed}`);
  const parts: HTMLElement[] = [head];
  const detail = document.createElement('p');
  detail.className = 'failure';
  detail.textContent = failure.message;
  parts.push(detail);
  if (failure.line !== undefined) {
    const where = document.createElement('p');
    where.className = 'where';
    where.dataset['line'] = String(failure.line);
    where.textContent = words.line(failure.line, failure.column);
    parts.push(where);
    if (failure.excerpt !== undefined) {
      const pre = document.createElement('pre');
      pre.className = 'excerpt';
      pre.textContent = failure.excerpt;
      parts.push(pre);
    }
  }
  finish(parts, 'failed', `${name}: ${words.failed}`);
}

/** Brings the verdict into view and gives it focus (on a phone it is below the form). */
function focusSummary(): void {
  ui.summary.focus({ preventScroll: true });
  ui.summary.scrollIntoView({ block: 'start' });
}

/** The summary's new content, the report's state, and the verdict brought into view with focus. */
function finish(parts: readonly HTMLElement[], state: 'failed' | 'choose', status: string): void {
  ui.summary.replaceChildren(...parts);
  ui.summary.dataset['verdict'] = 'failed';
  ui.summary.dataset['state'] = state;
  ui.results.replaceChildren();
  ui.tools.hidden = true;
  setStatus(status);
  focusSummary();
}

/** The data does not say its profile: the steward chooses one of the candidates, and the file is checked with it. */
function askProfile(name: string, candidates: readonly string[], reason: 'none' | 'several'): void {
  const head = document.createElement('p');
  head.className = 'verdict failed';
  const strong = document.createElement('strong');
  strong.textContent = name;
  head.append(strong, `: ${words.choose(reason)}`);
  const buttons = document.createElement('p');
  buttons.className = 'choose';
  for (const candidate of candidates) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['profile'] = candidate;
    button.textContent = words.checkAs(candidate);
    button.addEventListener('click', () => {
      ui.profile.value = candidate;
      if (input) void check(input);
    });
    buttons.append(button);
  }
  finish([head, buttons], 'choose', `${name}: ${words.choose(reason)}`);
}

function populateProfiles(list: readonly ProfileInfo[]): void {
  const auto = document.createElement('option');
  auto.value = '';
  auto.dataset['i18n'] = 'profileAuto';
  auto.textContent = words.profileAuto;
  ui.profile.replaceChildren(
    auto,
    ...list.map((p) => {
      const option = document.createElement('option');
      option.value = p.name;
      option.textContent = p.name;
      return option;
    }),
  );
}

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'ready':
      populateProfiles(message.profiles);
      ui.check.disabled = false;
      ui.summary.dataset['state'] = 'idle';
      document.body.dataset['ready'] = 'true';
      setStatus(words.idle);
      return;
    case 'progress':
      if (message.id !== current) return;
      setStatus(`${input?.name ?? ''}: ${words.phase(message.phase, message.profile)}… ${message.total > 1 ? `${Math.floor((100 * message.done) / message.total)}%` : ''}`, message.total > 1 ? message : undefined);
      return;
    case 'done':
      if (message.id === current) showDone(message);
      return;
    case 'failed':
      if (message.id === current) showFailure(message);
      return;
    case 'file':
      if (done) save(message.text, fileName(done.name, SUFFIX[message.kind]), MIME[message.kind]);
      return;
    case 'file-failed':
      setStatus(`${words.failed}: ${message.message}`);
      return;
  }
};

// the worker itself failed (it ran out of memory, say): the report says so rather than waiting forever
worker.onerror = (event) => {
  event.preventDefault();
  showFailure({ type: 'failed', id: current, failure: { kind: 'other', message: event.message || 'the worker stopped' } });
};

const SUFFIX: Record<WorkerDownload, string> = { 'shacl-turtle': '-shacl-report.ttl', 'data-turtle': '-data.ttl', 'data-jsonld': '-data.jsonld' };
const MIME: Record<WorkerDownload, string> = { 'shacl-turtle': 'text/turtle', 'data-turtle': 'text/turtle', 'data-jsonld': 'application/ld+json' };

function fromFile(file: File): Input {
  return { source: file, name: file.name, fileName: file.name };
}

ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  if (file) void check(fromFile(file));
});

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.paste.value;
  const file = ui.file.files?.[0];
  if (text.trim() !== '') void check({ source: new Blob([text], { type: 'text/plain' }), name: words.pasted, fileName: undefined });
  else if (file) void check(fromFile(file));
  else setStatus(words.empty);
});

// a file dropped anywhere on the drop zone; elsewhere a drop would make the browser open the file
for (const type of ['dragenter', 'dragover'] as const) {
  ui.drop.addEventListener(type, (event) => {
    event.preventDefault();
    ui.drop.classList.add('over');
  });
}
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
ui.drop.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void check(fromFile(file));
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

/** Checks the input again: with another profile, format or language. */
function again(): void {
  if (input) void check(input);
}

ui.profile.addEventListener('change', again);
ui.format.addEventListener('change', again);
ui.lang.addEventListener('change', () => {
  lang = ui.lang.value === 'en' ? 'en' : 'nl';
  words = WORDS[lang];
  translate();
  // the messages come from the validation, in its language (and a failure is shown again in it)
  if (input) again();
});
ui.filter.addEventListener('change', filter);

ui.downloads.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-download]');
  if (!button || !done) return;
  const kind = button.dataset['download'];
  if (kind === 'json-report') save(jsonReport(done.name, done.outcomes), fileName(done.name, lang === 'nl' ? '-rapport.json' : '-report.json'), 'application/json');
  else send({ type: 'download', id: current, kind: kind as WorkerDownload });
});

ui.lang.value = lang;
translate();
