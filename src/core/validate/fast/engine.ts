/**
 * The fast validation path: nodes are checked against the compiled rules (a profile's, and shapes of
 * one's own: shapes-eval.ts) as their triples come in, keeping per node only the values the rules read. A class reference is checked against the types of
 * the node it points at: at once when that node is finished and in memory, else when it comes, else
 * at the end.
 *
 * Two ways in: a dataset in memory (grouped by subject here), or a stream of quads grouped by subject,
 * as exports are written. On a stream what it keeps is bounded (`FastBudget`), the rest spilled to a
 * temporary file, so memory does not grow with the number of records. That the stream is grouped is
 * the caller's to check (`GroupingCheck`). A data graph with `rdfs:subClassOf` triples, which SHACL
 * follows for targets and classes, makes it throw `FallbackNeeded`: the caller then takes the
 * reference path.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { factory, focusLiteralOf, nodeId, RDF_TYPE, RDFS, sameTerm, SH, valueOf } from '../../rdf/terms.js';
import { reportNodeId } from '../../rdf/blank-label.js';
import type { Lang, ResultCounts, Severity, ValidationResult } from '../types.js';
import { compileOwnByClass, compileProfile, termKey, type CompiledProfile, type CompiledShape } from './compile.js';
import { KeptResults, type KeyedResult } from './kept-results.js';
import { constraintMessage, foundCount } from '../../shapes/messages.js';
import { TypeIndex } from './type-index.js';
import { PendingReferences, type PendingReference } from './pending-references.js';
import { compileShapes, type ShapeRules } from './compile-shapes.js';
import { answerDeferred, conforms, countHolds, emptyView, isInstance, pairOffenders } from './shapes-eval.js';
import { validateShape } from './shapes-eval.js';
import type { Defer, Emit, EvalContext, NodeView } from './shapes-eval.js';
import type { ShapeOrigin } from '../../shapes/generate.js';
import { literalKey, type Constraint, type ShapeDef } from './shapes-read.js';
import { datasetGraph } from './paths.js';
import type { ResultDetail } from './report.js';

/** The input cannot be validated on the fast path; validate it with the reference engine. */
export class FallbackNeeded extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

const SUBCLASS_OF = RDFS('subClassOf');
const NO_VALUES: readonly Term[] = [];

/**
 * A copy of a string that does not share memory with the parser's input. A parser's strings are
 * slices of its input chunks: one kept in a result would keep its whole chunk (64 KB) alive, and
 * memory would grow with the input instead of with the results.
 */
function own(s: string): string {
  return (` ${s}`).slice(1);
}

function ownTerm(t: Term): Term {
  switch (t.termType) {
    case 'NamedNode':
      return factory.namedNode(own(t.value));
    case 'BlankNode':
      return factory.blankNode(own(t.value));
    case 'Literal':
      if (t.language === '') return factory.literal(own(t.value), factory.namedNode(own(t.datatype.value)));
      return factory.literal(own(t.value), t.direction ? { language: own(t.language), direction: t.direction } : own(t.language));
    case 'Quad':
      // a triple term (RDF 1.2): its terms copied too
      return factory.quad(ownTerm(t.subject) as never, ownTerm(t.predicate) as never, ownTerm(t.object) as never);
    default:
      return t;
  }
}

/** What the fast path validates against: a profile, shapes of one's own, or both. */
export type FastTarget = ProfileDeclaration | { readonly declaration?: ProfileDeclaration; readonly shapes?: DatasetCore };

/** A target as its two parts (a declaration alone is a profile without shapes of one's own). */
export function targetParts(target: FastTarget): { readonly declaration?: ProfileDeclaration; readonly shapes?: DatasetCore } {
  return 'classes' in target ? { declaration: target } : target;
}

/** A check that waits for the node a value points at: a profile's class rule, or a constraint of a shape of one's own. */
type Deferred = CompiledShape | { readonly shape: ShapeDef; readonly constraint: Constraint };

const severityOf = (check: Deferred): Severity => ('constraint' in check ? check.shape.severity : check.severity);

const EMPTY_PROFILE: CompiledProfile = { covered: true, shapesByType: new Map(), predicates: new Set(), referencedClasses: new Set() };

