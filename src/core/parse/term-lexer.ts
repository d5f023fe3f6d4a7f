/**
 * The lexer pieces of the terms both of profielkit's own readers read (`NTriplesReader`,
 * `TurtleReader`): IRIs and their escapes, the characters of blank node labels, strings and their
 * escapes, language tags, datatypes. Each is written once here, as n3's lexer has it; what a reader
 * does around them (where a token ends, text that comes in pieces, which error at which place) stays in
 * the reader, since the two differ there as n3's two paths do.
 *
 * Hot path: the regular expressions are sticky and module-wide (a reader sets `lastIndex` right before
 * each use, on one thread), characters are tested by code, and nothing allocates per term except the
 * string a term is.
 */
import type { NamedNode } from '@rdfjs/types';
import { factory } from '../rdf/terms.js';

const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';

/** The datatype of a literal written without a language tag or datatype. */
export const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

// ---- IRIs ----

/** Characters never allowed in an IRI (after its escapes are read), as n3 has them: a character class's body. */
const ILLEGAL_IN_IRI = String.raw`\x00-\x20<>\\"{}|^${'`'}`;

/** Whether the character `c` may not stand in an IRI (the class of `ILLEGAL_IN_IRI`, by code). */
export function illegalInIri(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5c ||
    c === 0x22 ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x7c ||
    c === 0x5e ||
    c === 0x60
  );
}

/**
 * An IRI's text without escapes, up to its `>` (set `lastIndex` after the `<`): most IRIs are so, and one
 * match of a character class is the fastest test in JavaScript.
 */
export const PLAIN_IRI = new RegExp(`[^${ILLEGAL_IN_IRI}]*>`, 'y');

/**
 * An IRI's text with its `\u` and `\U` escapes read; null when an escape is bad or reads as a character
 * not allowed.
 */
export function unescapeIri(raw: string): string | null {
  const read = unescape(raw, NO_ESCAPES);
  if (read === null) return null;
  for (let k = 0; k < read.length; k++) if (illegalInIri(read.charCodeAt(k))) return null;
  return read;
}

// ---- escapes ----

/** The value of the hexadecimal digit `c`, or -1. */
export function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Whether `c` is a hexadecimal digit. */
export function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** A string's escapes besides `\u` and `\U` (Turtle's ECHAR, N-Triples' too). */
export const ECHAR: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  f: '\f',
  b: '\b',
};

const NO_ESCAPES: Readonly<Record<string, string>> = {};

/**
 * n3's `_unescape`: `\u`, `\U` (no surrogate, nothing past U+10FFFF) and the escapes of `replacements`;
 * null for any other. Called only on text with a backslash that is not its last character (the readers'
 * tokens end no other way).
 */
export function unescape(item: string, replacements: Readonly<Record<string, string>>): string | null {
  let backslash = item.indexOf('\\');
  if (backslash < 0) return item;
  let result = '';
  let start = 0;
  while (backslash >= 0 && backslash + 1 < item.length) {
    const e = item[backslash + 1] as string;
    let end = backslash + 2;
    let replacement: string;
    if (e === 'u' || e === 'U') {
      end += e === 'u' ? 4 : 8;
      if (end > item.length) return null;
      let code = 0;
      for (let i = backslash + 2; i < end; i++) {
        const v = hexValue(item.charCodeAt(i));
        if (v < 0) return null;
        code = code * 16 + v;
      }
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
      replacement = String.fromCodePoint(code);
    } else {
      if (!Object.hasOwn(replacements, e)) return null;
      replacement = replacements[e] as string;
    }
    result += item.slice(start, backslash) + replacement;
    start = end;
    backslash = item.indexOf('\\', start);
  }
  return result + item.slice(start);
}

// ---- strings ----

/** A `"` string's text without escapes or line ends, up to its closing quote (set `lastIndex` after the quote). */
export const PLAIN_QUOTED = /[^"\\\r\n]*"/y;

// ---- blank node labels ----

/** A label's first character (PN_CHARS_U or a digit), one UTF-16 unit: a regular expression's class. */
export const LABEL_START =
  // Turtle's PN_CHARS_U, in two pieces of one character class
  String.raw`[0-9A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d` +
  String.raw`\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]`;
/** A label's later characters (PN_CHARS), one UTF-16 unit. */
export const LABEL_CHAR =
  // Turtle's PN_CHARS, in two pieces of one character class
  String.raw`[-0-9A-Z_a-z\xb7\xc0-\xd6\xd8-\xf6\xf8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040` +
  String.raw`\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]`;
/**
 * A character past U+FFFF, as two UTF-16 units: the expressions are matched without the `u` flag (the
 * lexer is faster without it).
 */
export const SURROGATE_PAIR = String.raw`[\ud800-\udb7f][\udc00-\udfff]`;

// ---- language tags and datatypes ----

/** n3's error for a language tag with a subtag longer than 8 characters. */
export const SUBTAG_TOO_LONG = 'Detected language tag with subtag longer than 8 characters';

/** Whether the language tag `tag` has a subtag longer than 8 characters (BCP 47 has none; n3 refuses it). */
export function subtagTooLong(tag: string): boolean {
  // most tags are short: no split for them
  return tag.length > 8 && tag.split('-').some((t) => t.length > 8);
}

/** n3's error for `^^rdf:langString` or `^^rdf:dirLangString`. */
export const LANG_STRING_TYPED = 'Detected illegal (directional) languaged-tagged string with explicit datatype';

/** Whether a datatype IRI is one that only a language tag may give (`rdf:langString`, `rdf:dirLangString`). */
export function isLangStringType(iri: string): boolean {
  return iri === LANG_STRING || iri === DIR_LANG_STRING;
}

/**
 * The datatypes' terms of one reader: most literals have one of a few datatypes, which are made once
 * and shared. At most 64 are kept, so that data with a datatype per literal does not fill memory.
 */
export class DatatypeTerms {
  private readonly terms = new Map<string, NamedNode>();

  /** The term of the datatype `iri`. */
  term(iri: string): NamedNode {
    let term = this.terms.get(iri);
    if (term === undefined) {
      // a copy of a long IRI, so that the term kept does not hold on to the text it was sliced from
      term = factory.namedNode(iri.length > 12 ? ` ${iri}`.slice(1) : iri);
      if (this.terms.size < 64) this.terms.set(term.value, term);
    }
    return term;
  }
}
