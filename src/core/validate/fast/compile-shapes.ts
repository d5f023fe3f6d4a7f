/**
 * Shapes of one's own compiled for the fast path: read (`shapes-read.ts`) and planned
 * (`shapes-eval.ts`). Beside a profile they are looked up in one graph with the profile's shapes, so
 * that they may refer to those; the profile's own top-level shapes stay with the profile's compiler.
 */
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Store } from 'n3';
import type { ProfileDeclaration } from '../../schema/declaration.js';
import { shapesDataset } from '../../shapes/dataset.js';
import { readShapes, type ShapeDef, type ShapesRead } from './shapes-read.js';
import { plan, type Plan } from './shapes-eval.js';
import { checkShapesGraph } from '../shapes-check.js';

export interface ShapeRules {
  readonly read: ShapesRead;
  readonly plan: Plan;
  /** every top-level shape, each once */
  readonly top: readonly ShapeDef[];
}

export type ShapeRulesOutcome =
  | { readonly ok: true; readonly rules: ShapeRules }
  | { readonly ok: false; readonly why: string };

/**
 * Compiles `own` (with the profile's shapes to refer to, when a profile is given); `ok: false` with
 * the reason when the shapes use what the fast path does not implement. Not cached: a shapes graph is
 * small, and a dataset may change between validations.
 */
export function compileShapes(own: DatasetCore, declaration?: ProfileDeclaration): ShapeRulesOutcome {
  // SHACL-SPARQL and ill-typed booleans are refused here too: a stream never passes validate.ts
  checkShapesGraph(own);
  const both = declaration !== undefined && touches(own, declaration);
  const graph = both ? new Store([...shapesDataset(declaration), ...(own as Iterable<Quad>)]) : own;
  const read = readShapes(own, graph);
  if (!read.ok) return read;
  const top = new Set<ShapeDef>();
  for (const list of [
    ...read.shapes.byClass.values(),
    ...read.shapes.bySubjectOf.values(),
    ...read.shapes.byObjectOf.values(),
  ])
    for (const s of list) top.add(s);
  for (const { shapes } of read.shapes.byNode.values()) for (const s of shapes) top.add(s);
  return { ok: true, rules: { read: read.shapes, plan: plan(top), top: [...top] } };
}

const profileNodes = new WeakMap<ProfileDeclaration, ReadonlySet<string>>();

/**
 * Whether shapes of one's own name an IRI of the profile's shapes graph as a node (refer to one of its
 * shapes, or say more of one): only then are they read in one graph with the profile's shapes. Else that
 * graph would be copied and searched on every validation for nothing (the official OSLO SHACL names
 * none). A blank node of another document is never one of the profile's.
 */
function touches(own: DatasetCore, declaration: ProfileDeclaration): boolean {
  let nodes = profileNodes.get(declaration);
  if (nodes === undefined) {
    const named = [...shapesDataset(declaration)].filter((q) => q.subject.termType === 'NamedNode');
    nodes = new Set(named.map((q) => q.subject.value));
    profileNodes.set(declaration, nodes);
  }
  for (const q of own as Iterable<Quad>) {
    if (q.subject.termType === 'NamedNode' && nodes.has(q.subject.value)) return true;
    if (q.object.termType === 'NamedNode' && nodes.has(q.object.value)) return true;
  }
  return false;
}