/** Each class of the data's rdfs:subClassOf triples, with every class above it (SHACL's "SHACL instance", 1.4). */
function superclassesOf(data: DatasetCore): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const q of data.match(null, factory.namedNode(SUBCLASS_OF), null)) {
    const list = direct.get(q.subject.value);
    if (list) list.push(q.object.value);
    else direct.set(q.subject.value, [q.object.value]);
  }
  const all = new Map<string, string[]>();
  for (const cls of direct.keys()) {
    const seen = new Set<string>();
    const queue = [...(direct.get(cls) ?? [])];
    for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
      if (seen.has(c)) continue;
      seen.add(c);
      queue.push(...(direct.get(c) ?? []));
    }
    all.set(cls, [...seen]);
  }
  return all;
}

/** A node's types with every class above them. */
function withSuperclasses(types: readonly string[], superclasses: ReadonlyMap<string, readonly string[]>): string[] {
  const all = new Set(types);
  for (const t of types) for (const s of superclasses.get(t) ?? []) all.add(s);
  return [...all];
}

/** A view of a node of a dataset in memory (for shapes of one's own that look at other nodes). */
function datasetView(data: DatasetCore, term: Term, superclasses?: ReadonlyMap<string, readonly string[]>): NodeView {
  const objects = (p: string) => [...data.match(term as never, factory.namedNode(p), null)].map((q) => q.object);
  const direct = term.termType === 'Literal' ? [] : objects(RDF_TYPE).filter((t) => t.termType === 'NamedNode').map((t) => t.value);
  return {
    term,
    types: superclasses === undefined ? direct : withSuperclasses(direct, superclasses),
    values: (p) => (term.termType === 'Literal' ? [] : objects(p)),
    entries: () => {
      if (term.termType === 'Literal') return [];
      const by = new Map<string, Term[]>();
      for (const q of data.match(term as never, null, null)) {
        const list = by.get(q.predicate.value);
        if (list) list.push(q.object);
        else by.set(q.predicate.value, [q.object]);
      }
      return by;
    },
  };
}

/** The node being finished, as the evaluator reads it: one object, its term made only when asked for. */
class CurrentNode implements NodeView {
  private id = '';
  private made: Term | undefined;
  types: readonly string[] = [];
  private map: ReadonlyMap<string, readonly Term[]> = new Map();

  reset(id: string, types: readonly string[], map: ReadonlyMap<string, readonly Term[]>): this {
    this.id = id;
    this.made = undefined;
    this.types = types;
    this.map = map;
    return this;
  }

  get term(): Term {
    this.made ??= this.id.startsWith('_:') ? factory.blankNode(this.id.slice(2)) : factory.namedNode(this.id);
    return this.made;
  }

  values(p: string): readonly Term[] {
    return this.map.get(p) ?? NO_VALUES;
  }

  entries(): Iterable<readonly [string, readonly Term[]]> {
    return this.map;
  }
}

/** How much the fast path keeps in memory: the rest goes to a spill file (`TypeIndex`) or is counted only (`KeptResults`). */
export interface FastBudget {
  /** finished nodes whose types are kept in memory for references */
  readonly types?: number;
  /** references waiting for their node, kept in memory */
  readonly references?: number;
  /** results kept (violations first); the rest are counted */
  readonly results?: number;
}

