// The specification's answer for the shapes graphs test/support/shape-arbitrary.ts generates: SHACL
// Core (W3C Recommendation, 2017-07-20) read clause by clause and written apart from profielkit,
// from rdf-validate-shacl and from shacl-engine, on the generator's definitions (`ShapeDef`) rather
// than on RDF (`shapesOfGraph` reads a shapes graph into them), so that the reading shares no code
// with any engine. Where two engines differ, this reading decides; like xsd-spec.ts it covers only
// what the generators produce, and throws on anything else rather than guess.
//
// What SHACL leaves open is not decided here: whether a result carries sh:value where its component
// does not say so (3.6.2: "may"), and the messages. Where SHACL defers to SPARQL 1.1, SPARQL 1.1's
// own definitions are used: STRLEN and REGEX count characters (code points, XPath F&O 7.4.3, 7.6),
// langMatches is RFC 4647 basic filtering, and `<` is defined only between numerics, between simple
// literals / xsd:string (by code point, fn:compare), between booleans and between date-times
// (SPARQL 1.1, 17.3, the operator mapping), extended as profielkit chose (docs/engines.md) to
// xsd:date against xsd:date (XPath op:date-less-than). Every other pair is a type error: "cannot be
// compared".
//
// `Deviation`s are executable descriptions of the engines' documented bugs (engine-bugs.ts,
// docs/engines.md): a validator made with some of them gives what an engine with those bugs gives,
// inside nested shapes too (a wrong sh:datatype inside sh:not turns into a wrong sh:not result), so
// that an engine's findings can be held to "the specification, but for its documented bugs"
// exactly. With none, this is the specification. (The deviations that model a witness's comparison
// or datatype check call the libraries those bugs live in: rdf-literal, rdf-validate-datatype,
// rdf-validation; the reading itself calls none of them.)
import type { DatasetCore, Literal, NamedNode, Term } from '@rdfjs/types';
import { DataFactory as N3 } from 'n3';
import { fromRdf } from 'rdf-literal';
import { validateTerm } from 'rdf-validate-datatype';
import { XsdValidation } from 'rdf-validation';
import { findingTerm, type Finding } from './oracles.js';
import type { BooleanLexical, Constraint, ShapeDef } from './shape-arbitrary.js';
import { specWellFormed } from './xsd-spec.js';

const SH = 'http://www.w3.org/ns/shacl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = N3.namedNode(`${RDF_NS}type`);
const SUBCLASS = N3.namedNode('http://www.w3.org/2000/01/rdf-schema#subClassOf');

/** A key of term equality (RDF 1.1 Concepts 3.3: same lexical form, datatype and language tag). */
function termKey(t: Term): string {
  return t.termType === 'Literal'
    ? `L${JSON.stringify([t.value, t.datatype.value, t.language])}`
    : `${t.termType[0]}${t.value}`;
}

function unique(terms: Iterable<Term>): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(termKey(t))) seen.set(termKey(t), t);
  return [...seen.values()];
}

const member = (t: Term, terms: readonly Term[]): boolean => terms.some((x) => termKey(x) === termKey(t));

// ---------------------------------------------------------------------------------------------
// values of literals, and SPARQL's `<`

type Value =
  | { kind: 'numeric'; n: number }
  | { kind: 'string' | 'date' | 'dateTime'; s: string }
  | { kind: 'boolean'; n: number };

const NUMERIC = new Set(['integer', 'decimal', 'double', 'float']);

/**
 * The engines' documented departures from the reading below (engine-bugs.ts names the engine and
 * the clause of each; test/core/own-shapes-oracles.test.ts shows each one with a small case).
 */
