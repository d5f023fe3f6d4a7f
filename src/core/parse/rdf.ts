/**
 * Turtle, N-Triples and N-Quads in, with N3.Parser. A syntax error becomes a `ParseError` with its
 * line (and the column, found from the offending token on that line).
 */
import { Parser, Store } from 'n3';
import { ParseError } from '../errors.js';

/** The RDF syntaxes profielkit reads. */
export type RdfInputFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

/** N3's names for the syntaxes. */
export const N3_FORMAT: Readonly<Record<RdfInputFormat, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

/** Options of `parseRdf`. */
export interface ParseOptions {
  /** the base IRI relative IRIs are resolved against */
  readonly baseIRI?: string;
}

interface N3SyntaxError extends Error {
  context?: { line?: number; token?: { value?: unknown; line?: number; start?: number } | null };
}

/** N3's lexer counts a token's `start` from the beginning of its line. */
function columnOf(line: number, token: { line?: number; start?: number } | null | undefined): number | undefined {
  return token?.line === line && typeof token.start === 'number' ? token.start + 1 : undefined;
}

/** Parses RDF text into an N3.Store (a dataset). */
export function parseRdf(text: string, format: RdfInputFormat = 'turtle', options: ParseOptions = {}): Store {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parser = new Parser({ format: N3_FORMAT[format], ...(options.baseIRI === undefined ? {} : { baseIRI: options.baseIRI }) });
  try {
    return new Store(parser.parse(input));
  } catch (error) {
    throw syntaxError(format, error);
  }
}

/** N3's syntax error as a `ParseError` with the line and column it names. */
export function syntaxError(format: RdfInputFormat, error: unknown): ParseError {
  const e = error as N3SyntaxError;
  const line = e.context?.line;
  const detail = (e.message ?? String(error)).replace(/ on line \d+\.?$/u, '');
  const column = line === undefined ? undefined : columnOf(line, e.context?.token);
  return new ParseError(format, detail, { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) }, { cause: error });
}
