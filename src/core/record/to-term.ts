/**
 * Turns one builder input value into an RDF term, as its property's range says, or throws a
 * `BuilderError` that names the class and property.
 */
import { BuilderError } from '../errors.js';
import type { CodeList, LiteralRange, PropertyDeclaration } from '../schema/declaration.js';
import { dateToXsdDate } from '../rdf/lexical.js';
import { isWellFormed, isXsdDate, isXsdDateTime } from '../rdf/xsd.js';
import { asXsdDuration, DURATION_EXAMPLES } from '../rdf/duration.js';
import { DATATYPE, factory, iriOf, isAbsoluteIri, type BlankNode, type Literal, type NamedNode } from '../rdf/terms.js';
import { xpathRegex } from '../rdf/xpath-regex.js';

export interface Where {
  readonly className: string;
  readonly property: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}

const XSD_NAME: Readonly<Record<LiteralRange['datatype'], string>> = {
  string: 'xsd:string',
  literal: 'xsd:string',
  date: 'xsd:date',
  dateTime: 'xsd:dateTime',
  integer: 'xsd:integer',
  boolean: 'xsd:boolean',
  duration: 'xsd:duration',
  anyURI: 'xsd:anyURI',
};

function fail(where: Where, reason: BuilderError['reason'], detail: string): never {
  throw new BuilderError(where.className, where.property, reason, detail);
}

function checkFacets(where: Where, range: LiteralRange, lexical: string, numeric?: number): void {
  if (range.in !== undefined && !range.in.includes(lexical)) {
    fail(
      where,
      'code-list',
      `${JSON.stringify(lexical)} is not one of ${range.in.map((v) => JSON.stringify(v)).join(', ')}`,
    );
  }
  if (range.pattern !== undefined && !xpathRegex(range.pattern).test(lexical)) {
    fail(where, 'pattern', `${JSON.stringify(lexical)} does not match the pattern ${range.pattern}`);
  }
  if (range.maxLength !== undefined && [...lexical].length > range.maxLength) {
    fail(where, 'range', `is ${[...lexical].length} characters long; at most ${range.maxLength} are allowed`);
  }
  if (numeric !== undefined && range.minInclusive !== undefined && numeric < range.minInclusive) {
    fail(where, 'range', `${numeric} is below the minimum ${range.minInclusive}`);
  }
  if (numeric !== undefined && range.maxInclusive !== undefined && numeric > range.maxInclusive) {
    fail(where, 'range', `${numeric} is above the maximum ${range.maxInclusive}`);
  }
}

/** The literal for a value of a literal-ranged property. */
export function literalTerm(where: Where, range: LiteralRange, value: unknown): Literal {
  const datatype = factory.namedNode(DATATYPE[range.datatype]);
  const make = (lexical: string, numeric?: number): Literal => {
    // the one lexical check every entry point shares (a Date of year 10000 is no xsd:date, a string
    // with a C0 control character no xsd:string)
    if (isWellFormed(datatype.value, lexical) === false)
      fail(
        where,
        range.datatype === 'date' || range.datatype === 'dateTime' ? 'date' : 'type',
        `${JSON.stringify(lexical)} is not a valid ${XSD_NAME[range.datatype]}`,
      );
    checkFacets(where, range, lexical, numeric);
    return factory.literal(lexical, datatype);
  };
  switch (range.datatype) {
    case 'date':
    case 'dateTime': {
      const isDate = range.datatype === 'date';
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) fail(where, 'date', 'is an invalid Date');
        return make(isDate ? dateToXsdDate(value) : value.toISOString());
      }
      if (typeof value !== 'string')
        fail(
          where,
          'type',
          `expected a Date or an ISO ${isDate ? 'date (YYYY-MM-DD)' : 'date-time'} string, got ${describe(value)}`,
        );
      if (isDate ? !isXsdDate(value) : !isXsdDateTime(value)) {
        fail(
          where,
          'date',
          `${JSON.stringify(value)} is not ` +
            (isDate
              ? 'an xsd:date (a date YYYY-MM-DD, a day that exists in its month, e.g. 2024-02-29)'
              : 'an xsd:dateTime (a date-time YYYY-MM-DDThh:mm:ss, a day that exists, a time zone within ±14:00)'),
        );
      }
      return make(value);
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        fail(where, 'type', `expected an integer, got ${describe(value)}`);
      return make(String(value), value);
    case 'boolean':
      if (typeof value !== 'boolean') fail(where, 'type', `expected true or false, got ${describe(value)}`);
      return make(String(value));
    case 'duration': {
      // every duration of the APIs' `format: duration` (RFC 3339), weeks included: P3W is written P21D
      const duration = typeof value === 'string' ? asXsdDuration(value) : undefined;
      if (duration === undefined)
        fail(
          where,
          'type',
          `expected a duration (ISO 8601 / RFC 3339) such as ${DURATION_EXAMPLES}, got ${describe(value)}`,
        );
      return make(duration);
    }
    case 'anyURI':
      if (typeof value !== 'string' || !isAbsoluteIri(value))
        fail(where, 'iri', `expected an absolute URI, got ${describe(value)}`);
      return make(value);
    case 'string':
    case 'literal':
      if (typeof value !== 'string') fail(where, 'type', `expected a string, got ${describe(value)}`);
      return make(value);
  }
}

