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
}

/** Objects of an export that were not converted, because their schema is another profile's. */
export interface SkippedObjects {
  /** the schema named in their `@self.schema` */
  readonly schema: string;
  readonly count: number;
}

/** The records a payload holds, and what was left out. */
export interface RecordSelection {
  readonly records: JsonRecord[];
  readonly skipped: SkippedObjects[];
}

const DCTERMS = 'http://purl.org/dc/terms/';

/** `@self` field -> the predicate it is written with. */
export const SELF_DATES: readonly (readonly [field: string, predicate: string])[] = [
  ['created', `${DCTERMS}created`],
  ['updated', `${DCTERMS}modified`],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a payload is a register export: an object with `components.objects` (an array). */
export function isRegisterExport(payload: unknown): payload is { components: { objects: unknown[] } } {
  return isRecord(payload) && isRecord(payload['components']) && Array.isArray(payload['components']['objects']);
}

/** Tells an object's schema, and whether it is one of the profile's. */
class SchemaMatcher {
  private readonly wanted: Set<string>;
  /** a schema's other names in the export (its id, uuid, title) -> its slug */
  private readonly aliases = new Map<string, string>();

  constructor(schemas: readonly string[], exportSchemas: unknown) {
    this.wanted = new Set(schemas.map((s) => s.toLowerCase()));
    if (!isRecord(exportSchemas)) return;
    for (const [key, schema] of Object.entries(exportSchemas)) {
      if (!isRecord(schema)) continue;
      const slug = typeof schema['slug'] === 'string' ? schema['slug'] : key;
      for (const name of [key, schema['id'], schema['uuid'], schema['title']]) {
        if (typeof name === 'string' || typeof name === 'number') this.aliases.set(String(name).toLowerCase(), slug);
      }
    }
  }

  /** The schema an object names, by slug where the export says; `undefined` when it names none. */
  schemaOf(self: Record<string, unknown>): string | undefined {
    const schema = self['schema'];
    if (typeof schema !== 'string' && typeof schema !== 'number') return undefined;
    return this.aliases.get(String(schema).toLowerCase()) ?? String(schema);
  }

  matches(schema: string | undefined): boolean {
    // an object that names no schema cannot be told apart: it is converted, and validation judges it
    return schema === undefined || this.wanted.has(schema.toLowerCase());
  }
}

/** One object: the record without its `@self` (a copy; the input is not changed), or the schema it was skipped for. */
function select(record: JsonRecord, matcher: SchemaMatcher): JsonRecord | { skipped: string } {
  const value = record.value;
  if (!isRecord(value) || !Object.hasOwn(value, '@self')) return record;
  const self = value['@self'];
  if (isRecord(self)) {
    const schema = matcher.schemaOf(self);
    if (!matcher.matches(schema)) return { skipped: schema as string };
  }
  const { '@self': _self, ...rest } = value;
  return { value: rest, path: record.path, self: { value: self, path: childPath(record.path, '@self') } };
}

function tally(skipped: Map<string, number>, schema: string): void {
  skipped.set(schema, (skipped.get(schema) ?? 0) + 1);
}

function asList(skipped: ReadonlyMap<string, number>): SkippedObjects[] {
  return [...skipped].map(([schema, count]) => ({ schema, count }));
}

/**
 * The records of a payload read through OpenRegister: a register export's `components.objects`, or
 * what `fallback` finds (one object or an array of them), each without its `@self`.
 */
export function openRegisterRecords(payload: unknown, register: OpenRegisterSchemas, fallback: (payload: unknown) => JsonRecord[]): RecordSelection {
  const exported = isRegisterExport(payload);
  const matcher = new SchemaMatcher(register.schemas, exported && isRecord(payload.components) ? (payload.components as Record<string, unknown>)['schemas'] : undefined);
  const candidates = exported ? payload.components.objects.map((value, i) => ({ value, path: childPath('components.objects', i) })) : fallback(payload);
  const records: JsonRecord[] = [];
  const skipped = new Map<string, number>();
  for (const candidate of candidates) {
    const chosen = select(candidate, matcher);
    if ('skipped' in chosen) tally(skipped, chosen.skipped);
    else records.push(chosen);
  }
  return { records, skipped: asList(skipped) };
}

/** Selects records one at a time (a payload read as a stream), counting what it skips. */
export class RecordSelector {
  private readonly matcher: SchemaMatcher;
  private readonly counts = new Map<string, number>();

  constructor(private readonly register: OpenRegisterSchemas) {
    this.matcher = new SchemaMatcher(register.schemas, undefined);
  }

  /** A whole payload (a register export, or one object). */
  payload(payload: unknown, fallback: (payload: unknown) => JsonRecord[]): JsonRecord[] {
    const { records, skipped } = openRegisterRecords(payload, this.register, fallback);
    for (const s of skipped) this.counts.set(s.schema, (this.counts.get(s.schema) ?? 0) + s.count);
    return records;
  }

  /** One element of an array, or one NDJSON line. */
  one(record: JsonRecord): JsonRecord | undefined {
    const chosen = select(record, this.matcher);
    if (!('skipped' in chosen)) return chosen;
    tally(this.counts, chosen.skipped);
    return undefined;
  }

  get skipped(): SkippedObjects[] {
    return asList(this.counts);
  }
}

/**
 * The triples of a record's `@self` (its creation and modification dates) on its node. A date that
 * is no date-time with a time zone is not written: a warning at its path (strict: a `JsonInputError`).
 */
export function selfQuads(subject: Subject, self: NonNullable<JsonRecord['self']>, className: string, strict: boolean, problems: InputProblem[]): Quad[] {
  const block = self.value;
  const fail = (path: string, message: string): void => {
    if (strict) throw new JsonInputError(path, className, undefined, 'type', message);
    problems.push({ path, className, property: undefined, reason: 'type', message, represented: false, severity: 'Warning' });
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
      quads.push(factory.quad(subject, factory.namedNode(predicate), factory.literal(value, factory.namedNode(XSD('dateTime')))));
    } else {
      fail(childPath(self.path, field), `expected a date-time with a time zone (2025-05-09T12:20:44+00:00), got ${JSON.stringify(value)}; not converted`);
    }
  }
  return quads;
}
