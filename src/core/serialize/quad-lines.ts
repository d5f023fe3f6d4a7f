/**
 * N-Triples or N-Quads lines from quads as they come, each term checked as every writer of profielkit
 * checks it: what the syntax cannot write is an error, never raw output.
 */
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { safeQuad } from './rdf.js';
import { TermCheck } from './writable.js';
import type { QuadTextWriter } from './pieces.js';

export class QuadLineWriter implements QuadTextWriter {
  private readonly writer: Writer;
  private readonly check: TermCheck;

  constructor(private readonly format: 'ntriples' | 'nquads') {
    this.writer = new Writer({ format: format === 'nquads' ? 'N-Quads' : 'N-Triples' });
    this.check = new TermCheck(format);
  }

  header(): string {
    return '';
  }

  writeQuad(quad: Quad): string {
    const q = safeQuad(quad, this.check, false);
    return this.writer.quadToString(q.subject, q.predicate, q.object, this.format === 'nquads' ? q.graph : undefined);
  }

  end(): string {
    return '';
  }
}
