/**
 * SHACL Core's validation of a node against a shape of one's own (SHACL 2-4), on what is known of the
 * node: its term, its types and its values (a `NodeView`). A constraint on a value that needs another
 * node's triples asks the context for that node's view; on a stream, where the node may come later,
 * the context has none and the constraint is handed to `defer`, to be answered from the facts kept of
 * every node (`answerDeferred`). `plan` says beforehand which shapes a stream can take.
 */
import type { Term } from '@rdfjs/types';
import { compare } from '../../rdf/compare.js';
import { sameTerm } from '../../rdf/terms.js';
import type { Constraint, ShapeDef } from './shapes-read.js';
import { isLocal, pathText, pathValues, predicatesOf, type Graph, type Path } from './paths.js';

/** What the evaluator reads of one node. */
export interface NodeView {
  readonly term: Term;
  /** the node's rdf:type objects that are IRIs */
  readonly types: readonly string[];
  values(path: string): readonly Term[];
  /** every predicate of the node with its values (for sh:closed) */
  entries(): Iterable<readonly [string, readonly Term[]]>;
}

/** Other nodes' views: `undefined` when the node's triples are not at hand (a stream). */
export interface EvalContext {
  view(node: Term): NodeView | undefined;
  /** the whole graph, when it is in memory: for paths that look beyond a node's own triples */
  readonly graph?: Graph;
}

/**
 * A result: `path` for sh:closed (the predicate not allowed), `found` for a cardinality (the number of
 * values), `focus` when it is not the node validated (a value node of a property shape's sh:property).
 */
export type Emit = (
  shape: ShapeDef,
  component: string,
  value: Term | undefined,
  path?: string,
  found?: number,
  focus?: Term,
) => void;
export type Defer = (shape: ShapeDef, constraint: Constraint, value: Term) => void;

const NONE: readonly Term[] = [];

/*
 * The checks of the constraint components that both loops of the fast path apply: the profile form's
 * (engine.ts `check`, for property shapes of counts, term tests, classes and pairs, the profiles' and
 * shapes of one's own that fit it) and this evaluator's. Each component is checked here once, and
 * reported through one result builder with the reader's component IRI and the shape's message, so that
 * a rule cannot mean two things on the fast path. Term tests (datatype, pattern, lengths, bounds, sh:in,
 * node kinds, languages) are the reader's functions (`Constraint.test`), called by both.
 */

export type CountConstraint = Extract<Constraint, { kind: 'count' }>;
export type PairConstraint = Extract<Constraint, { kind: 'pair' }>;
export type TermConstraint = Extract<Constraint, { kind: 'term' }>;

/** sh:minCount, sh:maxCount (SHACL 4.2.1-2): whether `n` value nodes are allowed. */
export function countHolds(c: CountConstraint, n: number): boolean {
  return (c.min === undefined || n >= c.min) && (c.max === undefined || n <= c.max);
}

/**
 * sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals (SHACL 4.5): each value that breaks the
 * constraint to `emit` (for sh:equals, the other property's values missing among `values` too; for an
 * order, once per value it is not below). Terms are compared as RDF does: a direction or a triple term's
 * parts tell two values apart.
 */
export function pairOffenders(
  c: PairConstraint,
  values: readonly Term[],
  others: readonly Term[],
  emit: (v: Term) => void,
): void {
  if (c.pair === 'equals') {
    for (const v of values) if (!others.some((o) => sameTerm(o, v))) emit(v);
    for (const o of others) if (!values.some((v) => sameTerm(v, o))) emit(o);
  } else if (c.pair === 'disjoint') {
    for (const v of values) if (others.some((o) => sameTerm(o, v))) emit(v);
  } else {
    const strict = c.pair === 'lessThan';
    for (const v of values) {
      for (const o of others) {
        const order = compare(v, o);
        if (order === null || (strict ? order >= 0 : order > 0)) emit(v);
      }
    }
  }
}

/**
 * sh:class (SHACL 4.1.1) on a value whose node's classes `hasClass` knows: a literal is no instance.
 * `classes`: one class, or (the profiles' sh:or of classes) any of several.
 */
export function isInstance(v: Term, classes: string | readonly string[], hasClass: (cls: string) => boolean): boolean {
  if (v.termType === 'Literal') return false;
  return typeof classes === 'string' ? hasClass(classes) : classes.some(hasClass);
}

