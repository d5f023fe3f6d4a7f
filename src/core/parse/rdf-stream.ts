/**
 * RDF read as a stream, two ways: quads handed to a callback as they are parsed (`streamQuads`, the
 * fastest, for validation), or taken one at a time with backpressure (`quadsOf`, for output written as
 * it is made). Syntax errors say where, in both; n3's failures arrive as `ParseError`s from `N3Stream`.
 */
import type { Readable } from 'node:stream';
import type { Quad } from '@rdfjs/types';
import { N3Stream } from './n3-stream.js';
import type { RdfInputFormat } from './rdf.js';

export interface QuadStreamOptions {
  /** the base IRI for relative IRIs */
  readonly baseIRI?: string;
}

/** Parses a byte or text stream into quads, handing each to `onQuad`; syntax errors say where. */
export async function streamQuads(input: Readable, format: RdfInputFormat, onQuad: (quad: Quad) => void): Promise<void> {
  const parser = new N3Stream(format);
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      input.unpipe(parser);
      input.destroy();
      reject(error);
    };
    parser.on('data', (quad: Quad) => {
      if (failed) return;
      try {
        onQuad(quad);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('error', fail);
    parser.on('end', () => {
      if (!failed) resolve();
    });
    input.on('error', fail);
    input.pipe(parser);
  });
}

/** The quads of `input`, as they are parsed. */
export async function* quadsOf(input: Readable, format: RdfInputFormat, options: QuadStreamOptions = {}): AsyncGenerator<Quad> {
  const parser = new N3Stream(format, options);
  // a read error of the input ends the parser with that error (pipe alone would leave it waiting)
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const quad of parser as AsyncIterable<Quad>) yield quad;
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}
