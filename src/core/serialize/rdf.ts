/**
 * Turtle, N-Triples and N-Quads output with N3.Writer. Terms are copied through profielkit's
 * DataFactory first: N3.Writer silently drops quads whose terms lack `.equals()`.
 */
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { factory } from '../rdf/terms.js';

/** The RDF syntaxes profielkit writes. */
export type RdfFormat = 'turtle' | 'ntriples' | 'nquads';

const N3_FORMAT: Readonly<Record<RdfFormat, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads' };

export interface WriteOptions {
  /** prefixes for Turtle (ignored by the line-based formats) */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/** A copy of a quad whose terms all come from profielkit's DataFactory. */
export function withFactoryTerms(quad: Quad): Quad {
  return factory.fromQuad(quad);
}

/** Writes a dataset (or any iterable of quads) in the given syntax. */
export function writeRdf(data: DatasetCore | Iterable<Quad>, format: RdfFormat, options: WriteOptions = {}): Promise<string> {
  const prefixes = format === 'turtle' ? { ...(options.prefixes ?? {}) } : {};
  const writer = new Writer({ format: N3_FORMAT[format], prefixes });
  let count = 0;
  for (const quad of data as Iterable<Quad>) {
    writer.addQuad(withFactoryTerms(format === 'nquads' ? quad : factory.quad(quad.subject, quad.predicate, quad.object)));
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
