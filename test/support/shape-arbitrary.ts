// fast-check generators of SHACL shapes graphs of one's own and of data graphs over one small
// vocabulary, for the differential tests of `validate(data, { shapes })`
// (test/core/own-shapes-oracles.test.ts). A shapes graph is generated as a tree of shape
// definitions (`ShapeDef`, which test/support/shacl-spec.ts evaluates as the specification reads)
// and written as quads and Turtle. Every generated graph is a well-formed SHACL Core shapes graph
// (SHACL 2017, with the syntax rules of each constraint component and of shsh: in Appendix C):
// predicate paths only, no recursion, one value per parameter where SHACL allows at most one, node
// shapes without sh:minCount/maxCount/lessThan/lessThanOrEquals/uniqueLang/qualifiedValueShape, and
// sh:qualifiedValueShapesDisjoint never true.
import fc from 'fast-check';
import type { BlankNode, DatasetCore, Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory as N3 } from 'n3';

const { namedNode, blankNode, literal, quad } = N3;

export const EX = 'https://example.org/';
export const SHAPES = 'https://example.org/shapes/';
export const SH = 'http://www.w3.org/ns/shacl#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

const ex = (local: string): NamedNode => namedNode(EX + local);
const sh = (local: string): NamedNode => namedNode(SH + local);
const xsd = (local: string): NamedNode => namedNode(XSD + local);
const typed = (lexical: string, datatype: string): Literal =>
  literal(lexical, namedNode(datatype.includes(':') ? datatype : XSD + datatype));

/** The vocabulary every generated shapes and data graph uses. */
export const VOCAB = {
  classes: [ex('A'), ex('B'), ex('C')],
  predicates: [ex('p'), ex('q'), ex('r'), ex('s')],
  /** nodes that are subjects (some of them, in a given graph) */
  nodes: [ex('n1'), ex('n2'), ex('n3'), ex('n4'), ex('n5')],
  blanks: [blankNode('b1'), blankNode('b2'), blankNode('b3')],
  /** IRIs that are never subjects: references that lead nowhere */
  dangling: [ex('d1'), ex('d2')],
  customDatatype: namedNode(`${EX}dt`),
};

/**
 * Literals of every kind: plain strings (with astral characters, a fullwidth letter, upper and lower
 * case, the empty string), language-tagged strings, numbers, booleans, dates and date-times, each
 * datatype also with an ill-typed form (RDF 1.1 Concepts 3.3), and one of a datatype of one's own.
 */
export const LITERALS: readonly Literal[] = [
  literal('a'),
  literal('abc'),
  literal('b'),
  literal('B'),
  literal(''),
  literal('ex'),
  literal('😀'),
  literal('a😀'),
  literal('Ａ'),
  literal('123'),
  typed('abc', 'string'),
  literal('hallo', 'nl'),
  literal('hallo', 'nl-be'),
  literal('dag', 'nl'),
  literal('hello', 'en'),
  literal('hi', 'en-gb'),
  literal('𝔘', 'en'),
  typed('1', 'integer'),
  typed('5', 'integer'),
  typed('01', 'integer'),
  typed('-3', 'integer'),
  typed('10', 'integer'),
  typed('1.5', 'integer'),
  typed('x', 'integer'),
  typed('2.5', 'decimal'),
  typed('1.0', 'decimal'),
  typed('5.0', 'decimal'),
  typed('1e1', 'double'),
  typed('true', 'boolean'),
  typed('0', 'boolean'),
  typed('yes', 'boolean'),
  typed('2024-03-01', 'date'),
  typed('2023-12-31', 'date'),
  typed('2024-02-30', 'date'),
  typed('2024-03-01T10:00:00', 'dateTime'),
  literal('5', VOCAB.customDatatype),
];

export type Severity = 'Violation' | 'Warning' | 'Info';

export type Target =
  | { readonly kind: 'targetClass'; readonly value: NamedNode }
  | { readonly kind: 'targetNode'; readonly value: NamedNode | Literal }
  | { readonly kind: 'targetSubjectsOf' | 'targetObjectsOf'; readonly value: NamedNode };

