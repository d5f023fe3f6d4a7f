/**
 * RDF read as a stream: the quads of a Turtle, N-Triples, N-Quads or TriG input one at a time, with
 * backpressure (the input is read no faster than the quads are taken). Syntax errors say where.
 */
import type { Readable } from 'node:stream';
import type { Quad } from '@rdfjs/types';
import { StreamParser } from 'n3';
import { N3_FORMAT, syntaxError, type RdfInputFormat } from './rdf.js';

export interface QuadStreamOptions {
  /** the base IRI for relative IRIs */
  readonly baseIRI?: string;
}

/** The quads of `input`, as they are parsed. */
export async function* quadsOf(input: Readable, format: RdfInputFormat, options: QuadStreamOptions = {}): AsyncGenerator<Quad> {
  const parser = new StreamParser({ format: N3_FORMAT[format], ...(options.baseIRI === undefined ? {} : { baseIRI: options.baseIRI }) });
  // a read error of the input ends the parser with that error (pipe alone would leave it waiting)
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const quad of parser as AsyncIterable<Quad>) yield quad;
  } catch (error) {
    // N3's syntax errors carry a context (line, token); anything else (a file error) passes as it is
    throw typeof error === 'object' && error !== null && 'context' in error ? syntaxError(format, error) : error;
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}
