/**
 * Reads a graph back into objects, and says what it could not carry.
 *
 * - `readGraph` (a profile's `read`): every node typed with one of the profile's classes becomes a
 *   typed object under its most specific class, as the builders take it. A graph that breaks the
 *   profile cannot be read into those types and gives a `ReadError`; `validate` reports every problem
 *   at once.
 * - `readRecords` (a profile's `toJson`): the records of one class, with their nested objects, as the
 *   API writes them. It never refuses: a value that breaks a rule comes back as the JSON value it
 *   holds (a score `"drie"` as that string), a single-valued field with several values as a list.
 *
 * Both return, per node, the triples the objects do not hold (`notCarried`): triples whose predicate
 * the class has no property for, types of other vocabularies, a literal whose datatype or language the
 * field cannot say, nodes no record reaches. Nothing is dropped in silence.
 */
import type { DatasetCore, Literal, Quad, Term } from '@rdfjs/types';
import { ReadError } from '../errors.js';
import type { ProfileDeclaration, PropertyDeclaration } from '../schema/declaration.js';
import type { ReadResult } from '../schema/infer.js';
import { classModel, modelOf, type ClassModel, type ProfileModel } from '../schema/model.js';
import { evidentValue, identityBase, SLUG_PATTERN } from '../record/walk.js';

const SLUG = new RegExp(`^${SLUG_PATTERN}$`, 'u');
import { isWellFormed, isXsdInteger } from '../rdf/xsd.js';
import { isUuid } from '../rdf/lexical.js';
import { DATATYPE, factory, nodeId, RDF, RDF_TYPE, XSD } from '../rdf/terms.js';

/** Options of a profile's `read`. */
export interface ReadOptions {
  /** IRI bases per class for nodes named by a UUID, as given to the builders or `fromJson` */
  readonly bases?: Readonly<Record<string, string>>;
}

/** The triples of one node that the objects read do not hold. */
export interface NotCarried {
  /** the node: its IRI, or `_:label` */
  readonly node: string;
  readonly triples: readonly Quad[];
}

/** What `read` and `toJson` return besides the objects: the triples they could not carry, per node. */
export interface CarriesRest {
  /** per node, the triples the objects do not hold (empty when everything was carried); not enumerable */
  readonly notCarried: readonly NotCarried[];
}

/** `read`'s result: the objects by class, and (not enumerable) what they could not carry. */
export type ReadOutcome<D extends ProfileDeclaration> = ReadResult<D> & CarriesRest;

/**
 * `toJson`'s result: the API's JSON objects, and (not enumerable, so never in `JSON.stringify`) what they could not
 * carry.
 */
export type JsonRecords = Record<string, unknown>[] & CarriesRest;

/** `@self` fields a record's metadata triples are read back into (OpenRegister), by predicate */
export type MetadataFields = readonly (readonly [field: string, predicate: string])[];

/** Where a reader finds a node's triples (a dataset, or the window of a stream), and marks those it carried. */
export interface NodeTriples {
  /** the quads of `subject` with predicate `predicate` (in any graph) */
  of(subject: Term, predicate: string): Iterable<Quad>;
  /** marks a quad `of` gave as held by the objects read */
  carry(quad: Quad): void;
}

/** A dataset's triples, by node; `carried` gets the key of each quad carried. */
export function datasetTriples(dataset: DatasetCore, carried: Set<string>): NodeTriples {
  return {
    of: (subject, predicate) => dataset.match(subject, factory.namedNode(predicate), null),
    carry: (q) => void carried.add(quadKey(q.subject, q.predicate, q.object)),
  };
}

export interface ReadContext {
  readonly model: ProfileModel;
  readonly triples: NodeTriples;
  readonly bases: Readonly<Record<string, string>> | undefined;
  /** `toJson`: never refuse, write what a value holds */
  readonly lenient: boolean;
}

const MISSING = Symbol('not carried');
type Read = unknown;

function termKey(t: Term): string {
  if (t.termType === 'Literal') {
    const l = t as Literal;
    return `"${l.value}"@${l.language}^^${l.datatype.value}`;
  }
  return nodeId(t);
}

function quadKey(s: Term, p: Term, o: Term): string {
  return `${termKey(s)} ${p.value} ${termKey(o)}`;
}

/**
 * The JSON value a literal holds, as a lenient `fromJson` writes a value that breaks its rule: a
 * string, a boolean, an integer, a decimal, or any JSON as `rdf:JSON`. `MISSING` for a literal no
 * JSON value gives (a language tag, another datatype).
 */
