/**
 * A reader of N-Triples and N-Quads of profielkit's own, for the validation hot path: text in, one
 * call per triple out, with the subject and predicate as plain strings and the object as an RDF/JS
 * term. It reads what n3 reads, as n3 reads it (differential and property tests hold it to
 * `N3.Parser`): tokens separated by spaces, tabs and line ends (a statement may span lines, several
 * may share one), `#` comments, `\uXXXX` and `\UXXXXXXXX` escapes in IRIs and literals and the
 * escapes of Turtle's ECHAR in literals, language tags lower-cased, absolute IRIs only (no base). Bad
 * input is a `ParseError` with its line and column, the error n3's path gives.
 *
 * RDF 1.2 as n3 reads it: a triple term `<<( s p o )>>` as an object (an RDF/JS `Quad` term, nested
 * to any depth; never a subject, n3 refuses that too) and a directional language tag (`"x"@en--ltr`,
 * `--rtl`). Both are read in the same pass as the rest: RDF 1.1 input pays one character test per
 * IRI object and per language tag, nothing more.
 *
 * Two differences, both deliberate: a blank node keeps its label as written (`_:b1`, where n3 adds a
 * prefix of its own per parse, `_:b4_b1`), and the subject's string is the one of the previous
 * triple when it is written the same, so that a run of one subject's triples compares by identity.
 */
import type { Term } from '@rdfjs/types';
import { ParseError } from '../errors.js';
import { factory } from '../rdf/terms.js';
import { absolute } from './relative-iri.js';
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
  illegalInIri,
  isLangStringType,
  subtagTooLong,
  unescape,
  unescapeIri,
} from './term-lexer.js';

/**
 * A triple as the validator takes it: the subject as a node id (an IRI, or `_:label`), the predicate IRI, the
 * object.
 */
export type TripleHandler = (subject: string, predicate: string, object: Term) => void;

