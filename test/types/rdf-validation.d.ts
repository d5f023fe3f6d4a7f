// rdf-validation (shacl-engine's datatype checker) ships no type declarations: what the tests use of it.
declare module 'rdf-validation' {
  import type { Literal } from '@rdfjs/types';
  export class XsdValidation {
    validateSimple(term: Literal): boolean;
  }
}
