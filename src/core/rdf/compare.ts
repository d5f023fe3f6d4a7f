/**
 * How two values compare (SHACL's sh:minInclusive and its kin, sh:lessThan, sh:lessThanOrEquals, and
 * the builders' order rules), for every checker: the fast path and the builders call it, and the
 * reference engine's comparison validators are replaced by it (validate/reference.ts), so that none
 * can differ on what is comparable.
 */
import type { Literal, Term } from '@rdfjs/types';
import { fromRdf } from 'rdf-literal';
import { DATATYPE } from './terms.js';
import { isWellFormed } from './xsd.js';

/** A literal that is not ill-typed: its datatype's lexical space holds it, or the datatype is unknown. */
export function wellFormed(term: Literal): boolean {
  return isWellFormed(term.datatype.value, term.value) !== false;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Strings by code point (SPARQL's fn:compare with the codepoint collation), not by UTF-16 unit. */
function codePointOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return Math.sign(a.length - b.length);
}

/** rdf-literal's value of a literal: a number, a boolean, a Date or a string. */
function valueOf(term: Literal): unknown {
  try {
    return fromRdf(term);
  } catch {
    return undefined;
  }
}

const TEMPORAL = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$/u;
const FOURTEEN_HOURS = 14 * 3600 * 1000;

/** Days since 1970-01-01 of a proleptic Gregorian date, for any year (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A well-formed xsd:date or xsd:dateTime as milliseconds on the time line, and whether it has a time zone. */
function instant(lexical: string): { ms: number; zoned: boolean } | undefined {
  const m = TEMPORAL.exec(lexical);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000;
  const zone = m[7];
  const offset =
    zone === undefined || zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60000;
  return { ms: daysFromCivil(year, month, day) * 86400000 + time - offset, zoned: zone !== undefined };
}

/**
 * XSD's partial order of dates and date-times (XSD 1.1 Part 2, D.2.3 / 3.3.7.4): a value without a
 * time zone stands for any time within ±14 hours of it, so it is comparable with one that has a time
 * zone only when they lie further apart than that.
 */
function compareTemporal(a: string, b: string): number | null {
  const [x, y] = [instant(a), instant(b)];
  if (!x || !y) return null;
  if (x.zoned === y.zoned) return Math.sign(x.ms - y.ms);
  return Math.abs(x.ms - y.ms) > FOURTEEN_HOURS ? Math.sign(x.ms - y.ms) : null;
}

/**
 * Compares two literals, `null` when they are not comparable. SHACL compares with SPARQL's operators
 * (SHACL 4.4, 4.5.3/4.5.4), which raise an error on an ill-typed literal, and a comparison that
 * cannot be made is a result: so an ill-typed literal is never comparable (rdf-validate-shacl compares
 * `"2024-02-30"^^xsd:date` as 1 March, and `"2024-13-01"` as NaN, which its sh:lessThanOrEquals lets
 * pass). Dates and date-times follow XSD's partial order (`compareTemporal`; a date is not compared
 * with a date-time); numbers and booleans by value; xsd:strings by code point, as SPARQL's do; any
 * other literal (language-tagged, of another datatype) is not comparable.
 */
export function compare(term: Term, bound: Term): number | null {
  if (term.termType !== 'Literal' || bound.termType !== 'Literal') return null;
  if (!wellFormed(term) || !wellFormed(bound)) return null;
  const temporal = (t: Literal): boolean =>
    t.datatype.value === DATATYPE.date || t.datatype.value === DATATYPE.dateTime;
  if (temporal(term) || temporal(bound))
    return term.datatype.value === bound.datatype.value ? compareTemporal(term.value, bound.value) : null;
  // SPARQL 1.1 (17.3) orders plain strings only: a language-tagged string, a literal of a datatype
  // it does not know (one's own, xsd:token …) has no operator, so it is not comparable
  const string = XSD_STRING;
  if (term.datatype.value === string || bound.datatype.value === string)
    return term.datatype.value === bound.datatype.value ? codePointOrder(term.value, bound.value) : null;
  const a = valueOf(term);
  const b = valueOf(bound);
  if (typeof a !== typeof b || a === undefined || typeof a === 'string') return null;
  const difference = (a as number) - (b as number);
  return Number.isNaN(difference) ? null : difference;
}
