/**
 * The validator page: a file chosen, dropped or pasted is handed to the worker (worker.ts), which
 * validates it off this thread and says how far it got; the report is rendered by report.ts. Nothing
 * is sent anywhere: the page has no server code, and the build forbids itself any connection.
 */
import type { Lang, Severity } from 'profielkit';
import { reportCsv, reportHtml } from 'profielkit/report';
import { fileName, save } from './downloads.js';
import { WORDS, counted, type Words } from './i18n.js';
import { formatOf } from './read-file.js';
import { renderOverview, renderSummary, totals, type Shown } from './report.js';
import { jsonReport } from './report-json.js';
import type { FromWorker, InputFormat, Outcome, ProfileInfo, ToWorker, WorkerDownload } from './protocol.js';

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
  progressText: byId<HTMLParagraphElement>('progress-text'),
  status: byId<HTMLParagraphElement>('status-text'),
  summary: byId<HTMLDivElement>('summary'),
  tools: byId<HTMLDivElement>('tools'),
  filter: byId<HTMLFieldSetElement>('filter'),
  search: byId<HTMLInputElement>('search'),
  downloads: byId<HTMLFieldSetElement>('downloads'),
  print: byId<HTMLButtonElement>('print'),
  results: byId<HTMLDivElement>('results'),
};

/** One file (or the pasted text) of a check. */
interface Part {
  readonly source: Blob;
  readonly name: string;
  /** a file's own name, for its extension; undefined for pasted text */
  readonly fileName: string | undefined;
}

/** What is being (or was last) checked: one file, or several (the pages of one JSON list). */
interface Input {
  readonly parts: readonly Part[];
  /** the file's name, or the files' names joined by ` + `, as the command names several */
  readonly name: string;
}

