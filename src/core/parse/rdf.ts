/**
 * Turtle, N-Triples and N-Quads in, with N3.Parser. A syntax error becomes a `ParseError` with its
 * line (and the column, found from the offending token on that line); so does any failure of n3's.
 */
import { Store } from 'n3';
import { N3Feed } from './n3-feed.js';
import type { RdfInputFormat } from './n3-syntax.js';
import { LimitedStore, type StoreLimits } from './store-limits.js';

export { N3_FORMAT, lexerLine, n3Failure, syntaxError, type RdfInputFormat } from './n3-syntax.js';

/** Options of `parseRdf`. */
export interface ParseOptions extends StoreLimits {
  /** the base IRI relative IRIs are resolved against */
  readonly baseIRI?: string;
}

/** Parses RDF text into an N3.Store (a dataset); over a limit (`maxGraphs`), a `LimitError`. */
export function parseRdf(text: string, format: RdfInputFormat = 'turtle', options: ParseOptions = {}): Store {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const store = new LimitedStore(new Store(), options);
  // fed quad by quad into the store: a limit is found at the quad that passes it, not after all are parsed
  const feed = new N3Feed(format, options, (quad) => store.add(quad));
  feed.write(input);
  feed.end();
  return store.store;
}
