// sh:pattern as XPath reads it (F&O 3.1 5.6.1, XSD 1.1 G), matched in linear time (issue 24).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { xpathRegex, XPathRegexError } from '../../src/core/rdf/xpath-regex.js';
import { parseRdf, ShapesError, validate } from '../../src/index.js';
import { validateStream } from '../../src/core/validate/stream.js';
import { Readable } from 'node:stream';

const matches = (pattern: string, value: string, flags = ''): boolean => xpathRegex(pattern, flags).test(value);

describe('XPath regular expressions, where they differ from JavaScript', () => {
  it.each([
    // [pattern, flags, value, XPath's answer]; JavaScript (u flag) answers otherwise on each
    ['^.$', '', '\r', false], // "." excludes \n and \r only …
    ['^.$', '', '\u2028', true], // … JavaScript's also excludes U+2028 and U+2029
    ['^.$', 's', '\r', true],
    ['^\\d$', '', '٣', true], // \d is \p{Nd}, not [0-9]
    ['^\\w+$', '', 'héllo', true],
    ['^\\w$', '', '_', false], // \w is every character but P, Z and C: "_" is punctuation
    ['^\\s$', '', '\u00a0', false], // \s is space, tab, newline and carriage return only
    ['^\\i\\c*$', '', 'x-1.y', true], // XML name characters
    ['^\\i', '', '1x', false],
    ['^a b$', 'x', 'ab', true], // x: white space removed …
    ['^[a b]+$', 'x', 'a b', true], // … except inside a class
    ['a.c', 'q', 'abc', false], // q: the pattern is a string
    ['a.c', 'q', 'xa.cx', true],
    ['[A-Z]', 'i', 'a', true],
    ['\\p{Lu}', 'i', 'a', false], // i: escapes are not folded ("\p{Lu} continues to match upper-case letters only")
    ['^[a-z-[aeiou]]+$', '', 'bcd', true], // class subtraction
    ['^[a-z-[aeiou]]+$', '', 'bad', false],
    ['^[\\p{L}-[\\p{Lu}]]+$', '', 'aBc', false],
    ['^ab$', 'm', 'x\nab\ny', true],
    ['^ab$', '', 'x\nab', false],
    ['ab$', '', 'ab\n', false], // "$" is the end of the string, never before a final newline
    ['\\$\\^', '', '$^', true],
    ['^.$', '', '😀', true], // one character, not two UTF-16 units
  ])('%j with flags %j on %j: %j', (pattern, flags, value, expected) => {
    expect(matches(pattern, value, flags)).toBe(expected);
  });

  it.each([
    ['(a)\\1', /back-reference/],
    ['\\b', /no XPath escape/],
    ['\\u0041', /no XPath escape/],
    ['(?=a)', /no XPath construct/],
    ['(?<n>a)', /no XPath construct/],
    ['a{1001}', /above 1,000/],
    ['\\p{IsBasicLatin}', /block escape/],
    ['\\p{Greek}', /no Unicode general category/],
    ['[a-', /unclosed/],
    ['a{3,2}', /wrong way round/],
    ['a**', /quantifier on a quantifier/],
    ['x{', /quantifier/],
    ['[]', /empty/],
  ])('%j is refused with the pattern named', (pattern, why) => {
    expect(() => xpathRegex(pattern)).toThrow(XPathRegexError);
    expect(() => xpathRegex(pattern)).toThrow(why);
    expect(() => xpathRegex(pattern)).toThrow(JSON.stringify(pattern));
  });

  it('flags other than s, m, i, x and q are refused', () => {
    expect(() => xpathRegex('a', 'g')).toThrow(/s, m, i, x and q/);
    expect(() => xpathRegex('a', 'u')).toThrow(XPathRegexError);
  });
});

/** Patterns over a, b and c whose meaning is the same in XPath and in JavaScript (u flag). */
const safePattern: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
  re: fc.oneof(
    { depthSize: 'small' },
    tie('atom'),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => a + b),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `${a}|${b}`),
  ),
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\.', '^', '$'),
    fc
      .tuple(tie('re'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?'))
      .map(([r, q]) => `(${r})${q}`),
  ),
})).re;

