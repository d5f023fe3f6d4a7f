/**
 * The SPARQL and XPath functions SHACL Core defines its string constraints by, for both engines:
 * `langMatches` (sh:languageIn, SHACL 4.4.4), `STRLEN` (sh:minLength, sh:maxLength, 4.4.1-2) and
 * `REGEX` with XPath's flags (sh:pattern, 4.4.3). JavaScript's own (`startsWith`, `.length`, a
 * RegExp) differ on language ranges, on characters outside the BMP, on XPath's syntax, and a RegExp
 * backtracks.
 */

/**
 * SPARQL's langMatches with a basic language range (RFC 4647 3.3.1): case-insensitive, at subtag boundaries, `*` any
 * tag.
 */
export function langMatches(tag: string, range: string): boolean {
  const t = tag.toLowerCase();
  const r = range.toLowerCase();
  if (r === '*') return t !== '';
  return t === r || t.startsWith(`${r}-`);
}

/** SPARQL's STRLEN: the number of characters (code points), not of UTF-16 units. */
export function strlen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  return n;
}

/**
 * SPARQL's REGEX (XPath's fn:matches) with XPath's syntax and flags (s, m, i, x, q), matched in time
 * linear in the value: `xpath-regex.ts`. Throws an `XPathRegexError` naming the pattern when it is no
 * XPath regular expression, or one profielkit cannot match in linear time (a back-reference).
 */
export { xpathRegex, XPathRegexError, type XPathRegex } from '../rdf/xpath-regex.js';
