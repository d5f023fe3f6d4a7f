/**
 * An API's JSON to RDF, and back. Field names are the declaration's property keys (and their
 * aliases); nested objects become nodes of their own; defaults are filled in. A lenient conversion
 * (the default) writes every field, broken or not, so that validation reports all problems at once,
 * and keeps where each node came from so that results can name their JSON path.
 */
import { Store } from 'n3';
import type { DatasetCore } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { classModel, modelOf } from '../schema/model.js';
import { childPath, Walk, type InputProblem } from '../record/walk.js';
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
  /** a dataset to add to (a new N3.Store by default) */
  readonly dataset?: Store;
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
  /** the JSON path of a node (by IRI or `_:label`), and of one of its fields */
  jsonPathOf(node: string, field?: string): string | undefined;
}

/** The records of a payload that is one object or an array of them. */
export function objectOrArray(payload: unknown, path = ''): JsonRecord[] {
  return Array.isArray(payload) ? payload.map((value, i) => ({ value, path: childPath(path, i) })) : [{ value: payload, path }];
}

/** Converts records of class `classKey` from an API's JSON into RDF. */
export function convertJson(declaration: ProfileDeclaration, classKey: string, records: Iterable<JsonRecord>, options: FromJsonOptions = {}, skipped: readonly SkippedObjects[] = []): JsonConversion {
  const model = modelOf(declaration);
  const c = classModel(model, classKey);
  const walk = new Walk(model, { mode: 'json', strict: options.strict ?? false, ...(options.bases ? { bases: options.bases } : {}) });
  const dataset = options.dataset ?? new Store();
  for (const record of records) {
    const before = walk.quads.length;
    const subject = walk.record(c, record.value, record.path);
    if (subject && record.self) walk.quads.push(...selfQuads(subject, record.self, c.key, options.strict ?? false, walk.problems));
    // add record by record: a strict conversion that throws has added only whole records
    dataset.addQuads(walk.quads.slice(before));
  }
  const { nodePaths } = walk;
  return {
    dataset,
    unknownFields: walk.unknownFields,
    problems: walk.problems,
    skipped,
    jsonPathOf(node, field) {
      const path = nodePaths.get(node);
      if (path === undefined || field === undefined) return path;
      return childPath(path, field);
    },
  };
}

/**
 * Reads the nodes of class `classKey` back into the API's JSON, with what it could not carry
 * (`notCarried`, per node). A value that breaks a rule comes back as the JSON value it holds.
 */
export function readJson(declaration: ProfileDeclaration, classKey: string, dataset: DatasetCore, options: Pick<FromJsonOptions, 'bases'> & { readonly metadata?: MetadataFields } = {}): JsonRecords {
  return readRecords(declaration, dataset, classKey, options);
}