/** The view of a node with no triples: a literal, or a node only ever an object. */
export function emptyView(term: Term): NodeView {
  return { term, types: [], values: () => NONE, entries: () => [] };
}

const NO_CONTEXT: EvalContext = { view: () => undefined };

/** The value nodes of a shape's path from a node: on its own triples where the path stays there, else in the graph. */
function valuesOf(path: Path, view: NodeView, context: EvalContext): readonly Term[] {
  if (path.kind === 'predicate') return view.values(path.iri);
  if (isLocal(path)) {
    const own: Graph = { out: (n, p) => (n.equals(view.term) ? view.values(p) : NONE), in: () => NONE };
    return pathValues(path, view.term, own);
  }
  if (context.graph === undefined)
    throw new Error(`profielkit: the path ${pathText(path)} needs the graph in memory (a shape planned wrongly)`);
  return pathValues(path, view.term, context.graph);
}

class Failed extends Error {}
const FAILED = new Failed();
const fail: Emit = () => {
  throw FAILED;
};
const cannotDefer: Defer = () => {
  throw new Error('profielkit: a nested shape needs a node that is not at hand (a shape planned wrongly)');
};

/** Whether `view`'s node conforms to `shape`; `undefined` when that needs a node not at hand. */
export function conforms(shape: ShapeDef, view: NodeView, context: EvalContext): boolean | undefined {
  let unknown = false;
  try {
    validateShape(shape, view, context, fail, () => {
      unknown = true;
    });
  } catch (error) {
    if (error === FAILED) return false;
    throw error;
  }
  return unknown ? undefined : true;
}

/** Validates `view`'s node against `shape`: each result to `emit`, each check needing a node not at hand to `defer`. */
export function validateShape(
  shape: ShapeDef,
  view: NodeView,
  context: EvalContext,
  emit: Emit,
  defer: Defer = cannotDefer,
): void {
  if (shape.deactivated) return;
  const values = shape.path === undefined ? [view.term] : valuesOf(shape.path, view, context);
  for (const constraint of shape.constraints) applyConstraint(shape, constraint, values, view, context, emit, defer);
  if (shape.properties.length === 0) return;
  if (shape.path === undefined) {
    for (const property of shape.properties) validateShape(property, view, context, emit, defer);
    return;
  }
  // sh:property on a property shape: each value node is validated against it, as its own focus node
  for (const v of values) {
    const target = viewOf(v, view, context);
    if (target === undefined)
      throw new Error(
        'profielkit: sh:property on a property shape needs a node that is not at hand (a shape planned wrongly)',
      );
    const onValue: Emit = (s, component, value, path, found, focus) =>
      emit(s, component, value, path, found, focus ?? v);
    for (const property of shape.properties) validateShape(property, target, context, onValue, defer);
  }
}

function applyConstraint(
  shape: ShapeDef,
  c: Constraint,
  values: readonly Term[],
  view: NodeView,
  context: EvalContext,
  emit: Emit,
  defer: Defer,
): void {
  switch (c.kind) {
    case 'term':
      for (const v of values) if (!c.test(v)) emit(shape, c.component, v);
      return;
    case 'count':
      if (!countHolds(c, values.length)) emit(shape, c.component, undefined, undefined, values.length);
      return;
    case 'hasValue':
      if (!values.some((v) => sameTerm(v, c.value))) emit(shape, c.component, undefined);
      return;
    case 'pair':
      pairOffenders(c, values, view.values(c.path), (v) => emit(shape, c.component, v));
      return;
    case 'uniqueLang': {
      const seen = new Map<string, number>();
      for (const v of values)
        if (v.termType === 'Literal' && v.language !== '') seen.set(v.language, (seen.get(v.language) ?? 0) + 1);
      for (const n of seen.values()) if (n > 1) emit(shape, c.component, undefined);
      return;
    }
    case 'closed':
      for (const [p, objects] of view.entries())
        if (!c.allowed.has(p)) for (const o of objects) emit(shape, c.component, o, p);
      return;
    case 'class':
    case 'shapes':
      for (const v of values) {
        const ok = holds(c, v, view, context);
        if (ok === undefined) defer(shape, c, v);
        else if (!ok) emit(shape, c.component, v);
      }
      return;
    case 'qualified': {
      let n = 0;
      for (const v of values) {
        const ok = conformsOn(c.shape, v, view, context);
        if (ok === undefined)
          throw new Error(
            'profielkit: a qualified value shape needs a node that is not at hand (a shape planned wrongly)',
          );
        if (ok && c.siblings.every((s) => conformsOn(s, v, view, context) === false)) n++;
      }
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max)) emit(shape, c.component, undefined);
      return;
    }
  }
}

