/**
 * OpenRegister (Conduction, Common Ground), the platform the Softwarecatalogus publishes through. Its
 * objects carry their register metadata in an `@self` block (id, register, schema, version, owner,
 * created, updated, published, relations, …), and a register export is an OpenAPI-like document whose
 * `components.objects` hold the objects of every schema of the register.
 *
 * - `@self` is the object's metadata, never a field of the record. Two of its dates become RDF on the
 *   record's node: `created` as `dcterms:created` and `updated` as `dcterms:modified` (xsd:dateTime);
 *   the rest describes the register's storage (owner, folder, size, locks) and is not converted.
 * - From an export (`components.objects`, a plain array of objects, or one object), the objects whose
 *   `@self.schema` is one of the profile's schemas are records; the others are counted by schema.
 *   JSON paths stay the paths in the document given (`components.objects[20].status`).
 */
import { JsonInputError } from '../errors.js';
import { isXsdDateTime } from '../rdf/xsd.js';
import { factory, XSD, type Quad } from '../rdf/terms.js';
import { childPath, type InputProblem, type Subject } from '../record/walk.js';
import type { JsonRecord } from './convert.js';

/** How a profile's records are found in an OpenRegister register. */
export interface OpenRegisterSchemas {
  /** the register schemas whose objects are the profile's records (their slug, e.g. `voorzieninggebruik`) */
  readonly schemas: readonly string[];
  /**
   * Field sets that identify the profile's objects where `@self.schema` is no slug the profile knows (an
   * API response names it by its numeric id, or as an extended object without a known slug): an object
   * that has every field of one set is a record (the adapter's `recognisedBy`).
   */
  readonly recognisedBy?: readonly (readonly string[])[];
}

/** Objects counted by the schema their `@self` named. */
export interface SkippedObjects {
  /** the schema named in their `@self.schema` (a slug, an id, or the slug of an extended schema object) */
  readonly schema: string;
  readonly count: number;
}

/** The records a payload holds, and what was left out. */
export interface RecordSelection {
  readonly records: JsonRecord[];
  /** objects of other schemas: not records */
  readonly skipped: SkippedObjects[];
  /** objects taken as records by their fields, their schema being no slug the profile knows */
  readonly recognised: SkippedObjects[];
}

const DCTERMS = 'http://purl.org/dc/terms/';

/** `@self` field -> the predicate it is written with. */
export const SELF_DATES: readonly (readonly [field: string, predicate: string])[] = [
  ['created', `${DCTERMS}created`],
  ['updated', `${DCTERMS}modified`],
];

/**
 * The fields of an OpenRegister list response around its `results`: both paths (magic-mapped:
 * `total, pages, page, limit, @self, facets`; database or index: also `offset`, `facetable`), and the
 * `next`/`prev` its documentation promises. They describe the list, never a record.
 */
export const LIST_ENVELOPE = [
  'total',
  'pages',
  'page',
  'limit',
  'offset',
  '@self',
  'facets',
  'facetable',
  'next',
  'prev',
] as const;

/** The field of a list response that holds its objects. */
export const LIST_KEY = 'results';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a payload is a register export: an object with `components.objects` (an array). */
export function isRegisterExport(payload: unknown): payload is { components: { objects: unknown[] } } {
  return isRecord(payload) && isRecord(payload['components']) && Array.isArray(payload['components']['objects']);
}

/** Whether a payload is an OpenRegister list response: `results` (an array) with a field of its envelope. */
export function isListResponse(payload: unknown): payload is { results: unknown[] } {
  return isRecord(payload) && Array.isArray(payload[LIST_KEY]) && LIST_ENVELOPE.some((k) => Object.hasOwn(payload, k));
}

/** An OpenRegister error body (`{"error": "Not Found"}`, `{"message": …}`): its text, else `undefined`. */
function errorBody(payload: unknown): string | undefined {
  if (!isRecord(payload)) return undefined;
  const keys = Object.keys(payload);
  if (keys.length !== 1 || (keys[0] !== 'error' && keys[0] !== 'message')) return undefined;
  const text = payload[keys[0]];
  return typeof text === 'string' ? text : undefined;
}

