/**
 * A shapes graph of one's own read into plain objects for the fast path: each shape with its targets,
 * its path (a predicate) and its constraints, the term-level ones already turned into tests. What the
 * fast path does not implement (another path expression, SPARQL, a constraint component of one's own,
 * a shape that refers to itself) is not guessed at: `readShapes` says why, and the caller hands the
 * shapes to the reference engine.
 */
import type { DatasetCore, Literal, Term } from '@rdfjs/types';
import { factory, nodeId, RDF, RDF_TYPE, RDFS, SH, termKey } from '../../rdf/terms.js';
import { isWellFormed } from '../../rdf/xsd.js';
import { compare } from '../../rdf/compare.js';
import { langMatches, strlen, xpathRegex, type XPathRegex } from '../sparql-functions.js';
import { checkShapesGraph, ListIndex } from '../shapes-bounds.js';
import { ShapesError } from '../../errors.js';
import { isShape } from '../focus-nodes.js';
import { isShaclTrue } from '../shapes-check.js';
import { PathError, readPath, type Path } from './paths.js';
import type { Severity } from '../types.js';

/** A constraint of a shape, as the evaluator applies it to a focus node's value nodes. */
export type Constraint =
  | { readonly kind: 'term'; readonly component: string; readonly test: (value: Term) => boolean }
  | { readonly kind: 'class'; readonly component: string; readonly cls: string }
  | { readonly kind: 'count'; readonly component: string; readonly min?: number; readonly max?: number }
  | { readonly kind: 'hasValue'; readonly component: string; readonly value: Term }
  | {
      readonly kind: 'pair';
      readonly component: string;
      readonly pair: 'equals' | 'disjoint' | 'lessThan' | 'lessThanOrEquals';
      readonly path: string;
    }
  | { readonly kind: 'uniqueLang'; readonly component: string }
  | {
      readonly kind: 'shapes';
      readonly component: string;
      readonly logic: 'node' | 'and' | 'or' | 'not' | 'xone';
      readonly shapes: readonly ShapeDef[];
    }
  /** `siblings`: with sh:qualifiedValueShapesDisjoint, the shapes a counted value must not conform to (SHACL 4.7.3) */
  | {
      readonly kind: 'qualified';
      readonly component: string;
      readonly shape: ShapeDef;
      readonly siblings: readonly ShapeDef[];
      readonly min?: number;
      readonly max?: number;
    }
  | { readonly kind: 'closed'; readonly component: string; readonly allowed: ReadonlySet<string> };

/** A shape of the graph. */
export interface ShapeDef {
  /** the shape's node id (an IRI, or `_:label`), the result's source shape */
  readonly id: string;
  /** the path of a property shape; undefined for a node shape (its value node is the focus node) */
  readonly path: Path | undefined;
  /** the path's IRI when it is a predicate (a result's typed `path`) */
  readonly predicate: string | undefined;
  /** a severity of one's own counts as a violation (never a false "conforms"); the report names it (`severityIri`) */
  readonly severity: Severity;
  readonly severityIri: string;
  /** sh:message, by language tag ('' for none) */
  readonly messages: ReadonlyMap<string, string>;
  /** sh:message as written, copied into the report (SHACL 3.6.2) */
  readonly messageTerms: readonly Term[];
  readonly deactivated: boolean;
  readonly constraints: Constraint[];
  /** sh:property: property shapes applied to the focus node */
  readonly properties: ShapeDef[];
}

/** The top-level shapes by target. */
export interface ShapesRead {
  readonly byClass: ReadonlyMap<string, readonly ShapeDef[]>;
  readonly byNode: ReadonlyMap<string, { readonly term: Term; readonly shapes: readonly ShapeDef[] }>;
  readonly bySubjectOf: ReadonlyMap<string, readonly ShapeDef[]>;
  readonly byObjectOf: ReadonlyMap<string, readonly ShapeDef[]>;
}

export type ReadOutcome =
  | { readonly ok: true; readonly shapes: ShapesRead }
  | { readonly ok: false; readonly why: string };

/**
 * The SHACL terms a shape may use here; any other `sh:` predicate on a shape sends the graph to the reference engine.
 */
const KNOWN = new Set(
  (
    'targetClass targetNode targetSubjectsOf targetObjectsOf path property class datatype nodeKind minCount maxCount ' +
    'in hasValue pattern flags minLength maxLength minInclusive minExclusive maxInclusive maxExclusive languageIn ' +
    'uniqueLang equals disjoint lessThan lessThanOrEquals node and or not xone qualifiedValueShape qualifiedMinCount ' +
    'qualifiedMaxCount qualifiedValueShapesDisjoint closed ignoredProperties deactivated severity message name ' +
    'description order group defaultValue'
  ).split(' '),
);

