/**
 * Helpers on lexical forms that are not a datatype's lexical space (that is xsd.ts): a Date as an
 * xsd:date, UUIDs, and comparing two values of one datatype.
 */
import { compare } from './compare.js';
import { DATATYPE, factory } from './terms.js';

/** The `xsd:date` of a JavaScript `Date`, in UTC. */
export function dateToXsdDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A UUID in its 8-4-4-4-12 hexadecimal form (any version, either case), as APIs' `format: uuid` means it. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const UUID = new RegExp(UUID_PATTERN, 'u');

/** A UUID in its 8-4-4-4-12 hexadecimal form (any version, either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Compares two lexical forms of one datatype (`date`, `dateTime` or `integer`) as validation does
 * (`compare`, XSD's order): negative, zero or positive, or `undefined` when they cannot be compared
 * (not valid, or within 14 hours of each other with a time zone on one side only).
 */
export function compareLexical(datatype: 'date' | 'dateTime' | 'integer', a: string, b: string): number | undefined {
  const type = factory.namedNode(DATATYPE[datatype]);
  const order = compare(factory.literal(a, type), factory.literal(b, type));
  return order === null ? undefined : Math.sign(order);
}