describe('properties', () => {
  it("on patterns JavaScript reads the same, XPath's answer is JavaScript's (seeded)", () => {
    fc.assert(
      fc.property(
        safePattern,
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '\n'), maxLength: 8 }),
        fc.constantFrom('', 'i', 's', 'm'),
        (pattern, value, flags) => {
          expect(matches(pattern, value, flags)).toBe(new RegExp(pattern, `u${flags}`).test(value));
        },
      ),
      { seed: 24, numRuns: 400 },
    );
  });

  it('a backtracking pattern is matched in time linear in the value: no value stalls it (seeded)', () => {
    // each of these makes a JavaScript RegExp take exponential or polynomial time on such values
    const evil = ['^(a+)+$', '^(a|a)*$', '^(a|aa)+$', '^(.*a){12}$', '(a*)*b', '^(\\w+\\s?)*$'];
    fc.assert(
      fc.property(
        fc.constantFrom(...evil),
        fc.integer({ min: 1_000, max: 20_000 }),
        fc.constantFrom('!', '', 'b'),
        (pattern, n, tail) => {
          const value = 'a'.repeat(n) + tail;
          const re = xpathRegex(pattern);
          expect(typeof re.test(value)).toBe('boolean');
        },
      ),
      { seed: 24, numRuns: 30 },
    );
  }, 120_000);
});

describe('sh:pattern on both engines, a stream and a refused pattern', () => {
  const PREFIXES = '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> .\n';
  const data = `${PREFIXES}ex:a a ex:C ; ex:p "${'a'.repeat(5_000)}!" . ex:b a ex:C ; ex:p "aaa" .`;

  it('^(a+)+$ on 5,000 characters: one result, ' +
    'the same on the fast path, the reference engine and a stream', async () => {
    const shapes = parseRdf(
      `${PREFIXES}ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "^(a+)+$" ] .`,
    );
    for (const engine of ['fast', 'reference'] as const) {
      const report = await validate(parseRdf(data), { shapes, engine });
      expect(report.results.map((r) => r.focusNode)).toEqual(['http://ex.org/a']);
    }
    const streamed = await validateStream({ shapes }, () => Readable.from([data]), { format: 'turtle' });
    expect(streamed.results.map((r) => r.focusNode)).toEqual(['http://ex.org/a']);
  }, 60_000);

  it(
    'a pattern that cannot be honoured is a ShapesError naming it and its shape, ' +
      'on both engines, even on a shape no target reaches',
    async () => {
      const shapes = parseRdf(
        `${PREFIXES}ex:S a sh:NodeShape ; sh:targetClass ex:C . ` +
          'ex:Unused sh:property ex:U . ex:U sh:path ex:p ; sh:pattern "(a)\\\\1" .',
      );
      for (const engine of ['fast', 'reference'] as const) {
        const error: unknown = await validate(parseRdf(data), { shapes, engine }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ShapesError);
        expect(error).toMatchObject({ code: 'shapes/pattern', shape: 'http://ex.org/U' });
        expect((error as Error).message).toMatch(/"\(a\)\\\\1".*back-reference/u);
      }
    },
  );
});

describe('any text as a pattern', () => {
  it('is compiled, or refused with an XPathRegexError: never another exception (seeded)', () => {
    const unit = fc.constantFrom(
      'a',
      '\\',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '-',
      '^',
      '$',
      '|',
      '*',
      '+',
      '?',
      '.',
      ',',
      '1',
      'p',
      'P',
      'd',
      'I',
      ' ',
      '\n',
      'é',
      '😀',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.constantFrom('', 'i', 'x', 'q', 'imsx'), (pattern, flags) => {
        try {
          expect(typeof xpathRegex(pattern, flags).test('a-b😀é\n')).toBe('boolean');
        } catch (error) {
          expect(error).toBeInstanceOf(XPathRegexError);
        }
      }),
      { seed: 24, numRuns: 3_000 },
    );
  });
});
