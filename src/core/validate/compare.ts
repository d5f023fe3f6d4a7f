/**
 * How SHACL compares two values (sh:minInclusive and its kin, sh:lessThan, sh:lessThanOrEquals), for
 * both engines: the fast path calls it, and the reference engine's comparison validators are replaced
 * by it (reference.ts), so that the two cannot differ on what is comparable.
 */
import type { Literal, Term } from '@rdfjs/types';
import { fromRdf } from 'rdf-literal';
import { DATATYPE } from '../rdf/terms.js';
import { isWellFormed } from '../rdf/xsd.js';

/** A literal that is not ill-typed: its datatype's lexical space holds it, or the datatype is unknown. */
export function wellFormed(term: Literal): boolean {
  return isWellFormed(term.datatype.value, term.value) !== false;
}

/** rdf-literal's value of a literal: a number, a boolean, a Date or a string. */
function valueOf(term: Literal): unknown {
  try {
    return fromRdf(term);
  } catch {
    return undefined;
  }
}

const ZONED = /(?:[+-]\d{2}:\d{2}|Z)$/u;

/**
 * Compares two literals, `null` when they are not comparable. SHACL compares with SPARQL's operators
 * (SHACL 4.4, 4.5.3/4.5.4), which raise an error on an ill-typed literal, and a comparison that
 * cannot be made is a result: so an ill-typed literal is never comparable (rdf-validate-shacl compares
 * `"2024-02-30"^^xsd:date` as 1 March, and `"2024-13-01"` as NaN, which its sh:lessThanOrEquals lets
 * pass). A date-time with a time zone is not comparable with one without (XSD's partial order, as
 * rdf-validate-shacl has it); strings compare by code point, as SPARQL's do.
 */
export function compare(term: Term, bound: Term): number | null {
  if (term.termType !== 'Literal' || bound.termType !== 'Literal') return null;
  if (!wellFormed(term) || !wellFormed(bound)) return null;
  const zoned = (t: Literal): boolean => t.datatype.value === DATATYPE.dateTime && ZONED.test(t.value);
  if (zoned(term) !== zoned(bound)) return null;
  const a = valueOf(term);
  const b = valueOf(bound);
  if (typeof a !== typeof b || a === undefined) return null;
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  const difference = (a as number) - (b as number);
  return Number.isNaN(difference) ? null : difference;
}