export type Constraint =
  | {
      readonly kind: 'class' | 'datatype' | 'nodeKind' | 'equals' | 'disjoint' | 'lessThan' | 'lessThanOrEquals';
      readonly value: NamedNode;
    }
  | { readonly kind: 'minCount' | 'maxCount' | 'minLength' | 'maxLength'; readonly value: number }
  | { readonly kind: 'in'; readonly values: readonly (NamedNode | Literal)[] }
  | { readonly kind: 'hasValue'; readonly value: NamedNode | Literal }
  | { readonly kind: 'pattern'; readonly pattern: string; readonly flags: string | undefined }
  | { readonly kind: 'minInclusive' | 'minExclusive' | 'maxInclusive' | 'maxExclusive'; readonly value: Literal }
  | { readonly kind: 'languageIn'; readonly ranges: readonly string[] }
  /** `lexical`: how the xsd:boolean is written ("1" is a true boolean, yet SHACL switches on with `true` alone) */
  | { readonly kind: 'uniqueLang'; readonly value: boolean; readonly lexical: BooleanLexical }
  | { readonly kind: 'node' | 'not' | 'property'; readonly shape: ShapeDef }
  | { readonly kind: 'and' | 'or' | 'xone'; readonly shapes: readonly ShapeDef[] }
  | {
      readonly kind: 'qualified';
      readonly shape: ShapeDef;
      readonly min: number | undefined;
      readonly max: number | undefined;
    }
  | { readonly kind: 'closed'; readonly ignored: readonly NamedNode[] | undefined; readonly lexical: 'true' | '1' };

/** Every lexical form of xsd:boolean (XSD 3.3.2). */
export type BooleanLexical = 'true' | 'false' | '1' | '0';

/** One shape of a generated shapes graph, as the specification reads it. */
export interface ShapeDef {
  readonly id: NamedNode | BlankNode;
  /** a property shape's predicate path; a node shape has none */
  readonly path: NamedNode | undefined;
  /** written `a sh:NodeShape` / `a sh:PropertyShape` (a shape need not be: SHACL 2.1) */
  readonly typed: boolean;
  /** also `a rdfs:Class`: an implicit class target (SHACL 2.1.3.3) */
  readonly implicitClass: boolean;
  readonly targets: readonly Target[];
  readonly constraints: readonly Constraint[];
  readonly severity: Severity | undefined;
  readonly messages: readonly Literal[];
  /** sh:deactivated as SHACL reads it: only the literal true switches it on (W3C suite, uniqueLang-002) */
  readonly deactivated: boolean | undefined;
  readonly deactivatedLexical?: BooleanLexical;
}

export interface ShapesCase {
  /** every shape of the graph, each once: the top-level ones, the shared ones and the nested ones */
  readonly shapes: readonly ShapeDef[];
  readonly quads: readonly Quad[];
  readonly turtle: string;
}

// ---------------------------------------------------------------------------------------------
// raw shapes: what fast-check draws, before identifiers are given

type RawRef = { readonly pool: number } | RawShape;
type RawConstraint =
  | Exclude<Constraint, { kind: 'node' | 'not' | 'property' | 'and' | 'or' | 'xone' | 'qualified' }>
  | { readonly kind: 'node' | 'not' | 'property'; readonly shape: RawRef }
  | { readonly kind: 'and' | 'or' | 'xone'; readonly shapes: readonly RawRef[] }
  | {
      readonly kind: 'qualified';
      readonly shape: RawRef;
      readonly min: number | undefined;
      readonly max: number | undefined;
    };

interface RawShape {
  readonly named: boolean;
  readonly path: NamedNode | undefined;
  readonly typed: boolean;
  readonly implicitClass: boolean;
  readonly targets: readonly Target[];
  readonly constraints: readonly RawConstraint[];
  readonly severity: Severity | undefined;
  readonly messages: readonly Literal[];
  readonly deactivated: BooleanLexical | boolean | undefined;
}

