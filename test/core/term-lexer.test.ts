// The lexer pieces both readers share (src/core/parse/term-lexer.ts): the two forms of the characters an
// IRI may not hold agree, and escapes are read as RDF 1.1's grammars read them. The readers' own tests
// (ntriples-reader, turtle-reader, the W3C suites) hold the pieces in use against n3.
import { describe, expect, it } from 'vitest';
import {
  DatatypeTerms,
  ECHAR,
  PLAIN_IRI,
  illegalInIri,
  subtagTooLong,
  unescape,
  unescapeIri,
} from '../../src/core/parse/term-lexer.js';

describe('the terms both readers share', () => {
  it('tests a code unit for IRIs by code as its expression does, for every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      PLAIN_IRI.lastIndex = 0;
      // the unit, then the `>` that ends the IRI: a plain IRI when the match takes both
      const plain = PLAIN_IRI.test(`${String.fromCharCode(c)}>`) && PLAIN_IRI.lastIndex === 2;
      if (plain === illegalInIri(c)) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });

  it('reads \\u, \\U and ECHAR in strings, and refuses any other escape, a surrogate and past U+10FFFF', () => {
    expect(unescape('a\\tb\\u00e9\\U0001F600\\"\\\\', ECHAR)).toBe('a\tbé😀"\\');
    expect(unescape('\\x', ECHAR)).toBeNull();
    expect(unescape('\\uD800', ECHAR)).toBeNull();
    expect(unescape('\\U00110000', ECHAR)).toBeNull();
    expect(unescape('\\u00e', ECHAR)).toBeNull();
  });

  it('reads only \\u and \\U in IRIs, and refuses one that reads as a character an IRI may not hold', () => {
    expect(unescapeIri('http://example.org/\\u00e9')).toBe('http://example.org/é');
    expect(unescapeIri('http://example.org/\\n')).toBeNull();
    expect(unescapeIri('http://example.org/\\u0020')).toBeNull();
    expect(unescapeIri('http://example.org/\\u003E')).toBeNull();
  });

  it('finds a subtag longer than 8 characters, in a long tag only', () => {
    expect(subtagTooLong('nl-BE')).toBe(false);
    expect(subtagTooLong('en-abcdefgh')).toBe(false);
    expect(subtagTooLong('en-abcdefghi')).toBe(true);
    expect(subtagTooLong('abcdefghi')).toBe(true);
  });

  it('gives one term per datatype, equal to a fresh one', () => {
    const terms = new DatatypeTerms();
    const iri = 'http://www.w3.org/2001/XMLSchema#integer';
    const term = terms.term(iri);
    expect(terms.term(`${iri}`)).toBe(term);
    expect(term.termType).toBe('NamedNode');
    expect(term.value).toBe(iri);
  });
});
