/**
 * The SPARQL and XPath functions SHACL Core defines its string constraints by, for both engines:
 * `langMatches` (sh:languageIn, SHACL 4.4.4), `STRLEN` (sh:minLength, sh:maxLength, 4.4.1-2) and
 * `REGEX` with XPath's flags (sh:pattern, 4.4.3). JavaScript's own (`startsWith`, `.length`, a
 * RegExp without the `u` flag) differ on language ranges, on characters outside the BMP and on `x`.
 */

/** SPARQL's langMatches with a basic language range (RFC 4647 3.3.1): case-insensitive, at subtag boundaries, `*` any tag. */
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
 * An XPath regular expression with its flags (s, m, i, x; XPath F&O 7.6.1.1) as a JavaScript RegExp
 * over code points (the `u` flag). Throws a `SyntaxError` naming the pattern when JavaScript cannot read it.
 */
export function xpathRegExp(pattern: string, flags = ''): RegExp {
  if (!/^[smix]*$/u.test(flags)) throw new SyntaxError(`sh:flags "${flags}": XPath's flags are s, m, i and x`);
  // x: white space in the pattern is not matched
  const source = flags.includes('x') ? pattern.replace(/[\t\n\r ]+/gu, '') : pattern;
  const js = [...new Set(flags.replace('x', ''))].join('');
  try {
    return new RegExp(source, `${js}u`);
  } catch {
    // a pattern that is no regular expression over code points (an escape the u flag refuses)
    try {
      return new RegExp(source, js);
    } catch {
      throw new SyntaxError(`sh:pattern "${pattern}" is not a regular expression JavaScript reads`);
    }
  }
}
