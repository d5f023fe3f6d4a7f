/**
 * n3's names for the RDF syntaxes, and whatever n3 throws turned into a `ParseError` that says where:
 * a syntax error with its line and column, a failure of n3's own with the line its lexer had reached.
 */
import type { Parser } from 'n3';
import { ParseError, ProfielkitError } from '../errors.js';

/** The RDF syntaxes profielkit reads. */
export type RdfInputFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

/** N3's names for the syntaxes. */
export const N3_FORMAT: Readonly<Record<RdfInputFormat, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

interface N3Token {
  value?: unknown;
  line?: number;
  start?: number;
  end?: number;
}
interface N3SyntaxError extends Error {
  context?: { line?: number; token?: N3Token | null; previousToken?: N3Token | null };
}

/**
 * N3's lexer counts a token's `start` from the beginning of its line. Its own errors (`Unexpected
 * "…"`) carry no token: the text it could not read starts where the last token it read on that line
 * ends (after space, if any), or on a line of its own at column 1 (after indentation, if any).
 */
function columnOf(line: number, token: N3Token | null | undefined, previous: N3Token | null | undefined): number | undefined {
  if (token?.line === line && typeof token.start === 'number') return token.start + 1;
  if (token !== undefined && token !== null) return undefined;
  return previous?.line === line && typeof previous.end === 'number' ? previous.end + 1 : 1;
}

/** The line n3's lexer has reached (n3 keeps it on a private field), for failures n3 does not locate. */
export function lexerLine(parser: Parser): number | undefined {
  const line = (parser as unknown as { _lexer?: { _line?: unknown } })._lexer?._line;
  return typeof line === 'number' ? line : undefined;
}

/**
 * Whatever n3 threw while reading, as a `ParseError`: its syntax errors with their line and column,
 * profielkit's own errors as they are, anything else (a bug of n3's, such as the TypeError on `prefix :<:>`) with the line the lexer had
 * reached, so that bad input is never reported as a crash.
 */
export function n3Failure(format: RdfInputFormat, error: unknown, line: number | undefined): ProfielkitError {
  // ours already (a limit passed while the quads were taken in) says what it means
  if (error instanceof ProfielkitError) return error;
  if (typeof error === 'object' && error !== null && 'context' in error) return syntaxError(format, error);
  const why = error instanceof Error ? error.message : String(error);
  return new ParseError(format, `cannot be read (the parser failed: ${why})`, line === undefined ? {} : { line }, { cause: error });
}

/** N3's syntax error as a `ParseError` with the line and column it names. */
export function syntaxError(format: RdfInputFormat, error: unknown): ParseError {
  const e = error as N3SyntaxError;
  const line = e.context?.line;
  const detail = (e.message ?? String(error)).replace(/ on line \d+\.?$/u, '');
  const column = line === undefined ? undefined : columnOf(line, e.context?.token, e.context?.previousToken);
  return new ParseError(format, detail, { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) }, { cause: error });
}
