/**
 * A profile: its declaration, and the typed entry points that follow from it.
 */
import type { DatasetCore } from '@rdfjs/types';
import { Store } from 'n3';
import { createGraph, type GraphBuilder } from './build/graph-builder.js';
import { readGraph } from './read/reader.js';
import { generateShapes } from './shapes/generate.js';
import { outputContext } from './jsonld/context.js';
import { modelOf } from './schema/model.js';
import type { ProfileDeclaration } from './schema/declaration.js';
import type { ClassKey, InputOf, OutputOf, ReadResult } from './schema/infer.js';

/** What the machinery needs of a profile, whatever its declaration's exact type. */
export interface AnyProfile {
  readonly name: string;
  readonly declaration: ProfileDeclaration;
  /** the profile's SHACL shapes, as Turtle */
  shapes(): string;
}

/** A profile of profielkit: pass it to `validate`, `toJsonLd`, `toTurtle` and the parsers. */
export class Profile<D extends ProfileDeclaration = ProfileDeclaration> implements AnyProfile {
  /** the declaration everything else follows from */
  readonly declaration: D;

  constructor(declaration: D) {
    modelOf(declaration); // fails early on an inconsistent declaration
    this.declaration = declaration;
  }

  /** short name (`toestemming`) */
  get name(): string {
    return this.declaration.name;
  }

  /**
   * Starts a graph: one typed builder per class, all writing into one dataset (a new N3.Store, or
   * the one given). Each builder returns the node it made, to reference from other records.
   */
  graph(dataset: Store = new Store()): GraphBuilder<D> {
    return createGraph(this.declaration, dataset);
  }

  /** Reads every node of the profile's classes back into typed objects, grouped by class. */
  read(dataset: DatasetCore): ReadResult<D> {
    return readGraph(this.declaration, dataset);
  }

  /** The profile's SHACL shapes, as Turtle (the text of `shapes/<name>.ttl`). */
  shapes(): string {
    return generateShapes(this.declaration);
  }

  /** The `@context` that profielkit writes into this profile's JSON-LD documents. */
  jsonLdContext(): ReturnType<typeof outputContext> {
    return outputContext(this.declaration);
  }
}

/** The builder input type of class `K` of a profile. */
export type Input<P extends Profile<ProfileDeclaration>, K extends ClassKey<P['declaration']>> = InputOf<P['declaration'], K>;
/** The reader output type of class `K` of a profile. */
export type Output<P extends Profile<ProfileDeclaration>, K extends ClassKey<P['declaration']>> = OutputOf<P['declaration'], K>;