export class FastValidator {
  private readonly rules: CompiledProfile;
  /** the profile's rules, and shapes of one's own compiled to the same form (`compileOwnByClass`), by the type they apply to */
  private readonly shapesByType: ReadonlyMap<string, readonly CompiledShape[]>;
  /** the own shapes the evaluator validates, by target class (those not in `shapesByType`) */
  private ownByClass: ReadonlyMap<string, readonly ShapeDef[]> | undefined;
  private readonly kept: KeptResults;
  /** each kept result's value as the term it was, for the W3C report graph */
  readonly valueTerms = new Map<ValidationResult, Term>();
  private readonly typesOf: TypeIndex;
  /** one bit per class a reference asks for: a node's referenced types fit in one small integer */
  private readonly classBit = new Map<string, number>();
  /** references to nodes not finished (or no longer in memory) when they were checked */
  private readonly pending: PendingReferences<Deferred>;
  private current: string | undefined;
  private types: string[] = [];
  /** the current node's values of each predicate the rules read, each value once (RDF's graphs are sets) */
  private values = new Map<string, Term[]>();
  /** for a predicate with many values on one node, their keys, so that adding one stays cheap */
  private manyValues: Map<string, Set<string>> | undefined;
  /** the rdf:type objects seen, for telling which profiles apply to an input */
  readonly classesSeen = new Set<string>();
  /** the focus nodes: nodes with a class some shape targets */
  nodesChecked = 0;
  /** the nodes finished so far: the place of the current node in the input */
  nodes = 0;
  /** the key of the current node's next result (see `KeptResults`) */
  private nextKey = 0;
  private lastKey = 0;
  /** a part's references to nodes it does not hold, by target (`finishPart`) */
  private deferred: Map<string, PendingReference<Deferred>[]> | undefined;
  /** shapes of one's own, when given */
  private readonly own: ShapeRules | undefined;
  /** every predicate whose values are kept (the profile's and the own shapes') */
  private readonly predicates: ReadonlySet<string>;
  /** keep the values of every predicate (sh:closed) */
  private readonly allPredicates: boolean;
  /** one bit per own shape a value must conform to, and the bit every finished node has (see `NodeFacts`) */
  private readonly atomBit = new Map<ShapeDef, number>();
  private presentBit = 0;
  private readonly deferredChecks = new Map<ShapeDef, Map<Constraint, Deferred>>();
  /** focus nodes that need not be subjects (sh:targetNode, sh:targetObjectsOf), by node id or literal key; true once validated */
  private readonly extraTargets = new Map<string, { readonly term: Term; readonly shapes: ShapeDef[]; done: boolean }>();
  /** each kept result's focus node as the term it was, where that is a literal */
  readonly focusTerms = new Map<ValidationResult, Term>();
  /** what the report graph says of a kept result beyond its typed fields (see `ResultDetail`) */
  readonly details = new Map<ValidationResult, ResultDetail>();
  private readonly context: EvalContext;
  /** each class of the data's rdfs:subClassOf triples with every class above it (in memory only) */
  private readonly superclasses: ReadonlyMap<string, readonly string[]> | undefined;
  /** the current node, as shapes of one's own read it */
  private readonly node = new CurrentNode();

