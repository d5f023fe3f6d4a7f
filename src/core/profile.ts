/**
 * A profile: its declaration, and the typed entry points that follow from it.
 */
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Store } from 'n3';
import { createGraph, type GraphBuilder, type GraphOptions } from './record/graph-builder.js';
import { readGraph, type JsonRecords, type ReadOptions, type ReadOutcome } from './read/reader.js';
import {
  convertJson,
  objectOrArray,
  readJson,
  type FromJsonOptions,
  type JsonConversion,
  type JsonRecord,
} from './json/convert.js';
import { DEFAULT_MAX_DEPTH, parseJson, tooDeep } from './parse/jsonld.js';
import { convertJsonStream, type JsonStreamOptions, type JsonStreamSummary } from './json/convert-stream.js';
import { JsonTextWriter, type JsonOutputStreamOptions } from './json/to-json-stream.js';
import { piecesOf } from './serialize/pieces.js';
import { JsonInputError, ProfielkitError } from './errors.js';
import {
  LIST_KEY,
  openRegisterRecords,
  SELF_DATES,
  type OpenRegisterSchemas,
  type RecordSelection,
} from './json/openregister.js';
import { generateShapes } from './shapes/generate.js';
import { bundledContext, outputContext } from './jsonld/context.js';
import { modelOf } from './schema/model.js';
import type { ProfileDeclaration } from './schema/declaration.js';

/** How a profile reads its standard's own JSON (an API payload). */
export interface JsonAdapter {
  /** the class of the payload's records */
  readonly root: string;
  /**
   * How a payload of this profile is recognised from its fields: an object is a record of this profile
   * when it has every field of one of these sets (`[['verwerktObjectId'], ['objecttype', 'objectId']]`).
   * `profilesOfJson` uses it, so that a payload is never checked against a profile nobody chose; so
   * does OpenRegister reading, for an object whose `@self.schema` is no slug the profile knows (a
   * numeric id, an extended schema object).
   */
  readonly recognisedBy: readonly (readonly string[])[];
  /**
   * The records of a payload, with their JSON paths (default: one object, or an array of them).
   * May throw a typed error for a payload that is no data at all (an API error body).
   */
  readonly records?: (payload: unknown) => JsonRecord[];
  /** the field of a list response that holds the records (`results`), for reading large payloads as a stream */
  readonly listKey?: string;
  /**
   * The OpenRegister schemas whose objects are the records (the Softwarecatalogus publishes through
   * OpenRegister): `@self` is then read as the object's metadata, and a register export
   * (`components.objects`) is read for the objects of these schemas.
   */
  readonly openRegister?: OpenRegisterSchemas;
}

/** What the machinery needs of a profile, whatever its declaration's exact type. */
export interface AnyProfile {
  readonly name: string;
  readonly declaration: ProfileDeclaration;
  /** the profile's SHACL shapes, as Turtle */
  shapes(): string;
  /** the profile's JSON-LD context document */
  contextDocument(): Readonly<Record<string, unknown>>;
  /** whether the profile reads its standard's own JSON with `fromJson` */
  readonly readsJson: boolean;
  /** the field sets its JSON records are recognised by (`JsonAdapter.recognisedBy`); empty without JSON */
  readonly recognisedBy: readonly (readonly string[])[];
  /** converts the standard's own JSON (text or parsed) into RDF; throws for a profile without JSON */
  fromJson(payload: unknown, options?: FromJsonOptions): JsonConversion;
  /**
   * reads a graph back into the standard's own JSON, with what it could not carry; throws for a profile without JSON
   */
  toJson(dataset: DatasetCore, options?: Pick<FromJsonOptions, 'bases'>): JsonRecords;
  /** converts a large JSON payload to Turtle, N-Triples or JSON-LD as it is read */
  fromJsonStream(
    input: AsyncIterable<string | Uint8Array>,
    write: (text: string) => void | Promise<void>,
    options?: JsonStreamOptions,
  ): Promise<JsonStreamSummary>;
  /** reads quads back into the standard's own JSON as they come, as JSON text; throws for a profile without JSON */
  toJsonStream(quads: AsyncIterable<Quad> | Iterable<Quad>, options?: JsonOutputStreamOptions): AsyncIterable<string>;
  /** the writer behind `toJsonStream`, driven quad by quad; throws for a profile without JSON */
  jsonTextWriter(options?: JsonOutputStreamOptions): JsonTextWriter;
}

