/**
 * The lexical spaces of the XSD datatypes, exactly as XSD 1.1 Part 2 defines them: one checker per
 * datatype, used by the builders, the JSON converters, the fast engine and the reference engine, so
 * that every entry point gives the same answer.
 *
 * Why not rdf-validate-datatype (what rdf-validate-shacl calls): its `xsd:date` and `xsd:dateTime`
 * take any two-digit month and day (`2026-13-01`, `2024-02-30`), any number of leading zeros in the
 * year (`02024-03-01`) and any time zone (`+15:00`), and its `xsd:int` range is off by one
 * (-2147483647 to 2147483648). A literal outside its datatype's lexical space is ill-typed (RDF 1.1
 * Concepts, 3.3), and SHACL's `sh:datatype` reports every ill-typed literal (SHACL 4.1.2).
 *
 * RDF applies no white-space processing to lexical forms: `" 1"^^xsd:integer` is ill-typed, as it is
 * for the XSD facet `whiteSpace collapse` only inside a schema processor.
 */
import { XSD } from './terms.js';

// XSD 1.1 Part 2, D.3.1 (the seven-property model's lexical fragments)
const YEAR = '-?(?:[1-9]\\d{3,}|0\\d{3})';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const TIME = '(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)';
const TIME_ZONE = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))';

