/**
 * Validation of an N-Triples or N-Quads file on several cores (Node only: worker threads and the file
 * system). The file is cut into parts at subject boundaries (a part starts at a subject's first
 * triple), each part is validated by a worker thread (validate-worker.ts), and the main thread joins
 * them: the references of one part to nodes of another are answered with the types those parts hold,
 * a subject found in two parts sends the file down the path of one thread (which then reads it into
 * memory, as it does for any file not grouped by subject), and the results are merged in the order of
 * their focus nodes in the file: the same results, in the same order, as one thread gives.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { InputFileError } from './core/errors.js';
import { assertUnchanged, fileState, type FileState } from './node-read-file.js';
import type { Term } from '@rdfjs/types';
import type { ProfileDeclaration } from './core/schema/declaration.js';
import type { StreamOutcome, StreamValidateOptions } from './core/validate/stream.js';
import type { ValidationResult } from './core/validate/types.js';
import { KeptResults } from './core/validate/fast/kept-results.js';
import { reportGraph } from './core/validate/fast/report.js';
import { makeReport } from './core/validate/validate.js';
import { termOf } from './core/rdf/plain-term.js';
import type { MainMessage, PartJob, PartOutcome, TypeBits, WorkerMessage } from './thread-protocol.js';

/** Below this size a file is validated on one thread: starting workers costs more than it saves. */
const MIN_PART = 4 << 20;
/** How much of the file's head the other parts read for the types of its shared nodes. */
const HEAD = 1 << 20;
/** How far past a cut point a subject boundary is looked for. */
const WINDOW = 1 << 20;

/**
 * The subject of the line starting at `at` (its bytes up to the first space or tab, or `>`), or undefined for a
 * blank or comment line.
 */
function subjectAt(buffer: Buffer, at: number, end: number): Buffer | undefined {
  let i = at;
  while (i < end && (buffer[i] === 0x20 || buffer[i] === 0x09)) i++;
  if (i >= end || buffer[i] === 0x23 || buffer[i] === 0x0a || buffer[i] === 0x0d) return undefined;
  const from = i;
  if (buffer[i] === 0x3c) {
    const close = buffer.indexOf(0x3e, i);
    return close < 0 || close >= end ? undefined : buffer.subarray(from, close + 1);
  }
  while (i < end && buffer[i] !== 0x20 && buffer[i] !== 0x09 && buffer[i] !== 0x3c && buffer[i] !== 0x0a) i++;
  return buffer.subarray(from, i);
}

/**
 * Where the part after `cut` starts: the first line after `cut` whose subject differs from the line before;
 * undefined if none is near.
 */
function boundaryAfter(fd: number, cut: number, size: number): number | undefined {
  const buffer = Buffer.alloc(Math.min(WINDOW, size - cut));
  const length = readSync(fd, buffer, 0, buffer.length, cut);
  let line = buffer.indexOf(0x0a) + 1;
  if (line <= 0) return undefined;
  let previous: Buffer | undefined;
  while (line < length) {
    const next = buffer.indexOf(0x0a, line);
    if (next < 0) return undefined;
    const subject = subjectAt(buffer, line, next);
    if (subject !== undefined) {
      if (previous !== undefined && !subject.equals(previous)) return cut + line;
      previous = subject;
    }
    line = next + 1;
  }
  return undefined;
}

/** The byte ranges of the parts: at most `threads`, none smaller than `MIN_PART`. */
export function planParts(path: string, threads: number, minPart = MIN_PART): [number, number][] {
  const size = statSync(path).size;
  const n = Math.max(1, Math.min(threads, Math.floor(size / minPart)));
  if (n === 1) return [[0, size]];
  const fd = openSync(path, 'r');
  try {
    const starts = [0];
    for (let k = 1; k < n; k++) {
      const at = boundaryAfter(fd, Math.floor((k * size) / n), size);
      if (at !== undefined && at > (starts[starts.length - 1] as number)) starts.push(at);
    }
    return starts.map((s, i) => [s, starts[i + 1] ?? size]);
  } finally {
    closeSync(fd);
  }
}

/** Whether any value is in two of the sorted lists (each without repeats). */
function anyShared(lists: readonly Float64Array[]): boolean {
  const at = lists.map(() => 0);
  let previous = Number.NaN;
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as Float64Array;
      if (
        (at[i] as number) < list.length &&
        (best < 0 || (list[at[i] as number] as number) < ((lists[best] as Float64Array)[at[best] as number] as number))
      )
        best = i;
    }
    if (best < 0) return false;
    const value = (lists[best] as Float64Array)[at[best] as number] as number;
    if (value === previous) return true;
    previous = value;
    at[best]!++;
  }
}

