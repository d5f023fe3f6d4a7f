/**
 * The page's worker: reads the input, finds its profiles, validates, and makes the downloads that
 * need the data or the report graph. Runs off the page's thread, so that a large export does not
 * freeze the page; nothing here touches the network (profielkit never fetches, and the bundled
 * JSON-LD contexts are served from memory).
 */
import {
  joinConversions,
  parseJson,
  parseJsonLd,
  parseRdf,
  ParseError,
  profiles,
  profilesOfJson,
  profilesTyping,
  toJsonLd,
  toTurtle,
  validate,
  validateStream,
  validateStreamProfiles,
  type AnyProfile,
  type JsonConversion,
  type Lang,
  type ValidationReport,
} from 'profielkit';
import { codeFrame, failureWords, otherKindMessage, otherKindOf, recordLines, stewardReport } from 'profielkit/report';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import {
  isRdf,
  MAX_RESULTS,
  type Failure,
  type FromWorker,
  type InputFile,
  type InputFormat,
  type Outcome,
  type Phase,
  type RegisterObjects,
  type ToWorker,
  type WorkerDownload,
} from './protocol.js';

/** The worker's global scope, as much of it as is used here (the page's tsconfig has the DOM's types). */
interface Scope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as Scope;
const post = (message: FromWorker) => scope.postMessage(message);

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
/** inputs up to this size are read whole when a syntax error's line is shown */
const EXCERPT_LIMIT = 32 * 1024 * 1024;

/** What the last validation leaves for the downloads. */
interface Last {
  readonly source: Blob;
  readonly format: InputFormat;
  readonly profiles: readonly AnyProfile[];
  readonly reports: readonly ValidationReport[];
  /** the data, when it was read into memory (JSON-LD, json); RDF files are read again when asked */
  readonly data: DatasetCore | undefined;
}
let last: Last | undefined;

/** The progress bar's whole: the phases of a check share one bar, each its span of it. */
const WHOLE = 1000;
type Span = readonly [number, number];

/** Where a check is: `at` of the whole bar (0 to 1). */
function step(id: number, phase: Phase, at: number, profile?: string): void {
  post({
    type: 'progress',
    id,
    phase,
    ...(profile === undefined ? {} : { profile }),
    done: Math.round(WHOLE * at),
    total: WHOLE,
  });
}

