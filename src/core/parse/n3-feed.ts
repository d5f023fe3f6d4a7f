/**
 * n3's parser fed so that it cannot throw past us (every runtime: no Node built-in). n3's own StreamParser calls the
 * parser inside `_transform`, and `parse(text, callback)` tokenizes in a microtask: either way a bug of n3's (a
 * TypeError on `prefix :<:>`) is thrown where no one catches it, an uncaught exception that ends the process.
 * Here the parser is fed synchronously, and every throw becomes a `ParseError` with the line n3's lexer had reached.
 */
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { lexerLine, lexerMark, locateIn, N3_FORMAT, n3Failure, type RdfInputFormat } from './n3-syntax.js';

export interface N3FeedOptions {
  readonly baseIRI?: string;
  /** the terms' factory (n3's own by default) */
  readonly factory?: import('n3').ParserOptions['factory'];
  /** the prefix n3 gives written blank node labels (`_:b0_` and up by default) */
  readonly blankNodePrefix?: string;
  /**
   * Nodes written without a label (`[ … ]`, a list's cells) named `.b0`, `.b1`, … in the order n3
   * makes them, as `TurtleReader` names them, instead of n3's process-wide `n3-57`: the same label
   * on every path, which the report writes `_:pk_b0` and `recordLines` finds. For a dataset of one
   * document only (two documents' `.b0` would be one node). Not with `factory`.
   */
  readonly documentLabels?: boolean;
  /** called with each such label and the line of the token that made it (`[`), with `documentLabels` */
  readonly onAnonymous?: (label: string, line: number | undefined) => void;
}

/** A parser fed chunk by chunk; `write` and `end` throw a `ParseError` at the first problem. */
export class N3Feed {
  private readonly parser: Parser;
  private onData: ((chunk: unknown) => void) | undefined;
  private onEnd: (() => void) | undefined;
  private failure: unknown;
  /** what the caller's `onQuad` threw: passed on as it is, not as a failure of the parser's */
  private consumerFailure: { error: unknown } | undefined;

  constructor(
    private readonly format: RdfInputFormat,
    options: N3FeedOptions,
    onQuad: (quad: Quad) => void,
  ) {
    let factory: N3FeedOptions['factory'] = options.factory;
    if (factory === undefined && options.documentLabels === true) {
      let count = 0;
      const { onAnonymous } = options;
      factory = {
        ...DataFactory,
        blankNode: (name?: string) => {
          if (name !== undefined) return DataFactory.blankNode(name);
          const label = `.b${count++}`;
          onAnonymous?.(label, lexerLine(this.parser));
          return DataFactory.blankNode(label);
        },
      } as N3FeedOptions['factory'];
    }
    this.parser = new Parser({
      format: N3_FORMAT[format],
      ...(options.baseIRI === undefined ? {} : { baseIRI: options.baseIRI }),
      ...(factory === undefined ? {} : { factory }),
      ...(options.blankNodePrefix === undefined ? {} : { blankNodePrefix: options.blankNodePrefix }),
    });
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
        else if (quad && this.failure === undefined && this.consumerFailure === undefined) {
          try {
            onQuad(quad);
          } catch (error) {
            this.consumerFailure = { error };
            // stops n3 from reading further, without being taken for a syntax error
            throw error;
          }
        }
      },
    });
  }

  private run(step: () => void, chunk: string | Uint8Array = ''): void {
    // where the lexer stood, and the text it kept: a syntax error's column is then found in the text
    const mark = this.failure === undefined ? lexerMark(this.parser) : undefined;
    if (this.failure === undefined && this.consumerFailure === undefined) {
      try {
        step();
      } catch (error) {
        if (this.consumerFailure === undefined) this.failure ??= error;
      }
    }
    if (this.consumerFailure !== undefined) throw this.consumerFailure.error;
    if (this.failure !== undefined) {
      // only on failure: the text as n3 read it (a first chunk's byte order mark is not part of it)
      let text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      const first = mark !== undefined && mark.line === 1 && mark.column === 0 && mark.text === '';
      if (first && text.startsWith('\ufeff')) text = text.slice(1);
      const locate = mark === undefined ? undefined : locateIn(mark, mark.text + text);
      throw n3Failure(this.format, this.failure, lexerLine(this.parser), locate);
    }
  }

  write(chunk: string | Uint8Array): void {
    this.run(() => this.onData?.(chunk), chunk);
  }

  end(): void {
    this.run(() => this.onEnd?.());
  }
}
