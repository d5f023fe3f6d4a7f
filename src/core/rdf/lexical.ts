/**
 * Checks of XSD lexical forms, shared by builders, readers and JSON converters so that every entry
 * point agrees on what a date, a date-time or a duration is.
 */

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/u;
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/u;
// no weeks: ISO 8601's `P3W` is not an xsd:duration, and SHACL (rdf-validate-datatype) refuses it
const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/u;
const INTEGER = /^[+-]?\d+$/u;

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function isOffset(offset: string | undefined): boolean {
  if (offset === undefined || offset === 'Z') return true;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return h !== undefined && m !== undefined && (h < 14 ? m < 60 : h === 14 && m === 0);
}

/** `xsd:date`: `YYYY-MM-DD`, optionally with a time zone, and a day that exists. */
export function isXsdDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) && isOffset(m[4]);
}

/**
 * `xsd:dateTime`: `YYYY-MM-DDThh:mm:ss[.fff]` with an optional time zone; `requireOffset` demands one
 * (as the Inzage API's `date-time` format does).
 */
export function isXsdDateTime(value: string, requireOffset = false): boolean {
  const m = DATE_TIME.exec(value);
  if (m === null) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const timeOk = (hour < 24 && minute < 60 && second < 60) || (hour === 24 && minute === 0 && second === 0);
  return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) && timeOk && isOffset(m[8]) && (!requireOffset || m[8] !== undefined);
}

/** `xsd:duration` (ISO 8601 without weeks), e.g. `P10Y`, `PT1H30M`. */
export function isXsdDuration(value: string): boolean {
  return DURATION.test(value);
}

/** `xsd:integer` lexical form. */
export function isXsdInteger(value: string): boolean {
  return INTEGER.test(value);
}

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