const C = (local: string): string => SH(`${local}ConstraintComponent`);

class NotCovered extends Error {}

/** A key per RDF term for `sh:in` (term type first: an IRI `_:b` is no blank node). */
const inKey = (t: Term): string => `${t.termType}|${termKey(t)}`;

const NODE_KINDS: Readonly<Record<string, (t: Term) => boolean>> = {
  IRI: (t) => t.termType === 'NamedNode',
  BlankNode: (t) => t.termType === 'BlankNode',
  Literal: (t) => t.termType === 'Literal',
  BlankNodeOrIRI: (t) => t.termType === 'NamedNode' || t.termType === 'BlankNode',
  BlankNodeOrLiteral: (t) => t.termType === 'BlankNode' || t.termType === 'Literal',
  IRIOrLiteral: (t) => t.termType === 'NamedNode' || t.termType === 'Literal',
};

/** The constraints of shapes of one's own read from their graph. */
class Reader {
  private readonly read = new Map<string, ShapeDef>();
  private readonly reading = new Set<string>();

  constructor(private readonly graph: DatasetCore) {
    this.lists = new ListIndex(graph);
  }

  private readonly lists: ListIndex;

  private objects(s: Term, p: string): Term[] {
    // an N3.Store hands out the objects directly: its match() builds a stream object a call, and a
    // shape asks some forty predicates (the shapes graph was read anew for every validation)
    const store = this.graph as DatasetCore & { getObjects?: (s: Term, p: Term, g: null) => Term[] };
    if (typeof store.getObjects === 'function') return store.getObjects(s, factory.namedNode(p), null);
    return [...this.graph.match(s, factory.namedNode(p), null)].map((q) => q.object);
  }

  private one(s: Term, p: string): Term | undefined {
    const all = this.objects(s, p);
    if (all.length > 1) throw new NotCovered(`${nodeId(s)} has ${all.length} values of ${p}`);
    return all[0];
  }

  private integer(s: Term, p: string): number | undefined {
    const t = this.one(s, p);
    if (t === undefined) return undefined;
    if (t.termType !== 'Literal' || !/^[+-]?\d+$/u.test(t.value))
      throw new NotCovered(`${p} of ${nodeId(s)} is not an integer`);
    return Number(t.value);
  }

  private iri(t: Term, what: string): string {
    if (t.termType !== 'NamedNode') throw new NotCovered(`${what} is not an IRI`);
    return t.value;
  }

  private boolean(s: Term, p: string): boolean {
    return isShaclTrue(this.one(s, p));
  }

  /** An RDF list's members (rdf:first/rdf:rest). */
  list(head: Term): Term[] {
    const members: Term[] = [];
    const seen = new Set<string>();
    for (let node = head; !(node.termType === 'NamedNode' && node.value === RDF('nil')); ) {
      const key = nodeId(node);
      if (seen.has(key) || node.termType === 'Literal') throw new NotCovered('a malformed RDF list');
      seen.add(key);
      const first = this.lists.first(node);
      const rest = this.lists.rest(node);
      if (first.length !== 1 || rest.length !== 1) throw new NotCovered('a malformed RDF list');
      members.push(first[0] as Term);
      node = rest[0] as Term;
    }
    return members;
  }

