/**
 * n3's parser fed so that it cannot throw past us. n3's own StreamParser calls the parser inside
 * `_transform`, and `parse(text, callback)` tokenizes in a microtask: either way a bug of n3's (a
 * TypeError on `prefix :<:>`) is thrown where no one catches it, an uncaught exception that ends the
 * process. Here the parser is fed synchronously, and every throw becomes a `ParseError` with the line
 * n3's lexer had reached.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { lexerLine, N3_FORMAT, n3Failure, type RdfInputFormat } from './n3-syntax.js';

export interface N3FeedOptions {
  readonly baseIRI?: string;
}

/** A parser fed chunk by chunk; `write` and `end` throw a `ParseError` at the first problem. */
export class N3Feed {
  private readonly parser: Parser;
  private onData: ((chunk: unknown) => void) | undefined;
  private onEnd: (() => void) | undefined;
  private failure: unknown;

  constructor(
    private readonly format: RdfInputFormat,
    options: N3FeedOptions,
    onQuad: (quad: Quad) => void,
  ) {
    this.parser = new Parser({ format: N3_FORMAT[format], ...(options.baseIRI === undefined ? {} : { baseIRI: options.baseIRI }) });
    // n3 reads a stream through its 'data' and 'end' events: this object hands us those callbacks
    const input = {
      on: (event: string, callback: (chunk?: unknown) => void) => {
        if (event === 'data') this.onData = callback;
        else if (event === 'end') this.onEnd = callback as () => void;
      },
    };
    (this.parser.parse as unknown as (input: unknown, callbacks: unknown) => void).call(this.parser, input, {
      onQuad: (error: unknown, quad: Quad | null) => {
        if (error) this.failure ??= error;
        else if (quad && this.failure === undefined) onQuad(quad);
      },
    });
  }

  private run(step: () => void): void {
    if (this.failure === undefined) {
      try {
        step();
      } catch (error) {
        this.failure ??= error;
      }
    }
    if (this.failure !== undefined) throw n3Failure(this.format, this.failure, lexerLine(this.parser));
  }

  write(chunk: string | Uint8Array): void {
    this.run(() => this.onData?.(chunk));
  }

  end(): void {
    this.run(() => this.onEnd?.());
  }
}

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
