/**
 * n3's names for the RDF syntaxes, and whatever n3 throws turned into a `ParseError` that says where:
 * a syntax error with its line and column, a failure of n3's own with the line its lexer had reached.
 */
import type { Parser } from 'n3';
import { ParseError, ProfielkitError } from '../errors.js';

/** The RDF syntaxes profielkit reads. */
export type RdfInputFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig';

/** N3's names for the syntaxes. */
export const N3_FORMAT: Readonly<Record<RdfInputFormat, string>> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
};

interface N3Token {
  value?: unknown;
  line?: number;
  endLine?: number;
  start?: number;
  end?: number;
}

interface N3SyntaxError extends Error {
  context?: { line?: number; token?: N3Token | null; previousToken?: N3Token | null };
}

/**
 * The 1-based column of the first character that is not a space or tab on line `line` at or after the
 * 0-based column `from`, from the text n3 had; undefined when that text does not hold the line.
 */
export type Locate = (line: number, from: number) => number | undefined;

/**
 * N3's lexer counts a token's `start` from the beginning of its line. Its own errors (`Unexpected
 * "…"`) carry no token: the text it could not read starts after the last token it read on that line
 * (a multi-line literal's `end` is on its last line), or at the line's start, and after any space or
 * tab, which the lexer skips (`locate` finds it in the text; without the text, the column right after).
 */
function columnOf(
  line: number,
  token: N3Token | null | undefined,
  previous: N3Token | null | undefined,
  locate?: Locate,
): number | undefined {
  if (token?.line === line && typeof token.start === 'number') return token.start + 1;
  if (token !== undefined && token !== null) return undefined;
  const from = (previous?.endLine ?? previous?.line) === line && typeof previous?.end === 'number' ? previous.end : 0;
  return locate?.(line, from) ?? from + 1;
}

/** Where n3's lexer stands before more input: its line, the 0-based column its kept text starts at, that text. */
export interface LexerMark {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** n3's lexer's position (private fields of n3 2.x; undefined if they are not there). */
export function lexerMark(parser: Parser): LexerMark | undefined {
  const lexer = (parser as unknown as { _lexer?: { _line?: unknown; _linePosition?: unknown; _input?: unknown } })
    ._lexer;
  if (typeof lexer?._line !== 'number') return undefined;
  const column = typeof lexer._linePosition === 'number' ? lexer._linePosition : 0;
  return { line: lexer._line, column, text: typeof lexer._input === 'string' ? lexer._input : '' };
}

/** A `Locate` over `text`, which starts on line `mark.line` at 0-based column `mark.column`. */
export function locateIn(mark: LexerMark, text: string): Locate {
  return (line, from) => {
    let at = mark.line;
    let column = mark.column;
    let i = 0;
    // to the start of the line (CR LF, CR and LF end a line, as for n3)
    while (at < line) {
      const lf = text.indexOf('\n', i);
      const cr = text.indexOf('\r', i);
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (end === -1) return undefined;
      i = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
      at++;
      column = 0;
    }
    if (at !== line) return undefined;
    i += Math.max(0, from - column);
    column = Math.max(column, from);
    while (text[i] === ' ' || text[i] === '\t') {
      i++;
      column++;
    }
    return column + 1;
  };
}

/** The line n3's lexer has reached (n3 keeps it on a private field), for failures n3 does not locate. */
export function lexerLine(parser: Parser): number | undefined {
  const line = (parser as unknown as { _lexer?: { _line?: unknown } })._lexer?._line;
  return typeof line === 'number' ? line : undefined;
}

/**
 * Whatever n3 threw while reading, as a `ParseError`: its syntax errors with their line and column,
 * profielkit's own errors as they are, anything else (a bug of n3's, such as the TypeError on `prefix :<:>`) with the
 * line the lexer had reached, so that bad input is never reported as a crash.
 */
export function n3Failure(
  format: RdfInputFormat,
  error: unknown,
  line: number | undefined,
  locate?: Locate,
): ProfielkitError {
  // ours already (a limit passed while the quads were taken in) says what it means
  if (error instanceof ProfielkitError) return error;
  if (typeof error === 'object' && error !== null && 'context' in error) return syntaxError(format, error, locate);
  const why = error instanceof Error ? error.message : String(error);
  return new ParseError(format, `cannot be read (the parser failed: ${why})`, line === undefined ? {} : { line }, {
    cause: error,
  });
}

/** N3's syntax error as a `ParseError` with the line and column it names. */
export function syntaxError(format: RdfInputFormat, error: unknown, locate?: Locate): ParseError {
  const e = error as N3SyntaxError;
  const line = e.context?.line;
  const detail = (e.message ?? String(error)).replace(/ on line \d+\.?$/u, '');
  const column = line === undefined ? undefined : columnOf(line, e.context?.token, e.context?.previousToken, locate);
  return new ParseError(
    format,
    detail,
    { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) },
    { cause: error },
  );
}