export type Deviation =
  /** sh:languageIn by a case-sensitive string prefix of the tag, not langMatches; "*" matches nothing */
  | 'languageIn by string prefix'
  /** sh:minLength / sh:maxLength count UTF-16 code units ("😀" has length 2) */
  | 'lengths in UTF-16 code units'
  /** sh:pattern as a JavaScript RegExp without the u flag ("." is one UTF-16 code unit) */
  | 'pattern without the u flag'
  /** sh:pattern tests a blank node's label instead of reporting it */
  | 'pattern on a blank node label'
  /** sh:and in a property shape: every member validated on the focus node with the property shape's path */
  | 'and in a property shape takes its path'
  /**
   * node-shape sh:equals: one result per value of the property other than the focus node, or the focus node when there
   * is none
   */
  | 'node equals, one result per other value'
  /** node-shape sh:equals: at most one result, for the first other value or else the focus node */
  | 'node equals, at most one result'
  /**
   * comparisons as profielkit's compare.ts does them: a language-tagged string, and a literal of a datatype of one's
   * own, compared as a string; strings by UTF-16 code units
   */
  | 'profielkit compares language-tagged strings'
  /**
   * comparisons as rdf-literal's JavaScript values: strings by localeCompare, dates as Dates (also a date with a
   * date-time), an ill-typed value as what JavaScript makes of it (NaN passes sh:lessThan)
   */
  | 'compared as rdf-literal values'
  /**
   * rdfs:subClassOf is looked up in the shapes graph, not the data graph (targetClass, implicit class targets,
   * sh:class)
   */
  | 'subclasses in the shapes graph'
  /**
   * every sh:NodeShape is a class target of itself, whether it is an rdfs:Class or not, and a shape that is an
   * rdfs:Class but not a sh:NodeShape is not
   */
  | 'every node shape is a class'
  /** sh:closed does not allow the paths of deactivated sh:property shapes */
  | 'closed forgets deactivated property shapes'
  /** sh:closed and sh:deactivated "1"^^xsd:boolean are on (the value, not the literal true) */
  | 'boolean parameters by value'
  /** an empty data graph is not validated at all (sh:targetNode included) */
  | 'empty data graph not validated'
  /**
   * sh:datatype's lexical check by rdf-validate-datatype 0.2.2, as stock rdf-validate-shacl does it (dates by their
   * shape only, any character in xsd:string …)
   */
  | 'sh:datatype by rdf-validate-datatype'
  /**
   * sh:datatype's lexical check by rdf-validation 0.1, as shacl-engine does it (days not checked against their month,
   * C0 characters taken and astral ones refused in xsd:string …)
   */
  | 'sh:datatype by rdf-validation';

const rdfValidation = new XsdValidation();

/** rdf-literal's JavaScript value compared as rdf-validate-shacl's and shacl-engine's compareTerms do. */
function rdfLiteralCompare(a: Term, b: Term): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  const zoned = (t: Literal) => t.datatype.value === `${XSD}dateTime` && /^.*(((\+|-)\d{2}:\d{2})|Z)$/u.test(t.value);
  if (zoned(a) !== zoned(b)) return null;
  const [x, y] = [fromRdf(a) as unknown, fromRdf(b) as unknown];
  if (typeof x !== typeof y) return null;
  if (typeof x === 'string') return x.localeCompare(y as string);
  return (x as number) - (y as number);
}

/** A literal's value where SPARQL's operators have one; undefined where `<` raises a type error. */
function valueOf(l: Literal, asProfielkit: boolean): Value | undefined {
  // rdf:langString: no row of the operator mapping takes a language-tagged literal
  if (l.language !== '') return asProfielkit ? { kind: 'string', s: l.value } : undefined;
  const dt = l.datatype.value.startsWith(XSD) ? l.datatype.value.slice(XSD.length) : undefined;
  // a datatype of one's own: no operator
  if (dt === undefined) return asProfielkit ? { kind: 'string', s: l.value } : undefined;
  const ok = specWellFormed(l.datatype.value, l.value);
  if (dt === 'string') return ok ? { kind: 'string', s: l.value } : undefined;
  if (NUMERIC.has(dt)) {
    if (!ok) return undefined; // an ill-typed literal: a type error
    if (/INF|NaN/u.test(l.value)) throw new Error(`shacl-spec: ${l.value} is not covered`);
    return { kind: 'numeric', n: Number(l.value) };
  }
  if (dt === 'boolean') return ok ? { kind: 'boolean', n: l.value === 'true' || l.value === '1' ? 1 : 0 } : undefined;
  if (dt === 'date' || dt === 'dateTime') {
    if (!ok) return undefined;
    // four-digit years, no time zone, no fraction: the lexical order is the order of the values
    if (!/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d)?$/u.test(l.value)) throw new Error(`shacl-spec: ${l.value} is not covered`);
    return { kind: dt, s: l.value };
  }
  throw new Error(`shacl-spec: the datatype ${l.datatype.value} is not covered`);
}