  shape(term: Term): ShapeDef {
    if (term.termType === 'Literal') throw new NotCovered('a literal where a shape belongs');
    const id = nodeId(term);
    const done = this.read.get(id);
    if (done) return done;
    // SHACL leaves recursive shapes undefined (3.4.3); the reference engine says what it says
    if (this.reading.has(id)) throw new NotCovered(`shape ${id} refers to itself`);
    this.reading.add(id);
    for (const q of this.graph.match(term, null, null)) {
      const p = q.predicate.value;
      if (p.startsWith(SH('')) && !KNOWN.has(p.slice(SH('').length)))
        throw new NotCovered(`sh:${p.slice(SH('').length)} (${id})`);
    }
    const pathTerm = this.one(term, SH('path'));
    let path: Path | undefined;
    try {
      path = pathTerm === undefined ? undefined : readPath(this.graph, pathTerm);
    } catch (error) {
      if (error instanceof PathError) throw new NotCovered(`sh:path of ${id}: ${error.message}`);
      throw error;
    }
    const severityTerm = this.one(term, SH('severity'));
    if (severityTerm !== undefined && severityTerm.termType !== 'NamedNode')
      throw new NotCovered(`sh:severity of ${id} is not an IRI`);
    const severityLocal = severityTerm?.value.startsWith(SH('')) ? severityTerm.value.slice(SH('').length) : undefined;
    const known = severityLocal === 'Warning' || severityLocal === 'Info' ? severityLocal : 'Violation';
    const messages = new Map<string, string>();
    const messageTerms = this.objects(term, SH('message'));
    for (const m of messageTerms)
      if (m.termType === 'Literal' && !messages.has(m.language)) messages.set(m.language, m.value);
    const shape: ShapeDef = {
      id,
      path,
      predicate: path?.kind === 'predicate' ? path.iri : undefined,
      severity: known,
      severityIri: severityTerm?.value ?? SH('Violation'),
      messages,
      messageTerms,
      deactivated: this.boolean(term, SH('deactivated')),
      constraints: [],
      properties: [],
    };
    this.constraints(term, shape);
    for (const p of this.objects(term, SH('property'))) {
      const property = this.shape(p);
      if (property.path === undefined) throw new NotCovered(`sh:property ${property.id} without sh:path`);
      shape.properties.push(property);
    }
    this.reading.delete(id);
    this.read.set(id, shape);
    return shape;
  }

  /**
   * The sibling shapes of a qualified value shape (SHACL 4.7.3): the qualified value shapes of the
   * other property shapes of every shape that has `term` as sh:property.
   */
  private siblings(term: Term, own: Term): Term[] {
    const out = new Map<string, Term>();
    for (const parent of this.graph.match(null, factory.namedNode(SH('property')), term)) {
      for (const sibling of this.objects(parent.subject, SH('property'))) {
        for (const q of this.objects(sibling, SH('qualifiedValueShape'))) if (!q.equals(own)) out.set(nodeId(q), q);
      }
    }
    return [...out.values()];
  }

