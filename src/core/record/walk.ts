/**
 * Walks one input record (a builder's argument, or an object of an API's JSON) along its class's
 * declaration and turns it into quads. Builders and JSON converters share this walk; what they differ
 * in is their `Reading` (`reading.ts`), above all how they treat a problem:
 * - a builder throws at the first problem (a `BuilderError` naming class and property);
 * - a lenient JSON conversion records the problem and still writes what the value is, where RDF can
 *   represent it (a status outside its list as that string, a score that is not a number as a string),
 *   so that validation reports every problem of a payload at once; a strict one throws.
 */
import { BuilderError, type BuilderErrorReason } from '../errors.js';
import type { PropertyDeclaration, ReferenceRange } from '../schema/declaration.js';
import { classModel, type ClassModel, type ProfileModel } from '../schema/model.js';
import {
  DATATYPE,
  factory,
  isAbsoluteIri,
  RDF,
  RDF_TYPE,
  XSD,
  type BlankNode,
  type Literal,
  type NamedNode,
  type Quad,
} from '../rdf/terms.js';
import { valueTerm } from './to-term.js';
import { readReference, SLUG_PATTERN } from './reference.js';
import { compareLexical, dateToXsdDate, isUuid } from '../rdf/lexical.js';
import { DEFAULT_MAX_DEPTH, tooDeep } from '../parse/jsonld.js';
import { BUILDER_READING, type ProblemPlace, type Reading } from './reading.js';

/** A problem found in one input value. */
export interface InputProblem {
  /** where: a JSON path (`[3].bivClassificatie.integriteit`) or, for builders, `Class.property` */
  readonly path: string;
  readonly className: string;
  readonly property: string | undefined;
  readonly reason: BuilderErrorReason;
  /** what is wrong and what was expected */
  readonly message: string;
  /**
   * whether the graph still shows the problem (the value was written as given, or is missing), so
   * that validation reports it; `false` for what RDF cannot hold (a record that is no object, a field given twice)
   */
  readonly represented: boolean;
  /**
   * `Violation` for a field that breaks a rule; `Warning` for an encoding whose meaning is evident,
   * read for what it holds (a JSON string holding the object, `1` for `true`, `"3"` for `3`)
   */
  readonly severity: 'Violation' | 'Warning';
}

export interface WalkOptions {
  /** what the input is read as: a builder's argument (`BUILDER_READING`) or an API's JSON (`jsonReading`) */
  readonly reading: Reading;
  /** IRI bases per class key for minted identities, overriding the declaration's */
  readonly bases?: Readonly<Record<string, string>>;
}

export type Subject = NamedNode | BlankNode;

const UUID_BASE = 'urn:uuid:';

/** The base under which nodes of a class get their minted IRIs. */
export function identityBase(c: ClassModel, bases: Readonly<Record<string, string>> | undefined): string {
  return bases?.[c.key] ?? c.declaration.identity?.base ?? UUID_BASE;
}

/** The RDF term for a JSON value that breaks its rule, so the graph still says what was sent. */
function asGiven(value: unknown): Literal {
  if (typeof value === 'string') return factory.literal(value);
  if (typeof value === 'boolean') return factory.literal(String(value), factory.namedNode(XSD('boolean')));
  if (typeof value === 'number' && Number.isFinite(value)) {
    // JavaScript writes 1e21 and 5e-324 with an exponent, which only xsd:double has
    const lexical = String(value);
    return factory.literal(
      lexical,
      factory.namedNode(XSD(/e/u.test(lexical) ? 'double' : Number.isInteger(value) ? 'integer' : 'decimal')),
    );
  }
  return factory.literal(JSON.stringify(value) ?? String(value), factory.namedNode(RDF('JSON')));
}

/**
 * What a lenient JSON conversion reads a value as when its encoding is evident (a JSON string that
 * holds the object or list, 0/1 for a boolean, a numeric string for an integer), and why; `undefined`
 * for any other value. `range` is `list` for a field that takes a list.
 */
