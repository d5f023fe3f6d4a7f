// The specification's answer for the lexical forms the profiles use, written apart from
// src/core/rdf/xsd.ts and another way (the calendar by Date.UTC, not by a table of month lengths), so
// that where the engines differ the tests ask a second, independent reading of XSD 1.1 Part 2.
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function dayExists(year: number, month: number, day: number): boolean {
  // Date.UTC rolls an impossible day over into the next month; years 0–99 need setUTCFullYear
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function zoneOk(zone: string | undefined): boolean {
  if (zone === undefined || zone === 'Z') return true;
  const [h, m] = zone.slice(1).split(':').map(Number) as [number, number];
  return m < 60 && h * 60 + m <= 14 * 60;
}

function yearOk(year: string): boolean {
  const digits = year.replace(/^-/u, '');
  return digits.length === 4 || (digits.length > 4 && !digits.startsWith('0'));
}

function dateParts(value: string, withTime: boolean): boolean {
  const m = withTime
    ? /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/u.exec(value)
    : /^(-?\d{4,})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?$/u.exec(value);
  if (!m) return false;
  const [year, month, day] = [m[1]!, Number(m[2]), Number(m[3])];
  if (!yearOk(year) || Math.abs(Number(year)) > 270000 || !dayExists(Number(year), month, day)) return false;
  if (!withTime) return zoneOk(m[4]);
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const endOfDay = h === 24 && min === 0 && s === 0 && (m[7] === undefined || /^\.0+$/u.test(m[7]));
  return (endOfDay || (h < 24 && min < 60 && s < 60)) && zoneOk(m[8]);
}

/** Whether XSD 1.1 puts `lexical` in the lexical space of `datatype`; `undefined` for a datatype not covered here. */
export function specWellFormed(datatype: string, lexical: string): boolean | undefined {
  switch (datatype.slice(XSD.length)) {
    case 'date':
      return dateParts(lexical, false);
    case 'dateTime':
      return dateParts(lexical, true);
    case 'integer':
      return /^[+-]?[0-9]+$/u.test(lexical);
    case 'decimal':
      // 3.3.3.2: a sign, digits, at most one point, at least one digit
      return /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/u.test(lexical);
    case 'double':
    case 'float':
      // 3.3.5.2 / 3.3.4.2: a decimal with an optional exponent, or INF, +INF, -INF, NaN
      return /^(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN)$/u.test(lexical);
    case 'boolean':
      return ['true', 'false', '1', '0'].includes(lexical);
    case 'duration': {
      const m = /^-?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/u.exec(
        lexical,
      );
      // at least one field, and a T only with a time field after it
      return m?.slice(1).some((g) => g !== undefined) === true && !lexical.endsWith('T');
    }
    case 'string':
    case 'anyURI':
      // eslint-disable-next-line no-control-regex
      return ![...lexical].some(
        (c) =>
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(c) ||
          (c.length === 1 && /[\uD800-\uDFFF]/u.test(c)),
      );
    default:
      return undefined;
  }
}

/** A finding's value as datatype and lexical form, when it is a literal (`"lex"^^datatype`). */
export function literalOf(value: string | undefined): { lexical: string; datatype: string } | undefined {
  const m = value === undefined ? null : /^"([\s\S]*)"\^\^([^@]*)(@.*)?$/u.exec(value);
  return m ? { lexical: m[1]!, datatype: m[2]! } : undefined;
}
