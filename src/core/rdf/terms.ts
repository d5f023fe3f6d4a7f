/**
 * RDF terms and the vocabularies the machinery itself speaks (RDF, RDFS, XSD, SHACL, SKOS).
 * Every term profielkit makes comes from this one RDF/JS DataFactory, whose terms have `.equals()`
 * (N3.Writer silently drops quads whose terms lack it).
 */
import DataFactory from '@rdfjs/data-model';
import type { BlankNode, Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import type { LiteralKind } from '../schema/declaration.js';

export const factory = DataFactory;
export type { BlankNode, Literal, NamedNode, Quad, Term };

/** Returns a function that makes IRIs in a namespace. */
export function namespace(base: string): (local: string) => string {
  return (local) => base + local;
}

export const RDF = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#');
export const RDFS = namespace('http://www.w3.org/2000/01/rdf-schema#');
export const XSD = namespace('http://www.w3.org/2001/XMLSchema#');
export const SH = namespace('http://www.w3.org/ns/shacl#');
export const SKOS = namespace('http://www.w3.org/2004/02/skos/core#');

export const RDF_TYPE = RDF('type');

/** The XSD datatype each literal kind is written with. */
export const DATATYPE: Readonly<Record<LiteralKind, string>> = {
  string: XSD('string'),
  date: XSD('date'),
  dateTime: XSD('dateTime'),
  integer: XSD('integer'),
  boolean: XSD('boolean'),
  duration: XSD('duration'),
  anyURI: XSD('anyURI'),
  literal: XSD('string'),
};

/** The string form profielkit uses for a node in reports and readers: an IRI, or `_:label`. */
export function nodeId(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

/** True for an absolute IRI (a scheme, a colon, and no characters that Turtle cannot write in `<>`). */
export function isAbsoluteIri(value: string): boolean {
  // the characters Turtle and N-Triples cannot write inside <>, control characters included
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`]*$/u.test(value);
}

/**
 * The IRI of a NamedNode from any RDF/JS DataFactory (an object with `termType: 'NamedNode'` and a
 * string `value`); any other value is returned as it is. Builders take such a term wherever they take an IRI.
 */
export function iriOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { termType, value: iri } = value as { termType?: unknown; value?: unknown };
  return termType === 'NamedNode' && typeof iri === 'string' ? iri : value;
}
