// shacl-engine ships no type declarations: what the tests use of it.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad } from '@rdfjs/types';
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore } });
    validate(data: { dataset: DatasetCore }): Promise<{ conforms: boolean; dataset: DatasetCore }>;
  }
}
