/**
 * What the main thread (node-threads.ts) and a worker thread (validate-worker.ts) say to each other when
 * a file is validated in parts, declared once: both sides post and read these types, so that a field
 * renamed on one side fails to compile on the other. Types only; nothing here runs.
 *
 * The conversation, per worker: the main thread starts it with a `PartJob` (its `workerData`); the worker
 * posts `part`; the main thread asks `lookup`, the worker answers `bits`; the main thread sends `resolve`,
 * the worker answers `done` and closes its port. A worker that cannot go on posts `failed` instead of any
 * answer.
 */
import type { PlainTerm } from './core/rdf/plain-term.js';
import type { ProfileDeclaration } from './core/schema/declaration.js';
import type { Lang, ResultCounts, ValidationResult } from './core/validate/types.js';

/** What a worker is to validate: its `workerData`. */
export interface PartJob {
  readonly path: string;
  /** the part's first byte in the file */
  readonly start: number;
  /** the byte after the part's last */
  readonly end: number;
  /** the part's place among the parts, 0 first */
  readonly part: number;
  readonly format: 'ntriples' | 'nquads';
  readonly declarations: readonly ProfileDeclaration[];
  readonly lang: Lang;
  /** the most results kept per profile (undefined: all) */
  readonly results: number | undefined;
  /** the bytes at the file's head whose nodes' types are read first (0: none) */
  readonly head: number;
  /** where the spill files go: a directory the main thread removes */
  readonly spillDir: string;
}

/** Per profile (in the order of `PartJob.declarations`), nodes and the bits of their types. */
export type TypeBits = [node: string, bits: number][][];

/** The main thread's question: which of these nodes (per profile) does the part hold, with what types? */
export interface LookupMessage {
  readonly type: 'lookup';
  readonly targets: string[][];
}

/** The main thread's last message: the types other parts gave the nodes this part's references wait for. */
export interface ResolveMessage {
  readonly type: 'resolve';
  readonly bits: TypeBits;
}

/** What the main thread posts to a worker. */
export type MainMessage = LookupMessage | ResolveMessage;

/** A part read: what its references wait for and which subjects it holds. */
export interface PartMessage {
  readonly type: 'part';
  /** per profile, the nodes outside the part that its references wait for */
  readonly targets: string[][];
  /** the hashes of the part's subjects, sorted (53 bits of two hashes each) */
  readonly subjects: Float64Array;
  readonly triples: number;
  /** the bytes of the part read: its length, unless the file changed */
  readonly bytes: number;
}

/** The answer to `lookup`. */
export interface BitsMessage {
  readonly type: 'bits';
  readonly bits: TypeBits;
}

/** One profile's outcome in a part: its results keyed by their place in the part, for the merge. */
export interface PartOutcome {
  readonly results: {
    readonly result: ValidationResult;
    readonly key: number;
    readonly value: PlainTerm | undefined;
  }[];
  readonly counts: ResultCounts;
  readonly nodesChecked: number;
  /** the keys the part spans: the next part's keys start after them */
  readonly keySpan: number;
}

/** The answer to `resolve`: the part's outcome per profile. */
export interface DoneMessage {
  readonly type: 'done';
  readonly outcomes: PartOutcome[];
  readonly classesSeen: string[];
}

/** The worker cannot go on; the main thread validates the file on one thread. */
export interface FailedMessage {
  readonly type: 'failed';
  /** whether the fast path does not take the data (rather than an error) */
  readonly fallback: boolean;
  readonly message?: string;
  /** whether the error was profielkit's own (a syntax error, say) */
  readonly parse?: boolean;
}

/** What a worker posts to the main thread. */
export type WorkerMessage = PartMessage | BitsMessage | DoneMessage | FailedMessage;
