/**
 * An API's JSON to Turtle or N-Triples as it is read: records are split off the input one at a time
 * (`split.ts`), walked as `fromJson` walks them, and written at once with the fast text writer, so
 * memory stays flat however large the payload.
 */
import type { Quad } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { classModel, modelOf } from '../schema/model.js';
import { Walk, type InputProblem } from '../record/walk.js';
import { jsonReading } from '../record/reading.js';
import { RdfTextWriter, type TextFormat } from '../serialize/text-writer.js';
import { JsonLdTextWriter } from '../serialize/jsonld-stream.js';
import { JsonTextWriter, type JsonOutputStreamOptions } from './to-json-stream.js';
import { splitJson } from './split.js';
import { inSourceError, sourcePath, type JsonRecord } from './convert.js';
import { JsonInputError } from '../errors.js';
import {
  RecordSelector,
  SELF_DATES,
  selfQuads,
  type OpenRegisterSchemas,
  type SkippedObjects,
} from './openregister.js';

/** Options of `fromJsonStream`: the output syntax, strictness, NDJSON input. */
export interface JsonStreamOptions {
  /**
   * the output syntax (Turtle by default); `jsonld`: compacted JSON-LD with the profile's context, as `toJsonLd` writes
   * it; `json`: the standard's own JSON again, as `toJson` reads the converted graph back (aliases and encodings
   * read, every field in its own name)
   */
  readonly format?: TextFormat | 'jsonld' | 'json';
  /** with `format: 'json'`: how the JSON is written (`toJsonStream`'s options) */
  readonly json?: JsonOutputStreamOptions;
  /** throw a `JsonInputError` at the first problem */
  readonly strict?: boolean;
  /** IRI bases per class for nodes named by a UUID */
  readonly bases?: Readonly<Record<string, string>>;
  /** the input is NDJSON: one record a line */
  readonly ndjson?: boolean;
  readonly maxDepth?: number;
  /** the name of the file or page the payload came from: every JSON path is prefixed with it (as `fromJson`'s) */
  readonly source?: string;
}

/** What a streamed conversion found; the RDF itself went to the output as it was made. */
export interface JsonStreamSummary {
  readonly records: number;
  readonly triples: number;
  /** every field that breaks a rule (`Violation`) and every evident encoding read for what it holds (`Warning`) */
  readonly problems: readonly InputProblem[];
  readonly unknownFields: readonly string[];
  /** objects of a register export whose schema is not the profile's: not converted, counted by schema */
  readonly skipped: readonly SkippedObjects[];
  /** OpenRegister objects taken as records by their fields, counted by the schema they named (as `fromJson`'s) */
  readonly recognised: readonly SkippedObjects[];
}

export interface StreamAdapter {
  readonly root: string;
  readonly listKey?: string;
  readonly records: (payload: unknown) => JsonRecord[];
  readonly openRegister?: OpenRegisterSchemas;
}

/** Converts a JSON payload read in chunks, writing RDF text through `write` as it goes. */
export async function convertJsonStream(
  declaration: ProfileDeclaration,
  adapter: StreamAdapter,
  input: AsyncIterable<string | Uint8Array>,
  write: (text: string) => void | Promise<void>,
  options: JsonStreamOptions = {},
): Promise<JsonStreamSummary> {
  const model = modelOf(declaration);
  const c = classModel(model, adapter.root);
  const format = options.format ?? 'turtle';
  const writer = recordWriter(declaration, adapter, format, options.json);
  const problems: InputProblem[] = [];
  const unknownFields: string[] = [];
  let records = 0;
  let triples = 0;
  const { source } = options;
  const strict = options.strict ?? false;
  const walkOptions = { reading: jsonReading(strict), ...(options.bases ? { bases: options.bases } : {}) };
  let buffered = writer.header();
  const split = splitJson(input, {
    ...(adapter.listKey === undefined ? {} : { listKey: adapter.listKey }),
    ...(options.ndjson ? { ndjson: true } : {}),
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  });
  const selector = adapter.openRegister ? new RecordSelector(adapter.openRegister) : undefined;
  for await (const piece of split) {
    // a top-level object that is no list response goes to the profile's adapter (an error body, one
    // record, a register export)
    const whole = piece.path === '' && !options.ndjson;
    let batch: JsonRecord[];
    if (selector) {
      const one = whole ? undefined : selector.one(piece);
      batch = whole ? selector.payload(piece.value, adapter.records) : one ? [one] : [];
    } else batch = whole ? adapter.records(piece.value) : [piece];
    for (const record of batch) {
      // a walk per record: nothing of an earlier record is kept
      const walk = new Walk(model, walkOptions);
      try {
        const subject = walk.record(c, record.value, record.path);
        if (subject && record.self) walk.quads.push(...selfQuads(subject, record.self, c.key, strict, walk.problems));
      } catch (error) {
        throw source !== undefined && error instanceof JsonInputError ? inSourceError(error, source) : error;
      }
      problems.push(
        ...(source === undefined
          ? walk.problems
          : walk.problems.map((p) => ({ ...p, path: sourcePath(source, p.path) }))),
      );
      unknownFields.push(
        ...(source === undefined ? walk.unknownFields : walk.unknownFields.map((f) => sourcePath(source, f))),
      );
      records++;
      triples += walk.quads.length;
      // many records to one write: a write per record costs more than the record
      buffered += writer.write(walk.quads);
      if (buffered.length > 1 << 16) {
        await write(buffered);
        buffered = '';
      }
    }
  }
  buffered += writer.end();
  if (buffered !== '') await write(buffered);
  return {
    records,
    triples,
    problems,
    unknownFields,
    skipped: selector?.skipped ?? [],
    recognised: selector?.recognised ?? [],
  };
}

/** A writer of the records' quads, a record at a time. */
interface RecordWriter {
  header(): string;
  write(quads: readonly Quad[]): string;
  end(): string;
}

function recordWriter(
  declaration: ProfileDeclaration,
  adapter: StreamAdapter,
  format: NonNullable<JsonStreamOptions['format']>,
  json: JsonOutputStreamOptions = {},
): RecordWriter {
  switch (format) {
    case 'jsonld':
      // every blank node of a record's walk is one nested object, named once: embedded without its label
      return new JsonLdTextWriter(declaration, { blankNodesNamedOnce: true });
    case 'json':
      // a record's quads all come before the next record's: each record leaves the window whole
      return new JsonTextWriter(declaration, adapter.root, {
        ...json,
        ...(adapter.openRegister ? { metadata: SELF_DATES } : {}),
      });
    default:
      return new RdfTextWriter(format, declaration.prefixes);
  }
}