  private constraints(term: Term, shape: ShapeDef): void {
    const add = (c: Constraint) => shape.constraints.push(c);
    const isProperty = shape.path !== undefined;
    for (const c of this.objects(term, SH('class')))
      add({ kind: 'class', component: C('Class'), cls: this.iri(c, 'sh:class') });
    for (const d of this.objects(term, SH('datatype'))) {
      const datatype = this.iri(d, 'sh:datatype');
      add({
        kind: 'term',
        component: C('Datatype'),
        test:
          datatype === RDF('langString')
            ? (v) => v.termType === 'Literal' && v.language !== ''
            : (v) =>
                v.termType === 'Literal' && v.datatype.value === datatype && isWellFormed(datatype, v.value) !== false,
      });
    }
    for (const k of this.objects(term, SH('nodeKind'))) {
      const test =
        k.termType === 'NamedNode' && k.value.startsWith(SH('')) ? NODE_KINDS[k.value.slice(SH('').length)] : undefined;
      if (test === undefined) throw new NotCovered(`sh:nodeKind ${k.value}`);
      add({ kind: 'term', component: C('NodeKind'), test });
    }
    const min = this.integer(term, SH('minCount'));
    const max = this.integer(term, SH('maxCount'));
    if (min !== undefined || max !== undefined) {
      if (!isProperty) throw new NotCovered('sh:minCount or sh:maxCount on a node shape');
      if (min !== undefined && min > 0) add({ kind: 'count', component: C('MinCount'), min });
      if (max !== undefined) add({ kind: 'count', component: C('MaxCount'), max });
    }
    for (const bound of ['minInclusive', 'minExclusive', 'maxInclusive', 'maxExclusive'] as const) {
      for (const b of this.objects(term, SH(bound))) {
        if (b.termType !== 'Literal') throw new NotCovered(`sh:${bound} is not a literal`);
        const ok: (c: number) => boolean =
          bound === 'minInclusive'
            ? (c) => c >= 0
            : bound === 'minExclusive'
              ? (c) => c > 0
              : bound === 'maxInclusive'
                ? (c) => c <= 0
                : (c) => c < 0;
        // an ill-typed or incomparable value is a result (SHACL 4.3)
        add({
          kind: 'term',
          component: C(bound[0]?.toUpperCase() + bound.slice(1)),
          test: (v) => {
            const c = compare(v, b);
            return c !== null && ok(c);
          },
        });
      }
    }
    for (const which of ['minLength', 'maxLength'] as const) {
      const n = this.integer(term, SH(which));
      if (n === undefined) continue;
      add({
        kind: 'term',
        component: C(which === 'minLength' ? 'MinLength' : 'MaxLength'),
        test: (v) =>
          v.termType !== 'BlankNode' && (which === 'minLength' ? strlen(v.value) >= n : strlen(v.value) <= n),
      });
    }
    const patterns = this.objects(term, SH('pattern'));
    if (patterns.length > 0) {
      const flags = this.one(term, SH('flags'));
      for (const p of patterns) {
        const re = regex(p, flags, shape.id);
        add({ kind: 'term', component: C('Pattern'), test: (v) => v.termType !== 'BlankNode' && re.test(v.value) });
      }
    }
    for (const l of this.objects(term, SH('languageIn'))) {
      const ranges = this.list(l).map((r) => (r.termType === 'Literal' ? r.value : ''));
      add({
        kind: 'term',
        component: C('LanguageIn'),
        test: (v) => v.termType === 'Literal' && ranges.some((r) => langMatches(v.language, r)),
      });
    }
    if (this.boolean(term, SH('uniqueLang'))) {
      if (!isProperty) throw new NotCovered('sh:uniqueLang on a node shape');
      add({ kind: 'uniqueLang', component: C('UniqueLang') });
    }
    for (const l of this.objects(term, SH('in'))) {
      // a set: one lookup a value, however long the list (300,000 members took seconds a value); IRIs (a
      // code list's concepts, on every record) by their IRI, with no key made a value
      const members = this.list(l);
      const iris = new Set(members.filter((m) => m.termType === 'NamedNode').map((m) => m.value));
      const others = new Set(members.filter((m) => m.termType !== 'NamedNode').map(inKey));
      const test = (v: Term) => (v.termType === 'NamedNode' ? iris.has(v.value) : others.has(inKey(v)));
      add({ kind: 'term', component: C('In'), test });
    }
    for (const v of this.objects(term, SH('hasValue'))) add({ kind: 'hasValue', component: C('HasValue'), value: v });
    for (const pair of ['equals', 'disjoint', 'lessThan', 'lessThanOrEquals'] as const) {
      for (const p of this.objects(term, SH(pair))) {
        if ((pair === 'lessThan' || pair === 'lessThanOrEquals') && !isProperty)
          throw new NotCovered(`sh:${pair} on a node shape`);
        add({
          kind: 'pair',
          component: C(pair[0]?.toUpperCase() + pair.slice(1)),
          pair,
          path: this.iri(p, `sh:${pair}`),
        });
      }
    }
    for (const n of this.objects(term, SH('node')))
      add({ kind: 'shapes', component: C('Node'), logic: 'node', shapes: [this.shape(n)] });
    for (const n of this.objects(term, SH('not')))
      add({ kind: 'shapes', component: C('Not'), logic: 'not', shapes: [this.shape(n)] });
    for (const logic of ['and', 'or', 'xone'] as const) {
      for (const l of this.objects(term, SH(logic)))
        add({
          kind: 'shapes',
          component: C(logic[0]?.toUpperCase() + logic.slice(1)),
          logic,
          shapes: this.list(l).map((m) => this.shape(m)),
        });
    }
    const qualified = this.objects(term, SH('qualifiedValueShape'));
    if (qualified.length > 0) {
      if (!isProperty) throw new NotCovered('sh:qualifiedValueShape on a node shape');
      const disjoint = this.boolean(term, SH('qualifiedValueShapesDisjoint'));
      const qmin = this.integer(term, SH('qualifiedMinCount'));
      const qmax = this.integer(term, SH('qualifiedMaxCount'));
      for (const q of qualified) {
        const shape = this.shape(q);
        const siblings = disjoint ? this.siblings(term, q).map((s) => this.shape(s)) : [];
        if (qmin !== undefined)
          add({ kind: 'qualified', component: C('QualifiedMinCount'), shape, siblings, min: qmin });
        if (qmax !== undefined)
          add({ kind: 'qualified', component: C('QualifiedMaxCount'), shape, siblings, max: qmax });
      }
    }
    if (this.boolean(term, SH('closed'))) {
      if (isProperty) throw new NotCovered('sh:closed on a property shape');
      const allowed = new Set<string>();
      for (const p of this.objects(term, SH('property')))
        for (const path of this.objects(p, SH('path'))) if (path.termType === 'NamedNode') allowed.add(path.value);
      for (const l of this.objects(term, SH('ignoredProperties')))
        for (const m of this.list(l)) allowed.add(this.iri(m, 'sh:ignoredProperties'));
      add({ kind: 'closed', component: C('Closed'), allowed });
    }
  }
}

