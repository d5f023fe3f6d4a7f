/**
 * The messages between the page (main.ts) and the worker that validates (worker.ts). Everything in
 * them is structured-cloneable: files go as Blobs (not copied), results as plain objects.
 */
import type { Lang, ResultCounts } from 'profielkit';
import type { JsonReportOutcome, StewardReport } from 'profielkit/report';

/** The input formats the page reads (the command's `--from`). */
export const INPUT_FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'json', 'ndjson'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Formats that are RDF (the profile is found from the data), as opposed to a standard's own JSON. */
export function isRdf(format: InputFormat): boolean {
  return format !== 'json' && format !== 'ndjson';
}

/** What the page needs to know of a profile. */
export interface ProfileInfo {
  readonly name: string;
  /** whether it reads its standard's own JSON (only these can be chosen for json input) */
  readonly readsJson: boolean;
}

/** What the downloads hold that only the worker can make. */
export type WorkerDownload = 'shacl-turtle' | 'data-turtle' | 'data-jsonld';

/** One file (or the pasted text) of a check, and its format. */
export interface InputFile {
  readonly source: Blob;
  /** the file's name, or a name for pasted text */
  readonly name: string;
  readonly format: InputFormat;
}

export type ToWorker =
  | {
      readonly type: 'validate';
      readonly id: number;
      /**
       * one file, or several: the pages of one JSON list (files of one register), read into one result
       * as `profielkit validate page-1.json page-2.json` reads them
       */
      readonly files: readonly InputFile[];
      /** the input's name: the file's, or the files' joined by ` + ` (as the command names them) */
      readonly name: string;
      /** the profile chosen in the selector; empty: found from the data (classes, or JSON fields) */
      readonly profile: string;
      readonly lang: Lang;
    }
  | { readonly type: 'download'; readonly id: number; readonly kind: WorkerDownload };

/**
 * One profile's outcome on the input, as the command's reports have it (results: at most MAX_RESULTS, violations
 * first).
 */
export interface Outcome extends JsonReportOutcome {
  readonly counts: ResultCounts;
}

/** Why an input could not be checked: a syntax error has its line (and column). */
export interface Failure {
  readonly message: string;
  /**
   * a syntax error (a ParseError), the profile to be chosen by the steward, a file to be chosen again,
   * several files of which some are no JSON (`files` names them), or anything else the library refused
   */
  readonly kind: 'syntax' | 'choose' | 'reread' | 'pages' | 'other';
  /** several files given: the one the failure is in (`pages`: the files that are no JSON) */
  readonly file?: string;
  readonly files?: readonly string[];
  /** `choose`: the profiles that fit (several), or every one that could (none fits) */
  readonly candidates?: readonly string[];
  readonly reason?: 'none' | 'several';
  /** the library's own message, for whoever fixes the file, when `message` says it in plain words */
  readonly detail?: string;
  /** `syntax`: the syntax the input was read as */
  readonly syntax?: InputFormat;
  readonly line?: number;
  readonly column?: number;
  /** the lines around the error, a caret under its column, when the input is small enough to show it */
  readonly excerpt?: string;
}

export type Phase = 'reading' | 'validating' | 'converting' | 'lines';

export type FromWorker =
  | { readonly type: 'ready'; readonly profiles: readonly ProfileInfo[] }
  /** how far the check got on its one progress bar: `done` of `total` */
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly phase: Phase;
      readonly profile?: string;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly name: string;
      readonly format: InputFormat;
      readonly lang: Lang;
      readonly outcomes: readonly Outcome[];
      /** the steward's report of the outcomes (findings, the overview by rule), in the language asked */
      readonly report: StewardReport;
      /** how the profiles were chosen: from the data (classes, or JSON fields), or in the selector */
      readonly chosenBy: 'data' | 'selector';
      /** OpenRegister JSON: objects of other schemas not checked, and objects recognised by their fields */
      readonly objects?: RegisterObjects;
      readonly milliseconds: number;
    }
  | { readonly type: 'failed'; readonly id: number; readonly failure: Failure }
  | { readonly type: 'file'; readonly id: number; readonly kind: WorkerDownload; readonly text: string }
  | { readonly type: 'file-failed'; readonly id: number; readonly kind: WorkerDownload; readonly message: string };

/** Objects of a register's JSON counted by the schema they named (`conversion.skipped`, `.recognised`). */
export interface RegisterObjects {
  readonly skipped: readonly { readonly schema: string; readonly count: number }[];
  readonly recognised: readonly { readonly schema: string; readonly count: number }[];
}

/** Results kept per profile for the page (all are counted); the rest are summed up, as `--max-results` does. */
export const MAX_RESULTS = 10_000;