/** A Web stream of the blob's bytes that tells how far it got, as its span of the one progress bar. */
function counted(source: Blob, id: number, phase: Phase, span: Span, profile?: string): ReadableStream<Uint8Array> {
  let done = 0;
  let told = 0;
  const total = source.size;
  const [from, to] = span;
  return source.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        done += chunk.byteLength;
        // about every 1% (and at least every 4 MB), not for every chunk
        if (done - told >= Math.min(4 << 20, Math.max(1, total / 100))) {
          told = done;
          step(id, phase, from + ((to - from) * done) / Math.max(total, 1), profile);
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

function outcomeOf(profile: AnyProfile, report: ValidationReport): Outcome {
  return {
    profile: profile.name,
    conforms: report.conforms,
    results: report.results,
    totalResults: report.totalResults,
    counts: report.counts,
    nodesChecked: report.nodesChecked,
  };
}

/**
 * Turtle, N-Triples, N-Quads, TriG: validated as the file is read, against the profile named or, in the
 * same one read, against every profile, those the data is of then found from its classes (as the command
 * does: `validateStreamProfiles`).
 */
async function validateRdfStream(
  id: number,
  source: Blob,
  format: 'turtle' | 'ntriples' | 'nquads' | 'trig',
  lang: Lang,
  named: AnyProfile | undefined,
): Promise<{ chosen: AnyProfile[]; reports: ValidationReport[] }> {
  const span: Span = [0, 0.9];
  if (named) {
    const open = () => counted(source, id, 'validating', span, named.name);
    const report = await validateStream(open, { profile: named, format, lang, maxResults: MAX_RESULTS });
    return { chosen: [named], reports: [report] };
  }
  const open = () => counted(source, id, 'validating', span, Object.keys(profiles).join(', '));
  const found = await validateStreamProfiles(open, { profiles, format, lang, maxResults: MAX_RESULTS });
  if (found.profiles.length === 0) throw new Choose(Object.keys(profiles), 'none');
  return { chosen: [...found.profiles], reports: [...found.reports] };
}

/** The data does not say its profile (no class of one, or JSON fields of none or several): the steward is asked. */
class Choose extends Error {
  constructor(
    readonly candidates: readonly string[],
    readonly reason: 'none' | 'several',
  ) {
    super(reason);
  }
}

/** Several files, some of them no JSON: only the pages of one JSON list are read as one (as the command does). */
class Pages extends Error {
  constructor(readonly files: readonly string[]) {
    super('pages');
  }
}

/** A failure in one of several files: the page names that file, and shows its lines. */
class InFile extends Error {
  constructor(
    readonly index: number,
    readonly error: unknown,
  ) {
    super('in file');
  }
}

/**
 * The standard's own JSON (or NDJSON) of one file, or of several: the pages of one list, converted into
 * one dataset and validated as one, each finding at its file's JSON path (`page-2.json: results[0].status`),
 * the profile the one chosen or else the one the first page's fields say, as `profielkit validate` does.
 */
async function validateJson(
  id: number,
  files: readonly InputFile[],
  lang: Lang,
  named: AnyProfile | undefined,
): Promise<{ profile: AnyProfile; report: ValidationReport; data: DatasetCore; objects: RegisterObjects }> {
  const readers = Object.values(profiles).filter((p) => p.readsJson);
  const several = files.length > 1;
  const parts: JsonConversion[] = [];
  let profile = named;
  let dataset: JsonConversion['dataset'] | undefined;
  for (const [index, file] of files.entries()) {
    step(id, 'converting', (0.5 * index) / files.length);
    try {
      const text = await file.source.text();
      const payload = file.format === 'ndjson' ? ndjsonRecords(text) : parseJson(text, 'json');
      if (profile === undefined) {
        // the profile chosen, else the one the (first) payload's fields say; none or several: the steward is asked
        const found = profilesOfJson(readers, payload);
        const reason = found.length === 0 ? 'none' : 'several';
        if (found.length !== 1)
          throw new Choose(
            (found.length === 0 ? readers : found).map((p) => p.name),
            reason,
          );
        profile = found[0] as AnyProfile;
      }
      if (!profile.readsJson)
        throw new Choose(
          readers.map((p) => p.name),
          'none',
        );
      // several pages: into one dataset, each JSON path named by its file
      const conversion = profile.fromJson(
        payload,
        several ? { ...(dataset ? { dataset } : {}), source: file.name } : {},
      );
      dataset = conversion.dataset;
      parts.push(conversion);
    } catch (error) {
      throw several && !(error instanceof Choose) ? new InFile(index, error) : error;
    }
  }
  const conversion = joinConversions(parts);
  const chosen = profile as AnyProfile;
  step(id, 'validating', 0.5, chosen.name);
  const options = { profile: chosen, lang, json: conversion, maxResults: MAX_RESULTS };
  const report = await validate(conversion.dataset, options);
  return {
    profile: chosen,
    report,
    data: conversion.dataset,
    objects: { skipped: conversion.skipped, recognised: conversion.recognised },
  };
}

/** The records of NDJSON: one JSON value a line (empty lines skipped); a syntax error names its line. */
function ndjsonRecords(text: string): unknown[] {
  const records: unknown[] = [];
  const lines = text.split(/\r?\n/u);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      records.push(parseJson(line, 'ndjson'));
    } catch (error) {
      if (error instanceof ParseError)
        throw new ParseError('ndjson', error.detail, {
          line: index + 1,
          ...(error.column === undefined ? {} : { column: error.column }),
        });
      throw error;
    }
  }
  return records;
}

