/**
 * A reader of Turtle of profielkit's own, for the validation hot path: text in, one call per triple
 * out, with the subject and predicate as plain strings and the object as an RDF/JS term, as
 * `NTriplesReader` does for N-Triples. It reads what n3's Turtle parser reads, as n3 reads it, and
 * hands out the triples in n3's order (differential and property tests hold it to `N3.Parser`): its
 * tokens are n3's lexer's, token for token (the same regular expressions and name rules, `^^` before
 * any IRI, relative IRIs resolved as n3 resolves them, even `</x>` without a base as `undefined/x`),
 * and its grammar is n3's state machine written as recursive descent, so that nested blank nodes and
 * collections interleave their triples as n3's do. Bad input is a `ParseError` with its line and column.
 *
 * How text in pieces is read: only up to the last line end of the text held (a token never spans a
 * line end, except a long string), so that every token before it is decided as it would be in the
 * whole text. A statement cut by the end of that text is read again from its start when more text has
 * come (once the text held has doubled, so that a huge statement is not read again for every piece),
 * its triples handed out once: the ones already handed out are passed over. A text without line ends
 * is therefore held whole until its end.
 *
 * Blank nodes: a label keeps its label as written (`_:b1`); a node without one (`[]`, a collection's
 * nodes) gets `.b0`, `.b1`, ... in the order n3 makes them: a label cannot start with a dot, so these
 * never meet a written one (but they cannot be written back to Turtle as they are).
 *
 * What it hands to n3: RDF 1.2's triple terms and reified triples (`<<`), reifiers (`~`), annotations
 * (`{|`), `VERSION`/`@version`, directional language tags (`@en--ltr`), and blank node property lists
 * and collections nested more than 256 deep (n3 keeps its own stack). At the first of these, the
 * rest of the input from the start of its statement is read by n3 (told the prefixes and base so
 * far, its labels mapped to the reader's), the triples of that statement already handed out passed
 * over; n3's errors are moved to the line and column in the whole input.
 *
 * One difference, deliberate: n3 takes `. ` after a `;` inside a blank node property list as the end
 * of a statement while the list is still open (`[ <p> <o> ; . <s> <p> <o> ] .` is read), a state the
 * grammar does not have; here that is an error.
 */
import type { Term } from '@rdfjs/types';
import { ParseError } from '../errors.js';
import { factory } from '../rdf/terms.js';
import type { TripleHandler } from './ntriples-reader.js';
import { Base } from './relative-iri.js';
import { Handoff, type HandoffTarget } from './turtle-handoff.js';
import {
  DatatypeTerms,
  ECHAR,
  LABEL_CHAR,
  LABEL_START,
  LANG_STRING_TYPED,
  PLAIN_IRI,
  PLAIN_QUOTED,
  SUBTAG_TOO_LONG,
  SURROGATE_PAIR,
  XSD_STRING,
  isHexDigit,
  isLangStringType,
  subtagTooLong,
  unescape,
  unescapeIri,
} from './term-lexer.js';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = `${RDF}type`;
const RDF_FIRST = `${RDF}first`;
const RDF_REST = `${RDF}rest`;
const RDF_NIL = `${RDF}nil`;
const NIL = factory.namedNode(RDF_NIL);

// token types
const EOF: number = 0;
const IRI: number = 1; // value: the IRI as written, escapes read (not yet resolved)
const PNAME: number = 2; // prefix: the prefix, value: the local name, escapes read
const TYPE_IRI: number = 3; // an IRI after `^^`
const TYPE_PNAME: number = 4; // a prefixed name after `^^`
const BLANK: number = 5; // value: the label
const STRING: number = 6; // value: the string
const TYPED: number = 7; // a number or boolean: value, prefix the datatype
const LANG: number = 8; // value: the tag as written
const DOT: number = 9;
const SEMI: number = 10;
const COMMA: number = 11;
const OPEN_BRACKET: number = 12;
const CLOSE_BRACKET: number = 13;
const OPEN_PAREN: number = 14;
const CLOSE_PAREN: number = 15;
const A: number = 16;
const AT_PREFIX: number = 17;
const AT_BASE: number = 18;
const PREFIX: number = 19;
const BASE: number = 20;
const PREFIX_NAME: number = 21; // the `p:` of a prefix declaration; value: the prefix
const OTHER: number = 22; // a token n3 has that Turtle has no place for (GRAPH, {, }, @forAll): value names it

const TOKEN_NAMES = [
  'eof',
  'IRI',
  'prefixed',
  'IRI',
  'prefixed',
  'blank',
  'literal',
  'literal',
  'langcode',
  '.',
  ';',
  ',',
  '[',
  ']',
  '(',
  ')',
  'abbreviation',
  '@prefix',
  '@base',
  'PREFIX',
  'BASE',
  'prefix',
];

// ---- n3's lexer, its character classes and regular expressions (n3 2.13, MIT) ----