/** How a worker ended before it answered: out of memory, or otherwise (a crash, `process.exit`, terminated). */
interface Death {
  readonly outOfMemory: boolean;
  readonly why: string;
}

/** Thrown by `Channel.next` when the worker ended before its answer came. */
class WorkerDied extends Error {
  constructor(readonly death: Death) {
    super(`a worker thread ended: ${death.why}`);
  }
}

/**
 * A worker's messages, in order, and its end: a worker that dies between two questions (an error, an
 * exit, `terminate`) is found at the next question, never waited for.
 */
class Channel {
  private readonly queue: WorkerMessage[] = [];
  private waiting: { resolve(m: WorkerMessage): void; reject(e: unknown): void } | undefined;
  private death: Death | undefined;

  constructor(readonly worker: Worker) {
    worker.on('message', (m: WorkerMessage) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(m);
      } else this.queue.push(m);
    });
    worker.on('error', (e: unknown) => {
      const code = (e as { code?: unknown } | undefined)?.code;
      this.die({ outOfMemory: code === 'ERR_WORKER_OUT_OF_MEMORY', why: e instanceof Error ? e.message : String(e) });
    });
    worker.on('exit', (code: number) => this.die({ outOfMemory: false, why: `exit code ${code}` }));
  }

  private die(death: Death): void {
    // 'error' comes before 'exit': the first says why
    this.death ??= death;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(new WorkerDied(this.death));
    }
  }

  /** How the worker ended, if it has. */
  died(): Death | undefined {
    return this.death;
  }

  /** The worker's next message; rejects with `WorkerDied` once it has ended without one. */
  next(): Promise<WorkerMessage> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.death) return Promise.reject(new WorkerDied(this.death));
    return new Promise<WorkerMessage>((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** Posts a question and waits for its answer. */
  ask(message: MainMessage): Promise<WorkerMessage> {
    const answer = this.next();
    this.worker.postMessage(message);
    return answer;
  }
}

/**
 * The workers' answers when all are of `type`; undefined when one of them `failed`. Any other answer is
 * a bug of the protocol, thrown.
 */
function answersOf<K extends WorkerMessage['type']>(
  messages: readonly WorkerMessage[],
  type: K,
): Extract<WorkerMessage, { type: K }>[] | undefined {
  if (messages.some((m) => m.type === 'failed')) return undefined;
  const wrong = messages.find((m) => m.type !== type);
  if (wrong !== undefined) throw new Error(`a worker thread answered ${wrong.type} where ${type} was due`);
  return messages as Extract<WorkerMessage, { type: K }>[];
}

/** Internal, for tests: limits of the workers' memory, and the workers once started. */
export interface PartHooks {
  readonly resourceLimits?: ResourceLimits;
  readonly onWorkers?: (workers: readonly Worker[]) => void;
}

/**
 * Validates an N-Triples or N-Quads file in parts on `threads` worker threads. Resolves to `undefined`
 * when the file cannot be validated so (a subject in two parts, a syntax error, data the fast path
 * does not take, a worker that crashed or was stopped): the caller then validates it on one thread,
 * which gives the same results or the error with its exact place. A worker out of memory, and a file
 * that changed while it was read, are an `InputFileError` naming the file.
 */
export async function validateFileInParts(
  declarations: readonly ProfileDeclaration[],
  path: string,
  options: StreamValidateOptions & { readonly format: 'ntriples' | 'nquads' },
  threads: number,
  workerUrl: URL,
  /** the smallest part, in bytes (tests cut small files) */
  minPart = MIN_PART,
  hooks: PartHooks = {},
): Promise<StreamOutcome | undefined> {
  const before = fileState(statSync(path));
  if (before === undefined) return undefined;
  const parts = planParts(path, threads, minPart);
  if (parts.length < 2) return undefined;
  const lang = options.lang ?? 'nl';
  // the other parts read the types of the nodes at the head of the file first: the shared nodes an
  // export writes before its records, which every record points at
  const head = Math.min(HEAD, parts[0]?.[1] ?? 0);
  // the workers' spill files go to one directory of this thread's, removed here: also when the
  // process is stopped (a command's SIGTERM ends it through process.exit, which workers do not see)
  const spillDir = mkdtempSync(join(tmpdir(), 'profielkit-parts-'));
  // retried: a worker still running (the process is exiting) may add a file while the directory is emptied
  const cleanup = () => rmSync(spillDir, { recursive: true, force: true, maxRetries: 3 });
  process.once('exit', cleanup);
  const { resourceLimits } = hooks;
  const workers = parts.map(
    ([start, end], part) =>
      new Worker(workerUrl, {
        workerData: {
          path,
          start,
          end,
          part,
          format: options.format,
          declarations,
          lang,
          results: options.maxResults,
          head,
          spillDir,
        } satisfies PartJob,
        ...(resourceLimits === undefined ? {} : { resourceLimits }),
      }),
  );
  const channels = workers.map((w) => new Channel(w));
  hooks.onWorkers?.(workers);
  try {
    const partsDone = answersOf(await Promise.all(channels.map((c) => c.next())), 'part');
    if (partsDone === undefined) return fallBack(path, before);
    if (anyShared(partsDone.map((m) => m.subjects))) return fallBack(path, before);
    // every part is asked about the nodes the others' references wait for
    const wanted = declarations.map((_, i) => [...new Set(partsDone.flatMap((m) => m.targets[i] ?? []))]);
    const answers = answersOf(
      await Promise.all(channels.map((c) => c.ask({ type: 'lookup', targets: wanted }))),
      'bits',
    );
    if (answers === undefined) return fallBack(path, before);
    const bits = declarations.map((_, i) => {
      const all = new Map<string, number>();
      for (const a of answers) {
        for (const [node, b] of a.bits[i] ?? []) all.set(node, (all.get(node) ?? 0) | b);
      }
      return all;
    });
    const done = answersOf(
      await Promise.all(
        channels.map((c, p) =>
          c.ask({
            type: 'resolve',
            bits: declarations.map((_, i) => known(partsDone[p]?.targets[i] ?? [], bits[i])),
          }),
        ),
      ),
      'done',
    );
    if (done === undefined) return fallBack(path, before);
    // every byte read once, of one version of the file
    assertUnchanged(
      path,
      path,
      before,
      partsDone.reduce((n, m) => n + m.bytes, 0),
    );
    const reports = declarations.map((_, i) => {
      const kept = new KeptResults(options.maxResults);
      const values = new Map<ValidationResult, Term>();
      let offset = 0;
      let nodesChecked = 0;
      for (const d of done) {
        const outcome = d.outcomes[i] as PartOutcome;
        for (const { result, key, value } of outcome.results) {
          const dropped = kept.merge(result, key + offset);
          if (dropped !== result && value !== undefined) values.set(result, termOf(value));
          if (dropped !== undefined) values.delete(dropped);
        }
        kept.addCounts(outcome.counts);
        nodesChecked += outcome.nodesChecked;
        offset += outcome.keySpan;
      }
      const results = kept.list();
      return makeReport(
        results,
        () => reportGraph(results, values, lang),
        nodesChecked,
        options.maxResults,
        kept.counts,
      );
    });
    const classesSeen = new Set(done.flatMap((d) => d.classesSeen));
    const triples = partsDone.reduce((n, m) => n + m.triples, 0);
    options.onProgress?.(triples);
    return { reports, classesSeen, triples };
  } catch (error) {
    if (!(error instanceof WorkerDied)) throw error;
    if (!error.death.outOfMemory) return fallBack(path, before);
    const part = parts[channels.findIndex((c) => c.died()?.outOfMemory)] ?? [0, before.size];
    throw new InputFileError(
      path,
      'memory',
      `a worker thread ran out of memory validating bytes ${part[0]} to ${part[1]} of the file (${error.death.why}); ` +
        'validate with fewer threads (threads: 1, --threads 1) or give Node more memory ' +
        '(NODE_OPTIONS=--max-old-space-size=4096)',
      { cause: error },
    );
  } finally {
    // every worker ends here, the ones still working too: nothing waits on them, nothing is left in TMPDIR
    await Promise.all(workers.map((w) => w.terminate()));
    cleanup();
    process.off('exit', cleanup);
  }
}

/** Those of `targets` whose types `bits` knows, with them. */
function known(targets: readonly string[], bits: ReadonlyMap<string, number> | undefined): TypeBits[number] {
  const found: TypeBits[number] = [];
  for (const t of targets) {
    const b = bits?.get(t);
    if (b !== undefined) found.push([t, b]);
  }
  return found;
}

/**
 * The answer when a part could not be validated (a worker that failed, crashed or was stopped): the
 * caller validates the file on one thread, unless it changed meanwhile, which no second read mends.
 */
function fallBack(path: string, before: FileState): undefined {
  assertUnchanged(path, path, before);
  return undefined;
}