  /**
   * @param data the dataset the triples come from, when it is in memory: shapes of one's own may then
   *   look at any node, and `sh:targetObjectsOf` is answered from it; without it (a stream) such shapes
   *   make the constructor throw `FallbackNeeded`
   */
  constructor(
    target: FastTarget,
    private readonly lang: Lang = 'nl',
    budget: FastBudget = {},
    data?: DatasetCore,
  ) {
    const { declaration, shapes: ownShapes } = targetParts(target);
    this.rules = declaration ? compileProfile(declaration) : EMPTY_PROFILE;
    this.shapesByType = this.rules.shapesByType;
    if (!this.rules.covered) throw new FallbackNeeded('the shapes use a SHACL feature the fast path does not implement');
    const predicates = new Set(this.rules.predicates);
    const classes = new Set(this.rules.referencedClasses);
    if (ownShapes !== undefined) {
      const compiled = compileShapes(ownShapes, declaration);
      if (!compiled.ok) throw new FallbackNeeded(compiled.why);
      this.own = compiled.rules;
      const { plan, read } = compiled.rules;
      if (data === undefined && plan.needsMemory !== undefined) throw new FallbackNeeded(plan.needsMemory);
      if (data === undefined && read.byObjectOf.size > 0) throw new FallbackNeeded('sh:targetObjectsOf needs the whole graph');
      for (const p of plan.predicates) predicates.add(p);
      for (const p of read.bySubjectOf.keys()) predicates.add(p);
      // own node shapes of the profiles' kind (class targets, property shapes of counts, term tests and
      // classes) are checked in the profile's loop; the evaluator keeps the rest
      const elsewhere = new Set([...read.bySubjectOf.values(), ...read.byObjectOf.values(), ...[...read.byNode.values()].map((e) => e.shapes)].flat());
      const fitted = compileOwnByClass(read.byClass, elsewhere);
      if (fitted.taken.size > 0) {
        const merged = new Map<string, CompiledShape[]>([...this.rules.shapesByType].map(([t, list]) => [t, [...list]]));
        for (const [t, list] of fitted.shapesByType) merged.set(t, [...(merged.get(t) ?? []), ...list]);
        this.shapesByType = merged;
        // the classes their class checks ask for (an sh:or of classes is no class of the plan's): without
        // a bit, a value of one of them was taken for a node without it
        for (const list of fitted.shapesByType.values()) {
          for (const s of list) for (const c of s.classCheck?.classes ?? []) classes.add(c);
        }
        this.ownByClass = new Map([...read.byClass].map(([t, list]) => [t, list.filter((shape) => !fitted.taken.has(shape))] as const).filter(([, list]) => list.length > 0));
      }
      for (const c of plan.classes) classes.add(c);
      for (const [key, { term, shapes }] of read.byNode) this.extraTargets.set(key, { term, shapes: [...shapes], done: false });
      if (data !== undefined) {
        for (const [p, shapes] of read.byObjectOf) {
          for (const q of data.match(null, factory.namedNode(p), null)) {
            const key = literalKey(q.object);
            const entry = this.extraTargets.get(key);
            if (!entry) this.extraTargets.set(key, { term: q.object, shapes: [...shapes], done: false });
            else for (const s of shapes) if (!entry.shapes.includes(s)) entry.shapes.push(s);
          }
        }
      }
    }
    this.predicates = predicates;
    this.allPredicates = this.own?.plan.allPredicates ?? false;
    [...classes].forEach((c, i) => {
this.classBit.set(c, 2 ** i);
});
    let next = classes.size;
    for (const atom of this.own?.plan.atoms ?? []) this.atomBit.set(atom, 2 ** next++);
    if (this.atomBit.size > 0) this.presentBit = 2 ** next++;
    if (next > 30) throw new FallbackNeeded('more referenced classes and shapes than the type index holds');
    if (data !== undefined && data.match(null, factory.namedNode(SUBCLASS_OF), null).size > 0) this.superclasses = superclassesOf(data);
    const superclasses = this.superclasses;
    this.context = data === undefined ? { view: () => undefined } : { view: (node) => datasetView(data, node, superclasses), graph: datasetGraph(data) };
    this.typesOf = new TypeIndex(budget.types);
    const checks: Deferred[] = [...new Set([...this.shapesByType.values()].flat().filter((shape) => shape.classCheck))];
    for (const shape of this.ownShapesAll()) {
      const byConstraint = new Map<Constraint, Deferred>();
      for (const constraint of shape.constraints) {
        if (constraint.kind !== 'class' && constraint.kind !== 'shapes') continue;
        const check: Deferred = { shape, constraint };
        byConstraint.set(constraint, check);
        checks.push(check);
      }
      this.deferredChecks.set(shape, byConstraint);
    }
    this.pending = new PendingReferences<Deferred>(checks, budget.references);
    this.kept = new KeptResults(budget.results);
  }

  /** Every top-level own shape and their property shapes: those whose checks may wait for a node. */
  private ownShapesAll(): ShapeDef[] {
    const all = new Set<ShapeDef>();
    for (const shape of this.own?.top ?? []) {
      all.add(shape);
      for (const p of shape.properties) all.add(p);
    }
    return [...all];
  }

  /** The results kept, violations first when `budget.results` cut them. */
  get results(): ValidationResult[] {
    return this.kept.list();
  }

  /** How many results there are of each severity, kept or not. */
  get counts(): ResultCounts {
    return this.kept.counts;
  }

  /** Adds one quad of a stream grouped by subject (which the caller checks: see `GroupingCheck`). */
  add(quad: Quad): void {
    this.addTriple(quad.subject.termType === 'BlankNode' ? `_:${quad.subject.value}` : quad.subject.value, quad.predicate.value, quad.object);
  }

  /** Adds one triple, its subject as a node id (an IRI, or `_:label`): as `add`, without a quad. */
  addTriple(s: string, p: string, object: Term): void {
    // SHACL follows rdfs:subClassOf in the data; in memory they are all known beforehand (`superclasses`)
    if (p === SUBCLASS_OF && this.superclasses === undefined) throw new FallbackNeeded('the data holds rdfs:subClassOf triples, which SHACL follows');
    if (s !== this.current) {
      this.finishNode();
      this.current = s;
    }
    if (p === RDF_TYPE) {
      this.types.push(object.value);
      if (!this.allPredicates && !this.predicates.has(p)) return;
    } else if (!this.allPredicates && !this.predicates.has(p)) return;
    const list = this.values.get(p);
    if (list === undefined) {
      this.values.set(p, [object]);
      return;
    }
    if (list.length < 16) {
      for (const other of list) if (sameTerm(other, object)) return;
    } else {
      this.manyValues ??= new Map();
      let keys = this.manyValues.get(p);
      if (keys === undefined) this.manyValues.set(p, (keys = new Set(list.map(termKey))));
      const key = termKey(object);
      if (keys.has(key)) return;
      keys.add(key);
    }
    list.push(object);
  }