function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}
const asciiDelimiters = new Uint8Array(0x80);
for (const ch of ',;!^#()[]{}"\'<> \t\n\v\f\r') asciiDelimiters[ch.charCodeAt(0)] = 1;
function isDelimiter(c: number): boolean {
  return c < 0x80 ? asciiDelimiters[c] === 1 : isWhitespace(c);
}
function canEndName(input: string, pos: number): boolean {
  let c = input.charCodeAt(pos);
  if (c === 0x2e) c = input.charCodeAt(++pos);
  if (pos >= input.length) return true;
  return isDelimiter(c);
}
const localEscapes = "_~.-!$&'()*+,;=/?#@%";
const PREFIX_START = 1;
const LOCAL_START = 2;
const NAME_CHAR = 4;
const LOCAL_CHAR = 8;
const LOCAL_ESCAPE = 16;
const asciiNameClasses = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  const letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
  const nameChar = letter || ch === '_' || ch === '-' || (ch >= '0' && ch <= '9');
  asciiNameClasses[c] =
    (letter ? PREFIX_START : 0) |
    ((nameChar && ch !== '-') || ch === ':' ? LOCAL_START : 0) |
    (nameChar ? NAME_CHAR : 0) |
    (nameChar || ch === ':' ? LOCAL_CHAR : 0) |
    (localEscapes.includes(ch) ? LOCAL_ESCAPE : 0);
}
function nameCharLength(input: string, pos: number, charClass: number): number {
  const c = input.charCodeAt(pos);
  if (c < 0x80) return ((asciiNameClasses[c] as number) & charClass) !== 0 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdb7f) {
    const low = input.charCodeAt(pos + 1);
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
  }
  if (charClass >= NAME_CHAR && (c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040)) return 1;
  return (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7 && (c < 0x300 || (c >= 0x370 && c !== 0x37e))) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
    ? 1
    : 0;
}
function skipPrefix(input: string, pos: number): number {
  let length = nameCharLength(input, pos, PREFIX_START);
  while (length !== 0) {
    pos += length;
    const next = input.charCodeAt(pos) === 0x2e ? pos + 1 : pos;
    length = nameCharLength(input, next, NAME_CHAR);
    if (length !== 0) pos = next;
  }
  return pos;
}
function skipLocalName(input: string, pos: number): number {
  let end = pos;
  let charClass = LOCAL_START;
  for (;;) {
    const c = input.charCodeAt(pos);
    let length =
      c < 0x80 ? (((asciiNameClasses[c] as number) & charClass) !== 0 ? 1 : 0) : nameCharLength(input, pos, charClass);
    if (length === 0 && c === 0x25 && isHexDigit(input.charCodeAt(pos + 1)) && isHexDigit(input.charCodeAt(pos + 2)))
      length = 3;
    else if (length === 0 && c === 0x5c) {
      const e = input.charCodeAt(pos + 1);
      if (e < 0x80 && ((asciiNameClasses[e] as number) & LOCAL_ESCAPE) !== 0) length = 2;
    }
    if (length !== 0) {
      end = pos += length;
      charClass = LOCAL_CHAR;
    } else if (c === 0x2e && charClass === LOCAL_CHAR) pos++;
    else return end;
  }
}
/** The end of the prefixed name at `pos`, or -1 */
function skipPrefixedName(input: string, pos: number): number {
  const colon = skipPrefix(input, pos);
  if (input.charCodeAt(colon) !== 0x3a) return -1;
  const end = skipLocalName(input, colon + 1);
  return canEndName(input, end) ? end : -1;
}

