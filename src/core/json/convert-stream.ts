/**
 * An API's JSON to Turtle or N-Triples as it is read: records are split off the input one at a time
 * (`split.ts`), walked as `fromJson` walks them, and written at once with the fast text writer, so
 * memory stays flat however large the payload.
 */
import type { ProfileDeclaration } from '../schema/declaration.js';
import { classModel, modelOf } from '../schema/model.js';
import { Walk, type InputProblem } from '../record/walk.js';
import { RdfTextWriter, type TextFormat } from '../serialize/text-writer.js';
import { splitJson } from './split.js';
import type { JsonRecord } from './convert.js';

/** Options of `fromJsonStream`: the output syntax, strictness, NDJSON input. */
export interface JsonStreamOptions {
  /** the output syntax (Turtle by default) */
  readonly format?: TextFormat;
  /** throw a `JsonInputError` at the first problem */
  readonly strict?: boolean;
  /** IRI bases per class for nodes named by a UUID */
  readonly bases?: Readonly<Record<string, string>>;
  /** the input is NDJSON: one record a line */
  readonly ndjson?: boolean;
  readonly maxDepth?: number;
}

/** What a streamed conversion found; the RDF itself went to the output as it was made. */
export interface JsonStreamSummary {
  readonly records: number;
  readonly triples: number;
  readonly problems: readonly InputProblem[];
  readonly unknownFields: readonly string[];
}

export interface StreamAdapter {
  readonly root: string;
  readonly listKey?: string;
  readonly records: (payload: unknown) => JsonRecord[];
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
  const writer = new RdfTextWriter(options.format ?? 'turtle', declaration.prefixes);
  const problems: InputProblem[] = [];
  const unknownFields: string[] = [];
  let records = 0;
  let triples = 0;
  const walkOptions = { mode: 'json', strict: options.strict ?? false, ...(options.bases ? { bases: options.bases } : {}) } as const;
  let buffered = writer.header();
  const split = splitJson(input, { ...(adapter.listKey === undefined ? {} : { listKey: adapter.listKey }), ...(options.ndjson ? { ndjson: true } : {}), ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }) });
  for await (const piece of split) {
    // a top-level object that is no list response goes to the profile's adapter (an error body, one record)
    const batch = piece.path === '' && !options.ndjson ? adapter.records(piece.value) : [piece];
    for (const record of batch) {
      // a walk per record: nothing of an earlier record is kept
      const walk = new Walk(model, walkOptions);
      walk.record(c, record.value, record.path);
      problems.push(...walk.problems);
      unknownFields.push(...walk.unknownFields);
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
  if (buffered !== '') await write(buffered);
  return { records, triples, problems, unknownFields };
}
