/**
 * n3's parser as a Node.js transform stream (text or bytes in, quads out), fed through `N3Feed`, so
 * that a failure of n3's is the stream's error, never an uncaught throw. Node only: the main entry's
 * stream readers use `N3Feed` directly.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { Quad } from '@rdfjs/types';
import { N3Feed, type N3FeedOptions } from './n3-feed.js';
import type { RdfInputFormat } from './n3-syntax.js';

/** A transform from text or bytes to quads; a failure is the stream's error, never a throw. */
export class N3Stream extends Transform {
  private readonly feed: N3Feed;

  constructor(format: RdfInputFormat, options: N3FeedOptions = {}) {
    super({ decodeStrings: true, readableObjectMode: true });
    this.feed = new N3Feed(format, options, (quad) => this.push(quad));
  }

  private step(run: () => void, done: TransformCallback): void {
    try {
      run();
    } catch (error) {
      return done(error as Error);
    }
    done();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.step(() => this.feed.write(chunk), done);
  }

  override _flush(done: TransformCallback): void {
    this.step(() => this.feed.end(), done);
  }
}

/** Options of `quadsOf`. */
export interface QuadStreamOptions {
  /** the base IRI for relative IRIs */
  readonly baseIRI?: string;
}

/** The quads of `input`, one at a time with backpressure, as they are parsed. */
export async function* quadsOf(
  input: Readable,
  format: RdfInputFormat,
  options: QuadStreamOptions = {},
): AsyncGenerator<Quad> {
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
