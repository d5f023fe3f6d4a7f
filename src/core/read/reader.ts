/**
 * Reads a graph back into the typed objects a builder takes: every node typed with one of the
 * profile's classes becomes an object under its most specific class. A graph that breaks the profile
 * cannot be read into those types and gives a `ReadError`; `validate` reports every problem at once.
 */
import clownface from 'clownface';
import type { DatasetCore, Term } from '@rdfjs/types';
import { ReadError } from '../errors.js';
import type { ProfileDeclaration, PropertyDeclaration } from '../schema/declaration.js';
import type { ReadResult } from '../schema/infer.js';
import { classModel, modelOf, type ClassModel, type ProfileModel } from '../schema/model.js';
import { identityBase } from '../record/walk.js';

/** Options of a profile's `read`. */
export interface ReadOptions {
  /** IRI bases per class for nodes named by a UUID, as given to the builders or `fromJson` */
  readonly bases?: Readonly<Record<string, string>>;
}
import { isXsdInteger } from '../rdf/xsd.js';
import { factory, nodeId, RDF_TYPE } from '../rdf/terms.js';

type Value = string | number | boolean | Record<string, unknown>;

interface ReadContext {
  readonly model: ProfileModel;
  readonly dataset: DatasetCore;
  readonly bases: Readonly<Record<string, string>> | undefined;
}

function readValue(ctx: ReadContext, node: string, c: ClassModel, key: string, property: PropertyDeclaration, term: Term): Value {
  const fail = (detail: string): never => {
    throw new ReadError(node, c.key, key, detail);
  };
  const range = property.range;
  if (range.kind === 'object') {
    if (term.termType !== 'NamedNode' && term.termType !== 'BlankNode') return fail(`expected a nested ${range.class}, found the ${term.termType === 'Literal' ? `literal "${term.value}"` : term.termType}`);
    return readNode(ctx, term, classModel(ctx.model, range.class));
  }
  if (range.kind === 'reference' && range.by === 'uuid') {
    const base = identityBase(classModel(ctx.model, range.class), ctx.bases);
    if (term.termType !== 'NamedNode') return fail(`expected the IRI of a ${range.class}, found ${nodeId(term)}`);
    return term.value.startsWith(base) ? term.value.slice(base.length) : term.value;
  }
  if (range.kind !== 'literal') {
    if (term.termType === 'NamedNode' || (term.termType === 'BlankNode' && range.kind === 'reference')) return nodeId(term);
    return fail(`expected ${range.kind === 'concept' ? 'a concept IRI' : 'a node'}, found the ${term.termType === 'Literal' ? `literal "${term.value}"` : term.termType}`);
  }
  if (term.termType !== 'Literal') return fail(`expected a literal, found the node ${nodeId(term)}`);
  switch (range.datatype) {
    case 'integer':
      return isXsdInteger(term.value) ? Number(term.value) : fail(`"${term.value}" is not an integer`);
    case 'boolean':
      if (term.value === 'true' || term.value === '1') return true;
      if (term.value === 'false' || term.value === '0') return false;
      return fail(`"${term.value}" is not a boolean`);
    default:
      return term.value;
  }
}

/** The most specific of the profile's classes among a node's types. */
function mostSpecific(model: ProfileModel, types: readonly Term[]): ClassModel[] {
  const found = types.flatMap((t) => {
    const c = model.byIri.get(t.value);
    return c ? [c] : [];
  });
  return found.filter((c) => !found.some((other) => other.ancestors.includes(c.key)));
}

function readNode(ctx: ReadContext, subject: Term, c: ClassModel): Record<string, unknown> {
  const node = nodeId(subject);
  const pointer = clownface({ dataset: ctx.dataset, term: subject });
  const out: Record<string, unknown> = { id: node };
  for (const { key, declaration } of c.properties) {
    const values = pointer.out(factory.namedNode(declaration.iri)).terms.map((t) => readValue(ctx, node, c, key, declaration, t));
    const { card } = declaration;
    if ((card === '1' || card === '1..*') && values.length === 0) throw new ReadError(node, c.key, key, `is required (cardinality ${card}) but missing`);
    if ((card === '1' || card === '0..1') && values.length > 1) throw new ReadError(node, c.key, key, `has ${values.length} values; at most one is allowed`);
    if (card === '1' || card === '0..1') {
      if (values.length === 1) out[key] = values[0];
    } else {
      out[key] = values;
    }
  }
  return out;
}

/** Reads every node of the profile's classes in `dataset` into typed objects, grouped by class. */
export function readGraph<D extends ProfileDeclaration>(declaration: D, dataset: DatasetCore, options: ReadOptions = {}): ReadResult<D> {
  const model = modelOf(declaration);
  const ctx: ReadContext = { model, dataset, bases: options.bases };
  const result: Record<string, Record<string, unknown>[]> = Object.create(null) as Record<string, Record<string, unknown>[]>;
  for (const key of model.classes.keys()) result[key] = [];
  const typeOf = factory.namedNode(RDF_TYPE);
  const seen = new Set<string>();
  for (const c of model.classes.values()) {
    for (const quad of dataset.match(null, typeOf, factory.namedNode(c.declaration.iri))) {
      const id = nodeId(quad.subject);
      if (seen.has(id)) continue;
      seen.add(id);
      const types = [...dataset.match(quad.subject, typeOf, null)].map((q) => q.object);
      for (const target of mostSpecific(model, types)) result[target.key]?.push(readNode(ctx, quad.subject, target));
    }
  }
  return { ...result } as ReadResult<D>;
}