function jsonValueOf(term: Literal): Read | typeof MISSING {
  if (term.language !== '') return MISSING;
  const { value } = term;
  switch (term.datatype.value) {
    case XSD('string'):
      return value;
    case XSD('boolean'):
      return value === 'true' ? true : value === 'false' ? false : MISSING;
    case XSD('integer'):
      return isXsdInteger(value) && Number.isSafeInteger(Number(value)) ? Number(value) : MISSING;
    case XSD('decimal'):
    case XSD('double'): {
      const n = Number(value);
      return isWellFormed(term.datatype.value, value) && Number.isFinite(n) && String(n) === value ? n : MISSING;
    }
    case RDF('JSON'):
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return MISSING;
      }
    default:
      return MISSING;
  }
}

/**
 * The value of a literal of a literal-ranged property. A literal carries over when it is what a
 * builder or `fromJson` writes for the value read back (the declared datatype, no language tag).
 * Otherwise `read` refuses an integer or boolean it cannot read and returns any other text without
 * counting its triple carried (`Withheld`); `toJson` writes the JSON value the literal holds, or
 * leaves it out (`MISSING`).
 */
function literalValue(
  ctx: ReadContext,
  fail: (detail: string) => never,
  range: Extract<PropertyDeclaration['range'], { kind: 'literal' }>,
  term: Literal,
): Read | typeof MISSING {
  const datatype = term.datatype.value;
  const own =
    term.language === '' &&
    (datatype === DATATYPE[range.datatype] || (range.datatype === 'literal' && datatype === XSD('string')));
  if (range.datatype === 'integer' || range.datatype === 'boolean') {
    if (own && range.datatype === 'integer' && isXsdInteger(term.value) && Number.isSafeInteger(Number(term.value)))
      return Number(term.value);
    if (own && range.datatype === 'boolean' && isWellFormed(XSD('boolean'), term.value))
      return term.value === 'true' || term.value === '1';
    if (!ctx.lenient)
      return fail(`"${term.value}" is not ${range.datatype === 'integer' ? 'an integer' : 'a boolean'}`);
    return jsonValueOf(term);
  }
  // a date, date-time, duration, URI or string: its text (an ill-typed one of its datatype too)
  if (own) return term.value;
  return ctx.lenient ? jsonValueOf(term) : withheld(term.value);
}

/** A value `read` still returns (its types promise one) although its triple does not carry over exactly. */
class Withheld {
  constructor(readonly value: Read) {}
}
function withheld(value: Read): Withheld {
  return new Withheld(value);
}

/**
 * A value as the JSON gives it back, unless `fromJson` would read that JSON as something else (the
 * string "3" for an integer field is read as 3): then the JSON cannot say it, and it is not carried.
 */
function asJson(property: PropertyDeclaration, value: Read | typeof MISSING): Read | typeof MISSING {
  return value !== MISSING && evidentValue(property.range, value) !== undefined ? MISSING : value;
}

function readValue(
  ctx: ReadContext,
  subject: Term,
  c: ClassModel,
  key: string,
  property: PropertyDeclaration,
  term: Term,
  path: readonly string[],
): Read | typeof MISSING {
  const value = readTerm(ctx, subject, c, key, property, term, path);
  return ctx.lenient ? asJson(property, value) : value;
}