/** A profile of profielkit: pass it to `validate`, `toJsonLd`, `toTurtle` and the parsers. */
export class Profile<D extends ProfileDeclaration = ProfileDeclaration> implements AnyProfile {
  /** the declaration everything else follows from */
  readonly declaration: D;

  private readonly json: JsonAdapter | undefined;

  constructor(declaration: D, json?: JsonAdapter) {
    modelOf(declaration); // fails early on an inconsistent declaration
    this.declaration = declaration;
    this.json = json;
  }

  get readsJson(): boolean {
    return this.json !== undefined;
  }

  get recognisedBy(): readonly (readonly string[])[] {
    return this.json?.recognisedBy ?? [];
  }

  private adapter(): JsonAdapter {
    if (!this.json)
      throw new ProfielkitError(
        'profile/no-json',
        `the ${this.name} profile has no JSON format of its own; use JSON-LD`,
      );
    return this.json;
  }

  /**
   * Converts the standard's own JSON (an API payload, as text or parsed) into RDF. Lenient by default:
   * every field is written, broken or not, and `validate(conversion.dataset, { profile, json: conversion })`
   * reports every problem with its JSON path; with `strict: true` the first problem throws a `JsonInputError`.
   */
  fromJson(payload: unknown, options: FromJsonOptions = {}): JsonConversion {
    const adapter = this.adapter();
    const value = typeof payload === 'string' ? parseJson(payload, 'json', options) : payload;
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    const deep = typeof payload === 'string' ? undefined : tooDeep(value, maxDepth);
    if (deep !== undefined)
      throw new JsonInputError(
        deep,
        this.adapter().root,
        undefined,
        'range',
        `objects and arrays nest deeper than ${maxDepth} levels (the limit; raise it with maxDepth)`,
      );
    const { records, skipped, recognised } = this.select(value);
    return convertJson(this.declaration, adapter.root, records, options, { skipped, recognised });
  }

  /** The records of a parsed payload, and (for a register export) the objects of other schemas left out. */
  private select(payload: unknown): RecordSelection {
    const adapter = this.adapter();
    const records = adapter.records ?? objectOrArray;
    return adapter.openRegister
      ? openRegisterRecords(payload, this.openRegister(adapter) as OpenRegisterSchemas, records)
      : { records: records(payload), skipped: [], recognised: [] };
  }

  /** The adapter's OpenRegister schemas, with the fields that recognise its objects. */
  private openRegister(adapter: JsonAdapter): OpenRegisterSchemas | undefined {
    if (!adapter.openRegister) return undefined;
    return adapter.recognisedBy
      ? { ...adapter.openRegister, recognisedBy: adapter.recognisedBy }
      : adapter.openRegister;
  }

  /**
   * Converts a large payload (one JSON array, a list response, or NDJSON with `ndjson: true`) to
   * Turtle, N-Triples, JSON-LD or the standard's own JSON again (`format`) as it is read, in flat
   * memory: `write` receives the text as it is made. The same graph as `fromJson` then `toTurtle`
   * (with `format: 'json'`, the records `toJson` reads from it); the summary lists every problem with
   * its JSON path.
   */
  fromJsonStream(
    input: AsyncIterable<string | Uint8Array>,
    write: (text: string) => void | Promise<void>,
    options: JsonStreamOptions = {},
  ): Promise<JsonStreamSummary> {
    const adapter = this.adapter();
    const openRegister = this.openRegister(adapter);
    // an OpenRegister list response holds its objects in `results`
    const listKey = adapter.listKey ?? (openRegister ? LIST_KEY : undefined);
    return convertJsonStream(
      this.declaration,
      {
        root: adapter.root,
        records: adapter.records ?? objectOrArray,
        ...(listKey === undefined ? {} : { listKey }),
        ...(openRegister ? { openRegister } : {}),
      },
      input,
      write,
      options,
    );
  }

