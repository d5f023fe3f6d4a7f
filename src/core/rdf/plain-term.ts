/**
 * An RDF term as plain data and back, for a message between threads (a structured clone keeps no
 * class, so no `.equals()`): every term a result can hold, a literal's direction and RDF 1.2's
 * triple terms included.
 */
import type { Term } from '@rdfjs/types';
import { factory } from './terms.js';

/** A term as plain data. */
export type PlainTerm =
  | { readonly termType: 'NamedNode' | 'BlankNode' | 'Variable' | 'DefaultGraph'; readonly value: string }
  | {
      readonly termType: 'Literal';
      readonly value: string;
      readonly language: string;
      readonly direction?: 'ltr' | 'rtl';
      readonly datatype: string;
    }
  | {
      readonly termType: 'Quad';
      readonly subject: PlainTerm;
      readonly predicate: PlainTerm;
      readonly object: PlainTerm;
      readonly graph: PlainTerm;
    };

export function plainTerm(t: Term): PlainTerm {
  switch (t.termType) {
    case 'Literal':
      return {
        termType: 'Literal',
        value: t.value,
        language: t.language,
        ...(t.direction ? { direction: t.direction } : {}),
        datatype: t.datatype.value,
      };
    case 'Quad':
      return {
        termType: 'Quad',
        subject: plainTerm(t.subject),
        predicate: plainTerm(t.predicate),
        object: plainTerm(t.object),
        graph: plainTerm(t.graph),
      };
    default:
      return { termType: t.termType, value: t.value };
  }
}

export function termOf(t: PlainTerm): Term {
  switch (t.termType) {
    case 'Literal':
      if (t.language === '') return factory.literal(t.value, factory.namedNode(t.datatype));
      return factory.literal(t.value, t.direction ? { language: t.language, direction: t.direction } : t.language);
    case 'Quad':
      return factory.quad(
        termOf(t.subject) as never,
        termOf(t.predicate) as never,
        termOf(t.object) as never,
        termOf(t.graph) as never,
      );
    case 'NamedNode':
      return factory.namedNode(t.value);
    case 'BlankNode':
      return factory.blankNode(t.value);
    case 'Variable':
      return factory.variable(t.value);
    default:
      return factory.defaultGraph();
  }
}