function codePointCompare(a: string, b: string): number {
  const [x, y] = [[...a].map((c) => c.codePointAt(0)!), [...b].map((c) => c.codePointAt(0)!)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return Math.sign(x.length - y.length);
}

/** The sign of a - b where SPARQL's `<` compares them; null where it raises a type error. */
export function sparqlCompare(a: Term, b: Term, asProfielkit = false): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  const [x, y] = [valueOf(a, asProfielkit), valueOf(b, asProfielkit)];
  if (x === undefined || y === undefined || x.kind !== y.kind) return null;
  if (x.kind === 'numeric' || x.kind === 'boolean') return Math.sign(x.n - (y as { n: number }).n);
  const other = (y as { s: string }).s;
  if (asProfielkit && x.kind === 'string') return x.s < other ? -1 : x.s > other ? 1 : 0;
  return codePointCompare(x.s, other);
}

/**
 * SPARQL's langMatches (RFC 4647, 3.3.1 basic filtering): "*" matches any tag, else the tag or a prefix of it ending at
 * a hyphen, case-insensitively.
 */
export function langMatches(tag: string, range: string): boolean {
  if (tag === '') return false;
  if (range === '*') return true;
  const [t, r] = [tag.toLowerCase(), range.toLowerCase()];
  return t === r || t.startsWith(`${r}-`);
}

/** sh:datatype (4.1.2): the datatype IRI, and not ill-typed for a datatype XSD defines. */
function hasDatatype(v: Term, datatype: NamedNode, deviations: ReadonlySet<Deviation>): boolean {
  if (v.termType !== 'Literal' || v.datatype.value !== datatype.value) return false;
  if (deviations.has('sh:datatype by rdf-validate-datatype')) return validateTerm(v);
  if (deviations.has('sh:datatype by rdf-validation')) return rdfValidation.validateSimple(v);
  return specWellFormed(datatype.value, v.value) !== false;
}

const NODE_KINDS: Record<string, readonly string[]> = {
  BlankNode: ['BlankNode'],
  IRI: ['NamedNode'],
  Literal: ['Literal'],
  BlankNodeOrIRI: ['BlankNode', 'NamedNode'],
  BlankNodeOrLiteral: ['BlankNode', 'Literal'],
  IRIOrLiteral: ['NamedNode', 'Literal'],
};

// ---------------------------------------------------------------------------------------------
// validation

/** The SHACL Core answer for `shapes` on `data`: the results of a W3C validation report, as findings. */
export class SpecValidator {
  readonly #data: DatasetCore;
  readonly #shapes: readonly ShapeDef[];
  readonly #deviations: ReadonlySet<Deviation>;

  /** 2.1.5: only the literal true deactivates (an engine with 'boolean parameters by value' takes "1" too) */
  #deactivated(shape: ShapeDef): boolean {
    return (
      shape.deactivated === true ||
      (shape.deactivatedLexical === '1' && this.#deviations.has('boolean parameters by value'))
    );
  }

  /** `deviations`: none for the specification, or an engine's documented bugs for what that engine gives. */
  constructor(shapes: readonly ShapeDef[], data: DatasetCore, deviations: Iterable<Deviation> = []) {
    this.#shapes = shapes;
    this.#data = data;
    this.#deviations = new Set(deviations);
  }