interface Done extends Shown {
  readonly format: InputFormat;
  readonly outcomes: readonly Outcome[];
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

/** The live status line: announced by screen readers, so set only at a check's start and end. */
function announce(text: string): void {
  ui.status.textContent = text;
}

/** The one progress bar and its text (not announced): how far the check is; hidden when none runs. */
function showProgress(progress: { done: number; total: number; text: string } | undefined): void {
  ui.progress.hidden = progress === undefined;
  ui.progressText.hidden = progress === undefined;
  if (!progress) return;
  ui.progress.max = Math.max(progress.total, 1);
  ui.progress.value = Math.min(progress.done, progress.total);
  ui.progressText.textContent = progress.text;
}

async function check(next: Input): Promise<void> {
  input = next;
  const id = ++runs;
  current = id;
  let formats: InputFormat[];
  try {
    formats = await Promise.all(next.parts.map((p) => formatOf(p.source, p.fileName, ui.format.value)));
  } catch {
    // the file changed on disk since it was chosen: the browser will not read it until it is chosen again
    if (id === current) askFileAgain(next.name, id);
    return;
  }
  if (id !== current) return;
  ui.summary.dataset['state'] = 'working';
  ui.summary.dataset['run'] = String(id);
  announce(words.checking(next.name));
  showProgress({ done: 0, total: 1000, text: `${words.phase('reading', undefined)}… 0%` });
  const files = next.parts.map((p, i) => ({ source: p.source, name: p.name, format: formats[i] as InputFormat }));
  send({ type: 'validate', id, files, name: next.name, profile: ui.profile.value, lang });
}

function showDone(message: Extract<FromWorker, { type: 'done' }>): void {
  done = {
    name: message.name,
    report: message.report,
    outcomes: message.outcomes,
    chosenBy: message.chosenBy,
    milliseconds: message.milliseconds,
    format: message.format,
    ...(message.objects ? { objects: message.objects } : {}),
  };
  showProgress(undefined);
  ui.search.value = '';
  render();
  announce(`${message.name}: ${message.report.verdicts.map((v) => v.text).join('; ')}`);
  focusSummary();
}

/** The report of the last check, in the language it was made in (the worker's, as asked). */
function render(): void {
  if (!done) return;
  renderSummary(ui.summary, done, words);
  const total = totals(done.report);
  for (const span of ui.filter.querySelectorAll<HTMLElement>('[data-severity]')) {
    const s = span.dataset['severity'] as Severity;
    span.textContent = counted(words, s, total[s]);
  }
  filter();
  ui.tools.hidden = false;
  ui.summary.dataset['state'] = 'done';
}

/** The overview again, for the severities checked and the record searched for. */
function filter(): void {
  if (!done) return;
  const severities = new Set<Severity>();
  for (const box of ui.filter.querySelectorAll<HTMLInputElement>('input[name="severity"]'))
    if (box.checked) severities.add(box.value as Severity);
  renderOverview(ui.results, done, { severities, query: ui.search.value.trim().toLowerCase() }, words);
}

function showFailure(message: Extract<FromWorker, { type: 'failed' }>): void {
  done = undefined;
  const { failure } = message;
  // of several files, the one the failure is in
  const name = failure.file ?? input?.name ?? '';
  if (failure.kind === 'choose') return askProfile(name, failure.candidates ?? [], failure.reason ?? 'none');
  if (failure.kind === 'reread') return askFileAgain(name, message.id);
  if (failure.kind === 'pages')
    return showFailure({ ...message, failure: { kind: 'other', message: words.pagesOnly(failure.files ?? []) } });
  const syntax = failure.kind === 'syntax';
  const head = document.createElement('p');
  head.className = 'verdict failed';
  const strong = document.createElement('strong');
  strong.textContent = name;
  head.append(
    strong,
    `: ${words.failed}${syntax ? ` (${words.syntaxError(failure.syntax)})` : `: ${failure.message}`}`,
  );
  const parts: HTMLElement[] = [head];
  if (failure.line !== undefined) {
    const where = document.createElement('p');
    where.className = 'where';
    where.dataset['line'] = String(failure.line);
    where.textContent = words.line(failure.line, failure.column);
    parts.push(where);
    if (failure.excerpt !== undefined) {
      const pre = document.createElement('pre');
      pre.className = 'excerpt';
      // it scrolls sideways on a narrow screen: reachable by keyboard
      pre.tabIndex = 0;
      pre.textContent = failure.excerpt;
      parts.push(pre);
    }
  }
  const own = syntax ? failure.message : failure.detail;
  if (own !== undefined) {
    // the library's own words, for whoever fixes the file
    const detail = document.createElement('p');
    detail.className = 'failure detail';
    detail.textContent = own;
    parts.push(detail);
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
  showProgress(undefined);
  ui.summary.replaceChildren(...parts);
  ui.summary.dataset['verdict'] = 'failed';
  ui.summary.dataset['state'] = state;
  ui.results.replaceChildren();
  ui.tools.hidden = true;
  announce(status);
  focusSummary();
}

/** A file changed since it was chosen cannot be read again by the page: the steward is asked to choose it again. */
function askFileAgain(name: string, id: number): void {
  done = undefined;
  ui.summary.dataset['run'] = String(id);
  const head = document.createElement('p');
  head.className = 'verdict failed';
  const strong = document.createElement('strong');
  strong.textContent = name;
  head.append(strong, `: ${words.reread}`);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.chooseAgain;
  button.addEventListener('click', () => ui.file.click());
  const p = document.createElement('p');
  p.className = 'choose';
  p.append(button);
  finish([head, p], 'failed', `${name}: ${words.reread}`);
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
      announce(words.idle);
      return;
    case 'progress':
      if (message.id !== current) return;
      showProgress({
        done: message.done,
        total: message.total,
        text:
          `${words.phase(message.phase, message.profile)}… ` +
          `${Math.floor((100 * message.done) / Math.max(message.total, 1))}%`,
      });
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
      announce(`${words.failed}: ${message.message}`);
      return;
  }
};

// the worker itself failed (it ran out of memory, say): the report says so rather than waiting forever
worker.onerror = (event) => {
  event.preventDefault();
  showFailure({ type: 'failed', id: current, failure: { kind: 'other', message: words.workerStopped } });
};

const SUFFIX: Record<WorkerDownload, string> = {
  'shacl-turtle': '-shacl-report.ttl',
  'data-turtle': '-data.ttl',
  'data-jsonld': '-data.jsonld',
};
const MIME: Record<WorkerDownload, string> = {
  'shacl-turtle': 'text/turtle',
  'data-turtle': 'text/turtle',
  'data-jsonld': 'application/ld+json',
};

/** The files chosen or dropped: one, or several (the pages of one JSON list), as one input. */
function fromFiles(list: FileList | null | undefined): Input | undefined {
  const files = Array.from(list ?? []);
  if (files.length === 0) return undefined;
  return {
    parts: files.map((f) => ({ source: f, name: f.name, fileName: f.name })),
    name: files.map((f) => f.name).join(' + '),
  };
}

/** the last files chosen or dropped, checked again by "Controleer" */
let lastFile: Input | undefined;

ui.file.addEventListener('change', () => {
  const files = fromFiles(ui.file.files);
  if (!files) return;
  lastFile = files;
  // emptied once taken: choosing the same file again (corrected, say) is then a change the page hears
  ui.file.value = '';
  void check(lastFile);
});

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.paste.value;
  if (text.trim() !== '')
    void check({
      parts: [{ source: new Blob([text], { type: 'text/plain' }), name: words.pasted, fileName: undefined }],
      name: words.pasted,
    });
  else if (lastFile) void check(lastFile);
  else announce(words.empty);
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
  const files = fromFiles(event.dataTransfer?.files);
  if (!files) return;
  lastFile = files;
  void check(lastFile);
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
// the search narrows the overview as it is typed: a whole report of kept findings is searched in memory
ui.search.addEventListener('input', filter);
ui.print.addEventListener('click', () => window.print());

ui.downloads.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-download]');
  if (!button || !done) return;
  const kind = button.dataset['download'];
  const report = lang === 'nl' ? '-rapport' : '-report';
  if (kind === 'json-report')
    save(jsonReport(done.name, done.outcomes), fileName(done.name, `${report}.json`), 'application/json');
  else if (kind === 'csv') save(reportCsv(done.report), fileName(done.name, `${report}.csv`), 'text/csv;charset=utf-8');
  else if (kind === 'html')
    save(reportHtml(done.report), fileName(done.name, `${report}.html`), 'text/html;charset=utf-8');
  else send({ type: 'download', id: current, kind: kind as WorkerDownload });
});

ui.lang.value = lang;
translate();
