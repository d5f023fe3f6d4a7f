/**
 * Helpers on lexical forms that are not a datatype's lexical space (that is xsd.ts): a Date as an
 * xsd:date, UUIDs, and comparing two values of one datatype.
 */
import { isXsdDate, isXsdDateTime, isXsdInteger } from './xsd.js';

/** The `xsd:date` of a JavaScript `Date`, in UTC. */
export function dateToXsdDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/u;

/** A UUID in its 8-4-4-4-12 hexadecimal form (any version, either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Compares two lexical forms of one datatype (`date`, `dateTime` or `integer`): negative, zero or
 * positive, or `undefined` when they cannot be compared (not valid, or a date-time with a time zone
 * against one without, as SHACL treats them). Dates without a time zone count as UTC, as
 * rdf-validate-shacl does.
 */
export function compareLexical(datatype: 'date' | 'dateTime' | 'integer', a: string, b: string): number | undefined {
  if (datatype === 'integer') return isXsdInteger(a) && isXsdInteger(b) ? Math.sign(Number(BigInt(a) - BigInt(b))) : undefined;
  const valid = datatype === 'date' ? isXsdDate : isXsdDateTime;
  if (!valid(a) || !valid(b)) return undefined;
  const zone = (v: string): boolean => /(Z|[+-]\d{2}:\d{2})$/u.test(v);
  if (datatype === 'dateTime' && zone(a) !== zone(b)) return undefined;
  const epoch = (v: string): number => {
    if (datatype === 'dateTime') return Date.parse(zone(v) ? v : `${v}Z`);
    const m = /^(-?\d{4,}-\d{2}-\d{2})(.*)$/u.exec(v);
    return Date.parse(`${m?.[1] ?? ''}T00:00:00${m?.[2] || 'Z'}`);
  };
  const [x, y] = [epoch(a), epoch(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? undefined : Math.sign(x - y);
}