const NODE_KINDS = ['BlankNode', 'IRI', 'Literal', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral'].map(sh);
const DATATYPES = [
  xsd('string'),
  xsd('integer'),
  xsd('decimal'),
  xsd('date'),
  xsd('dateTime'),
  xsd('boolean'),
  namedNode(`${RDF}langString`),
  VOCAB.customDatatype,
];
// patterns whose meaning is the same in XPath's regular expressions (SPARQL REGEX) and in
// JavaScript's with the u flag; `.` is one character, so "^.$" holds for "😀"
const PATTERNS: readonly [string, string | undefined][] = [
  ['^a', undefined],
  ['b', undefined],
  ['c$', undefined],
  ['^[a-z]*$', undefined],
  ['^.$', undefined],
  ['^..$', undefined],
  ['[0-9]', undefined],
  ['^https://example\\.org/n', undefined],
  ['^A', 'i'],
  ['B', 'i'],
  ['^HALLO$', 'i'],
];
const BOUNDS: readonly Literal[] = [
  typed('1', 'integer'),
  typed('5', 'integer'),
  typed('2.5', 'decimal'),
  typed('2024-01-01', 'date'),
  literal('b'),
  literal('B'),
];
// basic language ranges (RFC 4647): a prefix that is no subtag ("n"), upper case ("EN", "nl-BE") and "*"
const RANGES = ['nl', 'en', 'nl-BE', 'EN', '*', 'n'];
const MESSAGES = [literal('eigen regel geschonden', 'nl'), literal('own rule broken', 'en'), literal('zonder taal')];

const anyIri = fc.constantFrom(...VOCAB.nodes, ...VOCAB.dangling, ...VOCAB.classes);
const anyLiteral = fc.constantFrom(...LITERALS);
const valueTerm: fc.Arbitrary<NamedNode | Literal> = fc.oneof(anyIri, anyLiteral);
const predicate = fc.constantFrom(...VOCAB.predicates);
const targetPredicate = fc.constantFrom(...VOCAB.predicates, namedNode(`${RDF}type`));

const target: fc.Arbitrary<Target> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB.classes).map((value) => ({ kind: 'targetClass' as const, value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        { weight: 5, arbitrary: fc.constantFrom(...VOCAB.nodes, ...VOCAB.dangling, ex('absent')) },
        { weight: 1, arbitrary: anyLiteral },
      )
      .map((value) => ({ kind: 'targetNode' as const, value })),
  },
  { weight: 2, arbitrary: targetPredicate.map((value) => ({ kind: 'targetSubjectsOf' as const, value })) },
  { weight: 2, arbitrary: targetPredicate.map((value) => ({ kind: 'targetObjectsOf' as const, value })) },
);

// the parameters a node shape may have, and the ones only a property shape may have
const VALUE_KINDS = [
  'class',
  'datatype',
  'nodeKind',
  'in',
  'hasValue',
  'pattern',
  'minLength',
  'maxLength',
  'range',
  'languageIn',
  'equals',
  'disjoint',
] as const;
const NESTED_KINDS = ['node', 'and', 'or', 'not', 'xone', 'property'] as const;
const PROPERTY_ONLY = ['minCount', 'maxCount', 'uniqueLang', 'lessThan', 'lessThanOrEquals'] as const;
type Kind =
  | (typeof VALUE_KINDS)[number]
  | (typeof NESTED_KINDS)[number]
  | (typeof PROPERTY_ONLY)[number]
  | 'qualified'
  | 'closed';

/** the greatest nesting: a shape at this depth holds no shapes (so there are up to three levels) */
const MAX_DEPTH = 2;