/** The view of a value node: the focus node's own, another's from the context, or none. */
function viewOf(v: Term, view: NodeView, context: EvalContext): NodeView | undefined {
  if (v.termType === 'Literal') return emptyView(v);
  if (v.equals(view.term)) return view;
  return context.view(v);
}

/**
 * Whether a node conforms to a nested shape depends on the node, the shape and the data only: each
 * answer is kept for the validation (the context), so that shapes leading from node to node through
 * data that fans out cost a check per (node, shape), not one per way to reach it (2^depth).
 */
const answered = new WeakMap<EvalContext, WeakMap<ShapeDef, Map<string, boolean>>>();

function conformsOn(shape: ShapeDef, v: Term, view: NodeView, context: EvalContext): boolean | undefined {
  if (shape.deactivated) return true;
  // a shape that reads only the term needs no view of the node
  if (termOnly(shape)) return conforms(shape, emptyView(v), NO_CONTEXT);
  const target = viewOf(v, view, context);
  // a literal has no values to lead anywhere: nothing to keep
  if (target === undefined || v.termType === 'Literal')
    return target === undefined ? undefined : conforms(shape, target, context);
  let byShape = answered.get(context);
  if (byShape === undefined) answered.set(context, (byShape = new WeakMap()));
  let byNode = byShape.get(shape);
  if (byNode === undefined) byShape.set(shape, (byNode = new Map()));
  const key = v.termType === 'BlankNode' ? `_:${v.value}` : v.value;
  const known = byNode.get(key);
  if (known !== undefined) return known;
  const answer = conforms(shape, target, context);
  if (answer !== undefined) byNode.set(key, answer);
  return answer;
}

/** Whether a value satisfies a sh:class or a shape-based constraint; `undefined` when that needs a node not at hand. */
function holds(
  c: Constraint & { kind: 'class' | 'shapes' },
  v: Term,
  view: NodeView,
  context: EvalContext,
): boolean | undefined {
  if (c.kind === 'class') {
    const target = viewOf(v, view, context);
    return target === undefined ? undefined : isInstance(v, c.cls, (cls) => target.types.includes(cls));
  }
  const answers = c.shapes.map((s) => conformsOn(s, v, view, context));
  if (answers.includes(undefined)) return undefined;
  return combine(c.logic, answers as boolean[]);
}

/** A shape-based constraint's verdict from whether the value conforms to each of its shapes. */
function combine(logic: 'node' | 'and' | 'or' | 'not' | 'xone', answers: readonly boolean[]): boolean {
  switch (logic) {
    case 'node':
    case 'and':
      return answers.every(Boolean);
    case 'or':
      return answers.some(Boolean);
    case 'not':
      return !answers[0];
    case 'xone':
      return answers.filter(Boolean).length === 1;
  }
}

/**
 * The facts a stream keeps of a node for the checks deferred to it: its classes, and whether it
 * conforms to each shape that a value must conform to (`Plan.atoms`).
 */
export interface NodeFacts {
  /** false for a node that never came as a subject: it is validated as a node without triples */
  readonly present: boolean;
  hasClass(cls: string): boolean;
  conformsTo(shape: ShapeDef): boolean;
}

/** Answers a deferred check from the facts kept of its value node. */
export function answerDeferred(c: Constraint, v: Term, facts: NodeFacts): boolean {
  if (c.kind === 'class') return isInstance(v, c.cls, (cls) => facts.hasClass(cls));
  if (c.kind !== 'shapes') throw new Error(`profielkit: ${c.kind} is never deferred`);
  const answers = c.shapes.map((s) =>
    s.deactivated
      ? true
      : facts.present && !termOnly(s)
        ? facts.conformsTo(s)
        : (conforms(s, emptyView(v), NO_CONTEXT) ?? false),
  );
  return combine(c.logic, answers);
}

const termOnlyKnown = new WeakMap<ShapeDef, boolean>();

/** Shapes that read nothing but the term of the node they apply to. */
function termOnly(shape: ShapeDef): boolean {
  let known = termOnlyKnown.get(shape);
  if (known === undefined) termOnlyKnown.set(shape, (known = readsTermOnly(shape)));
  return known;
}

