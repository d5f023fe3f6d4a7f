/**
 * Typed builders: one function per class of a profile, each checking its input against the
 * declaration and adding the node's triples to one shared dataset (an N3.Store by default, or any
 * RDF/JS DatasetCore given). A builder returns the node's
 * term, so a shared node (a descriptor, an organisation, a data subject) is built once and
 * referenced from many records.
 */
import { Store } from 'n3';
import type { DatasetCore, Quad } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import type { ClassKey, InputOf } from '../schema/infer.js';
import { classModel, modelOf } from '../schema/model.js';
import type { BlankNode, NamedNode } from '../rdf/terms.js';
import { builderQuads } from './walk.js';

/** Options of a profile's `graph()`. */
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

/**
 * A graph under construction: the dataset, and a builder per class that adds to it. `T` is the
 * dataset's type: an N3.Store unless another DatasetCore was given to `graph()`.
 */
export type GraphBuilder<D extends ProfileDeclaration, T extends DatasetCore = Store> = ClassBuilders<D> & {
  /** the RDF/JS dataset the builders write into */
  readonly dataset: T;
};

/**
 * Starts a graph for a profile. Each builder checks its input in full before it writes, so a
 * refused record leaves the dataset as it was.
 */
export function createGraph<D extends ProfileDeclaration, T extends DatasetCore = Store>(
  declaration: D,
  dataset: T = new Store() as unknown as T,
  options: GraphOptions = {},
): GraphBuilder<D, T> {
  const model = modelOf(declaration);
  const builders: Record<string, unknown> = { dataset };
  // an N3.Store takes a record's quads at once; any other DatasetCore one by one (all checked before)
  const store = dataset as Partial<Pick<Store, 'addQuads'>>;
  const add: (quads: Quad[]) => void =
    typeof store.addQuads === 'function'
      ? (quads) => store.addQuads!(quads)
      : (quads) =>
          quads.forEach((q) => {
            dataset.add(q);
          });
  for (const key of model.classes.keys()) {
    const c = classModel(model, key);
    builders[key] = (input: unknown) => {
      const { subject, quads } = builderQuads(model, c, input, options.bases);
      add(quads);
      return subject;
    };
  }
  return Object.freeze(builders) as GraphBuilder<D, T>;
}
