/**
 * Typed builders: one function per class of a profile, each checking its input against the
 * declaration and adding the node's triples to one shared N3.Store. A builder returns the node's
 * term, so a shared node (a descriptor, an organisation, a data subject) is built once and
 * referenced from many records.
 */
import { Store } from 'n3';
import type { ProfileDeclaration } from '../schema/declaration.js';
import type { ClassKey, InputOf } from '../schema/infer.js';
import { classModel, modelOf } from '../schema/model.js';
import type { BlankNode, NamedNode } from '../rdf/terms.js';
import { builderQuads } from './walk.js';

export interface GraphOptions {
  /**
   * IRI bases per class for nodes named by a UUID (`urn:uuid:` by default):
   * `{ VoorzieningGebruik: 'https://example.org/gebruik/' }`.
   */
  readonly bases?: Readonly<Record<string, string>>;
}

/** One builder function per class of the profile. */
export type ClassBuilders<D extends ProfileDeclaration> = {
  readonly [K in ClassKey<D>]: (input: InputOf<D, K>) => NamedNode | BlankNode;
};

/** A graph under construction: the dataset, and a builder per class that adds to it. */
export type GraphBuilder<D extends ProfileDeclaration> = ClassBuilders<D> & {
  /** the RDF/JS dataset the builders write into */
  readonly dataset: Store;
};

/**
 * Starts a graph for a profile. Each builder checks its input in full before it writes, so a
 * refused record leaves the dataset as it was.
 */
export function createGraph<D extends ProfileDeclaration>(declaration: D, dataset: Store = new Store(), options: GraphOptions = {}): GraphBuilder<D> {
  const model = modelOf(declaration);
  const builders: Record<string, unknown> = { dataset };
  for (const key of model.classes.keys()) {
    const c = classModel(model, key);
    builders[key] = (input: unknown) => {
      const { subject, quads } = builderQuads(model, c, input, options.bases);
      dataset.addQuads(quads);
      return subject;
    };
  }
  return Object.freeze(builders) as GraphBuilder<D>;
}
