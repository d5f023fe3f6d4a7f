/**
 * Typed builders: one function per class of a profile, each checking its input against the
 * declaration and adding the node's triples to one shared N3.Store. A builder returns the node's
 * term, so a shared node (a descriptor, an organisation, a data subject) is built once and
 * referenced from many records.
 */
import { Store } from 'n3';
import { BuilderError } from '../errors.js';
import type { ProfileDeclaration } from '../schema/declaration.js';
import type { ClassKey, InputOf } from '../schema/infer.js';
import { classModel, modelOf, type ClassModel } from '../schema/model.js';
import { factory, isAbsoluteIri, RDF_TYPE, type BlankNode, type NamedNode, type Quad } from '../rdf/terms.js';
import { valueTerm } from './to-term.js';

/** One builder function per class of the profile. */
export type ClassBuilders<D extends ProfileDeclaration> = {
  readonly [K in ClassKey<D>]: (input: InputOf<D, K>) => NamedNode | BlankNode;
};

/** A graph under construction: the dataset, and a builder per class that adds to it. */
export type GraphBuilder<D extends ProfileDeclaration> = ClassBuilders<D> & {
  /** the RDF/JS dataset the builders write into */
  readonly dataset: Store;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The quads for one node of class `c`; throws before anything is written if the input is wrong. */
export function nodeQuads(c: ClassModel, input: unknown): { subject: NamedNode | BlankNode; quads: Quad[] } {
  const className = c.key;
  if (!isPlainObject(input)) {
    throw new BuilderError(className, undefined, 'type', 'expected an object with the properties of the class');
  }
  const byKey = new Map(c.properties.map((p) => [p.key, p]));
  for (const key of Object.keys(input)) {
    if (key !== 'id' && !byKey.has(key)) {
      throw new BuilderError(className, key, 'unknown-property', `${className} has no property ${key}; it has ${[...byKey.keys()].join(', ')}`);
    }
  }
  const id = input['id'];
  if (id !== undefined && (typeof id !== 'string' || !isAbsoluteIri(id))) {
    throw new BuilderError(className, 'id', 'iri', `expected an absolute IRI, got ${JSON.stringify(id)}`);
  }
  const subject = id === undefined ? factory.blankNode() : factory.namedNode(id);
  const quads: Quad[] = c.types.map((type) => factory.quad(subject, factory.namedNode(RDF_TYPE), factory.namedNode(type)));

  for (const prop of c.properties) {
    const where = { className, property: prop.key };
    const { card, iri } = prop.declaration;
    const raw = input[prop.key];
    if (raw === undefined) {
      if (card === '1' || card === '1..*') throw new BuilderError(className, prop.key, 'missing', `is required (cardinality ${card}) but missing`);
      continue;
    }
    const many = card === '0..*' || card === '1..*';
    if (many && !Array.isArray(raw)) {
      throw new BuilderError(className, prop.key, 'type', `expected a list (cardinality ${card}), got ${typeof raw}`);
    }
    if (!many && Array.isArray(raw)) {
      throw new BuilderError(className, prop.key, 'too-many', `takes one value (cardinality ${card}), got a list`);
    }
    const values: readonly unknown[] = many ? (raw as unknown[]) : [raw];
    if (card === '1..*' && values.length === 0) {
      throw new BuilderError(className, prop.key, 'empty-list', 'needs at least one value (cardinality 1..*), got an empty list');
    }
    const predicate = factory.namedNode(iri);
    values.forEach((value, index) => {
      const term = valueTerm(many ? { className, property: `${prop.key}[${index}]` } : where, prop.declaration, value);
      quads.push(factory.quad(subject, predicate, term));
    });
  }
  return { subject, quads };
}

/**
 * Starts a graph for a profile. Each builder checks its input in full before it writes, so a
 * refused record leaves the dataset as it was.
 */
export function createGraph<D extends ProfileDeclaration>(declaration: D, dataset: Store = new Store()): GraphBuilder<D> {
  const model = modelOf(declaration);
  const builders: Record<string, unknown> = { dataset };
  for (const key of model.classes.keys()) {
    const c = classModel(model, key);
    builders[key] = (input: unknown) => {
      const { subject, quads } = nodeQuads(c, input);
      dataset.addQuads(quads);
      return subject;
    };
  }
  return Object.freeze(builders) as GraphBuilder<D>;
}
