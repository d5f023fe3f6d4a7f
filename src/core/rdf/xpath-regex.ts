/**
 * XPath's regular expressions (XPath F&O 3.1, 5.6.1, on XSD 1.1 Part 2, appendix G), the language of
 * SHACL's `sh:pattern` (4.4.3, by SPARQL REGEX), matched in time linear in the value.
 *
 * Why not a JavaScript RegExp: it backtracks (`^(a+)+$` on 33 characters runs for minutes), and it
 * reads another language (`\d`, `\w`, `\s`, `.` and the `x` flag mean other things; `\b`, `\uXXXX`,
 * lookaround are no XPath). A pattern is parsed here as XPath defines it and translated to RE2's
 * syntax, matched by re2js (a pure-JavaScript port of RE2: an automaton, never backtracking). What
 * RE2 cannot match in linear time (a back-reference), what XPath does not define and what is not
 * implemented (a Unicode block escape `\p{IsBasicLatin}`) is refused with an `XPathRegexError`
 * that names the pattern and the construct; docs/patterns.md lists every difference.
 */
import { RE2JS } from 're2js';

/** A compiled XPath regular expression: `test` is fn:matches (a match anywhere in the value). */
export interface XPathRegex {
  readonly pattern: string;
  readonly flags: string;
  test(value: string): boolean;
}

/** A pattern that is no XPath regular expression, or one profielkit cannot match in linear time. */
export class XPathRegexError extends Error {
  readonly pattern: string;
  readonly flags: string;
  constructor(pattern: string, flags: string, detail: string) {
    super(
      `sh:pattern ${JSON.stringify(pattern)}${flags === '' ? '' : ` (sh:flags ${JSON.stringify(flags)})`}: ${detail}`,
    );
    this.name = 'XPathRegexError';
    this.pattern = pattern;
    this.flags = flags;
  }
}

type Range = readonly [number, number];

/** A part of a character class: code point ranges (case-folded under `i` when `literal`) or a category. */
type ClassItem =
  | { readonly ranges: readonly Range[]; readonly literal: boolean }
  | { readonly category: string; readonly negated: boolean };

interface CharClass {
  readonly negated: boolean;
  readonly items: readonly ClassItem[];
  readonly subtract: CharClass | undefined;
}

const MAX = 0x10ffff;
const hex = (cp: number): string => `\\x{${cp.toString(16)}}`;
const jsHex = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** XSD 1.1 G.4.2.2: the general categories a `\p{..}` may name (blocks, `\p{IsX}`, are refused). */
const CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po Z Zs Zl Zp S Sm Sc Sk So C Cc Cf Co Cn'.split(' '),
);

// XML 1.0 (fifth edition) NameStartChar and NameChar, as XSD 1.1 reads \i and \c
const NAME_START: readonly Range[] = [
  [0x3a, 0x3a],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
];
const NAME: readonly Range[] = normalize([
  ...NAME_START,
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
]);
const SPACE: readonly Range[] = [
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0x20],
];

