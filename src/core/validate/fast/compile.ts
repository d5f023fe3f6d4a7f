/**
 * The profile's rules as the engine's plain functions. They are compiled from the profile's generated
 * shapes graph by the reader of shapes of one's own (shapes-read.ts): one reading of each constraint
 * component (sh:maxLength counts characters, sh:pattern is XPath's, sh:in is term equality, a bound
 * fails on an ill-typed value) on every path, so that a rule cannot mean two things. What this module
 * adds is the engine's form of a property shape: the reader's own constraints sorted for one loop
 * (counts, pairs, term tests, a class check answered from the type bits of the node a value points at),
 * and where each result came from (`ShapeOrigin`). The checks themselves are those of the evaluator
 * (`countHolds`, `pairOffenders`, `isInstance` in shapes-eval.ts, and the reader's term tests).
 */
import type { Term } from '@rdfjs/types';
import { classAndSubclassIris, modelOf } from '../../schema/model.js';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { factory, SH, termKey } from '../../rdf/terms.js';
import { compare } from '../../rdf/compare.js';
import { shapeIri, type ShapeOrigin } from '../../shapes/generate.js';
import type { Severity } from '../types.js';
import { shapesDataset } from '../../shapes/dataset.js';
import { readShapeDefs, type ShapeDef } from './shapes-read.js';
import type { CountConstraint, PairConstraint, TermConstraint } from './shapes-eval.js';

/** A reference's class check, resolved against the node types once they are known. */
export interface ClassCheck {
  /** the reader's constraint component: sh:class, or the sh:or that holds the classes */
  readonly component: string;
  /** the class IRIs any of which the value must have */
  readonly classes: readonly string[];
  /** a value that passes without a class (the other members of the sh:or: a literal is the waarde shape's result) */
  readonly passes: (value: Term) => boolean;
}

/** A property shape of the generated shapes, as functions. */
export interface CompiledShape {
  readonly iri: string;
  readonly path: string;
  readonly severity: Severity;
  /** for a profile's shape: the class and property it belongs to */
  readonly origin: ShapeOrigin | undefined;
  /** the shape as read: its messages and severity, for the one result builder of both loops */
  readonly def: ShapeDef;
  /** sh:minCount, sh:maxCount, as read */
  readonly counts: readonly CountConstraint[];
  /** sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals, as read */
  readonly pairs: readonly PairConstraint[];
  /** the term tests, as read */
  readonly values: readonly TermConstraint[];
  readonly classCheck?: ClassCheck;
}

export interface CompiledProfile {
  /**
   * false when the generated shapes use a SHACL feature these functions do not implement: the
   * reference engine then validates, so that a new kind of rule can never be skipped silently
   */
  readonly covered: boolean;
  /** the property shapes that apply to a node with this rdf:type */
  readonly shapesByType: ReadonlyMap<string, readonly CompiledShape[]>;
  /** every predicate any shape reads: only these values need to be kept per node */
  readonly predicates: ReadonlySet<string>;
  /** class IRIs that references ask for: only these types need to be kept per node */
  readonly referencedClasses: ReadonlySet<string>;
}

/** The rules in the order a property's results come (as the generated shapes list them per property). */
const RULE_ORDER = [
  'aantal',
  'waarde',
  'klasse',
  'volgorde',
  'codelijst',
] as const satisfies readonly ShapeOrigin['rule'][];

class NotCompiled extends Error {}

/** A node shape that reads only the value's term, as one test (the members of the profiles' sh:or). */
function termTest(shape: ShapeDef): ((v: Term) => boolean) | undefined {
  if (shape.path !== undefined || shape.properties.length > 0 || shape.deactivated) return undefined;
  const tests: ((v: Term) => boolean)[] = [];
  for (const c of shape.constraints) {
    if (c.kind !== 'term') return undefined;
    tests.push(c.test);
  }
  return tests.length === 1 ? tests[0] : (v) => tests.every((t) => t(v));
}

/**
 * A generated property shape, read by the reader of shapes of one's own (shapes-read.ts), as the
 * engine's plain functions: counts, term tests, a class check (sh:or of term tests and sh:class), an
 * order. Anything else is not compiled here, and the reference engine validates.
 */
function fromShapeDef(def: ShapeDef, origin: ShapeOrigin | undefined): CompiledShape {
  if (def.predicate === undefined || def.properties.length > 0 || def.deactivated) throw new NotCompiled(def.id);
  let classCheck: ClassCheck | undefined;
  const counts: CountConstraint[] = [];
  const pairs: PairConstraint[] = [];
  const values: TermConstraint[] = [];
  for (const c of def.constraints) {
    if (c.kind === 'count') counts.push(c);
    else if (c.kind === 'term') values.push(c);
    else if (c.kind === 'pair') pairs.push(c);
    else if (c.kind === 'class' && classCheck === undefined) {
      classCheck = { component: c.component, classes: [c.cls], passes: () => false };
    } else if (c.kind === 'shapes' && c.logic === 'or' && classCheck === undefined) {
      const passes: ((v: Term) => boolean)[] = [];
      const classes: string[] = [];
      for (const member of c.shapes) {
        const test = termTest(member);
        const only = member.constraints[0];
        if (test !== undefined) passes.push(test);
        else if (
          member.constraints.length === 1 &&
          only?.kind === 'class' &&
          member.path === undefined &&
          member.properties.length === 0 &&
          !member.deactivated
        )
          classes.push(only.cls);
        else throw new NotCompiled(def.id);
      }
      // one member's test as it is, two as one expression: this runs for every value of every record
      const [first, second] = passes;
      const pass =
        first !== undefined && passes.length === 1
          ? first
          : first !== undefined && second !== undefined && passes.length === 2
            ? (v: Term) => first(v) || second(v)
            : (v: Term) => passes.some((t) => t(v));
      if (classes.length > 0) classCheck = { component: c.component, classes, passes: pass };
      else values.push({ kind: 'term', component: c.component, test: pass });
    } else throw new NotCompiled(def.id);
  }
  return {
    iri: def.id,
    path: def.predicate,
    severity: def.severity,
    origin,
    def,
    counts,
    pairs,
    values,
    ...(classCheck === undefined ? {} : { classCheck }),
  };
}