function readTerm(
  ctx: ReadContext,
  subject: Term,
  c: ClassModel,
  key: string,
  property: PropertyDeclaration,
  term: Term,
  path: readonly string[],
): Read | typeof MISSING {
  const node = nodeId(subject);
  const fail = (detail: string): never => {
    throw new ReadError(node, c.key, key, detail);
  };
  const range = property.range;
  if (range.kind === 'object') {
    if (term.termType === 'NamedNode' || term.termType === 'BlankNode') {
      // a node that contains itself is no tree: the API's JSON cannot hold it
      if (path.includes(nodeId(term))) return ctx.lenient ? MISSING : fail(`nests ${nodeId(term)} inside itself`);
      return readNode(ctx, term, classModel(ctx.model, range.class), path);
    }
    if (ctx.lenient && term.termType === 'Literal') return jsonValueOf(term as Literal);
    return fail(
      `expected a nested ${range.class}, ` +
        `found the ${term.termType === 'Literal' ? `literal "${term.value}"` : term.termType}`,
    );
  }
  if (range.kind === 'reference' && range.by === 'uuid') {
    const target = classModel(ctx.model, range.class);
    const base = identityBase(target, ctx.bases);
    if (term.termType === 'NamedNode') {
      const uuid = term.value.startsWith(base) ? term.value.slice(base.length) : undefined;
      if (uuid !== undefined && isUuid(uuid)) {
        markImplied(ctx, term, target, uuid);
        return uuid;
      }
      const slug =
        range.slugBase !== undefined && term.value.startsWith(range.slugBase)
          ? term.value.slice(range.slugBase.length)
          : undefined;
      if (slug !== undefined && SLUG.test(slug) && !isUuid(slug)) {
        markImplied(ctx, term, target, slug);
        return slug;
      }
      // an IRI under another base: read gives the IRI; the API's JSON cannot say it
      return ctx.lenient ? MISSING : withheld(uuid ?? term.value);
    }
    if (ctx.lenient && term.termType === 'Literal') return jsonValueOf(term as Literal);
    return fail(`expected the IRI of a ${range.class}, found ${nodeId(term)}`);
  }
  if (range.kind !== 'literal') {
    if (term.termType === 'NamedNode' || (term.termType === 'BlankNode' && range.kind === 'reference'))
      return nodeId(term);
    if (ctx.lenient) return MISSING;
    return fail(
      `expected ${range.kind === 'concept' ? 'a concept IRI' : 'a node'}, ` +
        `found the ${term.termType === 'Literal' ? `literal "${term.value}"` : term.termType}`,
    );
  }
  if (term.termType !== 'Literal')
    return ctx.lenient ? MISSING : fail(`expected a literal, found the node ${nodeId(term)}`);
  return literalValue(ctx, fail, range, term as Literal);
}

/**
 * A node referred to by UUID says no more than the reference does when it holds only its type and its
 * UUID (what `g.Organisatie({ id })` writes): those triples are carried by the reference itself.
 */
function markImplied(ctx: ReadContext, node: Term, target: ClassModel, uuid: string): void {
  for (const q of ctx.triples.of(node, RDF_TYPE)) if (target.types.includes(q.object.value)) ctx.triples.carry(q);
  const identity = target.declaration.identity;
  const property = identity ? target.properties.find((p) => p.key === identity.property) : undefined;
  if (!property) return;
  for (const q of ctx.triples.of(node, property.declaration.iri)) {
    if (
      q.object.termType === 'Literal' &&
      q.object.value === uuid &&
      (q.object as Literal).language === '' &&
      (q.object as Literal).datatype.value === XSD('string')
    )
      ctx.triples.carry(q);
  }
}

/** The most specific of the profile's classes among a node's types. */
export function mostSpecific(model: ProfileModel, types: readonly Term[]): ClassModel[] {
  const found = types.flatMap((t) => {
    const c = model.byIri.get(t.value);
    return c ? [c] : [];
  });
  return found.filter((c) => !found.some((other) => other.ancestors.includes(c.key)));
}

function readNode(
  ctx: ReadContext,
  subject: Term,
  c: ClassModel,
  path: readonly string[] = [],
): Record<string, unknown> {
  const node = nodeId(subject);
  const inner = [...path, node];
  // read: the node's id (builders take it); toJson: the API's fields only
  const out: Record<string, unknown> = ctx.lenient ? {} : { id: node };
  for (const q of ctx.triples.of(subject, RDF_TYPE)) if (c.types.includes(q.object.value)) ctx.triples.carry(q);
  for (const { key, declaration } of c.properties) {
    const values: Read[] = [];
    for (const q of ctx.triples.of(subject, declaration.iri)) {
      const value = readValue(ctx, subject, c, key, declaration, q.object, inner);
      if (value === MISSING) continue;
      if (value instanceof Withheld) values.push(value.value);
      else {
        values.push(value);
        ctx.triples.carry(q);
      }
    }
    const { card } = declaration;
    const single = card === '1' || card === '0..1';
    if (!ctx.lenient) {
      if ((card === '1' || card === '1..*') && values.length === 0)
        throw new ReadError(node, c.key, key, `is required (cardinality ${card}) but missing`);
      if (single && values.length > 1)
        throw new ReadError(node, c.key, key, `has ${values.length} values; at most one is allowed`);
      if (single) {
        if (values.length === 1) out[key] = values[0];
      } else out[key] = values;
      continue;
    }
    // the API's JSON: no empty lists; several values of a single field as the list a payload gave (and
    // a list or null as one value in a list, as fromJson reads it back: null alone would be an absent field)
    if (values.length === 0) continue;
    const [first] = values;
    out[key] = single && values.length === 1 && !Array.isArray(first) && first !== null ? first : values;
  }
  return out;
}