async function run(message: Extract<ToWorker, { type: 'validate' }>): Promise<void> {
  const { id, files, name, lang } = message;
  const { source, format } = files[0] as InputFile;
  const started = performance.now();
  last = undefined;
  let chosen: AnyProfile[];
  let reports: ValidationReport[];
  let data: DatasetCore | undefined;
  let objects: RegisterObjects | undefined;
  const named = message.profile === '' ? undefined : profiles[message.profile];
  // several files are the pages of one JSON list; RDF files are checked one at a time (as the command does)
  const rdf = files.length > 1 ? files.filter((f) => isRdf(f.format)) : [];
  if (rdf.length > 0) throw new Pages(rdf.map((f) => f.name));
  if (format === 'turtle' || format === 'ntriples' || format === 'nquads' || format === 'trig') {
    ({ chosen, reports } = await validateRdfStream(id, source, format, lang, named));
  } else if (format === 'jsonld') {
    step(id, 'reading', 0);
    const text = await source.text();
    // every profile's context from memory; a reference as its JSON writes it (a slug) read as fromJson reads it
    // a plain string where a reference belongs is the report's to show (one violation, with the fix)
    const store = await parseJsonLd(text, { profiles: Object.values(profiles), stringReferences: 'keep' });
    data = store;
    const typed = (iri: string) =>
      store.countQuads(null, DataFactory.namedNode(RDF_TYPE), DataFactory.namedNode(iri), null) > 0;
    chosen = named ? [named] : profilesTyping(profiles, typed);
    if (chosen.length === 0) throw new Choose(Object.keys(profiles), 'none');
    reports = [];
    for (const [i, profile] of chosen.entries()) {
      step(id, 'validating', 0.4 + (0.6 * i) / chosen.length, profile.name);
      reports.push(await validate(store, { profile, lang, maxResults: MAX_RESULTS }));
    }
  } else {
    const json = await validateJson(id, files, lang, named);
    data = json.data;
    objects = json.objects;
    chosen = [json.profile];
    reports = [json.report];
  }
  last = { source, format, profiles: chosen, reports, data };
  const outcomes = chosen.map((p, i) => outcomeOf(p, reports[i] as ValidationReport));
  // the line of each record with a finding, in an RDF file: one more read
  const nodes = new Set(outcomes.flatMap((o) => o.results.map((r) => r.focusNode)));
  let lines: Map<string, number> | undefined;
  if (isRdf(format) && format !== 'jsonld' && nodes.size > 0) {
    step(id, 'lines', 0.9);
    lines = await recordLines(chunksOf(source.stream().pipeThrough(new TextDecoderStream())), nodes);
  }
  post({
    type: 'done',
    id,
    name,
    format,
    lang,
    outcomes,
    report: stewardReport({
      file: name,
      syntax: format,
      outcomes,
      lang,
      version: __PROFIELKIT_VERSION__,
      declarations: Object.values(profiles).map((p) => p.declaration),
      ...(lines ? { lines } : {}),
    }),
    chosenBy: named ? 'selector' : 'data',
    ...(objects ? { objects } : {}),
    milliseconds: Math.round(performance.now() - started),
  });
}

/** The chunks of a Web stream, as an async iterable (not every browser iterates a ReadableStream itself). */
async function* chunksOf<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** A file changed on disk since it was chosen: the browser refuses to read it (Chrome says "network error"). */
function changedOnDisk(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NotReadableError' || name === 'NotFoundError';
}

/**
 * The error as the page shows it: a file that is no RDF or JSON named as what it is, a syntax error
 * with its line and the lines around it (a caret at the column), in the language asked.
 */