  /**
   * Reads a graph back into the standard's own JSON: one object per record. Never refuses: a value
   * that breaks a rule comes back as the JSON value it holds. What the JSON cannot carry (triples
   * outside the profile, per node) is in the result's `notCarried` (not enumerable: `JSON.stringify`
   * writes the records only). Through OpenRegister, `dcterms:created`/`modified` come back as `@self`.
   */
  toJson(dataset: DatasetCore, options: Pick<FromJsonOptions, 'bases'> = {}): JsonRecords {
    const adapter = this.adapter();
    return readJson(this.declaration, adapter.root, dataset, {
      ...options,
      ...(adapter.openRegister ? { metadata: SELF_DATES } : {}),
    });
  }

  /** short name (`toestemming`) */
  get name(): string {
    return this.declaration.name;
  }

  /**
   * Starts a graph: one typed builder per class, all writing into one dataset (a new N3.Store, or
   * the one given: any RDF/JS DatasetCore, of any library). Each builder returns the node it made, to
   * reference from other records.
   */
  graph(dataset?: undefined, options?: GraphOptions): GraphBuilder<D, Store>;
  graph<T extends DatasetCore>(dataset: T, options?: GraphOptions): GraphBuilder<D, T>;
  graph(dataset?: DatasetCore, options: GraphOptions = {}): GraphBuilder<D, DatasetCore> {
    return createGraph<D, DatasetCore>(this.declaration, dataset ?? new Store(), options);
  }

  /**
   * `toJson` for quads that come one at a time (a quad stream of a large export), in flat memory: the
   * text of a JSON list of the records, a piece at a time. A record is read once the nodes it nests
   * have come: nested objects must stand within `window` nodes of their record (as every writer puts
   * them); a node no record read is given to `onNotCarried` with its triples, as `toJson` gives it in
   * `notCarried`. Records come in the order of the input.
   */
  toJsonStream(
    quads: AsyncIterable<Quad> | Iterable<Quad>,
    options: JsonOutputStreamOptions = {},
  ): AsyncIterable<string> {
    return piecesOf(this.jsonTextWriter(options), quads);
  }

  /** The writer behind `toJsonStream`, for a caller that drives it quad by quad (the command). */
  jsonTextWriter(options: JsonOutputStreamOptions = {}): JsonTextWriter {
    const adapter = this.adapter();
    return new JsonTextWriter(this.declaration, adapter.root, {
      ...options,
      ...(adapter.openRegister ? { metadata: SELF_DATES } : {}),
    });
  }

  /**
   * Reads every node of the profile's classes back into typed objects, grouped by class; the triples
   * the objects do not hold are in the result's `notCarried` (per node; not enumerable).
   */
  read(dataset: DatasetCore, options: ReadOptions = {}): ReadOutcome<D> {
    return readGraph(this.declaration, dataset, options);
  }

  /** The profile's SHACL shapes, as Turtle (the text of `shapes/<name>.ttl`). */
  shapes(): string {
    return generateShapes(this.declaration);
  }

  /** The profile's JSON-LD context document (the text of `contexts/<name>.jsonld`). */
  contextDocument(): Readonly<Record<string, unknown>> {
    return bundledContext(this.declaration).document;
  }

  /** The `@context` that profielkit writes into this profile's JSON-LD documents. */
  jsonLdContext(): ReturnType<typeof outputContext> {
    return outputContext(this.declaration);
  }
}