function readsTermOnly(shape: ShapeDef, seen = new Set<ShapeDef>()): boolean {
  if (shape.deactivated) return true;
  if (shape.path !== undefined || shape.properties.length > 0) return false;
  if (seen.has(shape)) return true;
  seen.add(shape);
  return shape.constraints.every(
    (c) =>
      c.kind === 'term' ||
      c.kind === 'hasValue' ||
      (c.kind === 'shapes' && c.shapes.every((s) => readsTermOnly(s, seen))),
  );
}

/**
 * Whether validating a node against `shape` needs no node but itself (and literals): its value nodes'
 * classes or shapes are then answered from the node's own triples.
 */
function local(shape: ShapeDef, seen = new Set<ShapeDef>()): boolean {
  if (shape.deactivated || seen.has(shape)) return true;
  seen.add(shape);
  const onValues = shape.path !== undefined;
  if (onValues && (!isLocal(shape.path) || shape.properties.length > 0)) return false;
  const ok = shape.constraints.every((c) => {
    if (c.kind === 'class') return !onValues;
    if (c.kind === 'shapes' || c.kind === 'qualified') {
      const members = c.kind === 'shapes' ? c.shapes : [c.shape, ...c.siblings];
      return members.every((s) => (onValues ? termOnly(s) : local(s, seen)));
    }
    return true;
  });
  return ok && shape.properties.every((p) => local(p, seen));
}

/** What a stream needs to validate some top-level shapes: the facts to keep of each node, or why it cannot. */
export interface Plan {
  /** shapes whose conformance a value may be asked for, kept per node as a fact */
  readonly atoms: readonly ShapeDef[];
  /** classes a value may be asked for */
  readonly classes: ReadonlySet<string>;
  /** every predicate the shapes read */
  readonly predicates: ReadonlySet<string>;
  /** sh:closed is used: every predicate's values are needed */
  readonly allPredicates: boolean;
  /** undefined when a stream can take the shapes; else why they need the whole graph in memory */
  readonly needsMemory: string | undefined;
}

/** Plans the validation of the top-level `shapes` (see `Plan`). */
export function plan(shapes: Iterable<ShapeDef>): Plan {
  const atoms = new Set<ShapeDef>();
  const classes = new Set<string>();
  const predicates = new Set<string>();
  let allPredicates = false;
  let needsMemory: string | undefined;
  const visited = new Set<ShapeDef>();
  const walk = (shape: ShapeDef) => {
    if (visited.has(shape)) return;
    visited.add(shape);
    if (shape.path !== undefined) {
      predicatesOf(shape.path, predicates);
      if (!isLocal(shape.path))
        needsMemory ??= `the path ${pathText(shape.path)} of ${shape.id} looks beyond a node's own triples`;
      if (shape.properties.length > 0)
        needsMemory ??= `sh:property on the property shape ${shape.id} looks at its value nodes' triples`;
    }
    for (const c of shape.constraints) {
      if (c.kind === 'pair') predicates.add(c.path);
      if (c.kind === 'closed') allPredicates = true;
      if (c.kind === 'shapes') c.shapes.forEach(walk);
      if (c.kind === 'qualified') {
        walk(c.shape);
        c.siblings.forEach(walk);
      }
    }
    shape.properties.forEach(walk);
  };
  // a top-level shape's checks on its value nodes may wait for those nodes; nested shapes may not
  const top = (shape: ShapeDef) => {
    walk(shape);
    const onValues = shape.path !== undefined;
    for (const c of shape.constraints) {
      if (c.kind === 'class' && onValues) classes.add(c.cls);
      else if (c.kind === 'shapes') {
        for (const s of c.shapes) {
          if (!onValues) {
            if (!local(s)) needsMemory ??= `shape ${s.id} applied to a focus node looks at other nodes`;
          } else if (!termOnly(s)) {
            if (local(s)) atoms.add(s);
            else needsMemory ??= `shape ${s.id} applied to a value looks beyond that value's own triples`;
          }
        }
      } else if (c.kind === 'qualified' && ![c.shape, ...c.siblings].every((s) => (onValues ? termOnly(s) : local(s))))
        needsMemory ??= `qualified value shape ${c.shape.id} looks at other nodes`;
    }
    if (!onValues) for (const p of shape.properties) top(p);
  };
  for (const shape of shapes) top(shape);
  return { atoms: [...atoms], classes, predicates, allPredicates, needsMemory };
}