const ESCAPED_IRI = /<((?:[^ <>{}\\]|\\[uU])+)>/y;
const PLAIN_APOSTROPHE = /[^'\\\r\n]*'/y;
const LANGCODE = /@([a-z]+(?:-[a-z0-9]+)*)(?=[^a-z0-9])/iy;
/**
 * n3's blank node token: the label (unlike N-Triples' expression, no `.` before a character past U+FFFF, as
 * n3 has it) and the spaces after it, or a look at what may follow.
 */
const BLANK_LABEL = new RegExp(
  `_:((?:${LABEL_START}|${SURROGATE_PAIR})(?:\\.?${LABEL_CHAR}|${SURROGATE_PAIR})*)` +
    `(?:[ \\t]+|(?=\\.?[,;:!^\\s#()[\\]{}"'<>]))`,
  'y',
);
const NUMBER = /[-+]?(?:(\d+\.\d*|\.?\d+)[eE][-+]?\d+|(?=\.?\d)\d*(?:(\.)\d+)?)(?=\.?[,;:!^\s#()[\]{}"'<>])/y;
const BOOLEAN = /(?:true|false)(?=[.,;!^\s#()[\]{}"'<>])/y;
const AT_KEYWORD = /@[a-z]+(?=[\s#<:"'.])/iy;
const KEYWORD = /(?:PREFIX|BASE|VERSION|GRAPH)(?=[\s#<"'])/iy;
const SHORT_A = /a(?=[\s#()[\]{}"'<>])/y;
const NON_WHITESPACE = /\S*/y;

function execAt(regExp: RegExp, input: string, pos: number): RegExpExecArray | null {
  regExp.lastIndex = pos;
  return regExp.exec(input);
}
/** As n3 at the end of the input: the rest followed by a space */
function execAtEnd(regExp: RegExp, input: string, pos: number): RegExpExecArray | null {
  regExp.lastIndex = 0;
  return regExp.exec(`${input.slice(pos)} `);
}

const LOCAL_ESCAPES: Readonly<Record<string, string>> = Object.fromEntries([...localEscapes].map((c) => [c, c]));

// ---- the reader ----

/** Thrown when the text held ends before the statement does: it is read again with more text. */
const MORE = Symbol('more');
/** Thrown at a construct that n3 reads for us (RDF 1.2): the rest goes to n3 from the statement's start. */
const TO_N3 = Symbol('to n3');

class Syntax {
  constructor(
    readonly detail: string,
    readonly at: number,
    readonly line: number,
    readonly lineStart: number,
  ) {}
}

/** Statements in a piece held back before they are read again: at least this, then twice the text held. */
const MIN_RETRY = 1024;
/** Blank node property lists and collections nested deeper go to n3 (whose stack is its own), not to the call stack. */
const MAX_DEPTH = 256;

export class TurtleReader implements HandoffTarget {
  private rest = '';
  private text = '';
  /** where reading stops in `text`: after its last line end, or its end when the input has ended */
  private limit = 0;
  private pos = 0;
  private final = false;
  private line = 1;
  private lineStart = 0;
  private started = false;
  /** the held text must reach this length before it is read again */
  private retryLength = 0;

  // the current token
  private t = EOF;
  private value = '';
  private prefix = '';
  private tokenStart = 0;
  private tokenLine = 1;
  private tokenLineStart = 0;
  /** the type of the token before, as n3's lexer's `_previousMarker` (for language tags and prefixes) */
  private previous = -1;
  /** whether the last IRI read was written without escapes */
  private plain = false;
  /** the last datatype IRI written without escapes */
  private lastDatatype = '';

  private readonly prefixes = new Map<string, string>();
  private readonly base = new Base();
  private readonly datatypes = new DatatypeTerms();
  /** fresh blank nodes made so far */
  private fresh = 0;
  /** triples of the current statement so far, and how many of them were handed out already */
  private inStatement = 0;
  private skip = 0;
  private n3: Handoff | undefined;
  /** blank node property lists and collections open */
  private depth = 0;
  /** triples read */
  count = 0;

  constructor(private readonly onTriple: TripleHandler) {}

  /** Reads a piece of text; the statement it ends in is kept for the next. */
  write(text: string): void {
    if (this.n3 !== undefined) return this.n3.write(text);
    this.rest = this.rest === '' ? text : this.rest + text;
    if (this.rest.length < this.retryLength) return;
    // up to the last line end (a \r at the very end may be the first half of \r\n)
    const held = this.rest;
    // the last \n, or \r that is not the last character (a \n may follow it)
    let cut = held.length - 1;
    if (held.charCodeAt(cut) === 0x0d) cut--;
    for (; cut >= 0; cut--) {
      const c = held.charCodeAt(cut);
      if (c === 0x0a || c === 0x0d) break;
    }
    if (++cut === 0) return;
    this.text = held;
    this.limit = cut;
    this.run();
  }

  /** Reads the rest: the text must end with a whole statement. */
  end(): void {
    if (this.n3 !== undefined) return this.n3.end();
    this.final = true;
    this.text = this.rest;
    this.limit = this.text.length;
    this.run();
  }

  private run(): void {
    const text = this.text;
    this.pos = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    }
    for (;;) {
      const start = this.pos;
      const line = this.line;
      const lineStart = this.lineStart;
      const fresh = this.fresh;
      const previous = this.previous;
      this.inStatement = 0;
      this.depth = 0;
      try {
        if (!this.statement()) break;
        this.skip = 0;
      } catch (error) {
        if (error === MORE || error === TO_N3) {
          // read again from the statement's start: by this reader with more text, or by n3
          this.pos = start;
          this.line = line;
          this.lineStart = lineStart;
          this.fresh = fresh;
          this.previous = previous;
          if (this.inStatement > this.skip) this.skip = this.inStatement;
          if (error === TO_N3) return this.toN3(text.slice(start));
          break;
        }
        if (error instanceof Syntax) throw this.failure(error);
        throw error;
      }
    }
    this.rest = text.slice(this.pos);
    this.retryLength = this.rest.length > MIN_RETRY ? 2 * this.rest.length : 0;
    // positions are counted from the start of `rest` from now on
    this.lineStart -= this.pos;
    this.text = '';
  }

  private failure(error: Syntax): ParseError {
    return new ParseError('turtle', error.detail, { line: error.line, column: error.at - error.lineStart + 1 });
  }

  private toN3(text: string): void {
    const column = this.pos - this.lineStart + 1;
    this.text = '';
    this.rest = '';
    this.n3 = new Handoff(
      this,
      text,
      this.prefixes,
      this.base.root === undefined ? undefined : this.base.base,
      this.line,
      column,
      this.skip,
    );
    if (this.final) this.n3.end();
  }

  /**
   * The line of the token being read: where the triple handed out now was written (its object's line),
   * for a report that names the line of a record without an IRI. Not known once n3 reads on: `undefined`.
   */
  get currentLine(): number | undefined {
    return this.n3 === undefined ? this.tokenLine : undefined;
  }

  /** A blank node without a label, as n3 makes them (its own factory's labels, mapped) */
  freshLabel(): string {
    return `.b${this.fresh++}`;
  }

  /** Hands out a triple, unless it was handed out before the statement was read again. */
  emit(subject: string, predicate: string, object: Term): void {
    if (this.inStatement++ < this.skip) return;
    this.count++;
    this.onTriple(subject, predicate, object);
  }

  /** Hands out a triple n3 read. */
  handOut(subject: string, predicate: string, object: Term): void {
    this.count++;
    this.onTriple(subject, predicate, object);
  }

  // ---- the lexer ----

  private error(detail: string, at = this.tokenStart): Syntax {
    return new Syntax(
      detail,
      at,
      at === this.tokenStart ? this.tokenLine : this.line,
      at === this.tokenStart ? this.tokenLineStart : this.lineStart,
    );
  }

  private unexpected(pos: number): Syntax {
    this.tokenStart = pos;
    this.tokenLine = this.line;
    this.tokenLineStart = this.lineStart;
    NON_WHITESPACE.lastIndex = pos;
    const word = (NON_WHITESPACE.exec(this.text) as RegExpExecArray)[0];
    return this.error(`Unexpected "${word.length > 60 ? `${word.slice(0, 60)}…` : word}"`, pos);
  }

  /** Skips spaces, line ends and comments (n3's separators); false at the end of the text read. */
  private space(): boolean {
    const text = this.text;
    const limit = this.limit;
    let i = this.pos;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i++;
      else if (c === 0x0a) {
        i++;
        this.line++;
        this.lineStart = i;
      } else if (c === 0x0d) {
        i++;
        if (text.charCodeAt(i) === 0x0a) i++;
        this.line++;
        this.lineStart = i;
      } else if (c === 0x23) {
        // a comment runs to the end of its line (never past the limit, which follows a line end)
        i++;
        while (i < limit) {
          const d = text.charCodeAt(i);
          if (d === 0x0a || d === 0x0d) break;
          i++;
        }
      } else break;
    }
    this.pos = i;
    return i < limit;
  }

  /** Reads the next token into `t`, `value`, `prefix`. */
  private next(): void {
    // most tokens follow one space
    if (this.text.charCodeAt(this.pos) === 0x20 && this.pos + 1 < this.limit) {
      const d = this.text.charCodeAt(this.pos + 1);
      if (d !== 0x20 && d !== 0x09 && d !== 0x0a && d !== 0x0d && d !== 0x23) this.pos++;
    }
    if (!this.space()) {
      if (!this.final) throw MORE;
      this.tokenStart = this.pos;
      this.tokenLine = this.line;
      this.tokenLineStart = this.lineStart;
      this.t = EOF;
      this.previous = EOF;
      return;
    }
    const text = this.text;
    const pos = this.pos;
    this.tokenStart = pos;
    this.tokenLine = this.line;
    this.tokenLineStart = this.lineStart;
    const c = text.charCodeAt(pos);
    let t: number;
    switch (c) {
      case 0x3c /* < */:
        t = this.iriToken(pos);
        break;
      case 0x22 /* " */:
      case 0x27 /* ' */:
        t = this.stringToken(pos, c);
        break;
      case 0x3b /* ; */:
        t = SEMI;
        this.pos = pos + 1;
        break;
      case 0x2c /* , */:
        t = COMMA;
        this.pos = pos + 1;
        break;
      case 0x5b /* [ */:
        t = OPEN_BRACKET;
        this.pos = pos + 1;
        break;
      case 0x5d /* ] */:
        t = CLOSE_BRACKET;
        this.pos = pos + 1;
        break;
      case 0x28 /* ( */:
        t = OPEN_PAREN;
        this.pos = pos + 1;
        break;
      case 0x29 /* ) */:
        if (text.charCodeAt(pos + 1) === 0x3e && text.charCodeAt(pos + 2) === 0x3e) throw TO_N3;
        t = CLOSE_PAREN;
        this.pos = pos + 1;
        break;
      case 0x5e /* ^ */:
        t = this.datatypeToken(pos);
        break;
      case 0x5f /* _ */:
        {
          const m = execAt(BLANK_LABEL, text, pos) ?? (this.final ? execAtEnd(BLANK_LABEL, text, pos) : null);
          if (m === null) throw this.unexpected(pos);
          this.value = m[1] as string;
          this.pos = pos + (m[1] as string).length + 2;
          t = BLANK;
          break;
        }
      case 0x40 /* @ */:
        t = this.atToken(pos);
        break;
      case 0x2e /* . */:
        {
          const d = text.charCodeAt(pos + 1);
          if (pos + 1 >= text.length || d < 0x30 || d > 0x39) {
            t = DOT;
            this.pos = pos + 1;
            break;
          }
          t = this.numberToken(pos);
          break;
        }
      case 0x2b /* + */:
      case 0x2d /* - */:
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
      case 0x38:
      case 0x39:
        if (text.charCodeAt(pos + 1) === 0x2d) {
          // a direction after a language tag (RDF 1.2): n3 reads it
          if (this.previous === LANG && (text.startsWith('--ltr', pos) || text.startsWith('--rtl', pos))) throw TO_N3;
          throw this.unexpected(pos);
        }
        t = this.numberToken(pos);
        break;
      case 0x7e /* ~ */:
        throw TO_N3;
      case 0x7b /* { */:
        if (text.charCodeAt(pos + 1) === 0x7c) throw TO_N3;
        if (pos + 1 >= text.length) throw this.unexpected(pos);
        this.value = '{';
        this.pos = pos + 1;
        t = OTHER;
        break;
      case 0x7d /* } */:
        this.value = '}';
        this.pos = pos + 1;
        t = OTHER;
        break;
      case 0x7c /* | */:
        if (text.charCodeAt(pos + 1) === 0x7d) throw TO_N3;
        throw this.unexpected(pos);
      case 0x3e /* > */:
        if (text.charCodeAt(pos + 1) === 0x3e) throw TO_N3;
        throw this.unexpected(pos);
      case 0x42:
      case 0x62:
      case 0x50:
      case 0x70:
      case 0x47:
      case 0x67:
      case 0x56:
      case 0x76: {
        // B b P p G g V v: SPARQL's keywords
        const m = execAt(KEYWORD, text, pos);
        if (m !== null) {
          const word = m[0].toUpperCase();
          this.pos = pos + m[0].length;
          if (word === 'PREFIX') t = PREFIX;
          else if (word === 'BASE') t = BASE;
          else if (word === 'VERSION') throw TO_N3;
          else {
            this.value = word;
            t = OTHER;
          }
          break;
        }
        t = this.nameToken(pos);
        break;
      }
      case 0x74 /* t */:
      case 0x66 /* f */:
        BOOLEAN.lastIndex = pos;
        if (BOOLEAN.test(text)) {
          const word = c === 0x74 ? 'true' : 'false';
          this.value = word;
          this.prefix = `${XSD}boolean`;
          this.pos = pos + word.length;
          t = TYPED;
          break;
        }
        t = this.nameToken(pos);
        break;
      case 0x61 /* a */:
        SHORT_A.lastIndex = pos;
        if (SHORT_A.test(text)) {
          this.pos = pos + 1;
          t = A;
          break;
        }
        t = this.nameToken(pos);
        break;
      default:
        t = this.nameToken(pos);
    }
    this.t = t;
    this.previous = t;
  }

  private iriToken(pos: number): number {
    const text = this.text;
    // most IRIs have no escapes: one match of a character class
    PLAIN_IRI.lastIndex = pos + 1;
    if (PLAIN_IRI.test(text)) {
      this.pos = PLAIN_IRI.lastIndex;
      this.value = text.slice(pos + 1, this.pos - 1);
      this.plain = true;
      return IRI;
    }
    this.plain = false;
    const m = execAt(ESCAPED_IRI, text, pos);
    if (m !== null) {
      const value = unescapeIri(m[1] as string);
      if (value === null) throw this.unexpected(pos);
      this.value = value;
      this.pos = pos + (m[1] as string).length + 2;
      return IRI;
    }
    // `<<(` and `<<`: RDF 1.2, for n3
    if (text.length - pos > 2 && text.charCodeAt(pos + 1) === 0x3c) throw TO_N3;
    if (this.final && text.length - pos > 1 && text.charCodeAt(pos + 1) === 0x3c) throw TO_N3;
    throw this.unexpected(pos);
  }

  /** `^^` and the datatype after it (an IRI or a prefixed name, after spaces and comments or not) */
  private datatypeToken(pos: number): number {
    const text = this.text;
    if (text.length - pos < 3 || text.charCodeAt(pos + 1) !== 0x5e) throw this.unexpected(pos);
    this.pos = pos + 2;
    let c = text.charCodeAt(this.pos);
    if (c !== 0x3c && (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x23)) {
      if (!this.space()) {
        if (!this.final) throw MORE;
        throw this.error('Unexpected end of input after ^^', this.pos);
      }
      c = text.charCodeAt(this.pos);
      this.tokenStart = this.pos;
      this.tokenLine = this.line;
      this.tokenLineStart = this.lineStart;
      if (c === 0x5e) throw this.unexpected(this.pos);
    }
    const at = this.pos;
    if (c === 0x3c) {
      // not `<<`: after `^^` n3 takes only an IRI or a prefixed name
      if (text.charCodeAt(at + 1) === 0x3c) throw this.unexpected(at);
      // most datatypes are the one before: the same string (whose hash the map of datatypes has)
      const last = this.lastDatatype;
      const n = last.length;
      if (text.charCodeAt(at + 1 + n) === 0x3e && n > 0) {
        let i = 0;
        while (i < n && text.charCodeAt(at + 1 + i) === last.charCodeAt(i)) i++;
        if (i === n) {
          this.value = last;
          this.pos = at + 2 + n;
          return TYPE_IRI;
        }
      }
      this.iriToken(at);
      if (this.plain) this.lastDatatype = this.value;
      return TYPE_IRI;
    }
    if (this.prefixedName(at)) return TYPE_PNAME;
    throw this.unexpected(at);
  }

  private stringToken(pos: number, quote: number): number {
    const text = this.text;
    // n3's simple strings (/"([^"\\\r\n]*)"(?=[^"])/), matched without making a match
    const simple = quote === 0x22 ? PLAIN_QUOTED : PLAIN_APOSTROPHE;
    simple.lastIndex = pos + 1;
    if (simple.test(text)) {
      const end = simple.lastIndex;
      if (end < text.length && text.charCodeAt(end) !== quote) {
        this.value = text.slice(pos + 1, end - 1);
        this.pos = end;
        return STRING;
      }
    }
    // n3's _parseLiteral
    if (text.length - pos >= 3) {
      const q = text[pos] as string;
      const long = text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote;
      const opening = long ? q + q + q : q;
      const openingLength = opening.length;
      let closing = pos + openingLength;
      while ((closing = text.indexOf(opening, closing)) > pos) {
        let backslashes = 0;
        while (text.charCodeAt(closing - backslashes - 1) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) {
          const raw = text.substring(pos + openingLength, closing);
          // only long strings may hold line ends
          let lines = 0;
          let lastBreak = -1;
          for (let i = 0; i < raw.length; i++) {
            const d = raw.charCodeAt(i);
            if (d === 0x0a || d === 0x0d) {
              if (d === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
              lines++;
              lastBreak = i;
            }
          }
          if (!long && lines !== 0) break;
          const value = unescape(raw, ECHAR);
          if (value === null) throw this.unexpected(pos);
          if (lines !== 0) {
            this.line += lines;
            this.lineStart = pos + openingLength + lastBreak + 1;
          }
          this.value = value;
          this.pos = closing + openingLength;
          return STRING;
        }
        closing++;
      }
      // a long string not closed yet: it may be with more text
      if (long && !this.final) throw MORE;
    } else if (!this.final) throw MORE;
    throw this.unexpected(pos);
  }

  private atToken(pos: number): number {
    const text = this.text;
    if (this.previous === STRING || this.previous === TYPED) {
      const m = execAt(LANGCODE, text, pos);
      if (m !== null && m[1] !== 'version') {
        this.value = m[1] as string;
        this.pos = pos + m[0].length;
        return LANG;
      }
    }
    const m = execAt(AT_KEYWORD, text, pos);
    if (m === null) throw this.unexpected(pos);
    this.pos = pos + m[0].length;
    if (m[0] === '@prefix') return AT_PREFIX;
    if (m[0] === '@base') return AT_BASE;
    if (m[0] === '@version') throw TO_N3;
    this.value = m[0];
    return OTHER;
  }

  private numberToken(pos: number): number {
    const text = this.text;
    const m = execAt(NUMBER, text, pos) ?? (this.final ? execAtEnd(NUMBER, text, pos) : null);
    if (m === null) throw this.unexpected(pos);
    this.value = m[0];
    this.prefix =
      typeof m[1] === 'string' ? `${XSD}double` : typeof m[2] === 'string' ? `${XSD}decimal` : `${XSD}integer`;
    this.pos = pos + m[0].length;
    return TYPED;
  }

  /** A prefixed name (or, after a prefix declaration's keyword, the prefix declared) */
  private nameToken(pos: number): number {
    const text = this.text;
    if (this.previous === AT_PREFIX || this.previous === PREFIX) {
      const end = skipPrefix(text, pos);
      if (text.charCodeAt(end) === 0x3a && end + 1 < text.length) {
        const d = text.charCodeAt(end + 1);
        if (d === 0x23 || d === 0x3c || isWhitespace(d)) {
          this.value = text.slice(pos, end);
          this.pos = end + 1;
          return PREFIX_NAME;
        }
      }
    }
    if (this.prefixedName(pos)) return PNAME;
    throw this.unexpected(pos);
  }

  private prefixedName(pos: number): boolean {
    const text = this.text;
    const end = skipPrefixedName(text, pos);
    if (end < 0) return false;
    const colon = text.indexOf(':', pos);
    this.prefix = text.slice(pos, colon);
    const local = text.slice(colon + 1, end);
    this.value = local.indexOf('\\') < 0 ? local : (unescape(local, LOCAL_ESCAPES) as string);
    this.pos = end;
    return true;
  }

  // ---- the grammar: n3's state machine as recursive descent ----

  private name(t = this.t): string {
    return t === OTHER ? this.value : (TOKEN_NAMES[t] ?? '?');
  }

  /** One statement; false at the end of the input. */
  private statement(): boolean {
    this.next();
    switch (this.t) {
      case EOF:
        return false;
      case AT_PREFIX:
      case PREFIX:
        this.prefixDeclaration(this.t === AT_PREFIX);
        return true;
      case AT_BASE:
      case BASE:
        this.baseDeclaration(this.t === AT_BASE);
        return true;
      case OPEN_BRACKET: {
        const subject = `_:${this.freshLabel()}`;
        this.next();
        if (this.t === CLOSE_BRACKET) {
          // `[]`: a predicate must follow
          this.next();
          this.predicateObjectList(subject, false);
          return true;
        }
        this.predicateObjectList(subject, true);
        this.next();
        if (this.t === DOT) return true;
        if (this.t === OTHER && this.value === '}') throw this.error('Unexpected graph closing');
        this.predicateObjectList(subject, false);
        return true;
      }
      case OPEN_PAREN: {
        const head = this.collection(null);
        this.next();
        this.predicateObjectList(head.termType === 'BlankNode' ? `_:${head.value}` : head.value, false);
        return true;
      }
      case STRING:
      case TYPED:
        throw this.error('Unexpected literal');
      default: {
        if (this.t === OTHER && this.value === '{') throw this.error('Unexpected graph');
        if (this.t === OTHER && this.value === '}') throw this.error('Unexpected graph closing');
        const subject = this.entity();
        this.next();
        this.predicateObjectList(subject, false);
        return true;
      }
    }
  }

  private prefixDeclaration(dotted: boolean): void {
    this.next();
    if (this.t !== PREFIX_NAME) throw this.error('Expected prefix to follow @prefix');
    const name = this.value;
    this.next();
    if (this.t !== IRI) throw this.error(`Expected IRI to follow prefix "${name}:"`);
    const iri = this.base.resolve(this.value);
    if (iri === null) throw this.error('Invalid IRI');
    if (dotted) {
      this.next();
      if (this.t !== DOT) throw this.error('Expected declaration to end with a dot');
    }
    this.prefixes.set(name, iri);
  }

  private baseDeclaration(dotted: boolean): void {
    this.next();
    const iri = this.t === IRI ? this.base.resolve(this.value) : null;
    if (!iri) throw this.error('Expected valid IRI to follow base declaration');
    if (dotted) {
      this.next();
      if (this.t !== DOT) throw this.error('Expected declaration to end with a dot');
    }
    this.base.set(iri);
  }

  /** The IRI of an IRI or prefixed-name token. */
  private iri(): string {
    const t = this.t;
    if (t === IRI || t === TYPE_IRI) {
      const iri = this.base.resolve(this.value);
      if (iri === null) throw this.error('Invalid IRI');
      return iri;
    }
    if (t === PNAME || t === TYPE_PNAME) {
      const ns = this.prefixes.get(this.prefix);
      if (ns === undefined) throw this.error(`Undefined prefix "${this.prefix}:"`);
      return ns + this.value;
    }
    throw this.error(`Expected entity but got ${this.name()}`);
  }

  /** A subject: an IRI, a prefixed name or a labelled blank node, as a node id. */
  private entity(): string {
    if (this.t === BLANK) return `_:${this.value}`;
    return this.iri();
  }

  /**
   * Predicates and their objects of `subject`, up to the `.` that ends the statement or the `]` that
   * ends the blank node (`inBlank`), which it reads. n3's `_readPredicate` and its punctuation readers.
   */
  private predicateObjectList(subject: string, inBlank: boolean): void {
    if (inBlank && ++this.depth > MAX_DEPTH) throw TO_N3;
    let predicate: string | null = null;
    for (;;) {
      let t = this.t;
      if (t === SEMI) {
        if (predicate === null) throw this.error('Expected predicate but got ;');
        this.next();
        continue;
      }
      if (t === DOT || t === CLOSE_BRACKET || (t === OTHER && this.value === '}')) {
        if (predicate === null) throw this.error(`Unexpected ${this.name()}`);
        if (t === (inBlank ? CLOSE_BRACKET : DOT)) {
          if (inBlank) this.depth--;
          return;
        }
        if (t === CLOSE_BRACKET) throw this.error('Unexpected ]');
        if (t === DOT) throw this.error('Unexpected . in a blank node property list');
        throw this.error('Unexpected graph closing');
      }
      if (t === A) predicate = RDF_TYPE;
      else if (t === BLANK || t === OPEN_BRACKET) throw this.error('Disallowed blank node as predicate');
      else if (t === STRING || t === TYPED) throw this.error('Unexpected literal');
      else predicate = this.iri();
      // the objects
      for (;;) {
        this.next();
        const object = this.object();
        t = this.t;
        if (t === COMMA) {
          this.emit(subject, predicate, object);
          continue;
        }
        if (t === SEMI) {
          this.emit(subject, predicate, object);
          this.next();
          break;
        }
        if (t === (inBlank ? CLOSE_BRACKET : DOT)) {
          this.emit(subject, predicate, object);
          if (inBlank) this.depth--;
          return;
        }
        if (!inBlank && t === OTHER && this.value === '}') throw this.error('Unexpected graph closing');
        throw this.error(
          `Expected punctuation to follow "${object.termType === 'BlankNode' ? `_:${object.value}` : object.value}"`,
        );
      }
    }
  }

  /** An object; leaves the token after it in `t`. */
  private object(): Term {
    switch (this.t) {
      case IRI:
      case PNAME:
      case TYPE_IRI:
      case TYPE_PNAME: {
        const term = factory.namedNode(this.iri());
        this.next();
        return term;
      }
      case BLANK: {
        const term = factory.blankNode(this.value);
        this.next();
        return term;
      }
      case STRING:
        return this.literal();
      case TYPED: {
        const term = factory.literal(this.value, this.datatypes.term(this.prefix));
        this.next();
        return term;
      }
      case OPEN_BRACKET: {
        const label = this.freshLabel();
        this.next();
        if (this.t !== CLOSE_BRACKET) this.predicateObjectList(`_:${label}`, true);
        this.next();
        return factory.blankNode(label);
      }
      case OPEN_PAREN: {
        const head = this.collection(null);
        this.next();
        return head;
      }
      default:
        throw this.error(
          this.t === OTHER && this.value === '{' ? 'Unexpected graph' : `Expected entity but got ${this.name()}`,
        );
    }
  }

  /** A string with its language tag or datatype, if any; leaves the token after it in `t`. */
  private literal(): Term {
    const value = this.value;
    this.next();
    const t = this.t;
    if (t === LANG) {
      const tag = this.value;
      if (subtagTooLong(tag)) throw this.error(SUBTAG_TOO_LONG);
      this.next();
      return factory.literal(value, tag.toLowerCase());
    }
    if (t === TYPE_IRI || t === TYPE_PNAME) {
      const iri = this.iri();
      if (isLangStringType(iri)) throw this.error(LANG_STRING_TYPED);
      this.next();
      return factory.literal(value, this.datatypes.term(iri));
    }
    return factory.literal(value, this.datatypes.term(XSD_STRING));
  }

  /**
   * A collection, its `(` read; returns its head (rdf:nil when empty) and leaves `)` in `t`. As n3's
   * `_readListItem`: an item's node is linked (`rest`) when the item starts, its `first` follows the
   * item (before a nested collection's own last `rest`, which `outer` asks for).
   */
  private collection(outer: string | null): Term {
    if (++this.depth > MAX_DEPTH) throw TO_N3;
    let head: Term = NIL;
    let previous: string | null = null;
    // the token after a string has been read with it (to see whether a language or datatype follows)
    let held = false;
    for (;;) {
      if (held) held = false;
      else this.next();
      const t = this.t;
      if (t === CLOSE_PAREN) {
        if (outer !== null) this.emit(outer, RDF_FIRST, head);
        if (previous !== null) this.emit(previous, RDF_REST, NIL);
        this.depth--;
        return head;
      }
      let item: Term | undefined;
      let label: string;
      if (t === OPEN_BRACKET) {
        label = this.freshLabel();
        item = factory.blankNode(this.freshLabel());
      } else if (t === OPEN_PAREN) label = this.freshLabel();
      else if (t === STRING) label = this.freshLabel();
      else if (t === TYPED) {
        item = factory.literal(this.value, this.datatypes.term(this.prefix));
        label = this.freshLabel();
      } else if (t === BLANK) {
        item = factory.blankNode(this.value);
        label = this.freshLabel();
      } else if (t === IRI || t === PNAME || t === TYPE_IRI || t === TYPE_PNAME) {
        item = factory.namedNode(this.iri());
        label = this.freshLabel();
      } else if (t === OTHER && this.value === '{') throw this.error('Unexpected graph');
      else throw this.error(`Expected entity but got ${this.name()}`);
      const node = factory.blankNode(label);
      const id = `_:${label}`;
      if (previous === null) head = node;
      else this.emit(previous, RDF_REST, node);
      previous = id;
      if (t === OPEN_PAREN) {
        this.collection(id);
        continue;
      }
      if (t === STRING) {
        const literal = this.literal();
        this.emit(id, RDF_FIRST, literal);
        held = true;
        continue;
      }
      this.emit(id, RDF_FIRST, item as Term);
      if (t === OPEN_BRACKET) {
        this.next();
        if (this.t !== CLOSE_BRACKET) this.predicateObjectList(`_:${(item as Term).value}`, true);
      }
    }
  }
}
