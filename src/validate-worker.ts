/**
 * A worker thread of `validateFileInParts` (node-threads.ts): validates one part of an N-Triples or
 * N-Quads file (a byte range that starts and ends at a subject's first triple) and answers the main
 * thread's questions about the references that point out of its part. Node only.
 *
 * Messages: it posts `part` (the nodes its references wait for, its subjects' hashes), answers
 * `lookup` with `bits` (the types of those of the nodes asked for that it holds), and `resolve` with
 * `done` (its results with their keys, counts, classes seen); `failed` when it cannot. The messages' types
 * are thread-protocol.ts's, which the main thread reads with.
 */
import { parentPort, resourceLimits, workerData } from 'node:worker_threads';
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  writeSync,
  type ReadStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FallbackNeeded, FastValidator, SLOTS } from './core/validate/fast/engine.js';
import { GroupingCheck, hashes } from './core/validate/fast/grouping-check.js';
import { useSpillFileSystem } from './core/validate/fast/spill-registry.js';
import { forEachTriple } from './core/stream/source.js';
import { ProfielkitError } from './core/errors.js';
import { plainTerm } from './core/rdf/plain-term.js';
import type { MainMessage, PartJob, PartOutcome, WorkerMessage } from './thread-protocol.js';

const job = workerData as PartJob;
const port = parentPort!;

/** Posts a message of the protocol (the only way this thread speaks to the main one). */
function post(message: WorkerMessage, transfer?: readonly ArrayBuffer[]): void {
  port.postMessage(message, transfer);
}

useSpillFileSystem({
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  writeSync,
  tmpdir: () => job.spillDir ?? tmpdir(),
  join,
});

/**
 * The types of the nodes at the file's head (shared nodes: descriptors, organisations), for the
 * references of this part to them. A node counts only when its triples are all read (the next subject
 * came); whatever the head holds beyond is answered at the end, as any reference out of the part.
 */
async function primeFromHead(validators: readonly FastValidator[]): Promise<void> {
  let current: string | undefined;
  let types: string[] = [];
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  await forEachTriple(createReadStream(job.path, { start: 0, end: job.head - 1 }), job.format, (s, p, o) => {
    if (s !== current) {
      if (current !== undefined && types.length > 0) for (const v of validators) v.primeTypes(current, types);
      current = s;
      types = [];
    }
    if (p === RDF_TYPE && o.termType !== 'Literal') types.push(o.value);
  }).catch(() => undefined); // the head ends in the middle of a statement: what came before is read
}

/**
 * For tests only, not part of the API: `PROFIELKIT_TEST_WORKER_FAULT=KIND:PART[:resolve]` makes the
 * worker of part PART (0 first) fail as a worker can fail in the field, when it starts or when it is
 * asked for its results: `exit` (process.exit), `throw` (an uncaught exception), `oom` (memory until
 * V8's limit; only in a worker started with a small `resourceLimits`, never on a whole machine's heap),
 * `read` (its read of the file fails with EIO after the first piece).
 */
function fault(phase: 'start' | 'resolve', input?: ReadStream): void {
  const spec = process.env['PROFIELKIT_TEST_WORKER_FAULT'];
  if (!spec) return;
  const [kind, part, when = 'start'] = spec.split(':');
  if (Number(part) !== job.part || when !== phase) return;
  if (kind === 'exit') process.exit(3);
  if (kind === 'throw') throw new Error('a fault for tests');
  if (kind === 'read' && input) {
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' });
    input.once('data', () => input.destroy(eio));
  }
  const limit = resourceLimits.maxOldGenerationSizeMb ?? 0;
  if (kind === 'oom' && limit > 0 && limit <= 256) {
    const kept: number[][] = [];
    for (;;) kept.push(new Array<number>(1 << 16).fill(kept.length));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const validators = job.declarations.map(
    (d) => new FastValidator(d, job.lang, job.results === undefined ? {} : { results: job.results }),
  );
  if (job.start > 0 && job.head > 0) await primeFromHead(validators);
  const grouping = new GroupingCheck();
  let subjects = new Float64Array(1 << 16);
  let count = 0;
  let triples = 0;
  let last: string | undefined;
  const input = createReadStream(job.path, { start: job.start, end: job.end - 1 });
  fault('start', input);
  try {
    await forEachTriple(input, job.format, (s, p, o) => {
      if (s !== last) {
        if (!grouping.next(s)) throw new FallbackNeeded('the triples of a subject are not together');
        last = s;
        const [h1, h2] = hashes(s);
        if (count === subjects.length) {
          const more = new Float64Array(subjects.length * 2);
          more.set(subjects);
          subjects = more;
        }
        // 53 bits of the two hashes: a subject in two parts is found by merging the parts' sorted lists
        subjects[count++] = (h1 >>> 0) * 2 ** 21 + (h2 >>> 11);
      }
      triples++;
      for (const v of validators) v.addTriple(s, p, o);
    });
    if (grouping.anySeenTwice()) throw new FallbackNeeded('the triples of a subject are not together');
  } catch (error) {
    for (const v of validators) v.dispose();
    grouping.dispose();
    if (error instanceof FallbackNeeded) post({ type: 'failed', fallback: true });
    else
      post({
        type: 'failed',
        fallback: false,
        message: error instanceof Error ? error.message : String(error),
        parse: error instanceof ProfielkitError,
      });
    return;
  }
  grouping.dispose();
  const parsed = performance.now();
  const targets = validators.map((v) => v.finishPart());
  if (process.env.PROFIELKIT_DEBUG_THREADS)
    process.stderr.write(
      `part ${job.start}-${job.end}: read ${Math.round(parsed - started)} ms, ` +
        `finished ${Math.round(performance.now() - parsed)} ms, ` +
        `${targets.map((t) => t.length).join('/')} nodes asked for\n`,
    );
  const sorted = subjects.slice(0, count).sort();
  // the bytes read say whether the file shrank meanwhile (its part then ends early)
  post({ type: 'part', targets, subjects: sorted, triples, bytes: input.bytesRead }, [sorted.buffer]);
  port.on('message', (message: MainMessage) => {
    if (message.type === 'resolve') fault('resolve');
    try {
      answer(validators, message);
    } catch (error) {
      // a temporary file that cannot be written, a bug: the main thread validates the file on one
      // thread, which says what is wrong with its own error
      for (const v of validators) v.dispose();
      const why = error instanceof Error ? error.message : String(error);
      post({ type: 'failed', fallback: false, message: why });
      port.close();
    }
  });
}

/** Answers the main thread's `lookup` with `bits`, its `resolve` with `done`. */
function answer(validators: readonly FastValidator[], message: MainMessage): void {
  if (message.type === 'lookup') {
    const bits = validators.map((v, i) => [...v.bitsOf(message.targets[i] ?? [])]);
    post({ type: 'bits', bits });
  } else if (message.type === 'resolve') {
    const outcomes = validators.map((v, i): PartOutcome => {
      v.finishDeferred(new Map(message.bits[i] ?? []));
      return {
        results: v.keyedResults().map(({ result, key }) => {
          const value = v.valueTerms.get(result);
          return { result, key, value: value === undefined ? undefined : plainTerm(value) };
        }),
        counts: v.counts,
        nodesChecked: v.nodesChecked,
        keySpan: v.nodes * SLOTS,
      };
    });
    post({ type: 'done', outcomes, classesSeen: [...(validators[0]?.classesSeen ?? [])] });
    port.close();
  }
}

void main();
