/**
 * Checks of XSD lexical forms, shared by builders, readers and JSON converters so that every entry
 * point agrees on what a date, a date-time or a duration is.
 */

const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/u;
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/u;
const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/u;
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

/** `xsd:duration` (ISO 8601), e.g. `P10Y`, `PT1H30M`. */
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