function constraintOf(kind: Kind, depth: number, pool: number): fc.Arbitrary<RawConstraint> {
  const nested = (isProperty: boolean): fc.Arbitrary<RawRef> => nestedShape(depth + 1, pool, isProperty);
  const member = fc.oneof({ weight: 2, arbitrary: nested(false) }, { weight: 1, arbitrary: nested(true) });
  switch (kind) {
    case 'class':
      return fc.constantFrom(...VOCAB.classes).map((value) => ({ kind, value }));
    case 'datatype':
      return fc.constantFrom(...DATATYPES).map((value) => ({ kind, value }));
    case 'nodeKind':
      return fc.constantFrom(...NODE_KINDS).map((value) => ({ kind, value }));
    case 'minCount':
      return fc.integer({ min: 0, max: 3 }).map((value) => ({ kind, value }));
    case 'maxCount':
      return fc.integer({ min: 0, max: 2 }).map((value) => ({ kind, value }));
    case 'minLength':
      return fc.integer({ min: 0, max: 4 }).map((value) => ({ kind, value }));
    case 'maxLength':
      return fc.integer({ min: 0, max: 3 }).map((value) => ({ kind, value }));
    case 'in':
      return fc
        .uniqueArray(valueTerm, { minLength: 1, maxLength: 4, selector: nt })
        .map((values) => ({ kind, values }));
    case 'hasValue':
      return valueTerm.map((value) => ({ kind, value }));
    case 'pattern':
      return fc.constantFrom(...PATTERNS).map(([pattern, flags]) => ({ kind, pattern, flags }));
    case 'range':
      return fc
        .tuple(
          fc.constantFrom('minInclusive', 'minExclusive', 'maxInclusive', 'maxExclusive' as const),
          fc.constantFrom(...BOUNDS),
        )
        .map(([k, value]) => ({ kind: k, value }));
    case 'languageIn':
      return fc
        .uniqueArray(fc.constantFrom(...RANGES), { minLength: 1, maxLength: 3 })
        .map((ranges) => ({ kind, ranges }));
    case 'uniqueLang':
      return fc
        .oneof(
          { weight: 4, arbitrary: fc.constant<BooleanLexical>('true') },
          { weight: 1, arbitrary: fc.constantFrom<BooleanLexical>('1', 'false', '0') },
        )
        .map((lexical) => ({ kind, value: lexical === 'true', lexical }));
    case 'equals':
    case 'disjoint':
    case 'lessThan':
    case 'lessThanOrEquals':
      return predicate.map((value) => ({ kind, value }));
    case 'node':
    case 'not':
      return nested(false).map((shape) => ({ kind, shape }));
    case 'property':
      return nested(true).map((shape) => ({ kind, shape }));
    case 'and':
    case 'or':
    case 'xone':
      return fc.array(member, { minLength: 1, maxLength: 3 }).map((shapes) => ({ kind, shapes }));
    case 'qualified':
      return fc
        .tuple(
          member,
          fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
          fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        )
        .map(([shape, min, max]) =>
          min === undefined && max === undefined ? { kind, shape, min: 1, max } : { kind, shape, min, max },
        );
    case 'closed':
      return fc
        .option(
          fc.uniqueArray(fc.constantFrom(...VOCAB.predicates, namedNode(`${RDF}type`)), {
            minLength: 1,
            maxLength: 2,
            selector: (t) => t.value,
          }),
          { nil: undefined, freq: 2 },
        )
        .chain((ignored) =>
          fc
            .oneof(
              { weight: 5, arbitrary: fc.constant('true' as const) },
              { weight: 1, arbitrary: fc.constant('1' as const) },
            )
            .map((lexical) => ({ kind, ignored, lexical })),
        );
  }
}

const memo = new Map<string, fc.Arbitrary<RawShape>>();

/**
 * A shape at `depth` (0: top level). Its constraints are distinct components (a shape has at most
 * one value of most parameters); a shape below MAX_DEPTH may nest shapes; a node shape at the top
 * may be closed.
 */
