// shacl-engine ships no type declarations: what the tests use of it.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad } from '@rdfjs/types';
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore } });
    validate(data: { dataset: DatasetCore }): Promise<{ conforms: boolean; dataset: DatasetCore }>;
  }
}

// its SPARQL plugin (sh:sparql constraints and SPARQL-based targets), for the W3C suite's witness counts
declare module 'shacl-engine/sparql.js' {
  export const targetResolvers: ReadonlyMap<unknown, unknown>;
  export const validations: ReadonlyMap<unknown, unknown>;
}