export function evidentValue(
  range: PropertyDeclaration['range'] | 'list',
  value: unknown,
): { value: unknown; what: string } | undefined {
  if (typeof value === 'string' && (range === 'list' || range.kind === 'object')) {
    const parsed = parseEncoded(value);
    const what = range === 'list' ? 'list' : 'object';
    if (range === 'list' ? Array.isArray(parsed) : isRecord(parsed))
      return {
        value: parsed,
        what: `a JSON string that holds the ${what}, not the ${what} itself; read as the ${what} it holds`,
      };
    return undefined;
  }
  if (range === 'list' || range.kind !== 'literal') return undefined;
  if (range.datatype === 'boolean' && (value === 0 || value === 1))
    return { value: value === 1, what: `${value} where true or false belongs; read as ${value === 1}` };
  if (
    range.datatype === 'integer' &&
    typeof value === 'string' &&
    /^-?(?:0|[1-9]\d*)$/u.test(value) &&
    Number.isSafeInteger(Number(value))
  ) {
    return {
      value: Number(value),
      what: `the string ${JSON.stringify(value)} where an integer belongs; read as ${value}`,
    };
  }
  return undefined;
}

/** The value a JSON string holds, if it is a JSON object or array (`undefined` otherwise). */
function parseEncoded(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    // what the string holds obeys the payload's nesting limit too
    return tooDeep(value, DEFAULT_MAX_DEPTH) === undefined ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { SLUG_PATTERN };

type FieldIndex = ReadonlyMap<string, { key: string; declaration: PropertyDeclaration }>;
const fieldIndexes = { keys: new WeakMap<ClassModel, FieldIndex>(), aliases: new WeakMap<ClassModel, FieldIndex>() };

/** A class's properties by input key (and by alias, where the reading takes them), built once per class. */
function fieldIndex(c: ClassModel, aliases: boolean): FieldIndex {
  const cache = aliases ? fieldIndexes.aliases : fieldIndexes.keys;
  let index = cache.get(c);
  if (!index) {
    const map = new Map<string, { key: string; declaration: PropertyDeclaration }>();
    for (const p of c.properties) {
      map.set(p.key, p);
      if (aliases) for (const alias of p.declaration.aliases ?? []) map.set(alias, p);
    }
    cache.set(c, (index = map));
  }
  return index;
}

/** `a.b`, `a[3]`, or `a["odd key"]` */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/u.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

export class Walk {
  quads: Quad[] = [];
  /** per node being walked: the quads of its nested nodes, written after its own */
  private readonly later: Quad[][] = [];
  readonly problems: InputProblem[] = [];
  /** unknown fields, by path (a lenient walk's; a strict one throws) */
  readonly unknownFields: string[] = [];
  /** where each node came from, by node id (`_:b1` or its IRI), where the reading keeps it */
  readonly nodePaths = new Map<string, string>();
  private readonly reading: Reading;

  constructor(
    private readonly model: ProfileModel,
    private readonly options: WalkOptions,
  ) {
    this.reading = options.reading;
  }

  private report(
    problem: Omit<InputProblem, 'represented' | 'severity'> & {
      represented?: boolean;
      severity?: InputProblem['severity'];
    },
  ): void {
    if (this.reading.strict) throw this.reading.error(problem);
    this.problems.push({
      ...problem,
      represented: problem.represented ?? true,
      severity: problem.severity ?? 'Violation',
    });
  }

  /**
   * A lenient JSON conversion (a reading that takes evident encodings) reads an encoding whose meaning
   * is evident for what it holds, with a warning: a JSON string that holds the object or list the
   * standard expects, 0/1 for a boolean, a numeric string for an integer (a strict one refuses it,
   * saying so). Anything else is returned as is, for the rules to judge.
   */
  private evident(range: PropertyDeclaration['range'] | 'list', value: unknown, where: ProblemPlace): unknown {
    if (!this.reading.evident) return value;
    const decoded = evidentValue(range, value);
    if (decoded === undefined) return value;
    // strict: refused, saying what a lenient conversion reads (report throws)
    const message = this.reading.strict
      ? decoded.what.replace('; read as', '; a lenient conversion reads it as')
      : decoded.what;
    this.report({ ...where, reason: 'type', severity: 'Warning', represented: false, message });
    return decoded.value;
  }

  /** the class a builder was called for: its errors name it, with the path below it as property */
  private root: string | undefined;

  private where(path: string, c: ClassModel, key: string | undefined): ProblemPlace {
    return this.reading.where(path, c, key, this.root ?? c.key);
  }

  /** The subject for a record: from its identity property, its `id`, or a new blank node. */
  private subjectOf(c: ClassModel, input: Record<string, unknown>, path: string): Subject {
    const identity = c.declaration.identity;
    if (!identity) {
      const id = this.reading.id(input['id']);
      if (this.reading.absent(id)) return factory.blankNode();
      if (typeof id === 'string' && isAbsoluteIri(id)) return factory.namedNode(id);
      this.report({
        ...this.where(childPath(path, 'id'), c, 'id'),
        reason: 'iri',
        message: `expected an absolute IRI, got ${JSON.stringify(id)}`,
      });
      return factory.blankNode();
    }
    const value = input[identity.property];
    if (typeof value === 'string') {
      const iri = identity.mint === 'uuid' ? identityBase(c, this.options.bases) + value : value;
      if (isAbsoluteIri(iri)) return factory.namedNode(iri);
    }
    const fallback = identity.fallback;
    if (fallback && this.reading.absent(value)) {
      // only a real UUID: `urn:uuid:` + anything else would claim to be a UUID URN
      const id = input[fallback.property];
      if (typeof id === 'string' && isUuid(id) && isAbsoluteIri(identityBase(c, this.options.bases) + id))
        return factory.namedNode(identityBase(c, this.options.bases) + id);
    }
    // the identity property's own rule reports what is wrong with it
    return factory.blankNode();
  }

  private referenceTerm(
    range: ReferenceRange,
    value: unknown,
    where: { path: string; className: string; property: string },
  ): NamedNode | BlankNode | undefined {
    if (range.by !== 'uuid') return undefined;
    const read = readReference(range, value, identityBase(classModel(this.model, range.class), this.options.bases));
    if (read !== undefined) {
      if (read.others !== undefined && read.others.length > 0) {
        // a seed's reference ({name, oin, slug}): the other fields describe the referenced object, not this record
        const slug = JSON.stringify((value as Record<string, unknown>)['slug']);
        const message =
          `the ${range.class} named by its slug ${slug}; its other fields (${read.others.join(', ')}) ` +
          `describe that ${range.class}, not converted`;
        this.report({ ...where, reason: 'type', severity: 'Warning', represented: false, message });
      }
      return factory.namedNode(read.iri);
    }
    const forms = [
      'the id (a UUID)',
      ...(range.extended ? ['the object itself with its id'] : []),
      ...(range.slugBase === undefined ? [] : ['its slug']),
    ];
    const message = `expected ${forms.join(', or ')} of the ${range.class} it refers to, got ${JSON.stringify(value)}`;
    this.report({ ...where, reason: 'type', message });
    return undefined;
  }

  /** Adds the quads of one value of a property; returns nothing, records or throws problems. */
  private value(
    c: ClassModel,
    subject: Subject,
    key: string,
    p: PropertyDeclaration,
    given: unknown,
    path: string,
  ): void {
    const where = this.where(path, c, key) as { path: string; className: string; property: string };
    const predicate = factory.namedNode(p.iri);
    const range = p.range;
    const value = this.evident(range, given, where);
    if (range.kind === 'object') {
      if (isRecord(value)) {
        // the nested node's quads come after this node's own, so that each subject's quads stay together
        const own = this.quads;
        this.quads = [];
        const node = this.node(classModel(this.model, range.class), value, path);
        this.later.at(-1)?.push(...this.quads);
        this.quads = own;
        this.quads.push(factory.quad(subject, predicate, node));
        return;
      }
      this.report({
        ...where,
        reason: 'type',
        message: `expected an object (a ${range.class}), got ${JSON.stringify(value)}`,
      });
      this.quads.push(factory.quad(subject, predicate, asGiven(value)));
      return;
    }
    if (range.kind === 'reference' && range.by === 'uuid') {
      const term = this.referenceTerm(range, value, where);
      this.quads.push(factory.quad(subject, predicate, term ?? asGiven(value)));
      return;
    }
    // another spelling of a listed value (an earlier version's, another language's) means that value
    const aliases = range.kind === 'literal' && this.reading.aliases ? range.valueAliases : undefined;
    const spelled =
      aliases !== undefined && typeof value === 'string' && Object.hasOwn(aliases, value) ? aliases[value] : value;
    try {
      this.quads.push(factory.quad(subject, predicate, valueTerm(where, p, spelled)));
    } catch (error) {
      if (!(error instanceof BuilderError)) throw error;
      if (
        error.reason === 'code-list' &&
        range.kind === 'literal' &&
        range.outsideList === 'Warning' &&
        this.reading.outsideListWarns
      ) {
        // a value an earlier install stored outside the list: written as given, a warning (even when strict)
        this.problems.push({
          ...where,
          reason: error.reason,
          message: error.detail,
          represented: true,
          severity: 'Warning',
        });
        this.quads.push(
          factory.quad(
            subject,
            predicate,
            factory.literal(String(spelled), factory.namedNode(DATATYPE[range.datatype])),
          ),
        );
        return;
      }
      this.report({ ...where, reason: error.reason, message: error.detail });
      // a string of the right datatype that only breaks a facet keeps its datatype, so that validation
      // reports that facet alone (a date-time without its offset is still an xsd:dateTime)
      // (facets are checked only after the datatype, so a string that reaches them has the right form)
      const facet = error.reason === 'pattern' || error.reason === 'code-list' || error.reason === 'range';
      const term =
        facet && range.kind === 'literal' && typeof value === 'string'
          ? factory.literal(value, factory.namedNode(DATATYPE[range.datatype]))
          : asGiven(value);
      this.quads.push(factory.quad(subject, predicate, term));
    }
  }

  /** Walks one record of an API's JSON: an object of class `c`, or a problem at its path. */
  record(c: ClassModel, value: unknown, path: string): Subject | undefined {
    if (isRecord(value)) return this.node(c, value, path);
    this.report({
      path,
      className: c.key,
      property: undefined,
      reason: 'type',
      message: `expected an object (a ${c.key}), got ${JSON.stringify(value) ?? typeof value}`,
      represented: false,
    });
    return undefined;
  }

  /** Walks one record of class `c`; returns its node. */
  node(c: ClassModel, input: Record<string, unknown>, path: string): Subject {
    this.later.push([]);
    const subject = this.ownNode(c, input, path);
    for (const q of this.later.pop() ?? []) this.quads.push(q);
    return subject;
  }

  private ownNode(c: ClassModel, input: Record<string, unknown>, path: string): Subject {
    this.root ??= c.key;
    const byKey = fieldIndex(c, this.reading.aliases);
    const identity = c.declaration.identity;
    const fields = new Map<string, { value: unknown; path: string; name: string }>();
    for (const name of Object.keys(input)) {
      // a key whose value is undefined is absent (JavaScript callers spread objects)
      if (input[name] === undefined) continue;
      const fieldPath = childPath(path, name);
      if (name === 'id' && !identity && !byKey.has('id')) continue;
      const p = byKey.get(name);
      if (!p) {
        const known = [...new Set(c.properties.map((q) => q.key))].join(', ');
        if (!this.reading.strict) this.unknownFields.push(fieldPath);
        else
          this.report({
            ...this.where(fieldPath, c, name),
            reason: 'unknown-property',
            message: `${c.key} has no ${this.reading.fieldWord} ${name}; it has ${known}`,
          });
        continue;
      }
      if (fields.has(p.key)) {
        const first = fields.get(p.key)!;
        this.report({
          ...this.where(fieldPath, c, p.key),
          reason: 'too-many',
          message: `${name} and ${first.name} are the same field; give it once`,
          represented: false,
        });
        continue;
      }
      fields.set(p.key, { value: input[name], path: fieldPath, name });
    }

    const subject = this.subjectOf(c, input, path);
    if (this.reading.nodePaths)
      this.nodePaths.set(subject.termType === 'BlankNode' ? `_:${subject.value}` : subject.value, path);
    for (const type of c.types)
      this.quads.push(factory.quad(subject, factory.namedNode(RDF_TYPE), factory.namedNode(type)));

    const given = new Map<string, { values: readonly unknown[]; path: string }>();
    for (const { key, declaration: p } of c.properties) {
      const field = fields.get(key);
      const fieldPath = field?.path ?? childPath(path, key);
      let raw = field === undefined || this.reading.absent(field.value) ? undefined : field.value;
      if (raw === undefined && this.reading.defaults && p.default !== undefined) raw = p.default;
      const where = this.where(fieldPath, c, key);
      if (raw === undefined) {
        if (p.card === '1' || p.card === '1..*')
          this.report({ ...where, reason: 'missing', message: `is required (cardinality ${p.card}) but missing` });
        continue;
      }
      const many = p.card === '0..*' || p.card === '1..*';
      if (many) raw = this.evident('list', raw, where);
      if (raw === null) {
        this.report({ ...where, reason: 'type', message: 'is null; leave an optional property out instead' });
        continue;
      }
      if (many && !Array.isArray(raw)) {
        // one value where a list belongs is valid RDF: only this report can say the JSON broke its rule
        this.report({
          ...where,
          reason: 'type',
          message: `expected a list (cardinality ${p.card}), got ${typeof raw}`,
          represented: false,
        });
        this.value(c, subject, key, p, raw, fieldPath);
        continue;
      }
      if (!many && Array.isArray(raw)) {
        this.report({ ...where, reason: 'too-many', message: `takes one value (cardinality ${p.card}), got a list` });
        raw.forEach((v, i) => {
          this.value(c, subject, key, p, v, childPath(fieldPath, i));
        });
        continue;
      }
      const values: readonly unknown[] = many ? (raw as unknown[]) : [raw];
      if (p.card === '1..*' && values.length === 0) {
        this.report({
          ...where,
          reason: 'empty-list',
          message: 'needs at least one value (cardinality 1..*), got an empty list',
        });
      }
      values.forEach((v, i) => {
        this.value(c, subject, key, p, v, many ? childPath(fieldPath, i) : fieldPath);
      });
      given.set(key, { values, path: fieldPath });
    }
    this.order(c, given);
    return subject;
  }

  /** Checks the declaration's order rules (`notBefore`) on the values a record gave. */
  private order(c: ClassModel, given: ReadonlyMap<string, { values: readonly unknown[]; path: string }>): void {
    for (const { key, declaration: p } of c.properties) {
      const earlierKey = p.notBefore;
      const later = given.get(key);
      const earlier = earlierKey === undefined ? undefined : given.get(earlierKey);
      if (earlierKey === undefined || later === undefined || earlier === undefined || p.range.kind !== 'literal')
        continue;
      const datatype = p.range.datatype as 'date' | 'dateTime' | 'integer';
      for (const a of later.values) {
        for (const b of earlier.values) {
          const [la, lb] = [lexicalOf(datatype, a), lexicalOf(datatype, b)];
          if (la === undefined || lb === undefined) continue; // a broken value is its own rule's problem
          const order = compareLexical(datatype, la, lb);
          if (order !== undefined && order >= 0) continue;
          const message =
            order === undefined
              ? `${la} cannot be compared with ${earlierKey} ${lb} (one has a time zone, the other not); ` +
                `${key} may not lie before ${earlierKey}`
              : `${la} lies before ${earlierKey} ${lb}; ${key} may not lie before ${earlierKey}`;
          this.report({ ...this.where(later.path, c, key), reason: 'order', message });
        }
      }
    }
  }
}

/** The lexical form of a value given for an ordered property, or `undefined` for one that is not valid. */
function lexicalOf(datatype: 'date' | 'dateTime' | 'integer', value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()) || datatype === 'integer') return undefined;
    return datatype === 'date' ? dateToXsdDate(value) : value.toISOString();
  }
  if (datatype === 'integer')
    return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
  return typeof value === 'string' && compareLexical(datatype, value, value) !== undefined ? value : undefined;
}

/** Walks one builder input of class `c` strictly: its quads, or a `BuilderError`. */
export function builderQuads(
  model: ProfileModel,
  c: ClassModel,
  input: unknown,
  bases?: Readonly<Record<string, string>>,
): { subject: Subject; quads: Quad[] } {
  if (
    !isRecord(input) ||
    (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null)
  ) {
    throw new BuilderError(c.key, undefined, 'type', 'expected an object with the properties of the class');
  }
  const walk = new Walk(model, { reading: BUILDER_READING, ...(bases ? { bases } : {}) });
  const subject = walk.node(c, input, '');
  return { subject, quads: walk.quads };
}