  private finishNode(): void {
    const focus = this.current;
    if (focus === undefined) return;
    this.nextKey = this.nodes++ * SLOTS;
    this.lastKey = this.nextKey + SLOTS - 1;
    if (this.superclasses !== undefined && this.types.length > 0) this.types = withSuperclasses(this.types, this.superclasses);
    let bits = 0;
    for (const t of this.types) {
      bits |= this.classBit.get(t) ?? 0;
      if (!this.classesSeen.has(t)) this.classesSeen.add(own(t));
    }
    const view = this.own === undefined ? undefined : this.node.reset(focus, this.types, this.values);
    if (view !== undefined && this.presentBit !== 0) {
      bits |= this.presentBit;
      for (const [atom, bit] of this.atomBit) if (conforms(atom, view, this.context) === true) bits |= bit;
    }
    if (bits !== 0) this.typesOf.set(own(focus), bits);
    for (const reference of this.pending.take(focus) ?? []) this.checkDeferred(reference, bits);
    // the shapes of the node's classes, each once; most nodes have one targeted class, whose list is it
    let applied: Iterable<CompiledShape> | undefined;
    let several: Set<CompiledShape> | undefined;
    for (const type of this.types) {
      const shapes = this.shapesByType.get(type);
      if (shapes === undefined) continue;
      if (applied === undefined) applied = shapes;
      else {
        several ??= new Set(applied);
        for (const shape of shapes) several.add(shape);
        applied = several;
      }
    }
    if (applied !== undefined) for (const shape of applied) this.check(focus, shape, bits);
    const ownApplied = view === undefined ? undefined : this.ownShapesFor(focus, view);
    if (applied !== undefined || ownApplied !== undefined) this.nodesChecked++;
    if (ownApplied !== undefined && view !== undefined) for (const shape of ownApplied) this.checkOwn(focus, shape, view, bits);
    this.current = undefined;
    if (this.types.length > 0) this.types = [];
    if (this.values.size > 0) this.values = new Map();
    this.manyValues = undefined;
  }

  /** The own shapes whose targets select the current node (one target's list itself, when only one applies). */
  private ownShapesFor(focus: string, view: NodeView): Iterable<ShapeDef> | undefined {
    const read = this.own?.read;
    if (read === undefined) return undefined;
    let one: readonly ShapeDef[] | undefined;
    let several: Set<ShapeDef> | undefined;
    const add = (shapes: readonly ShapeDef[] | undefined) => {
      if (shapes === undefined) return;
      if (one === undefined) one = shapes;
      else {
        several ??= new Set(one);
        for (const s of shapes) several.add(s);
      }
    };
    const byClass = this.ownByClass ?? read.byClass;
    for (const t of view.types) add(byClass.get(t));
    if (read.bySubjectOf.size > 0) for (const [p, shapes] of read.bySubjectOf) if ((this.values.get(p)?.length ?? 0) > 0) add(shapes);
    if (this.extraTargets.size > 0) {
      const extra = this.extraTargets.get(focus);
      if (extra !== undefined) {
        extra.done = true;
        add(extra.shapes);
      }
    }
    return several ?? one;
  }

  // the node being checked against own shapes, for the two callbacks below (made once, not per node)
  private ownFocus = '';
  private ownBits = 0;
  private ownFocusTerm: Term | undefined;
  private readonly emitOwn: Emit = (source, component, value, path, found, focus) =>
    this.ownResult(focus === undefined ? this.ownFocus : nodeId(focus), source, component, value, path, this.key(), focus ?? this.ownFocusTerm, found);
  private readonly deferOwn: Defer = (source, constraint, value) => {
    const check = this.deferredChecks.get(source)?.get(constraint);
    if (check === undefined) throw new Error(`profielkit: no deferred check for ${source.id}`);
    const focus = this.ownFocus;
    const target = nodeId(value);
    const bits = target === focus ? this.ownBits : this.typesOf.recentBits(target);
    const key = this.key();
    if (bits !== undefined) this.checkDeferred({ focus, shape: check, value, key }, bits);
    else this.wait(target, focus, check, value, key);
  };