const DATE = new RegExp(`^(${YEAR})-${MONTH}-${DAY}(${TIME_ZONE})?$`, 'u');
const DATE_TIME = new RegExp(`^(${YEAR})-${MONTH}-${DAY}T${TIME}(${TIME_ZONE})?$`, 'u');
const TIME_OF_DAY = new RegExp(`^${TIME}${TIME_ZONE}?$`, 'u');
const G_YEAR = new RegExp(`^${YEAR}${TIME_ZONE}?$`, 'u');
const G_YEAR_MONTH = new RegExp(`^(${YEAR})-${MONTH}${TIME_ZONE}?$`, 'u');
// 3.3.6.2: the pattern of duration's lexical space (no weeks: `P3W` is ISO 8601, not XSD)
const DURATION_TIME = '(?:\\d+H(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?|\\d+M(?:\\d+(?:\\.\\d+)?S)?|\\d+(?:\\.\\d+)?S)';
const DURATION = new RegExp(
  `^-?P(?:(?:\\d+Y(?:\\d+M)?(?:\\d+D)?|\\d+M(?:\\d+D)?|\\d+D)(?:T${DURATION_TIME})?|T${DURATION_TIME})$`,
  'u',
);
const DAY_TIME_DURATION = new RegExp(`^-?P(?:\\d+D(?:T${DURATION_TIME})?|T${DURATION_TIME})$`, 'u');
const YEAR_MONTH_DURATION = /^-?P(?:\d+Y(?:\d+M)?|\d+M)$/u;
// 3.3.3 decimal, 4.1 integer (decimal without a fraction), 3.3.2 boolean, 3.3.4/3.3.5 float and double
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;
const INTEGER = /^[+-]?\d+$/u;
const BOOLEAN = /^(?:true|false|1|0)$/u;
const FLOATING = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[Ee][+-]?\d+)?|[+-]?INF|NaN)$/u;
// 3.3.1 string: characters that match XML's Char production (no C0 controls but tab, LF and CR; no
// lone surrogates; not U+FFFE or U+FFFF)
// (code units, not code points: a lone surrogate is one that no neighbour pairs)
// (one piece a line: a character XML forbids, a high surrogate no low one follows, a low one no high one precedes)
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]` +
    String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])` +
    String.raw`|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
);
// 3.3.18 language (BCP 47 shape), 4.2 normalizedString and token
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/u;

function isLeap(year: string): boolean {
  // a year may have any number of digits; year 0 (1 BCE) is a leap year, as in the proleptic calendar
  const y = BigInt(year);
  return y % 4n === 0n && (y % 100n !== 0n || y % 400n === 0n);
}

/** The day exists in its month and year (`2024-02-29` does, `2023-02-29` and `2024-04-31` do not). */
function isDay(m: RegExpExecArray): boolean {
  const [year, month, day] = [m[1] as string, Number(m[2]), Number(m[3])];
  if (day <= 28) return true;
  if (month === 2) return day === 29 && isLeap(year);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function xmlChars(value: string): boolean {
  return !NOT_XML_CHAR.test(value);
}

function integerIn(min: bigint | undefined, max: bigint | undefined): (value: string) => boolean {
  return (value) => {
    if (!INTEGER.test(value)) return false;
    const n = BigInt(value);
    return (min === undefined || n >= min) && (max === undefined || n <= max);
  };
}

/** `xsd:date`: `YYYY-MM-DD` with a day that exists, optionally a time zone within ±14:00. */
export function isXsdDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isDay(m);
}

/** `xsd:dateTime`: `YYYY-MM-DDThh:mm:ss[.s+]`, `24:00:00` only as the end of a day, optionally a time zone. */
export function isXsdDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && isDay(m);
}

/** `xsd:dateTimeStamp`: an `xsd:dateTime` with its time zone. */
export function isXsdDateTimeStamp(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && m[4] !== undefined && isDay(m);
}

/** `xsd:duration`, e.g. `P10Y`, `PT1H30M`, `-P1DT0.5S` (no weeks). */
export function isXsdDuration(value: string): boolean {
  return DURATION.test(value);
}

/** `xsd:integer`: digits with an optional sign. */
export function isXsdInteger(value: string): boolean {
  return INTEGER.test(value);
}

/**
 * The lexical-space checkers, by datatype IRI: every XSD datatype whose lexical space the profiles
 * (or shapes of one's own, commonly) use. A datatype not in this table is checked by
 * rdf-validate-datatype, or not at all.
 */
export const XSD_LEXICAL: ReadonlyMap<string, (value: string) => boolean> = new Map<string, (value: string) => boolean>(
  [
    [XSD('string'), xmlChars],
    [XSD('normalizedString'), (v) => xmlChars(v) && !/[\t\n\r]/u.test(v)],
    [XSD('token'), (v) => xmlChars(v) && !/[\t\n\r]|^ | $| {2}/u.test(v)],
    [XSD('language'), (v) => LANGUAGE.test(v)],
    [XSD('anyURI'), xmlChars],
    [XSD('boolean'), (v) => BOOLEAN.test(v)],
    [XSD('decimal'), (v) => DECIMAL.test(v)],
    [XSD('float'), (v) => FLOATING.test(v)],
    [XSD('double'), (v) => FLOATING.test(v)],
    [XSD('integer'), isXsdInteger],
    [XSD('nonNegativeInteger'), integerIn(0n, undefined)],
    [XSD('positiveInteger'), integerIn(1n, undefined)],
    [XSD('nonPositiveInteger'), integerIn(undefined, 0n)],
    [XSD('negativeInteger'), integerIn(undefined, -1n)],
    [XSD('long'), integerIn(-(2n ** 63n), 2n ** 63n - 1n)],
    [XSD('int'), integerIn(-(2n ** 31n), 2n ** 31n - 1n)],
    [XSD('short'), integerIn(-(2n ** 15n), 2n ** 15n - 1n)],
    [XSD('byte'), integerIn(-(2n ** 7n), 2n ** 7n - 1n)],
    [XSD('unsignedLong'), integerIn(0n, 2n ** 64n - 1n)],
    [XSD('unsignedInt'), integerIn(0n, 2n ** 32n - 1n)],
    [XSD('unsignedShort'), integerIn(0n, 2n ** 16n - 1n)],
    [XSD('unsignedByte'), integerIn(0n, 2n ** 8n - 1n)],
    [XSD('date'), isXsdDate],
    [XSD('dateTime'), isXsdDateTime],
    [XSD('dateTimeStamp'), isXsdDateTimeStamp],
    [XSD('time'), (v) => TIME_OF_DAY.test(v)],
    [XSD('gYear'), (v) => G_YEAR.test(v)],
    [XSD('gYearMonth'), (v) => G_YEAR_MONTH.test(v)],
    [XSD('duration'), isXsdDuration],
    [XSD('dayTimeDuration'), (v) => DAY_TIME_DURATION.test(v)],
    [XSD('yearMonthDuration'), (v) => YEAR_MONTH_DURATION.test(v)],
  ],
);

/**
 * Whether `lexical` is in the lexical space of the datatype `datatype` (an IRI); `undefined` for a
 * datatype this module does not know.
 */
export function isWellFormed(datatype: string, lexical: string): boolean | undefined {
  return XSD_LEXICAL.get(datatype)?.(lexical);
}