async function failureOf(error: unknown, source: Blob, lang: Lang, format: InputFormat): Promise<Failure> {
  if (error instanceof Choose)
    return { kind: 'choose', message: error.reason, candidates: error.candidates, reason: error.reason };
  if (error instanceof Pages) return { kind: 'pages', message: '', files: error.files };
  if (changedOnDisk(error)) return { kind: 'reread', message: '' };
  let head: Uint8Array | undefined;
  try {
    head = new Uint8Array(await source.slice(0, 8192).arrayBuffer());
  } catch (again) {
    if (changedOnDisk(again)) return { kind: 'reread', message: '' };
  }
  const other = head === undefined ? undefined : otherKindOf(head);
  if (other !== undefined) return { kind: 'other', message: otherKindMessage(other, lang) };
  const e = error instanceof Error ? error : new Error(String(error));
  const line = e instanceof ParseError ? e.line : undefined;
  const column = e instanceof ParseError ? e.column : undefined;
  let excerpt: string | undefined;
  if (line !== undefined && source.size <= EXCERPT_LIMIT) excerpt = codeFrame(await source.text(), line, column);
  // a syntax error's own message is the detail under the lines around it; other failures in plain words
  const plain = e instanceof ParseError ? undefined : failureWords(e, lang);
  const message = e instanceof ParseError ? `${e.format}: ${e.detail}` : (plain?.main ?? e.message);
  return {
    kind: e instanceof ParseError ? 'syntax' : 'other',
    message,
    syntax: format,
    ...(plain && plain.detail !== '' ? { detail: plain.detail } : {}),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(excerpt === undefined ? {} : { excerpt }),
  };
}

/** The W3C report graphs of every profile in one graph, blank nodes kept apart per profile. */
async function shaclTurtle(reports: readonly ValidationReport[]): Promise<string> {
  const merged = new Store();
  for (const [index, report] of reports.entries()) {
    const relabel = <T extends Term>(t: T): T =>
      t.termType === 'BlankNode' ? (DataFactory.blankNode(`r${index}_${t.value}`) as unknown as T) : t;
    for (const q of report.report as Iterable<Quad>)
      merged.addQuad(DataFactory.quad(relabel(q.subject), q.predicate, relabel(q.object)));
  }
  return toTurtle(merged, {
    prefixes: { sh: 'http://www.w3.org/ns/shacl#', xsd: 'http://www.w3.org/2001/XMLSchema#' },
  });
}

/** The data of the last validation, read again from the file when it was validated as it was read. */
async function dataOf(l: Last): Promise<DatasetCore> {
  if (l.data) return l.data;
  return parseRdf(await l.source.text(), l.format as 'turtle' | 'ntriples' | 'nquads' | 'trig');
}

async function download(kind: WorkerDownload, l: Last): Promise<string> {
  if (kind === 'shacl-turtle') return shaclTurtle(l.reports);
  const data = await dataOf(l);
  // one profile: its prefixes and context; several: every profile's prefixes, and expanded JSON-LD (no context needed)
  const one = l.profiles.length === 1 ? l.profiles[0] : undefined;
  if (kind === 'data-turtle')
    return toTurtle(
      data,
      one
        ? { profile: one }
        : { prefixes: Object.assign({}, ...l.profiles.map((p) => p.declaration.prefixes)) as Record<string, string> },
    );
  const document = one ? await toJsonLd(data, { profile: one }) : await toJsonLd(data);
  return `${JSON.stringify(document, null, 2)}\n`;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'validate') {
    run(message).catch(async (error: unknown) => {
      // a failure in one of several files: that file's lines, and its name
      const at = error instanceof InFile ? error.index : 0;
      const file = message.files[at] as InputFile;
      const failure = await failureOf(
        error instanceof InFile ? error.error : error,
        file.source,
        message.lang,
        file.format,
      );
      post({
        type: 'failed',
        id: message.id,
        failure: error instanceof InFile ? { ...failure, file: file.name } : failure,
      });
    });
  } else {
    const l = last;
    if (!l) return post({ type: 'file-failed', id: message.id, kind: message.kind, message: 'nothing validated yet' });
    download(message.kind, l).then(
      (text) => post({ type: 'file', id: message.id, kind: message.kind, text }),
      (error: unknown) =>
        post({
          type: 'file-failed',
          id: message.id,
          kind: message.kind,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }
};

post({ type: 'ready', profiles: Object.values(profiles).map((p) => ({ name: p.name, readsJson: p.readsJson })) });