  /** Validates a node against a shape of one's own; a check that needs a node not at hand waits for it. */
  private checkOwn(focus: string, shape: ShapeDef, view: NodeView, focusBits: number, focusTerm?: Term): void {
    this.ownFocus = focus;
    this.ownBits = focusBits;
    this.ownFocusTerm = focusTerm;
    validateShape(shape, view, this.context, this.emitOwn, this.deferOwn);
  }

  /**
   * The one result builder of both loops (the profile form's and the evaluator's): the reader's
   * component IRI, the shape's message or the component's default text, the count found.
   * `closedPath`: the predicate a result is about where it is not the shape's path (sh:closed);
   * `origin`: a profile's shape, whose report graph says no more than the typed result.
   */
  private ownResult(
    focus: string,
    shape: ShapeDef,
    component: string,
    value: Term | undefined,
    closedPath: string | undefined,
    key: number,
    focusTerm?: Term,
    found?: number,
    origin?: ShapeOrigin,
  ): void {
    if (!this.kept.wants(shape.severity, key)) return;
    const path = closedPath ?? shape.predicate;
    const kept = value === undefined ? undefined : ownTerm(value);
    const text = shape.messages.get(this.lang) ?? shape.messages.get('') ?? shape.messages.values().next().value ?? constraintMessage(component, path, this.lang);
    // a cardinality result says what it found, as the profile's do
    const message = found === undefined ? text : foundCount(text, this.lang, found);
    const result: ValidationResult = {
      // a node's blank node label as reports write it; a literal focus node (sh:targetNode) as its lexical form
      focusNode: focusTerm?.termType === 'Literal' ? own(focus) : reportNodeId(own(focus)),
      ...focusLiteralOf(focusTerm),
      path,
      severity: shape.severity,
      constraint: component,
      ...(kept === undefined ? { value: undefined } : valueOf(kept)),
      message,
      sourceShape: shape.id,
      origin,
    };
    const dropped = this.kept.add(result, key);
    if (dropped) {
      this.valueTerms.delete(dropped);
      this.focusTerms.delete(dropped);
      this.details.delete(dropped);
    }
    if (kept !== undefined) this.valueTerms.set(result, kept);
    // what the typed result cannot say, for the report graph: a path expression, the messages as written, a severity of one's own
    const pathExpression = closedPath === undefined && shape.path !== undefined && shape.path.kind !== 'predicate' ? shape.path : undefined;
    const ownSeverity = shape.severityIri !== SH(shape.severity);
    const detailed = pathExpression !== undefined || shape.messageTerms.length > 0 || ownSeverity;
    if (origin === undefined && detailed) {
      this.details.set(result, {
        ...(pathExpression === undefined ? {} : { path: pathExpression }),
        ...(shape.messageTerms.length > 0 ? { messages: shape.messageTerms } : {}),
        ...(shape.severityIri !== SH(shape.severity) ? { severity: shape.severityIri } : {}),
      });
    }
    if (focusTerm !== undefined && focusTerm.termType === 'Literal') this.focusTerms.set(result, focusTerm);
  }

  /** Focus nodes that never came as subjects (sh:targetNode, sh:targetObjectsOf): nodes without triples. */
  private finishExtraTargets(): void {
    for (const entry of this.extraTargets.values()) {
      if (entry.done) continue;
      entry.done = true;
      this.nextKey = this.nodes++ * SLOTS;
      this.lastKey = this.nextKey + SLOTS - 1;
      this.nodesChecked++;
      const view = entry.term.termType === 'Literal' ? emptyView(entry.term) : this.context.view(entry.term) ?? emptyView(entry.term);
      for (const shape of entry.shapes) this.checkOwn(nodeId(entry.term), shape, view, 0, entry.term);
    }
  }

  /** The key of the current node's next result. */
  private key(): number {
    return this.nextKey < this.lastKey ? this.nextKey++ : this.lastKey;
  }

