/**
 * rdf-validate-datatype, loaded on first use: it is the largest module the fast path needs (about
 * 90 ms to import on Node), and most programs that import profielkit never validate. `validate` and
 * `validateStream` await `loadDatatypeCheck()` before they compile a profile; the check itself
 * stays synchronous.
 */
import type { Literal, Term } from '@rdfjs/types';

type Check = (term: Literal | Term) => boolean;
let check: Check | undefined;
let loading: Promise<void> | undefined;

/** Loads the datatype check (once); resolves when `validateTerm` may be called. */
export function loadDatatypeCheck(): Promise<void> {
  loading ??= import('rdf-validate-datatype').then((m) => {
    check = m.validateTerm as Check;
  });
  return loading;
}

/** Whether a literal is well-formed for its datatype, as rdf-validate-shacl decides it. */
export function validateTerm(term: Literal | Term): boolean {
  if (check === undefined) throw new Error('profielkit: the datatype check is used before loadDatatypeCheck() resolved');
  return check(term);
}