  #compare(a: Term, b: Term): number | null {
    if (this.#deviations.has('compared as rdf-literal values')) return rdfLiteralCompare(a, b);
    return sparqlCompare(a, b, this.#deviations.has('profielkit compares language-tagged strings'));
  }

  #objects(s: Term, p: Term): Term[] {
    if (s.termType === 'Literal') return [];
    return unique([...this.#data.match(s, p, null)].map((q) => q.object));
  }

  /** The class and its SHACL subclasses (1.4: rdfs:subClassOf, transitively, in the data graph). */
  #withSubclasses(cls: Term): Term[] {
    const found = [cls];
    // the shapes graph generated holds no rdfs:subClassOf
    if (this.#deviations.has('subclasses in the shapes graph')) return found;
    for (let i = 0; i < found.length; i++) {
      for (const q of this.#data.match(null, SUBCLASS, found[i]!)) if (!member(q.subject, found)) found.push(q.subject);
    }
    return found;
  }

  /** 1.4 SHACL instance: a node with an rdf:type that is the class or a SHACL subclass of it. */
  #isInstance(n: Term, cls: Term): boolean {
    if (n.termType === 'Literal') return false;
    const classes = this.#withSubclasses(cls);
    return this.#objects(n, RDF_TYPE).some((t) => member(t, classes));
  }

  /** 2.1.3: the focus nodes of a shape, the union of its targets. */
  focusNodes(shape: ShapeDef): Term[] {
    const nodes: Term[] = [];
    const instances = (cls: Term) =>
      this.#withSubclasses(cls).flatMap((c) => [...this.#data.match(null, RDF_TYPE, c)].map((q) => q.subject));
    // 2.1.3.3 implicit class target: a shape that is a SHACL instance of rdfs:Class in the shapes graph
    const implicit = this.#deviations.has('every node shape is a class')
      ? shape.typed && shape.path === undefined
      : shape.implicitClass;
    if (implicit) nodes.push(...instances(shape.id));
    for (const t of shape.targets) {
      switch (t.kind) {
        case 'targetNode': // 2.1.3.1: the node itself, whether the data graph holds it or not
          nodes.push(t.value);
          break;
        case 'targetClass': // 2.1.3.2
          nodes.push(...instances(t.value));
          break;
        case 'targetSubjectsOf': // 2.1.3.4
          nodes.push(...[...this.#data.match(null, t.value, null)].map((q) => q.subject));
          break;
        case 'targetObjectsOf': // 2.1.3.5: literals too
          nodes.push(...[...this.#data.match(null, t.value, null)].map((q) => q.object));
          break;
      }
    }
    return unique(nodes);
  }

  /** 3.4: validation of the data graph: every shape with targets, on each of its focus nodes. */
  findings(): Finding[] {
    if (this.#deviations.has('empty data graph not validated') && this.#data.size === 0) return [];
    return this.#shapes.flatMap((shape) => this.focusNodes(shape).flatMap((focus) => this.validate(shape, focus)));
  }

  /** Every focus node of every shape (for `nodesChecked`). */
  allFocusNodes(): Term[] {
    return unique(this.#shapes.flatMap((s) => this.focusNodes(s)));
  }

  /**
   * Conformance (SHACL 3.4 and the shape-based components of 4.6/4.7): a node conforms to a shape when validating it as
   * focus node against the shape gives no result, of any severity.
   */
  conforms(node: Term, shape: ShapeDef): boolean {
    return this.validate(shape, node).length === 0;
  }

  /** The results of validating `focus` against `shape` (value nodes: 2.2 and 2.3). */
  validate(shape: ShapeDef, focus: Term): Finding[] {
    // 2.1.6: every RDF term conforms to a deactivated shape
    if (this.#deactivated(shape)) return [];
    // a node shape's value node is the focus node (2.2); a property shape's are the objects of its path (2.3)
    const values = shape.path ? this.#objects(focus, shape.path) : [focus];
    const out: Finding[] = [];
    const result = (component: string, value?: Term, path: NamedNode | undefined = shape.path) =>
      out.push({
        focusNode: findingTerm(focus),
        path: path?.value,
        constraint: `${SH}${component}ConstraintComponent`,
        value: value === undefined ? undefined : findingTerm(value),
        // 2.1.4 / 3.6.2: the shape's severity, sh:Violation when it has none
        severity: shape.severity ?? 'Violation',
        sourceShape: shape.id.termType === 'BlankNode' ? '_:' : shape.id.value,
      });
    for (const c of shape.constraints) this.#constraint(c, shape, focus, values, result, out);
    return out;
  }

  #constraint(
    c: Constraint,
    shape: ShapeDef,
    focus: Term,
    values: readonly Term[],
    result: (component: string, value?: Term, path?: NamedNode) => void,
    out: Finding[],
  ): void {
    const eachValue = (component: string, holds: (v: Term) => boolean) => {
      for (const v of values) if (!holds(v)) result(component, v);
    };
    switch (c.kind) {
      case 'class': // 4.1.1: a literal, or a node that is no SHACL instance of the class
        return eachValue('Class', (v) => v.termType !== 'Literal' && this.#isInstance(v, c.value));
      case 'datatype': // 4.1.2
        return eachValue('Datatype', (v) => hasDatatype(v, c.value, this.#deviations));
      case 'nodeKind': // 4.1.3
        return eachValue('NodeKind', (v) => NODE_KINDS[c.value.value.slice(SH.length)]!.includes(v.termType));
      case 'minCount': // 4.2.1: no sh:value
        if (values.length < c.value) result('MinCount');
        return;
      case 'maxCount': // 4.2.2
        if (values.length > c.value) result('MaxCount');
        return;
      case 'minExclusive': // 4.3.1-4.3.4: "$bound op v does not return true", v op bound here
      case 'minInclusive':
      case 'maxExclusive':
      case 'maxInclusive': {
        const accept = {
          minExclusive: (x: number) => x > 0,
          minInclusive: (x: number) => x >= 0,
          maxExclusive: (x: number) => x < 0,
          maxInclusive: (x: number) => x <= 0,
        }[c.kind];
        const component = c.kind[0]!.toUpperCase() + c.kind.slice(1);
        return eachValue(component, (v) => {
          const x = this.#compare(v, c.value);
          return x !== null && accept(x);
        });
      }
      case 'minLength': // 4.4.1: STRLEN(str(v)) in characters; a blank node is a result
      case 'maxLength': {
        const component = c.kind === 'minLength' ? 'MinLength' : 'MaxLength';
        const length = (v: Term) =>
          this.#deviations.has('lengths in UTF-16 code units') ? v.value.length : [...v.value].length;
        return eachValue(
          component,
          (v) => v.termType !== 'BlankNode' && (c.kind === 'minLength' ? length(v) >= c.value : length(v) <= c.value),
        );
      }
      case 'pattern': {
        // 4.4.3: REGEX(str(v), pattern, flags); a blank node is a result
        const re = new RegExp(
          c.pattern,
          `${this.#deviations.has('pattern without the u flag') ? '' : 'u'}${c.flags ?? ''}`,
        );
        return eachValue(
          'Pattern',
          (v) =>
            (v.termType !== 'BlankNode' || this.#deviations.has('pattern on a blank node label')) && re.test(v.value),
        );
      }
      case 'languageIn': {
        // 4.4.4
        const matches = this.#deviations.has('languageIn by string prefix')
          ? (tag: string, range: string) => tag !== '' && tag.startsWith(range)
          : langMatches;
        return eachValue('LanguageIn', (v) => v.termType === 'Literal' && c.ranges.some((r) => matches(v.language, r)));
      }
      case 'uniqueLang': {
        // 4.4.5: one result for each non-empty language tag that two or more value nodes use; no sh:value
        if (!c.value) return;
        const counts = new Map<string, number>();
        for (const v of values)
          if (v.termType === 'Literal' && v.language !== '')
            counts.set(v.language.toLowerCase(), (counts.get(v.language.toLowerCase()) ?? 0) + 1);
        for (const n of counts.values()) if (n > 1) result('UniqueLang');
        return;
      }
      case 'equals': {
        // 4.5.1: each value node not among the property's values, and each of those not among the value nodes
        const others = this.#objects(focus, c.value);
        if (!shape.path && this.#deviations.has('node equals, one result per other value')) {
          const differ = others.filter((o) => termKey(o) !== termKey(focus));
          for (const o of differ) result('Equals', o);
          if (others.length === 0) result('Equals', focus);
          return;
        }
        if (!shape.path && this.#deviations.has('node equals, at most one result')) {
          const differ = others.filter((o) => termKey(o) !== termKey(focus));
          if (others.length === 0 || differ.length > 0) result('Equals', differ[0] ?? focus);
          return;
        }
        for (const v of values) if (!member(v, others)) result('Equals', v);
        for (const o of others) if (!member(o, values)) result('Equals', o);
        return;
      }
      case 'disjoint': {
        // 4.5.2
        const others = this.#objects(focus, c.value);
        return eachValue('Disjoint', (v) => !member(v, others));
      }
      case 'lessThan': // 4.5.3 / 4.5.4: one result for each pair not in order, or that cannot be compared
      case 'lessThanOrEquals': {
        const others = this.#objects(focus, c.value);
        const component = c.kind === 'lessThan' ? 'LessThan' : 'LessThanOrEquals';
        for (const v of values) {
          for (const o of others) {
            const x = this.#compare(v, o);
            if (x === null || (c.kind === 'lessThan' ? x >= 0 : x > 0)) result(component, v);
          }
        }
        return;
      }
      case 'not': // 4.6.1
        return eachValue('Not', (v) => !this.conforms(v, c.shape));
      case 'and': {
        // 4.6.2
        const path = shape.path;
        if (path && this.#deviations.has('and in a property shape takes its path')) {
          const holds = c.shapes.every((s) => this.validate({ ...s, path }, focus).length === 0);
          return eachValue('And', () => holds);
        }
        return eachValue('And', (v) => c.shapes.every((s) => this.conforms(v, s)));
      }
      case 'or': // 4.6.3
        return eachValue('Or', (v) => c.shapes.some((s) => this.conforms(v, s)));
      case 'xone': // 4.6.4
        return eachValue('Xone', (v) => c.shapes.filter((s) => this.conforms(v, s)).length === 1);
      case 'node': // 4.7.1
        return eachValue('Node', (v) => this.conforms(v, c.shape));
      case 'property': // 4.7.2: the property shape's own results, for each value node as focus node
        for (const v of values) out.push(...this.validate(c.shape, v));
        return;
      case 'qualified': {
        // 4.7.3: the value nodes that conform (no sibling shapes: sh:qualifiedValueShapesDisjoint is never true here);
        // no sh:value
        const n = values.filter((v) => this.conforms(v, c.shape)).length;
        if (c.min !== undefined && n < c.min) result('QualifiedMinCount');
        if (c.max !== undefined && n > c.max) result('QualifiedMaxCount');
        return;
      }
      case 'closed': {
        // 4.8.1 with 1.4's "true": sh:closed "1"^^xsd:boolean does not close the shape (W3C suite, uniqueLang-002)
        if (c.lexical !== 'true' && !this.#deviations.has('boolean parameters by value')) return;
        // 4.8.1: each triple of a value node whose predicate is no sh:path of the shape's sh:property
        // shapes (deactivated or not: they are "declared via sh:property") nor ignored; the predicate
        // is sh:resultPath and the object sh:value
        const forgets = this.#deviations.has('closed forgets deactivated property shapes');
        const allowed = shape.constraints.flatMap((x) =>
          x.kind === 'property' && x.shape.path && !(forgets && this.#deactivated(x.shape)) ? [x.shape.path] : [],
        );
        allowed.push(...(c.ignored ?? []));
        for (const v of values) {
          if (v.termType === 'Literal') continue;
          for (const q of this.#data.match(v, null, null))
            if (!member(q.predicate, allowed)) result('Closed', q.object, q.predicate as NamedNode);
        }
        return;
      }
      case 'hasValue': // 4.8.2: no sh:value
        if (!member(c.value, values)) result('HasValue');
        return;
      case 'in': // 4.8.3: term equality
        return eachValue('In', (v) => member(v, c.values));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// shapes graphs as ShapeDefs

const PARAMETERS = new Set(
  [
    'class',
    'datatype',
    'nodeKind',
    'minCount',
    'maxCount',
    'minExclusive',
    'minInclusive',
    'maxExclusive',
    'maxInclusive',
    'minLength',
    'maxLength',
    'pattern',
    'flags',
    'languageIn',
    'uniqueLang',
    'equals',
    'disjoint',
    'lessThan',
    'lessThanOrEquals',
    'not',
    'and',
    'or',
    'xone',
    'node',
    'property',
    'qualifiedValueShape',
    'qualifiedMinCount',
    'qualifiedMaxCount',
    'qualifiedValueShapesDisjoint',
    'closed',
    'ignoredProperties',
    'hasValue',
    'in',
  ].map((p) => SH + p),
);
const TARGETS = ['targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf'] as const;
// properties of a shape that change nothing in validation (SHACL 7: non-validating properties), and the ones read here
const IGNORED = new Set(
  [
    'name',
    'description',
    'order',
    'group',
    'defaultValue',
    'message',
    'severity',
    'deactivated',
    'path',
    ...TARGETS,
  ].map((p) => SH + p),
);

/**
 * The shapes of a shapes graph (SHACL 2.1: a node with a target, a constraint parameter, a type
 * sh:NodeShape / sh:PropertyShape, or a value of a shape-expecting parameter), for the subset the
 * generators use. Throws on anything else (a path expression, sh:sparql, disjoint qualified value
 * shapes): that is not read here.
 */
export function shapesOfGraph(graph: DatasetCore): ShapeDef[] {
  const out = (s: Term, p: string): Term[] => [...graph.match(s, N3.namedNode(p), null)].map((q) => q.object);
  const one = (s: Term, p: string): Term | undefined => out(s, p)[0];
  const list = (head: Term): Term[] => {
    const items: Term[] = [];
    for (let node = head; node.value !== `${RDF_NS}nil`; node = one(node, `${RDF_NS}rest`)!)
      items.push(one(node, `${RDF_NS}first`)!);
    return items;
  };
  const candidates: Term[] = [];
  for (const q of graph) {
    const p = q.predicate.value;
    if (
      (p === RDF_TYPE.value && (q.object.value === `${SH}NodeShape` || q.object.value === `${SH}PropertyShape`)) ||
      PARAMETERS.has(p) ||
      TARGETS.some((t) => SH + t === p)
    )
      candidates.push(q.subject);
    if (['node', 'not', 'property', 'qualifiedValueShape'].some((x) => SH + x === p)) candidates.push(q.object);
    if (['and', 'or', 'xone'].some((x) => SH + x === p)) candidates.push(...list(q.object));
  }
  const made = new Map<string, ShapeDef>();
  const shapeOf = (id: Term): ShapeDef => {
    const known = made.get(termKey(id));
    if (known) return known;
    for (const q of graph.match(id, null, null)) {
      const p = q.predicate.value;
      if (p.startsWith(SH) && !PARAMETERS.has(p) && !IGNORED.has(p))
        throw new Error(`shapesOfGraph: ${p} is not read here`);
    }
    const path = one(id, `${SH}path`);
    if (path && path.termType !== 'NamedNode') throw new Error('shapesOfGraph: only predicate paths are read here');
    const types = out(id, RDF_TYPE.value).map((t) => t.value);
    const constraints: Constraint[] = [];
    const def: ShapeDef = {
      id: id as ShapeDef['id'],
      path: path as NamedNode | undefined,
      typed: types.includes(`${SH}NodeShape`) || types.includes(`${SH}PropertyShape`),
      implicitClass: types.includes('http://www.w3.org/2000/01/rdf-schema#Class'),
      targets: TARGETS.flatMap((kind) =>
        out(id, SH + kind).map((value) => ({ kind, value }) as ShapeDef['targets'][number]),
      ),
      constraints,
      severity: one(id, `${SH}severity`)?.value.slice(SH.length) as ShapeDef['severity'],
      messages: out(id, `${SH}message`) as Literal[],
      deactivated:
        one(id, `${SH}deactivated`) === undefined ? undefined : one(id, `${SH}deactivated`)!.value === 'true',
      ...(one(id, `${SH}deactivated`) === undefined
        ? {}
        : { deactivatedLexical: one(id, `${SH}deactivated`)!.value as BooleanLexical }),
    };
    made.set(termKey(id), def);
    const int = (t: Term) => Number(t.value);
    for (const q of graph.match(id, null, null)) {
      const p = q.predicate.value.slice(SH.length);
      const o = q.object;
      switch (p) {
        case 'class':
        case 'datatype':
        case 'nodeKind':
        case 'equals':
        case 'disjoint':
        case 'lessThan':
        case 'lessThanOrEquals':
          constraints.push({ kind: p, value: o as NamedNode });
          break;
        case 'minCount':
        case 'maxCount':
        case 'minLength':
        case 'maxLength':
          constraints.push({ kind: p, value: int(o) });
          break;
        case 'minExclusive':
        case 'minInclusive':
        case 'maxExclusive':
        case 'maxInclusive':
          constraints.push({ kind: p, value: o as Literal });
          break;
        case 'pattern':
          constraints.push({ kind: 'pattern', pattern: o.value, flags: one(id, `${SH}flags`)?.value });
          break;
        case 'languageIn':
          constraints.push({ kind: 'languageIn', ranges: list(o).map((r) => r.value) });
          break;
        case 'uniqueLang':
          constraints.push({ kind: 'uniqueLang', value: o.value === 'true', lexical: o.value as BooleanLexical });
          break;
        case 'in':
          constraints.push({ kind: 'in', values: list(o) as (NamedNode | Literal)[] });
          break;
        case 'hasValue':
          constraints.push({ kind: 'hasValue', value: o as NamedNode | Literal });
          break;
        case 'node':
        case 'not':
        case 'property':
          constraints.push({ kind: p, shape: shapeOf(o) });
          break;
        case 'and':
        case 'or':
        case 'xone':
          constraints.push({ kind: p, shapes: list(o).map(shapeOf) });
          break;
        case 'qualifiedValueShape': {
          if (one(id, `${SH}qualifiedValueShapesDisjoint`)?.value === 'true')
            throw new Error('shapesOfGraph: disjoint qualified value shapes are not read here');
          const [min, max] = [one(id, `${SH}qualifiedMinCount`), one(id, `${SH}qualifiedMaxCount`)];
          constraints.push({ kind: 'qualified', shape: shapeOf(o), min: min && int(min), max: max && int(max) });
          break;
        }
        case 'closed':
          if (o.value === 'true' || o.value === '1')
            constraints.push({
              kind: 'closed',
              lexical: o.value,
              ignored: one(id, `${SH}ignoredProperties`) && (list(one(id, `${SH}ignoredProperties`)!) as NamedNode[]),
            });
          break;
        default: // flags, ignoredProperties, qualified counts: read with their parameter; the rest changes nothing
      }
    }
    return def;
  };
  return unique(candidates).map(shapeOf);
}