  /** A result of the profile form's loop, through the one result builder. */
  private result(
    focus: string,
    shape: CompiledShape,
    component: string,
    value: Term | undefined,
    found: number | undefined,
    key: number,
  ): void {
    this.ownResult(focus, shape.def, component, value, undefined, key, undefined, found, shape.origin);
  }

  // the profile form's node and shape for `offender` (made once, not per node)
  private pairFocus = '';
  private pairShape: CompiledShape | undefined;
  private pairComponent = '';
  private readonly offender = (value: Term): void =>
    this.result(this.pairFocus, this.pairShape!, this.pairComponent, value, undefined, this.key());

  /** A property shape in the profile form: the evaluator's checks (shapes-eval.ts), in one loop over its values. */
  private check(focus: string, shape: CompiledShape, focusBits: number): void {
    const values = this.values.get(shape.path) ?? NO_VALUES;
    for (const c of shape.counts) {
      if (!countHolds(c, values.length)) this.result(focus, shape, c.component, undefined, values.length, this.key());
    }
    for (const c of shape.pairs) {
      this.pairFocus = focus;
      this.pairShape = shape;
      this.pairComponent = c.component;
      pairOffenders(c, values, this.values.get(c.path) ?? NO_VALUES, this.offender);
    }
    for (const value of values) {
      for (const c of shape.values) {
        if (!c.test(value)) this.result(focus, shape, c.component, value, undefined, this.key());
      }
      const classCheck = shape.classCheck;
      if (classCheck === undefined) continue;
      // a value the sh:or takes without a class (a literal: the waarde shape reports it, with the fix)
      if (classCheck.passes(value)) continue;
      // sh:class: a literal is no instance of a class (the profiles' sh:or took it above)
      if (value.termType === 'Literal') {
        this.result(focus, shape, classCheck.component, value, undefined, this.key());
        continue;
      }
      const target = nodeId(value);
      // a node finished and still in memory is answered now; any other when it comes, or at the end
      const bits = target === focus ? focusBits : this.typesOf.recentBits(target);
      const key = this.key();
      if (bits !== undefined) this.checkClass(focus, shape, value, bits, key);
      else this.wait(target, focus, shape, value, key);
    }
  }

  /** Whether a value whose node has these type bits is an instance of one of the classes the shape asks for. */
  private classHolds(shape: CompiledShape, value: Term, bits: number): boolean {
    return isInstance(value, shape.classCheck!.classes, (c) => ((this.classBit.get(c) ?? 0) & bits) !== 0);
  }

  private checkClass(focus: string, shape: CompiledShape, value: Term, bits: number, key: number): void {
    if (this.classHolds(shape, value, bits)) return;
    this.result(focus, shape, shape.classCheck!.component, value, undefined, key);
  }

  /** A check waits for the node `target` (the value's id); one whose result could only be counted waits as a number. */
  private wait(target: string, focus: string, check: Deferred, value: Term, key: number): void {
    if (this.kept.couldKeep(severityOf(check), key)) this.pending.add(own(target), { focus: own(focus), shape: check, value: ownTerm(value), key });
    // a code list's concept every record points at: one entry, copied once
    else if (!this.pending.countAgain(target, check)) this.pending.addCounted(own(target), check, ownTerm(value));
  }

  /** Answers a check that waited for the node its value points at, from that node's bits (0: it never came). */
  private checkDeferred(reference: PendingReference<Deferred>, bits: number): void {
    const { focus, shape: check, value, key, count } = reference;
    const holds =
      'constraint' in check
        ? answerDeferred(check.constraint, value, {
            present: this.presentBit !== 0 && (bits & this.presentBit) !== 0,
            hasClass: (cls: string) => ((this.classBit.get(cls) ?? 0) & bits) !== 0,
            conformsTo: (shape: ShapeDef) => ((this.atomBit.get(shape) ?? 0) & bits) !== 0,
          })
        : this.classHolds(check, value, bits);
    if (holds) return;
    // a counted entry stands for `count` references whose results would not be kept
    if (count !== undefined) this.kept.countOnly(severityOf(check), count);
    else if ('constraint' in check) this.ownResult(focus, check.shape, check.constraint.component, value, undefined, key);
    else this.result(focus, check, check.classCheck!.component, value, undefined, key);
  }

