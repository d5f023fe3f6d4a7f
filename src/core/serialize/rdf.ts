/**
 * Turtle, N-Triples and N-Quads output with N3.Writer. Terms are copied through profielkit's
 * DataFactory first: N3.Writer silently drops quads whose terms lack `.equals()`.
 */
import type { DatasetCore, Literal, Quad, Term } from '@rdfjs/types';
import { Writer } from 'n3';
import { TermCheck } from './writable.js';
import { factory } from '../rdf/terms.js';

/** The RDF syntaxes profielkit writes. */
export type RdfFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

const N3_FORMAT: Readonly<Record<RdfFormat, string>> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
};

export interface WriteOptions {
  /** prefixes for Turtle and TriG (ignored by the line-based formats) */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/**
 * A copy of a quad whose terms all come from profielkit's DataFactory (or, with `copy` false, the
 * quad itself where nothing changes), its terms passed through `check`: what the syntax cannot write is
 * refused, blank nodes with labels it cannot write get fresh ones (their labels carry no meaning).
 */
export function safeQuad(quad: Quad, check: TermCheck, copy = true): Quad {
  const term = <T extends Term>(t: T): T => {
    switch (t.termType) {
      case 'NamedNode':
        check.iri(t.value);
        return t;
      case 'BlankNode': {
        const label = check.blank(t.value);
        return label === t.value ? t : (factory.blankNode(label) as T);
      }
      case 'Literal': {
        const literal = t as Term as Literal;
        check.literal(literal.value, literal.language, literal.datatype.value);
        return t;
      }
      case 'Quad': {
        // a triple term (RDF 1.2): its terms are checked and relabelled as any others
        const inner = t as Term as Quad;
        const [s, p, o] = [term(inner.subject), term(inner.predicate), term(inner.object)];
        return s === inner.subject && o === inner.object ? t : (factory.quad(s, p, o) as Term as T);
      }
      default:
        return t;
    }
  };
  const keepGraph = check.format === 'nquads' || check.format === 'trig' || check.format === 'jsonld';
  if (!copy) {
    // checked in place: the caller needs no terms with .equals(), only safe ones
    const [s, p, o, g] = [
      term(quad.subject),
      term(quad.predicate),
      term(quad.object),
      keepGraph ? term(quad.graph) : quad.graph,
    ];
    return s === quad.subject && o === quad.object ? quad : factory.quad(s, p, o, g);
  }
  const q = factory.fromQuad(quad);
  return factory.quad(
    term(q.subject),
    term(q.predicate),
    term(q.object),
    keepGraph ? term(q.graph) : factory.defaultGraph(),
  );
}

/** Writes a dataset (or any iterable of quads) in the given syntax. */
export async function writeRdf(
  data: DatasetCore | Iterable<Quad>,
  format: RdfFormat,
  options: WriteOptions = {},
): Promise<string> {
  const prefixes = format === 'turtle' || format === 'trig' ? { ...(options.prefixes ?? {}) } : {};
  const writer = new Writer({ format: N3_FORMAT[format], prefixes });
  let count = 0;
  const check = new TermCheck(format);
  // every quad is checked before the writer ends, so a refused graph yields no output at all
  for (const quad of data as Iterable<Quad>) {
    writer.addQuad(safeQuad(quad, check));
    count++;
  }
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => {
      if (error) reject(error);
      else if (count > 0 && result.trim() === '') reject(new Error(`N3.Writer wrote nothing for ${count} quads`));
      else resolve(result);
    });
  });
}
