/**
 * The fast path's validator: a node's triples come in (grouped by subject, as exports are written, or
 * grouped here from a dataset in memory), and when the node is finished it is checked against the
 * compiled rules: a profile's (compile.ts) in the profile form's loop (`check`), and shapes of one's
 * own in that loop where they fit it, else by their evaluator (shapes-eval.ts). Its jobs are each in
 * a module of their own: the values of the node being read (node-values.ts) or of any node of a
 * dataset in memory (dataset-view.ts), the references that wait for the node they point at
 * (references.ts), the results (results.ts), an input validated in parts (parts.ts).
 *
 * On a stream what it keeps is bounded (`FastBudget`), the rest spilled to a temporary file, so memory
 * does not grow with the number of records. That the stream is grouped is the caller's to check
 * (`GroupingCheck`). Input it cannot take makes it throw `FallbackNeeded` (fallback.ts): shapes using
 * a SHACL feature it does not implement, shapes that need the whole graph on a stream, data with
 * `rdfs:subClassOf` triples on a stream; the caller then takes the reference path.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { factory, nodeId } from '../../rdf/terms.js';
import type { Lang, ResultCounts, ValidationResult } from '../types.js';
import { compileOwnByClass, compileProfile, type CompiledProfile, type CompiledShape } from './compile.js';
import type { KeyedResult } from './kept-results.js';
import { compileShapes, type ShapeRules } from './compile-shapes.js';
import { countHolds, emptyView, pairOffenders, validateShape } from './shapes-eval.js';
import type { Defer, Emit, EvalContext, NodeView } from './shapes-eval.js';
import { literalKey, type ShapeDef } from './shapes-read.js';
import { datasetGraph } from './paths.js';
import type { ResultDetail } from './report.js';
import { FallbackNeeded } from './fallback.js';
import { datasetView, SUBCLASS_OF, superclassesOf, withSuperclasses } from './dataset-view.js';
import { NodeValues } from './node-values.js';
import { FastResults, own } from './results.js';
import { References } from './references.js';
import { PartReferences } from './parts.js';

export { FallbackNeeded } from './fallback.js';

/** What the fast path validates against: a profile, shapes of one's own, or both. */
export type FastTarget =
  | ProfileDeclaration
  | { readonly declaration?: ProfileDeclaration; readonly shapes?: DatasetCore };

/** A target as its two parts (a declaration alone is a profile without shapes of one's own). */
export function targetParts(target: FastTarget): {
  readonly declaration?: ProfileDeclaration;
  readonly shapes?: DatasetCore;
} {
  return 'classes' in target ? { declaration: target } : target;
}

const EMPTY_PROFILE: CompiledProfile = {
  covered: true,
  shapesByType: new Map(),
  predicates: new Set(),
  referencedClasses: new Set(),
};

/**
 * How much the fast path keeps in memory: the rest goes to a spill file (`TypeIndex`) or is counted only
 * (`KeptResults`).
 */
export interface FastBudget {
  /** finished nodes whose types are kept in memory for references */
  readonly types?: number;
  /** references waiting for their node, kept in memory */
  readonly references?: number;
  /** results kept (violations first); the rest are counted */
  readonly results?: number;
}

/** keys per node: a node's results are ordered by the check that found them, up to this many apart */
export const SLOTS = 4096;

/** A focus node that need not be a subject (sh:targetNode, sh:targetObjectsOf); `done` once validated. */
interface ExtraTarget {
  readonly term: Term;
  readonly shapes: ShapeDef[];
  done: boolean;
}

export class FastValidator {
  /**
   * the profile's rules, and shapes of one's own compiled to the same form (`compileOwnByClass`), by the
   * type they apply to
   */
  private readonly shapesByType: ReadonlyMap<string, readonly CompiledShape[]>;
  /** the own shapes the evaluator validates, by target class (those not in `shapesByType`) */
  private ownByClass: ReadonlyMap<string, readonly ShapeDef[]> | undefined;
  /** shapes of one's own, when given */
  private readonly own: ShapeRules | undefined;
  /** focus nodes that need not be subjects, by node id or literal key */
  private readonly extraTargets = new Map<string, ExtraTarget>();
  private readonly context: EvalContext;
  /** each class of the data's rdfs:subClassOf triples with every class above it (in memory only) */
  private readonly superclasses: ReadonlyMap<string, readonly string[]> | undefined;
  /** the node being read */
  private readonly node: NodeValues;
  private readonly found: FastResults;
  private readonly references: References;
  private readonly parts: PartReferences;
  /** the rdf:type objects seen, for telling which profiles apply to an input */
  readonly classesSeen = new Set<string>();
  /** the focus nodes: nodes with a class some shape targets */
  nodesChecked = 0;
  /** the nodes finished so far: the place of the current node in the input */
  nodes = 0;
  /** the key of the current node's next result (see `KeptResults`) */
  private nextKey = 0;
  private lastKey = 0;