function normalize(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

/** The class items of a multi-character or category escape (`\d`, `\w`, `\p{Lu}` …). */
function escapeItems(letter: string, category?: string): ClassItem[] {
  switch (letter) {
    case 's':
      return [{ ranges: SPACE, literal: false }];
    case 'S':
      return [{ ranges: complement(SPACE), literal: false }];
    case 'i':
      return [{ ranges: NAME_START, literal: false }];
    case 'I':
      return [{ ranges: complement(NAME_START), literal: false }];
    case 'c':
      return [{ ranges: NAME, literal: false }];
    case 'C':
      return [{ ranges: complement(NAME), literal: false }];
    case 'd':
      return [{ category: 'Nd', negated: false }];
    case 'D':
      return [{ category: 'Nd', negated: true }];
    // XSD: \w is every character but punctuation, separators and "other" (P, Z, C): the categories L, M, N, S
    case 'w':
      return ['L', 'M', 'N', 'S'].map((c) => ({ category: c, negated: false }));
    case 'W':
      return ['P', 'Z', 'C'].map((c) => ({ category: c, negated: false }));
    case 'p':
      return [{ category: category as string, negated: false }];
    case 'P':
      return [{ category: category as string, negated: true }];
    default:
      throw new Error(`profielkit: no escape \\${letter}`);
  }
}

const SINGLE: Readonly<Record<string, number>> = { n: 0xa, r: 0xd, t: 0x9 };
// XSD's SingleCharEsc, and XPath's \$
const ESCAPABLE = new Set('\\|.?*+(){}-[]^$');

class Parser {
  private i = 0;
  private readonly cps: number[];
  private readonly ci: boolean;
  private readonly dotAll: boolean;

  constructor(
    private readonly pattern: string,
    private readonly flags: string,
  ) {
    this.ci = flags.includes('i');
    this.dotAll = flags.includes('s');
    // x: white space is removed, except inside a character class expression (F&O 3.1, 5.6.1.1)
    this.cps = flags.includes('x')
      ? stripWhiteSpace([...pattern].map((c) => c.codePointAt(0) as number))
      : [...pattern].map((c) => c.codePointAt(0) as number);
  }

  private fail(detail: string): never {
    throw new XPathRegexError(this.pattern, this.flags, detail);
  }

  private peek(): string | undefined {
    const cp = this.cps[this.i];
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }

  /** The whole pattern, in RE2's syntax. */
  parse(): string {
    const re = this.regExp();
    if (this.i < this.cps.length) this.fail(`unbalanced ")" at character ${this.i + 1}`);
    return re;
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      if (c === '^' || c === '$') {
        this.i++;
        out += c;
        continue;
      }
      const atom = this.atom();
      out += atom + this.quantifier();
    }
    return out;
  }

  private quantifier(): string {
    const c = this.peek();
    let q = '';
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      q = c;
    } else if (c === '{') {
      const start = this.i;
      this.i++;
      const digits = (): string => {
        let d = '';
        for (let p = this.peek(); p !== undefined && p >= '0' && p <= '9'; p = this.peek()) (d += p), this.i++;
        return d;
      };
      const min = digits();
      if (min === '') this.fail(`a quantifier without a number at character ${start + 1}`);
      let max: string | undefined = min;
      if (this.peek() === ',') {
        this.i++;
        max = digits();
        if (max === '') max = undefined;
      }
      if (this.peek() !== '}') this.fail(`an unclosed quantifier at character ${start + 1}`);
      this.i++;
      if (max !== undefined && Number(max) < Number(min))
        this.fail(`the quantifier {${min},${max}} has its bounds the wrong way round`);
      // RE2 counts no further than 1,000 repetitions (a larger count would make its automaton that large)
      if (Number(min) > 1000 || (max !== undefined && Number(max) > 1000))
        this.fail(
          `a repetition count above 1,000 (${this.cps
            .slice(start, this.i)
            .map((x) => String.fromCodePoint(x))
            .join('')}) is not matched in linear time by profielkit's engine`,
        );
      q = max === min ? `{${min}}` : `{${min},${max ?? ''}}`;
    } else return '';
    // XPath 2.0's reluctant quantifiers: the same set of matches
    if (this.peek() === '?') {
      this.i++;
      q += '?';
    }
    const after = this.peek();
    if (after === '?' || after === '*' || after === '+' || after === '{')
      this.fail(`a quantifier on a quantifier at character ${this.i + 1}`);
    return q;
  }

  private atom(): string {
    const at = this.i;
    const c = this.peek() as string;
    this.i++;
    switch (c) {
      case '(': {
        if (this.peek() === '?') {
          // XPath 3.0's non-capturing group
          if (this.cps[this.i + 1] !== 0x3a)
            this.fail(`"(?" at character ${at + 1} is no XPath construct (lookaround and inline flags are not XPath)`);
          this.i += 2;
        }
        const inner = this.regExp();
        if (this.peek() !== ')') this.fail(`an unclosed "(" at character ${at + 1}`);
        this.i++;
        return `(?:${inner})`;
      }
      case '[':
        return this.render(this.charClassExpr(at));
      case '.':
        // without s, "." is any character but a newline and a carriage return (F&O 5.6.1.1)
        return this.dotAll ? '(?s:.)' : '[^\\x{a}\\x{d}]';
      case '\\':
        return this.escapeAtom(at);
      case '?':
      case '*':
      case '+':
      case '{':
        return this.fail(`"${c}" at character ${at + 1} has nothing to repeat`);
      case '}':
      case ']':
        return this.fail(`"${c}" at character ${at + 1} must be escaped (\\${c})`);
      default:
        return this.literal(c.codePointAt(0) as number);
    }
  }

  private literal(cp: number): string {
    return /^[A-Za-z0-9]$/u.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : hex(cp);
  }

  private escapeAtom(at: number): string {
    const e = this.peek();
    if (e === undefined) this.fail('the pattern ends with a lone "\\"');
    if (e >= '1' && e <= '9')
      this.fail(
        `the back-reference \\${e} at character ${at + 1} cannot be matched in linear time,` +
          " and profielkit's engine does not match it",
      );
    const items = this.classEscape(at);
    if (items.single !== undefined) return this.literal(items.single);
    return this.render({ negated: false, items: items.items, subtract: undefined });
  }

  /** An escape: a single character, or class items. */
  private classEscape(at: number): { single?: number; items: ClassItem[] } {
    const e = this.peek() as string;
    this.i++;
    if (e in SINGLE) return { single: SINGLE[e] as number, items: [] };
    if (ESCAPABLE.has(e)) return { single: e.codePointAt(0) as number, items: [] };
    if ('sSiIcCdDwW'.includes(e)) return { items: escapeItems(e) };
    if (e === 'p' || e === 'P') {
      if (this.peek() !== '{') this.fail(`\\${e} at character ${at + 1} without {…}`);
      const close = this.cps.indexOf(0x7d, this.i);
      if (close < 0) this.fail(`an unclosed \\${e}{ at character ${at + 1}`);
      const name = String.fromCodePoint(...this.cps.slice(this.i + 1, close));
      this.i = close + 1;
      if (name.startsWith('Is'))
        this.fail(
          `the Unicode block escape \\${e}{${name}} is not implemented by profielkit` +
            ' (write the block as a range of its characters instead)',
        );
      if (!CATEGORIES.has(name)) this.fail(`\\${e}{${name}} names no Unicode general category XPath knows`);
      return { items: escapeItems(e, name) };
    }
    return this.fail(
      `\\${e} at character ${at + 1} is no XPath escape` +
        ' (XPath knows \\n \\r \\t, \\ before a metacharacter, ' +
        '\\s \\i \\c \\d \\w, their capitals, \\p{…} and \\P{…})',
    );
  }

  /** A character class expression `[…]`, its "[" already read. */
  private charClassExpr(at: number): CharClass {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const items: ClassItem[] = [];
    let subtract: CharClass | undefined;
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`an unclosed "[" at character ${at + 1}`);
      if (c === ']') {
        if (first) this.fail(`an empty character class at character ${at + 1}`);
        this.i++;
        break;
      }
      if (c === '-' && this.cps[this.i + 1] === 0x5b && !first) {
        // a subtraction: [base-[subtracted]], the last part of its class
        const sub = this.i + 1;
        this.i += 2;
        subtract = this.charClassExpr(sub);
        if (this.peek() !== ']') this.fail(`a class subtraction must end its class (character ${sub + 1})`);
        this.i++;
        break;
      }
      if (c === '[') this.fail(`"[" at character ${this.i + 1} must be escaped inside a class`);
      const lo = this.classChar(first);
      first = false;
      if (typeof lo !== 'number') {
        items.push(...lo);
        continue;
      }
      if (this.peek() === '-' && this.cps[this.i + 1] !== 0x5d && this.cps[this.i + 1] !== 0x5b) {
        this.i++;
        const hi = this.classChar(false);
        if (typeof hi !== 'number') this.fail(`a range ending in a class escape at character ${this.i}`);
        if (hi < lo)
          this.fail(
            `the range ${String.fromCodePoint(lo)}-${String.fromCodePoint(hi)} has its ends the wrong way round`,
          );
        items.push({ ranges: [[lo, hi]], literal: true });
      } else items.push({ ranges: [[lo, lo]], literal: true });
    }
    return { negated, items, subtract };
  }

  /** One character of a class, or the items of an escape. */
  private classChar(first: boolean): number | ClassItem[] {
    const c = this.peek();
    const at = this.i;
    if (c === undefined) this.fail('an unclosed "["');
    if (c === '\\') {
      this.i++;
      if (this.peek() === undefined) this.fail('the pattern ends with a lone "\\"');
      const e = this.classEscape(at);
      return e.single ?? e.items;
    }
    // a "-" is a character of its own only first or last in a class (XSD G.4.2.1)
    if (c === '-' && !first && this.cps[this.i + 1] !== 0x5d)
      this.fail(`"-" at character ${at + 1} must be escaped, or be first or last in its class`);
    this.i++;
    return c.codePointAt(0) as number;
  }

  /** A class in RE2's syntax: directly where RE2 reads it the same, else as the ranges it holds. */
  private render(cls: CharClass): string {
    const hasCategory = (c: CharClass): boolean =>
      c.items.some((item) => !('ranges' in item) || !item.literal) ||
      (c.subtract !== undefined && hasCategory(c.subtract));
    if (cls.subtract === undefined && (!this.ci || !hasCategory(cls)))
      return `[${cls.negated ? '^' : ''}${cls.items.map(re2Item).join('')}]`;
    if (cls.subtract === undefined && !cls.negated) {
      // i: the characters written fold, the escapes do not ("\p{Lu} continues to match upper-case letters only")
      const literal = cls.items.filter((item) => 'ranges' in item && item.literal);
      const escapes = cls.items.filter((item) => !('ranges' in item && item.literal));
      const parts = [
        ...(literal.length > 0 ? [`[${literal.map(re2Item).join('')}]`] : []),
        `(?-i:[${escapes.map(re2Item).join('')}])`,
      ];
      return `(?:${parts.join('|')})`;
    }
    // a subtraction, or a negated class mixing both under i: the set itself, computed once
    return `(?-i:[${enumerate(cls, this.ci)
      .map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`))
      .join('')}])`;
  }
}

function re2Item(item: ClassItem): string {
  if ('ranges' in item) return item.ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('');
  return `\\${item.negated ? 'P' : 'p'}{${item.category}}`;
}

function jsItem(item: ClassItem): string {
  if ('ranges' in item)
    return item.ranges.map(([lo, hi]) => (lo === hi ? jsHex(lo) : `${jsHex(lo)}-${jsHex(hi)}`)).join('');
  return `\\${item.negated ? 'P' : 'p'}{${item.category}}`;
}

const enumerated = new Map<string, Range[]>();

/**
 * The code points of a class, found by testing each one with JavaScript RegExps of one character
 * class each (a class of one character cannot backtrack). About 0.2 s, once per distinct class.
 */
function enumerate(cls: CharClass, ci: boolean): Range[] {
  const key = `${ci}${JSON.stringify(cls)}`;
  const known = enumerated.get(key);
  if (known) return known;
  const member = predicate(cls, ci);
  const ranges: [number, number][] = [];
  for (let cp = 0; cp <= MAX; cp++) {
    if (!member(String.fromCodePoint(cp))) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  if (enumerated.size > 64) enumerated.clear();
  enumerated.set(key, ranges);
  return ranges;
}

function predicate(cls: CharClass, ci: boolean): (c: string) => boolean {
  const literal = cls.items.filter((item) => 'ranges' in item && item.literal);
  const escapes = cls.items.filter((item) => !('ranges' in item && item.literal));
  const lit = literal.length > 0 ? new RegExp(`^[${literal.map(jsItem).join('')}]$`, ci ? 'iu' : 'u') : undefined;
  const esc = escapes.length > 0 ? new RegExp(`^[${escapes.map(jsItem).join('')}]$`, 'u') : undefined;
  const sub = cls.subtract === undefined ? undefined : predicate(cls.subtract, ci);
  return (c) => {
    const inBase = (lit?.test(c) ?? false) || (esc?.test(c) ?? false);
    return (cls.negated ? !inBase : inBase) && !(sub?.(c) ?? false);
  };
}

/** The x flag: white space (#x9, #xA, #xD, #x20) removed outside character class expressions. */
function stripWhiteSpace(cps: readonly number[]): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    if (cp === 0x5c) {
      out.push(cp);
      if (i + 1 < cps.length) out.push(cps[++i] as number);
      continue;
    }
    if (cp === 0x5b) depth++;
    else if (cp === 0x5d && depth > 0) depth--;
    if (depth === 0 && (cp === 0x9 || cp === 0xa || cp === 0xd || cp === 0x20)) continue;
    out.push(cp);
  }
  return out;
}

const compiled = new Map<string, XPathRegex>();

/**
 * Compiles an XPath regular expression with XPath's flags (`s`, `m`, `i`, `x`, `q`). Throws an
 * `XPathRegexError` naming the pattern and what is wrong, or what profielkit cannot match in linear time.
 */
export function xpathRegex(pattern: string, flags = ''): XPathRegex {
  const key = `${flags}\u0000${pattern}`;
  const known = compiled.get(key);
  if (known) return known;
  if (!/^[smixq]*$/u.test(flags)) throw new XPathRegexError(pattern, flags, "XPath's flags are s, m, i, x and q");
  // q: every character stands for itself; with it, m, s and x have no effect (F&O 3.1, 5.6.1.1)
  const source = flags.includes('q')
    ? [...pattern].map((c) => (/^[A-Za-z0-9]$/u.test(c) ? c : hex(c.codePointAt(0) as number))).join('')
    : new Parser(pattern, flags).parse();
  let re: RE2JS;
  try {
    re = RE2JS.compile(
      source,
      (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) |
        (flags.includes('m') && !flags.includes('q') ? RE2JS.MULTILINE : 0),
    );
  } catch (error) {
    // RE2's own limits (the size of the automaton): the pattern cannot be matched in bounded time and memory
    throw new XPathRegexError(
      pattern,
      flags,
      `too large for profielkit's linear-time engine (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const regex: XPathRegex = { pattern, flags, test: (value) => re.test(value) };
  if (compiled.size > 1000) compiled.clear();
  compiled.set(key, regex);
  return regex;
}