  /** Ends the input: checks the last node and every reference still waiting. */
  finish(): this {
    try {
      this.finishNode();
      this.finishExtraTargets();
      // the nodes these point at were finished and pushed out of memory, or never came. With every
      // node's types in memory each is answered at once; else a batch at a time, one read of the spill each
      if (this.typesOf.allInMemory) {
        for (const batch of this.pending.remaining(1024)) {
          for (const [target, reference] of batch) this.checkDeferred(reference, this.typesOf.bitsInMemory(target));
        }
      } else {
        for (const batch of this.pending.remaining(1 << 16)) {
          const bits = this.typesOf.bitsOf(batch.map(([target]) => target));
          for (const [target, reference] of batch) this.checkDeferred(reference, bits.get(target) ?? 0);
        }
      }
      return this;
    } finally {
      this.dispose();
    }
  }

  /**
   * Records the types of a node of another part (of an input validated in parts) whose triples were
   * all read, without checking it: references to it are then answered at once. For the shared nodes
   * at an export's head (a descriptor every record points at).
   */
  primeTypes(node: string, types: readonly string[]): void {
    let bits = 0;
    for (const t of types) bits |= this.classBit.get(t) ?? 0;
    if (bits !== 0) this.typesOf.set(own(node), bits);
  }

  /**
   * Ends one part of an input validated in parts (threads): checks the last node and the references
   * to nodes of this part; returns the nodes the other references point at, which other parts may
   * hold (their types go to `finishDeferred`).
   */
  finishPart(): string[] {
    this.finishNode();
    const deferred = new Map<string, PendingReference<Deferred>[]>();
    for (const batch of this.pending.remaining(1 << 16)) {
      const bits = this.typesOf.bitsOf(batch.map(([target]) => target));
      for (const [target, reference] of batch) {
        const found = bits.get(target) ?? 0;
        if (found !== 0) this.checkDeferred(reference, found);
        else {
          const list = deferred.get(target);
          if (list) list.push(reference);
          else deferred.set(target, [reference]);
        }
      }
    }
    this.deferred = deferred;
    return [...deferred.keys()];
  }

  /** The type bits of those of `nodes` this part holds (for another part's references). */
  bitsOf(nodes: readonly string[]): Map<string, number> {
    const found = this.typesOf.bitsOf(nodes);
    for (const [node, bits] of found) if (bits === 0) found.delete(node);
    return found;
  }

  /** Checks the references `finishPart` could not, with the types the other parts gave (0: no part holds the node). */
  finishDeferred(bits: ReadonlyMap<string, number>): this {
    try {
      for (const [target, references] of this.deferred ?? []) {
        for (const reference of references) this.checkDeferred(reference, bits.get(target) ?? 0);
      }
      this.deferred = undefined;
      return this;
    } finally {
      this.dispose();
    }
  }

  /** The kept results with their keys (for merging parts). */
  keyedResults(): KeyedResult[] {
    return this.kept.keyed();
  }

  /** Removes the spill files (`finish` does; call it when giving up on the input). */
  dispose(): void {
    this.typesOf.dispose();
    this.pending.dispose();
  }
}

/** keys per node: a node's results are ordered by the check that found them, up to this many apart */
export const SLOTS = 4096;

/** Validates a dataset in memory on the fast path (its quads grouped by subject here). */
export function validateDatasetFast(target: FastTarget, data: DatasetCore, lang: Lang = 'nl'): FastValidator {
  // the data is in memory already: keeping every node's types costs little beside it
  const validator = new FastValidator(target, lang, { types: Number.POSITIVE_INFINITY, references: Number.POSITIVE_INFINITY }, data);
  const store = data as DatasetCore & { getSubjects?: (p: null, o: null, g: null) => Term[]; getQuads?: (s: Term, p: null, o: null, g: null) => Quad[] };
  if (typeof store.getSubjects === 'function' && typeof store.getQuads === 'function') {
    // an N3.Store hands out each subject's quads directly
    for (const subject of store.getSubjects(null, null, null)) for (const quad of store.getQuads(subject, null, null, null)) validator.add(quad);
  } else {
    const bySubject = new Map<string, Quad[]>();
    for (const quad of data) {
      const key = nodeId(quad.subject);
      const list = bySubject.get(key);
      if (list) list.push(quad);
      else bySubject.set(key, [quad]);
    }
    for (const quads of bySubject.values()) for (const quad of quads) validator.add(quad);
  }
  return validator.finish();
}