  /**
   * @param data the dataset the triples come from, when it is in memory: shapes of one's own may then
   *   look at any node, and `sh:targetObjectsOf` is answered from it; without it (a stream) such shapes
   *   make the constructor throw `FallbackNeeded`
   */
  constructor(target: FastTarget, lang: Lang = 'nl', budget: FastBudget = {}, data?: DatasetCore) {
    const { declaration, shapes: ownShapes } = targetParts(target);
    const rules = declaration ? compileProfile(declaration) : EMPTY_PROFILE;
    this.shapesByType = rules.shapesByType;
    if (!rules.covered) throw new FallbackNeeded('the shapes use a SHACL feature the fast path does not implement');
    const predicates = new Set(rules.predicates);
    const classes = new Set(rules.referencedClasses);
    if (ownShapes !== undefined) {
      const compiled = compileShapes(ownShapes, declaration);
      if (!compiled.ok) throw new FallbackNeeded(compiled.why);
      this.own = compiled.rules;
      const { plan, read } = compiled.rules;
      if (data === undefined && plan.needsMemory !== undefined) throw new FallbackNeeded(plan.needsMemory);
      if (data === undefined && read.byObjectOf.size > 0) {
        throw new FallbackNeeded('sh:targetObjectsOf needs the whole graph');
      }
      for (const p of plan.predicates) predicates.add(p);
      for (const p of read.bySubjectOf.keys()) predicates.add(p);
      // own node shapes of the profiles' kind (class targets, property shapes of counts, term tests and
      // classes) are checked in the profile's loop; the evaluator keeps the rest
      const byNode = [...read.byNode.values()].map((e) => e.shapes);
      const elsewhere = new Set([...read.bySubjectOf.values(), ...read.byObjectOf.values(), ...byNode].flat());
      const fitted = compileOwnByClass(read.byClass, elsewhere);
      if (fitted.taken.size > 0) {
        const merged = new Map<string, CompiledShape[]>([...rules.shapesByType].map(([t, list]) => [t, [...list]]));
        for (const [t, list] of fitted.shapesByType) merged.set(t, [...(merged.get(t) ?? []), ...list]);
        this.shapesByType = merged;
        // the classes their class checks ask for (an sh:or of classes is no class of the plan's): without
        // a bit, a value of one of them was taken for a node without it
        for (const list of fitted.shapesByType.values()) {
          for (const s of list) for (const c of s.classCheck?.classes ?? []) classes.add(c);
        }
        this.ownByClass = new Map(
          [...read.byClass]
            .map(([t, list]) => [t, list.filter((shape) => !fitted.taken.has(shape))] as const)
            .filter(([, list]) => list.length > 0),
        );
      }
      for (const c of plan.classes) classes.add(c);
      for (const [key, { term, shapes }] of read.byNode) {
        this.extraTargets.set(key, { term, shapes: [...shapes], done: false });
      }
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
    this.node = new NodeValues(predicates, this.own?.plan.allPredicates ?? false);
    this.found = new FastResults(lang, budget.results);
    this.references = new References(
      {
        classes,
        atoms: this.own?.plan.atoms ?? [],
        classChecks: new Set([...this.shapesByType.values()].flat().filter((shape) => shape.classCheck)),
        ownShapes: this.ownShapesAll(),
        types: budget.types,
        references: budget.references,
      },
      this.found,
    );
    this.parts = new PartReferences(this.references);
    if (data !== undefined && data.match(null, factory.namedNode(SUBCLASS_OF), null).size > 0) {
      this.superclasses = superclassesOf(data);
    }
    const superclasses = this.superclasses;
    this.context =
      data === undefined
        ? { view: () => undefined }
        : { view: (node) => datasetView(data, node, superclasses), graph: datasetGraph(data) };
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
    return this.found.list();
  }

  /** How many results there are of each severity, kept or not. */
  get counts(): ResultCounts {
    return this.found.counts;
  }

  /** Each kept result's value as the term it was, for the W3C report graph. */
  get valueTerms(): ReadonlyMap<ValidationResult, Term> {
    return this.found.valueTerms;
  }

  /** Each kept result's focus node as the term it was, where that is a literal. */
  get focusTerms(): ReadonlyMap<ValidationResult, Term> {
    return this.found.focusTerms;
  }

  /** What the report graph says of a kept result beyond its typed fields (see `ResultDetail`). */
  get details(): ReadonlyMap<ValidationResult, ResultDetail> {
    return this.found.details;
  }

  /** Adds one quad of a stream grouped by subject (which the caller checks: see `GroupingCheck`). */
  add(quad: Quad): void {
    const s = quad.subject;
    this.addTriple(s.termType === 'BlankNode' ? `_:${s.value}` : s.value, quad.predicate.value, quad.object);
  }

  /** Adds one triple, its subject as a node id (an IRI, or `_:label`): as `add`, without a quad. */
  addTriple(s: string, p: string, object: Term): void {
    // SHACL follows rdfs:subClassOf in the data; in memory they are all known beforehand (`superclasses`)
    if (p === SUBCLASS_OF && this.superclasses === undefined) {
      throw new FallbackNeeded('the data holds rdfs:subClassOf triples, which SHACL follows');
    }
    if (s !== this.node.id) {
      this.finishNode();
      this.node.start(s);
    }
    this.node.add(p, object);
  }

  /** Starts the keys of the next node's results. */
  private nextNode(): void {
    this.nextKey = this.nodes++ * SLOTS;
    this.lastKey = this.nextKey + SLOTS - 1;
  }

  /** The key of the current node's next result. */
  private key(): number {
    return this.nextKey < this.lastKey ? this.nextKey++ : this.lastKey;
  }

  private finishNode(): void {
    const node = this.node;
    const focus = node.id;
    if (focus === undefined) return;
    this.nextNode();
    if (this.superclasses !== undefined && node.types.length > 0) {
      node.types = withSuperclasses(node.types, this.superclasses);
    }
    for (const t of node.types) if (!this.classesSeen.has(t)) this.classesSeen.add(own(t));
    const view = this.own === undefined ? undefined : node;
    let bits = this.references.classBits(node.types);
    if (view !== undefined) bits |= this.references.shapeBits(view, this.context);
    this.references.finished(focus, bits);
    // the shapes of the node's classes, each once; most nodes have one targeted class, whose list is it
    let applied: Iterable<CompiledShape> | undefined;
    let several: Set<CompiledShape> | undefined;
    for (const type of node.types) {
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
    if (ownApplied !== undefined && view !== undefined) {
      for (const shape of ownApplied) this.checkOwn(focus, shape, view, bits);
    }
    node.clear();
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
    for (const [p, shapes] of read.bySubjectOf) if (view.values(p).length > 0) add(shapes);
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
  private readonly emitOwn: Emit = (shape, component, value, closedPath, found, focus) =>
    this.found.add({
      focus: focus === undefined ? this.ownFocus : nodeId(focus),
      shape,
      component,
      value,
      closedPath,
      key: this.key(),
      focusTerm: focus ?? this.ownFocusTerm,
      found,
    });
  private readonly deferOwn: Defer = (shape, constraint, value) =>
    this.references.check(this.ownFocus, this.references.ownCheck(shape, constraint), value, this.key(), this.ownBits);

  /** Validates a node against a shape of one's own; a check that needs a node not at hand waits for it. */
  private checkOwn(focus: string, shape: ShapeDef, view: NodeView, focusBits: number, focusTerm?: Term): void {
    this.ownFocus = focus;
    this.ownBits = focusBits;
    this.ownFocusTerm = focusTerm;
    validateShape(shape, view, this.context, this.emitOwn, this.deferOwn);
  }

  /** Focus nodes that never came as subjects (sh:targetNode, sh:targetObjectsOf): nodes without triples. */
  private finishExtraTargets(): void {
    for (const entry of this.extraTargets.values()) {
      if (entry.done) continue;
      entry.done = true;
      this.nextNode();
      this.nodesChecked++;
      const term = entry.term;
      const view = term.termType === 'Literal' ? emptyView(term) : (this.context.view(term) ?? emptyView(term));
      for (const shape of entry.shapes) this.checkOwn(nodeId(term), shape, view, 0, term);
    }
  }

  // the profile form's node and shape for `offender` (made once, not per node)
  private pairFocus = '';
  private pairShape: CompiledShape | undefined;
  private pairComponent = '';
  private readonly offender = (value: Term): void => {
    const shape = this.pairShape!;
    const { pairFocus: focus, pairComponent: component } = this;
    this.found.add({ focus, shape: shape.def, origin: shape.origin, component, value, key: this.key() });
  };

  /** A property shape in the profile form: the evaluator's checks (shapes-eval.ts), in one loop over its values. */
  private check(focus: string, shape: CompiledShape, focusBits: number): void {
    const values = this.node.values(shape.path);
    const { def, origin } = shape;
    for (const c of shape.counts) {
      if (!countHolds(c, values.length)) {
        this.found.add({ focus, shape: def, origin, component: c.component, found: values.length, key: this.key() });
      }
    }
    for (const c of shape.pairs) {
      this.pairFocus = focus;
      this.pairShape = shape;
      this.pairComponent = c.component;
      pairOffenders(c, values, this.node.values(c.path), this.offender);
    }
    for (const value of values) {
      for (const c of shape.values) {
        if (c.test(value)) continue;
        this.found.add({ focus, shape: def, origin, component: c.component, value, key: this.key() });
      }
      const classCheck = shape.classCheck;
      if (classCheck === undefined) continue;
      // a value the sh:or takes without a class (a literal: the waarde shape reports it, with the fix)
      if (classCheck.passes(value)) continue;
      // sh:class: a literal is no instance of a class (the profiles' sh:or took it above)
      if (value.termType === 'Literal') {
        this.found.add({ focus, shape: def, origin, component: classCheck.component, value, key: this.key() });
        continue;
      }
      // a node finished and still in memory is answered now; any other when it comes, or at the end
      this.references.check(focus, shape, value, this.key(), focusBits);
    }
  }

  /** Ends the input: checks the last node and every reference still waiting. */
  finish(): this {
    try {
      this.finishNode();
      this.finishExtraTargets();
      this.references.finish();
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
    this.references.prime(node, types);
  }

  /**
   * Ends one part of an input validated in parts (threads): checks the last node and the references
   * to nodes of this part; returns the nodes the other references point at, which other parts may
   * hold (their types go to `finishDeferred`).
   */
  finishPart(): string[] {
    this.finishNode();
    return this.parts.setAside();
  }

  /** The type bits of those of `nodes` this part holds (for another part's references). */
  bitsOf(nodes: readonly string[]): Map<string, number> {
    return this.parts.bitsOf(nodes);
  }

  /** Checks the references `finishPart` could not, with the types the other parts gave (0: no part holds the node). */
  finishDeferred(bits: ReadonlyMap<string, number>): this {
    try {
      this.parts.answer(bits);
      return this;
    } finally {
      this.dispose();
    }
  }

  /** The kept results with their keys (for merging parts). */
  keyedResults(): KeyedResult[] {
    return this.found.keyed();
  }

  /** Removes the spill files (`finish` does; call it when giving up on the input). */
  dispose(): void {
    this.references.dispose();
  }
}

/** Validates a dataset in memory on the fast path (its quads grouped by subject here). */
export function validateDatasetFast(target: FastTarget, data: DatasetCore, lang: Lang = 'nl'): FastValidator {
  // the data is in memory already: keeping every node's types costs little beside it
  const budget = { types: Number.POSITIVE_INFINITY, references: Number.POSITIVE_INFINITY };
  const validator = new FastValidator(target, lang, budget, data);
  const store = data as DatasetCore & {
    getSubjects?: (p: null, o: null, g: null) => Term[];
    getQuads?: (s: Term, p: null, o: null, g: null) => Quad[];
  };
  if (typeof store.getSubjects === 'function' && typeof store.getQuads === 'function') {
    // an N3.Store hands out each subject's quads directly
    for (const subject of store.getSubjects(null, null, null)) {
      for (const quad of store.getQuads(subject, null, null, null)) validator.add(quad);
    }
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