const compiled = new WeakMap<ProfileDeclaration, CompiledProfile>();

/** The profile's shapes as functions (compiled once per declaration, from its generated shapes graph). */
export function compileProfile(declaration: ProfileDeclaration): CompiledProfile {
  const cached = compiled.get(declaration);
  if (cached) return cached;
  const model = modelOf(declaration);
  const graph = shapesDataset(declaration);
  const shapesByType = new Map<string, CompiledShape[]>();
  const predicates = new Set<string>();
  const referencedClasses = new Set<string>();
  let covered = true;
  const iris: string[] = [];
  const origins: ShapeOrigin[] = [];
  const classOf: string[] = [];
  for (const c of model.classes.values()) {
    for (const p of c.properties) {
      if (p.declaredOn !== c.key) continue;
      for (const rule of RULE_ORDER) {
        const iri = shapeIri(declaration, `${c.key}-${p.key}-${rule}`);
        if (graph.match(factory.namedNode(iri) as never, null, null).size === 0) continue;
        iris.push(iri);
        origins.push({ className: c.key, property: p.key, rule });
        classOf.push(c.key);
      }
    }
  }
  // the node shapes too: a rule on one the reader does not implement must not be skipped
  const nodeShapes = [...graph.match(null, factory.namedNode(SH('targetClass')) as never, null)].map((q) => q.subject);
  const read = readShapeDefs(graph, [...nodeShapes, ...iris.map((iri) => factory.namedNode(iri))]);
  const own = new Map<string, CompiledShape[]>();
  if (!read.ok) covered = false;
  else {
    for (const node of read.shapes.slice(0, nodeShapes.length))
      if (node.constraints.length > 0 || node.path !== undefined) covered = false;
    read.shapes.slice(nodeShapes.length).forEach((def, i) => {
      try {
        const shape = fromShapeDef(def, origins[i] as ShapeOrigin);
        const list = own.get(classOf[i] as string);
        if (list) list.push(shape);
        else own.set(classOf[i] as string, [shape]);
        predicates.add(shape.path);
        for (const pair of shape.pairs) predicates.add(pair.path);
        for (const cls of shape.classCheck?.classes ?? []) referencedClasses.add(cls);
      } catch (error) {
        if (!(error instanceof NotCompiled)) throw error;
        covered = false;
      }
    });
  }
  for (const c of model.classes.values()) {
    const shapes = own.get(c.key) ?? [];
    for (const target of classAndSubclassIris(model, c.key))
      shapesByType.set(target, [...(shapesByType.get(target) ?? []), ...shapes]);
  }
  const result = { covered, shapesByType, predicates, referencedClasses };
  compiled.set(declaration, result);
  return result;
}

/**
 * Shapes of one's own in the engine's form of the profiles' rules, where they fit it: a node shape
 * that only class targets select, with nothing but property shapes that `fromShapeDef` compiles. They
 * are then checked in the same loop as the profile's (`shapesByType`), and leave the evaluator.
 */
export function compileOwnByClass(
  byClass: ReadonlyMap<string, readonly ShapeDef[]>,
  elsewhere: ReadonlySet<ShapeDef>,
): { readonly shapesByType: Map<string, CompiledShape[]>; readonly taken: ReadonlySet<ShapeDef> } {
  const shapesByType = new Map<string, CompiledShape[]>();
  const taken = new Set<ShapeDef>();
  const compiledOf = new Map<ShapeDef, CompiledShape[] | undefined>();
  const compile = (shape: ShapeDef): CompiledShape[] | undefined => {
    if (compiledOf.has(shape)) return compiledOf.get(shape);
    let out: CompiledShape[] | undefined;
    if (!elsewhere.has(shape) && shape.path === undefined && !shape.deactivated && shape.constraints.length === 0) {
      try {
        out = shape.properties.map((p) => fromShapeDef(p, undefined));
      } catch (error) {
        if (!(error instanceof NotCompiled)) throw error;
      }
    }
    compiledOf.set(shape, out);
    return out;
  };
  for (const [cls, shapes] of byClass) {
    for (const shape of shapes) {
      const compiled = compile(shape);
      if (compiled === undefined) continue;
      taken.add(shape);
      const list = shapesByType.get(cls);
      if (list) list.push(...compiled);
      else shapesByType.set(cls, [...compiled]);
    }
  }
  return { shapesByType, taken };
}

export { termKey, compare };