/** The node a reference points at: an IRI string, or a term a builder returned. */
export function referenceTerm(where: Where, value: unknown): NamedNode | BlankNode {
  if (typeof value === 'string') {
    if (!isAbsoluteIri(value))
      fail(where, 'iri', `expected an absolute IRI or a node a builder returned, got ${describe(value)}`);
    return factory.namedNode(value);
  }
  if (typeof value === 'object' && value !== null && 'termType' in value && 'value' in value) {
    const { termType, value: v } = value as { termType: unknown; value: unknown };
    if (typeof v === 'string' && termType === 'NamedNode' && isAbsoluteIri(v)) return factory.namedNode(v);
    if (typeof v === 'string' && termType === 'BlankNode') return factory.blankNode(v);
  }
  return fail(where, 'type', `expected an IRI or a node a builder returned, got ${describe(value)}`);
}

function publishedForm(list: CodeList, iri: string): string | undefined {
  return list.forms.find((form) => iri.startsWith(form));
}

/**
 * The concept IRI for a code-list value. An IRI of the published list (in any published form) or of
 * a list of the caller's own is accepted; an IRI under the published list's namespace that names no
 * concept of it, or a string that is no IRI, is refused.
 */
export function conceptTerm(where: Where, list: CodeList | undefined, given: unknown): NamedNode {
  const value = iriOf(given); // an IRI string, or a NamedNode of any RDF/JS DataFactory
  if (typeof value !== 'string') fail(where, 'type', `expected a concept IRI, got ${describe(value)}`);
  if (!isAbsoluteIri(value)) {
    const known = list && Object.hasOwn(list.concepts, value) ? ` (did you mean ${list.name}.${value}?)` : '';
    fail(where, 'iri', `expected a concept IRI, got ${describe(value)}${known}`);
  }
  if (list) {
    const form = publishedForm(list, value);
    if (form !== undefined && !Object.hasOwn(list.concepts, value.slice(form.length))) {
      fail(
        where,
        'code-list',
        `${value} is not a concept of the published code list ${list.name} (${Object.keys(list.concepts).join(', ')})`,
      );
    }
  }
  return factory.namedNode(value);
}

/** The term for one value of a property. */
export function valueTerm(
  where: Where,
  property: PropertyDeclaration,
  value: unknown,
): NamedNode | BlankNode | Literal {
  const range = property.range;
  switch (range.kind) {
    case 'literal':
      return literalTerm(where, range, value);
    case 'reference':
      // the referenced node's class is a matter for validation: the node may live in another graph
      return referenceTerm(where, value);
    case 'concept':
      return conceptTerm(where, range.codeList, value);
    case 'object':
      // nested nodes are walked by walk.ts, never turned into a single term
      return fail(where, 'type', 'a nested object cannot be a single value');
  }
}