/** The slug of a schema given as an object (an export's `components.schemas` entry, `_extend=_schema`). */
function slugOf(schema: Record<string, unknown>): string | undefined {
  return typeof schema['slug'] === 'string' ? schema['slug'] : undefined;
}

/** Tells an object's schema, and whether it is one of the profile's. */
class SchemaMatcher {
  private readonly wanted: Set<string>;
  /** a schema's other names (its id, uuid, title) -> its slug */
  private readonly aliases = new Map<string, string>();

  constructor(
    schemas: readonly string[],
    private readonly recognisedBy: readonly (readonly string[])[] = [],
  ) {
    this.wanted = new Set(schemas.map((s) => s.toLowerCase()));
  }

  /** Learns the slugs of schemas given by id: an export's `components.schemas`, a list's `@self.schemas`. */
  learn(schemas: unknown): this {
    if (!isRecord(schemas)) return this;
    for (const [key, schema] of Object.entries(schemas)) {
      if (!isRecord(schema)) continue;
      const slug = slugOf(schema) ?? key;
      for (const name of [key, schema['id'], schema['uuid'], schema['title']]) {
        if (typeof name === 'string' || typeof name === 'number') this.aliases.set(String(name).toLowerCase(), slug);
      }
    }
    return this;
  }

  /**
   * The schema an object names (by slug where it is known), `undefined` when it names none: a slug, a
   * numeric id (a string or a number, as the API gives it), or an extended schema object.
   */
  schemaOf(self: Record<string, unknown>): string | undefined {
    const schema = self['schema'];
    if (isRecord(schema)) {
      const slug = slugOf(schema);
      if (slug !== undefined) return slug;
      const id = schema['id'] ?? schema['uuid'];
      return typeof id === 'string' || typeof id === 'number' ? this.named(String(id)) : undefined;
    }
    if (typeof schema !== 'string' && typeof schema !== 'number') return undefined;
    return this.named(String(schema));
  }

  private named(name: string): string {
    return this.aliases.get(name.toLowerCase()) ?? name;
  }

  /** Whether a schema is one of the profile's (by slug). */
  known(schema: string): boolean {
    return this.wanted.has(schema.toLowerCase());
  }

  /** Whether an object has every field of one of the identifying sets. */
  recognises(value: Record<string, unknown>): boolean {
    return this.recognisedBy.some(
      (fields) => fields.length > 0 && fields.every((f) => value[f] !== undefined && value[f] !== null),
    );
  }
}

type Chosen = JsonRecord | { skipped: string } | { recognised: string; record: JsonRecord };

/** One object: the record without its `@self` (a copy; the input is not changed), or the schema it was skipped for. */
function select(record: JsonRecord, matcher: SchemaMatcher): Chosen {
  const value = record.value;
  if (!isRecord(value) || !Object.hasOwn(value, '@self')) return record;
  const self = value['@self'];
  const { '@self': _self, ...rest } = value;
  const chosen: JsonRecord = {
    value: rest,
    path: record.path,
    self: { value: self, path: childPath(record.path, '@self') },
  };
  if (!isRecord(self)) return chosen;
  const schema = matcher.schemaOf(self);
  // an object that names no schema cannot be told apart: it is converted, and validation judges it
  if (schema === undefined || matcher.known(schema)) return chosen;
  return matcher.recognises(rest) ? { recognised: schema, record: chosen } : { skipped: schema };
}

function tally(counts: Map<string, number>, schema: string): void {
  counts.set(schema, (counts.get(schema) ?? 0) + 1);
}

function asList(counts: ReadonlyMap<string, number>): SkippedObjects[] {
  return [...counts].map(([schema, count]) => ({ schema, count }));
}

/** The objects a payload holds, with their paths: an export's, a list response's, or what `fallback` finds. */
function candidates(payload: unknown, fallback: (payload: unknown) => JsonRecord[]): JsonRecord[] {
  if (isRegisterExport(payload))
    return payload.components.objects.map((value, i) => ({ value, path: childPath('components.objects', i) }));
  if (isListResponse(payload)) return payload.results.map((value, i) => ({ value, path: childPath(LIST_KEY, i) }));
  const error = errorBody(payload);
  if (error !== undefined)
    throw new JsonInputError(
      '',
      'OpenRegister',
      undefined,
      'type',
      `an OpenRegister error response ("${error}"), not data`,
    );
  return fallback(payload);
}