/** Per node, the triples of `dataset` that are not among `carried`, in the dataset's order. */
function rest(dataset: DatasetCore, carried: ReadonlySet<string>): NotCarried[] {
  const byNode = new Map<string, Quad[]>();
  for (const q of dataset as Iterable<Quad>) {
    if (carried.has(quadKey(q.subject, q.predicate, q.object))) continue;
    const node = nodeId(q.subject);
    let list = byNode.get(node);
    if (!list) byNode.set(node, (list = []));
    list.push(q);
  }
  return [...byNode].map(([node, triples]) => ({ node, triples }));
}

function withRest<T extends object>(value: T, notCarried: readonly NotCarried[]): T & CarriesRest {
  // not enumerable: spreading, Object.keys and JSON.stringify see the objects only
  return Object.defineProperty(value, 'notCarried', { value: notCarried, enumerable: false }) as T & CarriesRest;
}

/** The nodes typed with a class of the model, each once, with its most specific classes. */
function* typedNodes(model: ProfileModel, dataset: DatasetCore): Generator<{ subject: Term; classes: ClassModel[] }> {
  const typeOf = factory.namedNode(RDF_TYPE);
  const seen = new Set<string>();
  for (const c of model.classes.values()) {
    for (const quad of dataset.match(null, typeOf, factory.namedNode(c.declaration.iri))) {
      const id = nodeId(quad.subject);
      if (seen.has(id)) continue;
      seen.add(id);
      const types = [...dataset.match(quad.subject, typeOf, null)].map((q) => q.object);
      yield { subject: quad.subject, classes: mostSpecific(model, types) };
    }
  }
}

/** Reads every node of the profile's classes in `dataset` into typed objects, grouped by class. */
export function readGraph<D extends ProfileDeclaration>(
  declaration: D,
  dataset: DatasetCore,
  options: ReadOptions = {},
): ReadOutcome<D> {
  const model = modelOf(declaration);
  const carried = new Set<string>();
  const ctx: ReadContext = { model, triples: datasetTriples(dataset, carried), bases: options.bases, lenient: false };
  const result: Record<string, Record<string, unknown>[]> = Object.create(null) as Record<
    string,
    Record<string, unknown>[]
  >;
  for (const key of model.classes.keys()) result[key] = [];
  for (const { subject, classes } of typedNodes(model, dataset)) {
    for (const target of classes) result[target.key]?.push(readNode(ctx, subject, target));
  }
  return withRest({ ...result }, rest(dataset, carried)) as ReadOutcome<D>;
}

/**
 * Reads the nodes of class `classKey` (the records; nodes of other classes are reached through them)
 * as the API writes them, never refusing. With `metadata`, a record's metadata triples come back
 * under `@self` (OpenRegister's `created` and `updated`).
 */
export function readRecords(
  declaration: ProfileDeclaration,
  dataset: DatasetCore,
  classKey: string,
  options: ReadOptions & { readonly metadata?: MetadataFields } = {},
): JsonRecords {
  const model = modelOf(declaration);
  const root = classModel(model, classKey);
  const carried = new Set<string>();
  const ctx: ReadContext = { model, triples: datasetTriples(dataset, carried), bases: options.bases, lenient: true };
  const records: Record<string, unknown>[] = [];
  for (const { subject, classes } of typedNodes(model, dataset)) {
    const record = readRecord(ctx, root, subject, classes, options.metadata);
    if (record !== undefined) records.push(record);
  }
  return withRest(records, rest(dataset, carried));
}

/**
 * One record of class `root` as the API writes it (`toJson`), or `undefined` when the node's classes
 * are not `root` or one below it. With `metadata`, its metadata triples come back under `@self`.
 */
export function readRecord(
  ctx: ReadContext,
  root: ClassModel,
  subject: Term,
  classes: readonly ClassModel[],
  metadata: MetadataFields = [],
): Record<string, unknown> | undefined {
  if (!classes.some((c) => c.key === root.key || c.ancestors.includes(root.key))) return undefined;
  const c = classes.find((k) => k.key === root.key) ?? (classes[0] as ClassModel);
  const record = readNode(ctx, subject, c);
  const self: Record<string, unknown> = {};
  for (const [field, predicate] of metadata) {
    for (const q of ctx.triples.of(subject, predicate)) {
      if (q.object.termType !== 'Literal' || (q.object as Literal).datatype.value !== XSD('dateTime') || field in self)
        continue;
      self[field] = q.object.value;
      ctx.triples.carry(q);
    }
  }
  return Object.keys(self).length === 0 ? record : { ...record, '@self': self };
}
