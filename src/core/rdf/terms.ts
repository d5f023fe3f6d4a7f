/**
 * RDF terms and the vocabularies the machinery itself speaks (RDF, RDFS, XSD, SHACL, SKOS).
 * Every term profielkit makes comes from this one RDF/JS DataFactory, whose terms have `.equals()`
 * (N3.Writer silently drops quads whose terms lack it).
 */
import DataFactory from '@rdfjs/data-model';
import type { BlankNode, Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import type { LiteralKind } from '../schema/declaration.js';
import { blankLabel } from './blank-label.js';

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

/**
 * A key that tells RDF terms apart as RDF does: a literal by its value, language tag, base direction
 * and datatype, a triple term (RDF 1.2) by its three terms; an IRI or blank node by its node id.
 */
export function termKey(t: Term): string {
  if (t.termType === 'Literal')
    return `"${t.value}"@${t.language}${t.direction ? `--${t.direction}` : ''}^^${t.datatype.value}`;
  if (t.termType === 'Quad') return `<<( ${termKey(t.subject)} ${termKey(t.predicate)} ${termKey(t.object)} )>>`;
  return t.termType === 'NamedNode' || t.termType === 'BlankNode' ? nodeId(t) : `${t.termType}:${t.value}`;
}

/** Whether two terms are the same RDF term (`termKey` equal), without making keys. */
export function sameTerm(a: Term, b: Term): boolean {
  if (a.termType !== b.termType || a.value !== b.value) return false;
  if (a.termType === 'Literal') {
    const l = b as typeof a;
    return (
      a.language === l.language && a.datatype.value === l.datatype.value && (a.direction || '') === (l.direction || '')
    );
  }
  if (a.termType === 'Quad') {
    const q = b as typeof a;
    return (
      sameTerm(a.subject, q.subject) &&
      sameTerm(a.predicate, q.predicate) &&
      sameTerm(a.object, q.object) &&
      sameTerm(a.graph, q.graph)
    );
  }
  return true;
}

/** A term in N-Triples (RDF 1.2), for the text of a triple term in a report (blank nodes as reports write them). */
function ntriplesText(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${blankLabel(t.value)}`;
    case 'Literal': {
      // JSON's escapes are N-Triples' (ECHAR and \uXXXX)
      const text = JSON.stringify(t.value);
      if (t.language !== '') return `${text}@${t.language}${t.direction ? `--${t.direction}` : ''}`;
      return t.datatype.value === XSD('string') ? text : `${text}^^<${t.datatype.value}>`;
    }
    case 'Quad':
      return `<<( ${ntriplesText(t.subject)} ${ntriplesText(t.predicate)} ${ntriplesText(t.object)} )>>`;
    default:
      return t.value;
  }
}

/**
 * A result's value as the typed report holds it: an IRI, `_:label` (the label as reports write it,
 * `blankLabel`), a literal's lexical form (its language tag and direction beside it), a triple term
 * in N-Triples (`<<( s p o )>>`).
 */
export function valueOf(t: Term): {
  readonly value: string;
  readonly valueLanguage?: string;
  readonly valueDirection?: 'ltr' | 'rtl';
} {
  if (t.termType === 'Literal') {
    if (t.language === '') return { value: t.value };
    return t.direction
      ? { value: t.value, valueLanguage: t.language, valueDirection: t.direction }
      : { value: t.value, valueLanguage: t.language };
  }
  return {
    value: t.termType === 'Quad' ? ntriplesText(t) : t.termType === 'BlankNode' ? `_:${blankLabel(t.value)}` : t.value,
  };
}

/**
 * A literal focus node's language tag and direction, as the typed report holds them beside its lexical
 * form (`focusNode`); nothing for any other term.
 */
export function focusLiteralOf(t: Term | undefined): {
  readonly focusLanguage?: string;
  readonly focusDirection?: 'ltr' | 'rtl';
} {
  if (t?.termType !== 'Literal' || t.language === '') return {};
  return t.direction ? { focusLanguage: t.language, focusDirection: t.direction } : { focusLanguage: t.language };
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