/** sh:pattern with sh:flags, XPath's, matched in linear time (checked beforehand by `checkShapesGraph`). */
function regex(pattern: Term, flags: Term | undefined, shape: string): XPathRegex {
  try {
    return xpathRegex(pattern.value, flags?.value);
  } catch (error) {
    throw new ShapesError(`shape ${shape}: ${(error as Error).message}`, { shape, reason: 'pattern', cause: error });
  }
}

/**
 * Reads the shapes with targets in `own` (their nested shapes looked up in `graph`, which holds `own`
 * and may hold a profile's shapes they refer to).
 */
export function readShapes(own: DatasetCore, graph: DatasetCore = own): ReadOutcome {
  // patterns, recursion, depth and size: refused the same way as on the reference engine
  checkShapesGraph(graph);
  try {
    if (own.match(null, factory.namedNode(RDF_TYPE), factory.namedNode(SH('ConstraintComponent'))).size > 0)
      throw new NotCovered('a constraint component of its own');
    for (const p of ['target', 'targetSparql', 'sparql', 'rule', 'shapesGraph', 'entailment']) {
      if (own.match(null, factory.namedNode(SH(p)), null).size > 0) throw new NotCovered(`sh:${p}`);
    }
    const reader = new Reader(graph);
    const byClass = new Map<string, ShapeDef[]>();
    const byNode = new Map<string, { term: Term; shapes: ShapeDef[] }>();
    const bySubjectOf = new Map<string, ShapeDef[]>();
    const byObjectOf = new Map<string, ShapeDef[]>();
    const push = (map: Map<string, ShapeDef[]>, key: string, shape: ShapeDef) => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(shape)) list.push(shape);
      } else map.set(key, [shape]);
    };
    const target = (p: string, each: (shape: ShapeDef, object: Term) => void) => {
      for (const q of own.match(null, factory.namedNode(SH(p)), null)) each(reader.shape(q.subject), q.object);
    };
    target('targetClass', (shape, o) => push(byClass, iriOf(o, 'sh:targetClass'), shape));
    for (const q of own.match(null, factory.namedNode(RDF_TYPE), factory.namedNode(RDFS('Class')))) {
      // a shape that is also a class targets its instances (SHACL 2.1.3.3)
      if (isShape(own, q.subject) && q.subject.termType === 'NamedNode')
        push(byClass, q.subject.value, reader.shape(q.subject));
    }
    target('targetNode', (shape, o) => {
      const key = o.termType === 'Literal' ? literalKey(o) : nodeId(o);
      const entry = byNode.get(key);
      if (entry) {
        if (!entry.shapes.includes(shape)) entry.shapes.push(shape);
      } else byNode.set(key, { term: o, shapes: [shape] });
    });
    target('targetSubjectsOf', (shape, o) => push(bySubjectOf, iriOf(o, 'sh:targetSubjectsOf'), shape));
    target('targetObjectsOf', (shape, o) => push(byObjectOf, iriOf(o, 'sh:targetObjectsOf'), shape));
    return { ok: true, shapes: { byClass, byNode, bySubjectOf, byObjectOf } };
  } catch (error) {
    if (error instanceof NotCovered) return { ok: false, why: error.message };
    throw error;
  }
}

function iriOf(t: Term, what: string): string {
  if (t.termType !== 'NamedNode') throw new NotCovered(`${what} is not an IRI`);
  return t.value;
}

/** The key of a literal focus node (never a node id: a literal is not a subject). */
export function literalKey(t: Literal | Term): string {
  return termKey(t);
}

/**
 * Reads the shapes `terms` of `graph` with the reader of shapes of one's own: the profiles' generated
 * shapes are compiled from their graph by this same code (compile.ts), so that a constraint means one
 * thing on every path. `ok: false` with the reason for what the reader does not implement.
 */
export function readShapeDefs(
  graph: DatasetCore,
  terms: readonly Term[],
): { readonly ok: true; readonly shapes: ShapeDef[] } | { readonly ok: false; readonly why: string } {
  try {
    const reader = new Reader(graph);
    return { ok: true, shapes: terms.map((t) => reader.shape(t)) };
  } catch (error) {
    if (error instanceof NotCovered) return { ok: false, why: error.message };
    throw error;
  }
}