/** `_:` labels as n3's lexer takes them (PN_CHARS_U or a digit first, no `.` last). */
const BLANK = new RegExp(`_:((?:${LABEL_START}|${SURROGATE_PAIR})(?:\\.?(?:${LABEL_CHAR}|${SURROGATE_PAIR}))*)`, 'y');
const LANGUAGE = /@([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)(?![a-zA-Z0-9])/y;

/** Thrown inside a statement when the text ends before it does: the statement waits for more text. */
const MORE = Symbol('more');

class Syntax {
  constructor(
    readonly detail: string,
    readonly at: number,
  ) {}
}

export class NTriplesReader {
  private rest = '';
  private text = '';
  private pos = 0;
  private final = false;
  /** the line of `lineStart`, and where in `text` that line starts */
  private line = 1;
  private lineStart = 0;
  private started = false;
  private lastSubjectRaw = '';
  private lastSubject = '';
  private readonly datatypes = new DatatypeTerms();
  private readonly quads: boolean;
  private readonly formatName: string;
  /** triples read */
  count = 0;

  constructor(
    format: 'ntriples' | 'nquads',
    private readonly onTriple: TripleHandler,
  ) {
    this.quads = format === 'nquads';
    this.formatName = format;
  }

  /** Reads a piece of text; the statement it ends in is kept for the next. */
  write(text: string): void {
    this.text = this.rest === '' ? text : this.rest + text;
    this.run();
  }

  /** Reads the rest: the text must end with a whole statement. */
  end(): void {
    this.final = true;
    this.text = this.rest;
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
      const startLine = this.line;
      const startLineStart = this.lineStart;
      try {
        if (!this.statement()) break;
      } catch (error) {
        if (error === MORE) {
          // the statement goes on in the next piece: read it again from its start then
          this.pos = start;
          this.line = startLine;
          this.lineStart = startLineStart;
          break;
        }
        if (error instanceof Syntax) throw this.failure(error);
        throw error;
      }
    }
    this.rest = text.slice(this.pos);
    // positions are counted from the start of `rest` from now on
    this.lineStart -= this.pos;
    this.text = '';
  }

  private failure(error: Syntax): ParseError {
    // the line and column of `at`: lines are counted up to where the reader got
    let line = this.line;
    let lineStart = this.lineStart;
    const text = this.text;
    for (let i = Math.max(lineStart, 0); i < error.at && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    return new ParseError(this.formatName, error.detail, { line, column: error.at - lineStart + 1 });
  }

  /** Skips spaces, line ends and comments; false at the end of the text. */
  private space(): boolean {
    const text = this.text;
    let i = this.pos;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i++;
      else if (c === 0x0a) {
        i++;
        this.line++;
        this.lineStart = i;
      } else if (c === 0x0d) {
        i++;
        if (i < n && text.charCodeAt(i) === 0x0a) i++;
        else if (i >= n && !this.final) {
          // a \r at the end of a piece: the \n may follow in the next
          this.pos = i - 1;
          throw MORE;
        }
        this.line++;
        this.lineStart = i;
      } else if (c === 0x23) {
        // a comment runs to the end of its line
        let end = i + 1;
        while (end < n) {
          const d = text.charCodeAt(end);
          if (d === 0x0a || d === 0x0d) break;
          end++;
        }
        if (end >= n && !this.final) throw MORE;
        i = end;
      } else break;
    }
    this.pos = i;
    return i < n;
  }

  /** One statement; false when the text ends before one starts. */
  private statement(): boolean {
    if (!this.space()) return false;
    const text = this.text;
    const subject = this.subject();
    this.need();
    const c = text.charCodeAt(this.pos);
    if (c !== 0x3c) throw new Syntax(c === 0x22 ? 'Unexpected literal' : `Unexpected "${this.word()}"`, this.pos);
    const predicate = this.iri();
    this.need();
    const object = this.object();
    this.need();
    if (this.quads) {
      const g = text.charCodeAt(this.pos);
      if (g === 0x3c) {
        this.iri();
        this.need();
      } else if (g === 0x5f) {
        this.blank();
        this.need();
      }
    }
    if (text.charCodeAt(this.pos) !== 0x2e)
      throw new Syntax(`Expected punctuation to follow the object, not "${this.word()}"`, this.pos);
    this.pos++;
    this.count++;
    this.onTriple(subject, predicate, object);
    return true;
  }

  /** Skips space before a token that must come; at the end of the text, more is needed (or it is an error). */
  private need(): void {
    if (this.space()) return;
    if (!this.final) throw MORE;
    throw new Syntax('Unexpected end of input', this.pos);
  }

  /** The text from here to the next space, for an error message. */
  private word(): string {
    const m = /[^\s]*/y;
    m.lastIndex = this.pos;
    return (m.exec(this.text)?.[0] ?? '').slice(0, 40);
  }

  private subject(): string {
    const text = this.text;
    const pos = this.pos;
    const last = this.lastSubjectRaw;
    // the same subject as the triple before, written the same: the same string
    if (last !== '' && text.startsWith(last, pos)) {
      const after = text.charCodeAt(pos + last.length);
      if (after === 0x20 || after === 0x09 || after === 0x3c) {
        this.pos = pos + last.length;
        return this.lastSubject;
      }
    }
    const c = text.charCodeAt(pos);
    let subject: string;
    if (c === 0x3c) subject = this.iri();
    else if (c === 0x5f) subject = `_:${this.blank()}`;
    else if (c === 0x22) throw new Syntax('Unexpected literal', pos);
    else throw new Syntax(`Unexpected "${this.word()}"`, pos);
    this.lastSubjectRaw = text.slice(pos, this.pos);
    this.lastSubject = subject;
    return subject;
  }

  /** An IRI in angle brackets, its escapes read; it must be absolute. */
  private iri(): string {
    const text = this.text;
    const start = this.pos;
    // most IRIs have no escapes: one match of a character class, the fastest test in JavaScript
    PLAIN_IRI.lastIndex = start + 1;
    if (PLAIN_IRI.test(text)) {
      const close = PLAIN_IRI.lastIndex - 1;
      const iri = text.slice(start + 1, close);
      if (!absolute(iri)) throw new Syntax('Invalid IRI', start);
      this.pos = close + 1;
      return iri;
    }
    return this.readIri();
  }

  private readIri(): string {
    const text = this.text;
    const start = this.pos;
    const n = text.length;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      if (i >= n) {
        if (!this.final) throw MORE;
        throw new Syntax(`Unexpected "${this.word()}"`, start);
      }
      const c = text.charCodeAt(i);
      if (c === 0x3e) break;
      if (c === 0x5c) {
        escaped = true;
        const u = text.charCodeAt(i + 1);
        if (u !== 0x75 && u !== 0x55) {
          if (i + 1 >= n && !this.final) throw MORE;
          throw new Syntax(`Unexpected "${this.word()}"`, start);
        }
        i += 2;
        continue;
      }
      if (illegalInIri(c)) throw new Syntax(`Unexpected "${this.word()}"`, start);
      i++;
    }
    let iri = text.slice(start + 1, i);
    if (escaped) {
      const read = unescapeIri(iri);
      if (read === null) throw new Syntax(`Unexpected "${this.word()}"`, start);
      iri = read;
    }
    if (!absolute(iri)) throw new Syntax('Invalid IRI', start);
    this.pos = i + 1;
    return iri;
  }

  /** A blank node's label (without `_:`). */
  private blank(): string {
    const text = this.text;
    const start = this.pos;
    BLANK.lastIndex = start;
    const m = BLANK.exec(text);
    if (m === null) {
      if (text.length - start < 3 && !this.final) throw MORE;
      throw new Syntax(`Unexpected "${this.word()}"`, start);
    }
    const end = start + m[0].length;
    // `.` and one more character may go on with the label
    if (end + 1 >= text.length && !this.final) throw MORE;
    // a label ends at a delimiter, as in n3's lexer
    const d = text.charCodeAt(end);
    // `)` ends the label at the end of a triple term
    if (
      end < text.length &&
      !(
        d === 0x20 ||
        d === 0x09 ||
        d === 0x0a ||
        d === 0x0d ||
        d === 0x2e ||
        d === 0x3c ||
        d === 0x22 ||
        d === 0x23 ||
        d === 0x29
      )
    ) {
      throw new Syntax(`Unexpected "${this.word()}"`, end);
    }
    this.pos = end;
    return m[1] as string;
  }

  private object(): Term {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 0x3c) {
      if (text.charCodeAt(this.pos + 1) === 0x3c) return this.tripleTerm();
      return factory.namedNode(this.iri());
    }
    if (c === 0x5f) return factory.blankNode(this.blank());
    if (c === 0x22) return this.literal();
    throw new Syntax(`Unexpected "${this.word()}"`, this.pos);
  }

  /** A triple term `<<( s p o )>>` (RDF 1.2): its subject an IRI or blank node, its object any object. */
  private tripleTerm(): Term {
    const text = this.text;
    const start = this.pos;
    if (start + 2 >= text.length && !this.final) throw MORE;
    if (text.charCodeAt(start + 2) !== 0x28) throw new Syntax(`Unexpected "${this.word()}"`, start);
    this.pos = start + 3;
    this.need();
    const c = text.charCodeAt(this.pos);
    let subject: Term;
    if (c === 0x3c) {
      // as n3: a triple term is no subject, not even inside another
      if (text.charCodeAt(this.pos + 1) === 0x3c) throw new Syntax('Disallowed triple term as subject', this.pos);
      subject = factory.namedNode(this.iri());
    } else if (c === 0x5f) subject = factory.blankNode(this.blank());
    else throw new Syntax(c === 0x22 ? 'Unexpected literal' : `Unexpected "${this.word()}"`, this.pos);
    this.need();
    const p = text.charCodeAt(this.pos);
    if (p !== 0x3c) throw new Syntax(p === 0x22 ? 'Unexpected literal' : `Unexpected "${this.word()}"`, this.pos);
    const predicate = factory.namedNode(this.iri());
    this.need();
    const object = this.object();
    this.need();
    if (this.pos + 2 >= text.length && !this.final) throw MORE;
    if (!text.startsWith(')>>', this.pos)) throw new Syntax(`Expected )>> but got "${this.word()}"`, this.pos);
    this.pos += 3;
    return factory.quad(subject as never, predicate, object as never);
  }

  private literal(): Term {
    const text = this.text;
    const start = this.pos;
    const n = text.length;
    let i = start + 1;
    let escaped = false;
    PLAIN_QUOTED.lastIndex = i;
    if (PLAIN_QUOTED.test(text)) i = PLAIN_QUOTED.lastIndex - 1;
    else
      for (;;) {
        if (i >= n) {
          if (!this.final) throw MORE;
          throw new Syntax(`Unexpected "${this.word()}"`, start);
        }
        const c = text.charCodeAt(i);
        if (c === 0x22) break;
        if (c === 0x5c) {
          escaped = true;
          i += 2;
          continue;
        }
        if (c === 0x0a || c === 0x0d) throw new Syntax(`Unexpected "${this.word()}"`, start);
        i++;
      }
    if (i >= n) {
      if (!this.final) throw MORE;
      throw new Syntax(`Unexpected "${this.word()}"`, start);
    }
    let value = text.slice(start + 1, i);
    if (escaped) {
      const read = unescape(value, ECHAR);
      if (read === null) throw new Syntax(`Unexpected "${this.word()}"`, start);
      value = read;
    }
    this.pos = i + 1;
    // n3 allows space between a literal and its language or datatype
    if (this.pos >= n || text.charCodeAt(this.pos) === 0x20 || text.charCodeAt(this.pos) === 0x09) this.need();
    const next = text.charCodeAt(this.pos);
    if (next === 0x40) {
      LANGUAGE.lastIndex = this.pos;
      const m = LANGUAGE.exec(text);
      // `-` and one more character may go on with the tag
      if (m === null || this.pos + m[0].length + 1 >= n) {
        if (!this.final && (m !== null || n - this.pos < 64)) throw MORE;
        if (m === null) throw new Syntax(`Unexpected "${this.word()}"`, this.pos);
      }
      const tag = (m as RegExpExecArray)[1] as string;
      if (subtagTooLong(tag)) throw new Syntax(SUBTAG_TOO_LONG, this.pos);
      this.pos += (m as RegExpExecArray)[0].length;
      const direction = this.direction();
      return factory.literal(
        value,
        direction === undefined ? tag.toLowerCase() : { language: tag.toLowerCase(), direction },
      );
    }
    if (next === 0x5e) {
      if (this.pos + 1 >= n && !this.final) throw MORE;
      if (text.charCodeAt(this.pos + 1) !== 0x5e) throw new Syntax(`Unexpected "${this.word()}"`, this.pos);
      this.pos += 2;
      this.need();
      if (text.charCodeAt(this.pos) !== 0x3c) throw new Syntax(`Unexpected "${this.word()}"`, this.pos);
      const at = this.pos;
      const datatype = this.iri();
      if (isLangStringType(datatype)) throw new Syntax(LANG_STRING_TYPED, at);
      return factory.literal(value, this.datatypes.term(datatype));
    }
    return factory.literal(value, this.datatypes.term(XSD_STRING));
  }

  /**
   * The direction after a language tag (`--ltr`, `--rtl`), if any. As n3's lexer: space, line ends
   * and comments may come between the tag and the direction, and `--` followed by anything else is
   * an error there.
   */
  private direction(): 'ltr' | 'rtl' | undefined {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== 0x2d) {
      const c = text.charCodeAt(this.pos);
      // most tags end at a space and `.`: only a `-` after the space is a direction
      if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x23)) return undefined;
      const { pos, line, lineStart } = this;
      if (!this.space() && !this.final) throw MORE;
      if (text.charCodeAt(this.pos) !== 0x2d) {
        this.pos = pos;
        this.line = line;
        this.lineStart = lineStart;
        return undefined;
      }
    }
    const i = this.pos;
    if (i + 5 > text.length && !this.final) throw MORE;
    if (text.charCodeAt(i + 1) !== 0x2d) return undefined;
    const d = text.startsWith('ltr', i + 2) ? 'ltr' : text.startsWith('rtl', i + 2) ? 'rtl' : undefined;
    if (d === undefined) throw new Syntax(`Unexpected "${this.word()}"`, i);
    this.pos = i + 5;
    return d;
  }
}
