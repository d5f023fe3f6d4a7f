/**
 * An API's JSON to RDF, and back. Field names are the declaration's property keys (and their
 * aliases); nested objects become nodes of their own; defaults are filled in. A lenient conversion
 * (the default) writes every field, broken or not, so that validation reports all problems at once,
 * and keeps where each node came from so that results can name their JSON path.
 */
import { Store } from 'n3';
import { JsonInputError } from '../errors.js';
import type { DatasetCore } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { classModel, modelOf } from '../schema/model.js';
import { childPath, Walk, type InputProblem } from '../record/walk.js';
import { jsonReading } from '../record/reading.js';
import { readRecords, type JsonRecords, type MetadataFields } from '../read/reader.js';
import { selfQuads, type SkippedObjects } from './openregister.js';

/** Options of `fromJson`: strictness, IRI bases for minted identities, nesting limit. */
export interface FromJsonOptions {
  /** how deep objects and arrays may nest in the payload (default 100) */
  readonly maxDepth?: number;
  /** throw a `JsonInputError` at the first problem instead of converting leniently */
  readonly strict?: boolean;
  /** IRI bases per class for nodes named by a UUID (`urn:uuid:` by default) */
  readonly bases?: Readonly<Record<string, string>>;
  /** a dataset to add to (a new N3.Store by default): pages of one list converted into one graph */
  readonly dataset?: Store;
  /**
   * the name of the file or page the payload came from: every JSON path is prefixed with it
   * (`page-2.json: results[0].status`), so that several payloads converted into one dataset stay apart
   */
  readonly source?: string;
}

/** One record of a payload and its JSON path. */
export interface JsonRecord {
  readonly value: unknown;
  readonly path: string;
  /** the record's OpenRegister metadata (`@self`), taken out of `value`, and its path */
  readonly self?: { readonly value: unknown; readonly path: string };
}

/** The outcome of converting an API's JSON. */
export interface JsonConversion {
  readonly dataset: Store;
  /** fields the profile does not know: reported, never silently dropped (JSON paths) */
  readonly unknownFields: readonly string[];
  /**
   * every field that breaks a rule (`severity: 'Violation'`), and every evident encoding read for what
   * it holds (`'Warning'`), with its JSON path (empty after a strict conversion)
   */
  readonly problems: readonly InputProblem[];
  /** objects of a register export whose schema is not the profile's: not converted, counted by schema */
  readonly skipped: readonly SkippedObjects[];
  /**
   * OpenRegister objects taken as records by their fields (the adapter's `recognisedBy`), their
   * `@self.schema` being no slug the profile knows: counted by the schema they named
   */
  readonly recognised: readonly SkippedObjects[];
  /** the JSON path of a node (by IRI or `_:label`), and of one of its fields */
  jsonPathOf(node: string, field?: string): string | undefined;
}

/** The records of a payload that is one object or an array of them. */
export function objectOrArray(payload: unknown, path = ''): JsonRecord[] {
  return Array.isArray(payload)
    ? payload.map((value, i) => ({ value, path: childPath(path, i) }))
    : [{ value: payload, path }];
}

/** A path in a named file or page: `page-2.json: results[0]` (the name alone for the payload itself). */
export function sourcePath(source: string, path: string): string {
  return path === '' ? source : `${source}: ${path}`;
}

/** A strict conversion's error, at its path in the named file or page. */
export function inSourceError(error: JsonInputError, source: string): JsonInputError {
  return new JsonInputError(
    sourcePath(source, error.path),
    error.className,
    error.property,
    error.reason,
    error.detail,
  );
}

/** Converts records of class `classKey` from an API's JSON into RDF. */
export function convertJson(
  declaration: ProfileDeclaration,
  classKey: string,
  records: Iterable<JsonRecord>,
  options: FromJsonOptions = {},
  selection: { readonly skipped?: readonly SkippedObjects[]; readonly recognised?: readonly SkippedObjects[] } = {},
): JsonConversion {
  const model = modelOf(declaration);
  const c = classModel(model, classKey);
  const walk = new Walk(model, {
    reading: jsonReading(options.strict ?? false),
    ...(options.bases ? { bases: options.bases } : {}),
  });
  const dataset = options.dataset ?? new Store();
  const { source } = options;
  for (const record of records) {
    const before = walk.quads.length;
    try {
      const subject = walk.record(c, record.value, record.path);
      if (subject && record.self)
        walk.quads.push(...selfQuads(subject, record.self, c.key, options.strict ?? false, walk.problems));
    } catch (error) {
      throw source !== undefined && error instanceof JsonInputError ? inSourceError(error, source) : error;
    }
    // add record by record: a strict conversion that throws has added only whole records
    dataset.addQuads(walk.quads.slice(before));
  }
  const at = (path: string): string => (source === undefined ? path : sourcePath(source, path));
  const nodePaths =
    source === undefined ? walk.nodePaths : new Map([...walk.nodePaths].map(([node, path]) => [node, at(path)]));
  return {
    dataset,
    unknownFields: walk.unknownFields.map(at),
    problems: source === undefined ? walk.problems : walk.problems.map((p) => ({ ...p, path: at(p.path) })),
    skipped: selection.skipped ?? [],
    recognised: selection.recognised ?? [],
    jsonPathOf(node, field) {
      const path = nodePaths.get(node);
      if (path === undefined || field === undefined) return path;
      return path === source ? sourcePath(path, field) : childPath(path, field);
    },
  };
}

/**
 * Reads the nodes of class `classKey` back into the API's JSON, with what it could not carry
 * (`notCarried`, per node). A value that breaks a rule comes back as the JSON value it holds.
 */
export function readJson(
  declaration: ProfileDeclaration,
  classKey: string,
  dataset: DatasetCore,
  options: Pick<FromJsonOptions, 'bases'> & { readonly metadata?: MetadataFields } = {},
): JsonRecords {
  return readRecords(declaration, dataset, classKey, options);
}

function summed(lists: readonly (readonly SkippedObjects[])[]): SkippedObjects[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const { schema, count } of list) counts.set(schema, (counts.get(schema) ?? 0) + count);
  return [...counts].map(([schema, count]) => ({ schema, count }));
}

/**
 * Several conversions into one dataset (the pages of a list, files of one register, each converted with
 * `fromJson(page, { dataset, source })`) as one: their findings together, each JSON path its own page's.
 */
export function joinConversions(parts: readonly JsonConversion[]): JsonConversion {
  const [first] = parts;
  if (first === undefined) throw new TypeError('joinConversions: give at least one conversion');
  if (parts.some((p) => p.dataset !== first.dataset))
    throw new TypeError('joinConversions: the conversions must share one dataset (the `dataset` option)');
  return {
    dataset: first.dataset,
    unknownFields: parts.flatMap((p) => p.unknownFields),
    problems: parts.flatMap((p) => p.problems),
    skipped: summed(parts.map((p) => p.skipped)),
    recognised: summed(parts.map((p) => p.recognised)),
    jsonPathOf(node, field) {
      for (const p of parts) {
        const path = p.jsonPathOf(node, field);
        if (path !== undefined) return path;
      }
      return undefined;
    },
  };
}