function rawShape(depth: number, pool: number, isProperty: boolean, top: boolean): fc.Arbitrary<RawShape> {
  const memoKey = `${depth} ${pool} ${isProperty} ${top}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const kinds: Kind[] = [
    ...VALUE_KINDS,
    ...(depth < MAX_DEPTH ? NESTED_KINDS : []),
    ...(isProperty ? PROPERTY_ONLY : []),
    ...(isProperty && depth < MAX_DEPTH ? ['qualified' as const] : []),
    ...(!isProperty && depth === 0 ? ['closed' as const] : []),
  ];
  const constraints = fc
    .subarray(kinds, { minLength: 1, maxLength: isProperty ? 3 : 2 })
    .chain((ks) => fc.tuple(...ks.map((k) => constraintOf(k, depth, pool))))
    .map((cs) => cs as RawConstraint[]);
  const arbitrary = fc.record({
    named: top
      ? fc.boolean()
      : fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) }),
    path: isProperty ? predicate : fc.constant(undefined),
    typed: top
      ? fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
      : fc.boolean(),
    implicitClass:
      top && !isProperty
        ? fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 6, arbitrary: fc.constant(false) })
        : fc.constant(false),
    targets: top ? fc.array(target, { minLength: 1, maxLength: 2 }) : fc.constant([]),
    constraints,
    severity: fc.option(fc.constantFrom('Violation', 'Warning', 'Info' as const), { nil: undefined, freq: 2 }),
    messages: fc.subarray(MESSAGES, { maxLength: 2 }),
    deactivated: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom<BooleanLexical>('true', 'false', '1', '0') },
    ),
  });
  memo.set(memoKey, arbitrary);
  return arbitrary;
}

function nestedShape(depth: number, pool: number, isProperty: boolean): fc.Arbitrary<RawRef> {
  const inline = rawShape(depth, pool, isProperty, false);
  // a shared shape (of the pool) is a leaf node shape, so that no reference makes a cycle
  return pool > 0 && !isProperty
    ? fc.oneof(
        { weight: 3, arbitrary: inline },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: pool - 1 }).map((n) => ({ pool: n })) },
      )
    : inline;
}

/** A shared shape: a named leaf node shape, referred to from anywhere, with targets of its own or none. */
const poolShape: fc.Arbitrary<RawShape> = fc.record({
  named: fc.constant(true),
  path: fc.constant(undefined),
  typed: fc.boolean(),
  implicitClass: fc.constant(false),
  targets: fc.oneof(fc.constant([]), fc.array(target, { minLength: 1, maxLength: 1 })),
  constraints: fc
    .subarray([...VALUE_KINDS], { minLength: 1, maxLength: 2 })
    .chain((ks) => fc.tuple(...ks.map((k) => constraintOf(k, MAX_DEPTH, 0)))),
  severity: fc.option(fc.constantFrom('Violation', 'Warning', 'Info' as const), { nil: undefined, freq: 2 }),
  messages: fc.constant([]),
  deactivated: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(true) }),
});

// ---------------------------------------------------------------------------------------------
// identifiers, quads and Turtle

function finish(pool: readonly RawShape[], tops: readonly RawShape[]): ShapesCase {
  let named = 0;
  let blank = 0;
  const classIds = [ex('C'), ex('B'), ex('A')];
  const all: ShapeDef[] = [];
  const give = (raw: RawShape, implicit: boolean): ShapeDef['id'] => {
    if (implicit) return classIds.shift()!;
    return raw.named ? namedNode(`${SHAPES}S${++named}`) : blankNode(`shape${++blank}`);
  };
  const pooled: ShapeDef[] = [];
  const build = (raw: RawShape): ShapeDef => {
    const implicit = raw.implicitClass && classIds.length > 0;
    const def: ShapeDef = {
      id: give(raw, implicit),
      path: raw.path,
      typed: raw.typed,
      implicitClass: implicit,
      targets: raw.targets,
      constraints: [],
      severity: raw.severity,
      messages: raw.messages,
      // as SHACL reads it: only the literal true switches it on
      deactivated: typeof raw.deactivated === 'string' ? raw.deactivated === 'true' : raw.deactivated,
      ...(typeof raw.deactivated === 'string' ? { deactivatedLexical: raw.deactivated } : {}),
    };
    all.push(def);
    const ref = (r: RawRef): ShapeDef => ('pool' in r ? pooled[r.pool]! : build(r));
    (def as unknown as { constraints: Constraint[] }).constraints = raw.constraints.map((c): Constraint => {
      switch (c.kind) {
        case 'node':
        case 'not':
        case 'property':
          return { kind: c.kind, shape: ref(c.shape) };
        case 'and':
        case 'or':
        case 'xone':
          return { kind: c.kind, shapes: c.shapes.map(ref) };
        case 'qualified':
          return { kind: 'qualified', shape: ref(c.shape), min: c.min, max: c.max };
        default:
          return c;
      }
    });
    return def;
  };
  for (const raw of pool) pooled.push(build(raw));
  for (const raw of tops) build(raw);
  const quads = shapesQuads(all);
  return { shapes: all, quads, turtle: turtleOf(quads) };
}

/** The shapes graph of `shapes` (each written once), lists as rdf:first/rdf:rest. */
export function shapesQuads(shapes: readonly ShapeDef[]): Quad[] {
  const out: Quad[] = [];
  let lists = 0;
  const add = (s: Term, p: NamedNode, o: Term) => out.push(quad(s as NamedNode, p, o as NamedNode));
  const list = (items: readonly Term[]): Term => {
    if (items.length === 0) return namedNode(`${RDF}nil`);
    const head = blankNode(`list${++lists}`);
    add(head, namedNode(`${RDF}first`), items[0]!);
    add(head, namedNode(`${RDF}rest`), list(items.slice(1)));
    return head;
  };
  const int = (n: number) => typed(String(n), 'integer');
  for (const s of shapes) {
    if (s.typed) add(s.id, namedNode(`${RDF}type`), sh(s.path ? 'PropertyShape' : 'NodeShape'));
    if (s.implicitClass) add(s.id, namedNode(`${RDF}type`), namedNode(`${RDFS}Class`));
    for (const t of s.targets) add(s.id, sh(t.kind), t.value);
    if (s.path) add(s.id, sh('path'), s.path);
    for (const c of s.constraints) {
      switch (c.kind) {
        case 'minCount':
        case 'maxCount':
        case 'minLength':
        case 'maxLength':
          add(s.id, sh(c.kind), int(c.value));
          break;
        case 'in':
          add(s.id, sh('in'), list(c.values));
          break;
        case 'pattern':
          add(s.id, sh('pattern'), literal(c.pattern));
          if (c.flags !== undefined) add(s.id, sh('flags'), literal(c.flags));
          break;
        case 'languageIn':
          add(s.id, sh('languageIn'), list(c.ranges.map((r) => literal(r))));
          break;
        case 'uniqueLang':
          add(s.id, sh('uniqueLang'), typed(c.lexical, 'boolean'));
          break;
        case 'node':
        case 'not':
        case 'property':
          add(s.id, sh(c.kind), c.shape.id);
          break;
        case 'and':
        case 'or':
        case 'xone':
          add(s.id, sh(c.kind), list(c.shapes.map((m) => m.id)));
          break;
        case 'qualified':
          add(s.id, sh('qualifiedValueShape'), c.shape.id);
          if (c.min !== undefined) add(s.id, sh('qualifiedMinCount'), int(c.min));
          if (c.max !== undefined) add(s.id, sh('qualifiedMaxCount'), int(c.max));
          break;
        case 'closed':
          add(s.id, sh('closed'), typed(c.lexical, 'boolean'));
          if (c.ignored) add(s.id, sh('ignoredProperties'), list(c.ignored));
          break;
        default:
          add(s.id, sh(c.kind), c.value);
      }
    }
    if (s.severity) add(s.id, sh('severity'), sh(s.severity));
    for (const m of s.messages) add(s.id, sh('message'), m);
    if (s.deactivated !== undefined)
      add(s.id, sh('deactivated'), typed(s.deactivatedLexical ?? String(s.deactivated), 'boolean'));
  }
  return out;
}

/**
 * Random shapes graphs: one to four top-level shapes (node or property shapes, with targets) and up
 * to three shared ones. (Big graphs are cheap: a validation costs mostly what an engine does before
 * it looks at the data.)
 */
export const shapesCase: fc.Arbitrary<ShapesCase> = fc.integer({ min: 0, max: 3 }).chain((poolSize) =>
  fc
    .tuple(
      fc.array(poolShape, { minLength: poolSize, maxLength: poolSize }),
      fc.array(
        fc.boolean().chain((isProperty) => rawShape(0, poolSize, isProperty, true)),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([pool, tops]) => finish(pool, tops)),
);

// ---------------------------------------------------------------------------------------------
// data graphs

export interface DataCase {
  /** the triples in the order they are written */
  readonly quads: readonly Quad[];
  /** whether each subject's triples are written together */
  readonly grouped: boolean;
  readonly turtle: string;
}

const object: fc.Arbitrary<Term> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB.nodes, ...VOCAB.blanks) },
  { weight: 1, arbitrary: fc.constantFrom(...VOCAB.dangling) },
  { weight: 5, arbitrary: anyLiteral },
);
// a class, now and then a shape's IRI (a shape that is no rdfs:Class does not target its instances)
const typeObject = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VOCAB.classes) },
  { weight: 1, arbitrary: fc.constant(namedNode(`${SHAPES}S1`)) },
);
// a subject's triples: up to two types, and for each predicate no value, one, or a few
const values: fc.Arbitrary<Term[]> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Term[]>([]) },
  { weight: 4, arbitrary: fc.uniqueArray(object, { minLength: 1, maxLength: 2, selector: nt }) },
  { weight: 1, arbitrary: fc.uniqueArray(object, { minLength: 3, maxLength: 5, selector: nt }) },
);
const record = (s: NamedNode | BlankNode): fc.Arbitrary<Quad[]> =>
  fc
    .tuple(
      fc.uniqueArray(typeObject, { maxLength: 2, selector: (t) => t.value }),
      fc.tuple(values, values, values, values),
    )
    .map(([types, byPredicate]) => [
      ...types.map((t) => quad(s, namedNode(`${RDF}type`), t)),
      ...byPredicate.flatMap((os, i) => os.map((o) => quad(s, VOCAB.predicates[i]!, o as NamedNode))),
    ]);
// SHACL follows rdfs:subClassOf in the data graph (1.4, "SHACL instance"; 2.1.3.2, 4.1.1)
const subClassOf = fc.constantFrom(
  [quad(ex('C'), namedNode(`${RDFS}subClassOf`), ex('A'))],
  [quad(ex('B'), namedNode(`${RDFS}subClassOf`), ex('C')), quad(ex('C'), namedNode(`${RDFS}subClassOf`), ex('A'))],
);

/**
 * Random data graphs over VOCAB: some of the nodes and blank nodes are subjects (the others, and the
 * dangling IRIs, are only objects), with types, values of every kind, few or many; sometimes
 * rdfs:subClassOf; now and then no triple at all.
 */
export const dataCase: fc.Arbitrary<DataCase> = fc
  .record({
    subjects: fc.oneof(
      { weight: 1, arbitrary: fc.constant<(NamedNode | BlankNode)[]>([]) },
      {
        weight: 15,
        arbitrary: fc.subarray<NamedNode | BlankNode>([...VOCAB.nodes, ...VOCAB.blanks], {
          minLength: 2,
          maxLength: 7,
        }),
      },
    ),
    hierarchy: fc.option(subClassOf, { nil: undefined, freq: 6 }),
    grouped: fc.boolean(),
    seed: fc.integer(),
  })
  .chain(({ subjects, hierarchy, grouped, seed }) =>
    fc.tuple(...subjects.map(record)).map((records): DataCase => {
      const all: Quad[] = [...(records as Quad[][]).flat(), ...(hierarchy ?? [])];
      // not grouped: shuffled; grouped: by subject, in order of first appearance
      const order = grouped ? groupBySubject(all) : shuffle(all, seed);
      return {
        quads: order,
        grouped,
        turtle: grouped
          ? groupedTurtle(order)
          : order.map((q) => `${nt(q.subject)} ${nt(q.predicate)} ${nt(q.object)} .`).join('\n'),
      };
    }),
  );

function groupBySubject(quads: readonly Quad[]): Quad[] {
  const by = new Map<string, Quad[]>();
  for (const q of quads) by.set(nt(q.subject), [...(by.get(nt(q.subject)) ?? []), q]);
  return [...by.values()].flat();
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed | 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = Math.abs(x) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A term in N-Triples / Turtle. */
export function nt(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal': {
      const escaped = t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
      const text = `"${escaped}"`;
      if (t.language) return `${text}@${t.language}`;
      return t.datatype.value === `${XSD}string` ? text : `${text}^^<${t.datatype.value}>`;
    }
    default:
      return t.value;
  }
}

function groupedTurtle(quads: readonly Quad[]): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const q of quads) {
    if (nt(q.subject) !== current) {
      if (current !== undefined) lines[lines.length - 1] += ' .';
      current = nt(q.subject);
      lines.push(`${nt(q.subject)} ${nt(q.predicate)} ${nt(q.object)}`);
    } else lines[lines.length - 1] += ` ;\n  ${nt(q.predicate)} ${nt(q.object)}`;
  }
  if (lines.length > 0) lines[lines.length - 1] += ' .';
  return lines.join('\n');
}

/** Turtle of any quads, one triple a line (for messages of failing cases). */
export function turtleOf(quads: readonly Quad[]): string {
  return quads.map((q) => `${nt(q.subject)} ${nt(q.predicate)} ${nt(q.object)} .`).join('\n');
}

/**
 * An RDF/JS DatasetCore that iterates its quads in the order they were given (an N3.Store iterates
 * by its own index), so that a validator sees the triples of a subject together, or not, as written.
 */
export class OrderedDataset implements DatasetCore {
  readonly #quads: Quad[];
  constructor(quads: Iterable<Quad> = []) {
    this.#quads = [];
    for (const q of quads) if (!this.has(q)) this.#quads.push(q);
  }
  get size(): number {
    return this.#quads.length;
  }
  add(q: Quad): this {
    if (!this.has(q)) this.#quads.push(q);
    return this;
  }
  delete(q: Quad): this {
    const i = this.#quads.findIndex((x) => x.equals(q));
    if (i >= 0) this.#quads.splice(i, 1);
    return this;
  }
  has(q: Quad): boolean {
    return this.#quads.some((x) => x.equals(q));
  }
  match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): DatasetCore {
    const fits = (t: Term, want: Term | null | undefined) => want === null || want === undefined || t.equals(want);
    return new OrderedDataset(
      this.#quads.filter((q) => fits(q.subject, s) && fits(q.predicate, p) && fits(q.object, o) && fits(q.graph, g)),
    );
  }
  [Symbol.iterator](): Iterator<Quad> {
    return this.#quads[Symbol.iterator]();
  }
}

/** The shapes a shape refers to, itself included, through every shape-valued parameter. */
export function reachable(shape: ShapeDef, into: Set<ShapeDef> = new Set()): Set<ShapeDef> {
  if (into.has(shape)) return into;
  into.add(shape);
  for (const c of shape.constraints) {
    if (c.kind === 'node' || c.kind === 'not' || c.kind === 'property' || c.kind === 'qualified')
      reachable(c.shape, into);
    if (c.kind === 'and' || c.kind === 'or' || c.kind === 'xone') for (const m of c.shapes) reachable(m, into);
  }
  return into;
}

/**
 * Whether two members of one sh:and or sh:xone list reach a shape in common (the same shape listed twice, or a shared
 * shape under both).
 */
export function membersShareAShape(shapes: readonly ShapeDef[]): boolean {
  return shapes.some((s) =>
    s.constraints.some((c) => {
      if (c.kind !== 'and' && c.kind !== 'xone') return false;
      const seen = new Set<ShapeDef>();
      for (const m of c.shapes) {
        const mine = reachable(m);
        for (const x of mine) if (seen.has(x)) return true;
        for (const x of mine) seen.add(x);
      }
      return false;
    }),
  );
}

/**
 * Whether a shape with sh:property shapes can be validated twice for one node: it is referred to
 * and also has targets of its own (or is a named sh:NodeShape, which shacl-engine takes for a class),
 * or it is referred to twice.
 */
export function shapeWithPropertiesMetTwice(shapes: readonly ShapeDef[]): boolean {
  const references = new Map<ShapeDef, number>();
  for (const s of shapes) {
    for (const c of s.constraints) {
      const refs =
        c.kind === 'node' || c.kind === 'not' || c.kind === 'property' || c.kind === 'qualified'
          ? [c.shape]
          : c.kind === 'and' || c.kind === 'or' || c.kind === 'xone'
            ? c.shapes
            : [];
      for (const r of refs) references.set(r, (references.get(r) ?? 0) + 1);
    }
  }
  return shapes.some((s) => {
    if (!s.constraints.some((c) => c.kind === 'property')) return false;
    const n = references.get(s) ?? 0;
    const targeted =
      s.targets.length > 0 || s.implicitClass || (s.typed && s.path === undefined && s.id.termType === 'NamedNode');
    return n >= 2 || (n >= 1 && targeted);
  });
}
