/**
 * RDF read from a Node.js stream, its quads handed to a callback as they are parsed (the fastest
 * way, for validation). Syntax errors say where; n3's failures arrive as `ParseError`s from `N3Feed`.
 * Only the stream's type is Node's: nothing here imports a Node built-in, so the main entry may use it.
 * (Quads one at a time with backpressure, for output written as it is made: `quadsOf` in n3-stream.ts.)
 */
import type { Readable } from 'node:stream';
import type { Quad } from '@rdfjs/types';
import { N3Feed } from './n3-feed.js';
import type { RdfInputFormat } from './rdf.js';

/** Parses a byte or text stream into quads, handing each to `onQuad`; syntax errors say where. */
export async function streamQuads(
  input: Readable,
  format: RdfInputFormat,
  onQuad: (quad: Quad) => void,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      input.destroy();
      reject(error);
    };
    const feed = new N3Feed(format, { documentLabels: true }, (quad) => {
      if (!failed) onQuad(quad);
    });
    // each chunk is parsed as it comes, synchronously: a throw (ours, or n3's) is caught right here
    input.on('data', (chunk: string | Uint8Array) => {
      if (failed) return;
      try {
        feed.write(chunk);
      } catch (error) {
        fail(error);
      }
    });
    input.on('end', () => {
      if (failed) return;
      try {
        feed.end();
        resolve();
      } catch (error) {
        fail(error);
      }
    });
    input.on('error', fail);
  });
}
