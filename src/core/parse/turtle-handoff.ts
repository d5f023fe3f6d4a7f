/**
 * The rest of a Turtle input read by n3 for profielkit's Turtle reader, from the start of the first
 * statement the reader does not read itself (RDF 1.2, deep nesting): n3 is told the prefixes and base
 * so far, its blank nodes take the reader's labels, the triples of that statement the reader handed
 * out already are passed over, and n3's errors are moved to their line and column in the whole input.
 */
import type { Quad } from '@rdfjs/types';
import { ParseError } from '../errors.js';
import { factory } from '../rdf/terms.js';
import { N3Feed, type N3FeedOptions } from './n3-feed.js';

/** What the hand-off needs of the reader it continues. */
export interface HandoffTarget {
  /** a label for a blank node without one, as the reader makes them */
  freshLabel(): string;
  /** hands a triple out as the reader does */
  handOut(subject: string, predicate: string, object: Quad['object']): void;
}

/**
 * The rest of the input read by n3, from the start of a statement the reader hands over: n3 is told
 * the prefixes and base so far (in a first line of declarations), makes its blank nodes with the
 * reader's labels, and its errors are moved to where they are in the whole input.
 */
export class Handoff {
  private readonly feed: N3Feed;
  private readonly preamble: number;

  constructor(
    reader: HandoffTarget,
    text: string,
    prefixes: ReadonlyMap<string, string>,
    base: string | undefined,
    private readonly line: number,
    private readonly column: number,
    skip: number,
  ) {
    let preamble = '';
    for (const [name, iri] of prefixes) preamble += `@prefix ${name}: <${iri}> . `;
    if (base !== undefined && base !== '') preamble += `@base <${base}> . `;
    this.preamble = preamble.length;
    let passed = 0;
    const termFactory = {
      namedNode: (iri: string) => factory.namedNode(iri),
      // n3 writes a label as `x` + label (blankNodePrefix below); one of its own has none
      blankNode: (name?: string) => factory.blankNode(name === undefined ? reader.freshLabel() : name.slice(1)),
      literal: (value: string, languageOrDatatype?: Parameters<typeof factory.literal>[1]) =>
        factory.literal(value, languageOrDatatype),
      variable: (name: string) => factory.variable(name),
      defaultGraph: () => factory.defaultGraph(),
      quad: (s: Quad['subject'], p: Quad['predicate'], o: Quad['object'], g?: Quad['graph']) =>
        factory.quad(s, p, o, g),
    } as unknown as NonNullable<N3FeedOptions['factory']>;
    this.feed = new N3Feed('turtle', { factory: termFactory, blankNodePrefix: '_:x' }, (quad: Quad) => {
      if (passed < skip) {
        passed++;
        return;
      }
      const s = quad.subject;
      reader.handOut(s.termType === 'BlankNode' ? `_:${s.value}` : s.value, quad.predicate.value, quad.object);
    });
    this.guard(() => this.feed.write(preamble + text));
  }

  write(text: string): void {
    if (text !== '') this.guard(() => this.feed.write(text));
  }

  end(): void {
    this.guard(() => this.feed.end());
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (!(error instanceof ParseError) || error.line === undefined) throw error;
      const line = error.line + this.line - 1;
      const column =
        error.line === 1
          ? error.column === undefined
            ? this.column
            : error.column - this.preamble + this.column - 1
          : (error.column ?? 1);
      throw new ParseError('turtle', error.detail, { line, column }, { cause: error.cause });
    }
  }
}