/** Selects records one at a time (a payload read as a stream, or whole), counting what it skips and how it chose. */
export class RecordSelector {
  private readonly matcher: SchemaMatcher;
  private readonly skippedCounts = new Map<string, number>();
  private readonly recognisedCounts = new Map<string, number>();

  constructor(register: OpenRegisterSchemas) {
    this.matcher = new SchemaMatcher(register.schemas, register.recognisedBy);
  }

  /** A whole payload: a register export, a list response, one object, or an array of them. */
  payload(payload: unknown, fallback: (payload: unknown) => JsonRecord[]): JsonRecord[] {
    // the export's schemas, and a list's extended `@self.schemas`, name the ids its objects give
    if (isRegisterExport(payload)) this.matcher.learn((payload.components as Record<string, unknown>)['schemas']);
    if (isListResponse(payload) && isRecord((payload as Record<string, unknown>)['@self'])) {
      this.matcher.learn(((payload as Record<string, unknown>)['@self'] as Record<string, unknown>)['schemas']);
    }
    const records: JsonRecord[] = [];
    for (const candidate of candidates(payload, fallback)) {
      const chosen = this.one(candidate);
      if (chosen) records.push(chosen);
    }
    return records;
  }

  /** One element of an array or list, or one NDJSON line: the record, or `undefined` when it is another schema's. */
  one(record: JsonRecord): JsonRecord | undefined {
    const chosen = select(record, this.matcher);
    if ('skipped' in chosen) {
      tally(this.skippedCounts, chosen.skipped);
      return undefined;
    }
    if ('recognised' in chosen) {
      tally(this.recognisedCounts, chosen.recognised);
      return chosen.record;
    }
    return chosen;
  }

  get skipped(): SkippedObjects[] {
    return asList(this.skippedCounts);
  }

  get recognised(): SkippedObjects[] {
    return asList(this.recognisedCounts);
  }
}

/**
 * The records of a payload read through OpenRegister: a register export's `components.objects`, a list
 * response's `results` (its envelope is never a record), or what `fallback` finds (one object or an
 * array of them), each without its `@self`.
 */
export function openRegisterRecords(
  payload: unknown,
  register: OpenRegisterSchemas,
  fallback: (payload: unknown) => JsonRecord[],
): RecordSelection {
  const selector = new RecordSelector(register);
  const records = selector.payload(payload, fallback);
  return { records, skipped: selector.skipped, recognised: selector.recognised };
}

/**
 * The triples of a record's `@self` (its creation and modification dates) on its node. A date that
 * is no date-time with a time zone is not written: a warning at its path (strict: a `JsonInputError`).
 */
export function selfQuads(
  subject: Subject,
  self: NonNullable<JsonRecord['self']>,
  className: string,
  strict: boolean,
  problems: InputProblem[],
): Quad[] {
  const block = self.value;
  const fail = (path: string, message: string): void => {
    if (strict) throw new JsonInputError(path, className, undefined, 'type', message);
    problems.push({
      path,
      className,
      property: undefined,
      reason: 'type',
      message,
      represented: false,
      severity: 'Warning',
    });
  };
  if (block === null || block === undefined) return [];
  if (!isRecord(block)) {
    fail(self.path, `expected OpenRegister's metadata (an object), got ${JSON.stringify(block)}; not converted`);
    return [];
  }
  const quads: Quad[] = [];
  for (const [field, predicate] of SELF_DATES) {
    const value = block[field];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && isXsdDateTime(value) && /(Z|[+-]\d{2}:\d{2})$/u.test(value)) {
      quads.push(
        factory.quad(subject, factory.namedNode(predicate), factory.literal(value, factory.namedNode(XSD('dateTime')))),
      );
    } else {
      fail(
        childPath(self.path, field),
        'expected a date-time with a time zone (2025-05-09T12:20:44+00:00),' +
          ` got ${JSON.stringify(value)}; not converted`,
      );
    }
  }
  return quads;
}
