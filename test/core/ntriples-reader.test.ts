// profielkit's N-Triples/N-Quads reader (the validation hot path) against n3's parser: the same
// triples for every term form, escape, comment, blank line and chunking; an error wherever n3 has
// one, as a ParseError with a line and column. Blank node labels are compared without n3's prefix
// (n3 writes `_:b4_x` for `_:x`; the reader keeps the label as written).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'n3';
import type { Term } from '@rdfjs/types';
import { NTriplesReader } from '../../src/core/parse/ntriples-reader.js';
import { ParseError } from '../../src/index.js';
import { readInPieces } from '../support/pieces.js';

type Format = 'ntriples' | 'nquads';

function show(t: Term): string {
  if (t.termType === 'Literal')
    return `L ${JSON.stringify(t.value)} @${t.language}${t.direction ? `--${t.direction}` : ''} ^^${t.datatype.value}`;
  if (t.termType === 'Quad') return `<<( ${show(t.subject)} ${show(t.predicate)} ${show(t.object)} )>>`;
  return `${t.termType[0]} ${t.value}`;
}

function ours(text: string, format: Format, pieces: number[] = []): string[] | ParseError {
  const out: string[] = [];
  const reader = new NTriplesReader(format, (s, p, o) => out.push(`${s} | ${p} | ${show(o)}`));
  const failed = readInPieces(reader, text, pieces);
  if (failed) return failed;
  return out;
}

function theirs(text: string, format: Format): string[] | Error {
  try {
    return new Parser({ format: format === 'ntriples' ? 'N-Triples' : 'N-Quads' }).parse(text).map((q) => {
      const unprefix = (t: Term): Term =>
        t.termType === 'BlankNode'
          ? ({ termType: 'BlankNode', value: t.value.replace(/^b\d+_/, '') } as Term)
          : t.termType === 'Quad'
            ? ({
                termType: 'Quad',
                subject: unprefix(t.subject),
                predicate: t.predicate,
                object: unprefix(t.object),
              } as Term)
            : t;
      const s = unprefix(q.subject);
      return (
        `${s.termType === 'BlankNode' ? `_:${s.value}` : s.value} ` +
        `| ${q.predicate.value} | ${show(unprefix(q.object))}`
      );
    });
  } catch (error) {
    return error as Error;
  }
}

function agree(text: string, format: Format, pieces?: number[]): void {
  const a = ours(text, format, pieces);
  const b = theirs(text, format);
  if (b instanceof Error) {
    expect(a, `n3 fails (${b.message}) on ${JSON.stringify(text)}`).toBeInstanceOf(ParseError);
    const e = a as ParseError;
    expect(e.line).toBeGreaterThan(0);
    expect(e.column).toBeGreaterThan(0);
    expect(e.format).toBe(format);
  } else {
    expect(a, JSON.stringify(text)).toEqual(b);
  }
}

const S = '<http://a.example/s>';
const P = '<http://a.example/p>';
const CASES = [
  '<a> <b> <c> .',
  `${S} ${P} "x"@EN-gb .`,
  `${S} ${P} "x\\u00e9\\U0001F600\\t\\n\\"\\\\\\b\\f\\r\\'" .`,
  '<http://a/s\\u0041> <http://a/p> <http://a/o\\U00000042> .',
  `_:b1 ${P} _:b2 .`,
  `${S} ${P} "1"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
  `${S} ${P} "1" . # comment`,
  `  ${S}\t${P}\t"1"\t.\t`,
  `${S} ${P} "1".`,
  `${S}${P}"1".`,
  `${S} ${P} "1" <http://g> .`,
  `${S} ${P} "1" _:g .`,
  `${S} ${P} <http://o> <http://g> .`,
  '<http://a/ s> <http://a/p> "1" .',
  `${S} ${P} "1\\x" .`,
  `${S} ${P} "1\\uD800" .`,
  `${S} ${P} "1\\U00110000" .`,
  `${S} ${P} "1\\u00" .`,
  `${S} ${P} "1"@123 .`,
  `${S} ${P} "1"@en-123abc .`,
  `${S} ${P} "1"@en-abcdefghi .`,
  `${S} ${P} "1"@abcdefghi .`,
  `${S} ${P} "1"@en--gb .`,
  `${S} ${P} "1"@en_gb .`,
  `${S} ${P} "1" `,
  `${S} ${P} 1 .`,
  `${S} "p" <http://a/o> .`,
  `${S} _:p <http://a/o> .`,
  `"s" ${P} <http://a/o> .`,
  `_:b.1 ${P} _:b-2 .`,
  `_:b1. ${P} _:b2 .`,
  `_:a:b ${P} _:b2 .`,
  `${S} ${P} """x""" .`,
  `${S} ${P} 'x' .`,
  `${S} a <http://a/o> .`,
  `${S} ${P} <http://a/o> . ${S} ${P} <http://a/o2> .`,
  `${S} ${P} "é" .`,
  `${S} ${P} <http://a/é> .`,
  `${S} ${P} <http://a/{o}> .`,
  `${S} ${P} <http://a/\\u0020> .`,
  `${S} ${P} <http://a/\\u003E> .`,
  `${S} ${P} <http://a/\\n> .`,
  `${S} ${P} "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .`,
  `${S} ${P} "x"^^xsd:string .`,
  `${S} ${P} "x"^^<t> .`,
  `${S} ${P} "x" ^^ <http://t> .`,
  `${S} ${P} "x" @en .`,
  `${S} ${P} "x"^^<http://t>@en .`,
  `${S} ${P} "x" .\r\n${S} ${P} "y" .\r${S} ${P} "z" .`,
  `\uFEFF${S} ${P} "x" .`,
  `${S}\n${P}\n"x"\n.`,
  `${S} ${P} "x\ny" .`,
  `${S} ${P} "x\ty" .`,
  `${S} ${P} "x" ..`,
  `${S} ${P} "x" ;`,
  `${S} ${P}`,
  `#c\n\n   \n${S} ${P} "x" .#c2\n# end`,
  `${S} ${P} "x" .\u00a0`,
  `<urn:x> ${P} "x" .`,
  `<1http://x> ${P} "x" .`,
  `${S} ${P} "a" .\n\n${S} ${P} "x\\q" .`,
  `${S} ${P} "a" .\n  ${S} ${P} <x y> .`,
  '',
  '\n\n',
  '# only a comment',
  `${S} ${P} _:é .`,
  `${S} ${P} _:_a .`,
  // RDF 1.2: triple terms and directional language tags, read as n3 reads them
  `${S} ${P} <<( ${S} ${P} ${S} )>> .`,
  `${S}${P}<<(${S}${P}<<(${S}${P}"x"@en--rtl)>>)>>.`,
  `${S} ${P} <<( _:a ${P} _:b)>> .`,
  `${S} ${P} <<(\n${S}\n${P} "1"^^<http://t> )>> .`,
  `${S} ${P} <<( ${S} ${P} ${S} )>> <http://g> .`,
  `<<( ${S} ${P} ${S} )>> ${P} ${S} .`,
  `${S} ${P} <<( <<( ${S} ${P} ${S} )>> ${P} ${S} )>> .`,
  `${S} ${P} <<( ${S} ${P} ${S} )>> <<( ${S} ${P} ${S} )>> .`,
  `${S} ${P} <<( ${S} ${P} ${S} ) >> .`,
  `${S} ${P} << ${S} ${P} ${S} >> .`,
  `${S} ${P} <<( ${S} ${P} ${S} ${S} )>> .`,
  `${S} ${P} <<( ${S} "x" ${S} )>> .`,
  `${S} ${P} <<( "y" ${P} ${S} )>> .`,
  `${S} ${P} <<( ${S} ${P} )>> .`,
  `${S} ${P} <( ${S} ${P} ${S} )>> .`,
  `${S} <<( ${S} ${P} ${S} )>> ${S} .`,
  `${S} ${P} "x"@en--ltr .`,
  `${S} ${P} "x"@en-US--rtl.`,
  `${S} ${P} "x"@en --ltr .`,
  `${S} ${P} "x"@en\n--ltr .`,
  `${S} ${P} "x"@en # c\n--ltr .`,
  `${S} ${P} "x"@EN--LTR .`,
  `${S} ${P} "x"@en--unk .`,
  `${S} ${P} "x"@en-- ltr .`,
  `${S} ${P} "x"@en--ltr-x .`,
  `${S} ${P} "x"@en--ltrx .`,
  `${S} ${P} "x"@en--ltr--rtl .`,
  `${S} ${P} "x"@en - .`,
  `${S} ${P} "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString> .`,
];

/**
 * Where n3 2.13 is wrong and the reader refuses, as the grammar does: in N-Quads n3 takes a datatype
 * after a language tag (with or without a direction) and drops it; its N-Triples mode refuses it.
 */
const N3_WRONG: { readonly text: string; readonly format: Format }[] = [
  { text: `${S} ${P} "x"@en^^<http://x> .`, format: 'nquads' },
  { text: `${S} ${P} "x"@en--ltr^^<http://x> .`, format: 'nquads' },
];

describe('NTriplesReader against n3', () => {
  for (const format of ['ntriples', 'nquads'] as const) {
    it(
      `reads ${format} as n3 does, and fails where n3 fails ` +
        `(${CASES.length} cases, each in one piece and in pieces of every size)`,
      () => {
        for (const text of CASES) {
          for (const t of [text, `${text}\n`]) {
            agree(t, format);
            for (let size = 1; size < Math.min(t.length, 12); size++)
              agree(
                t,
                format,
                Array.from({ length: Math.ceil(t.length / size) }, () => size),
              );
          }
        }
      },
    );
  }

  it('refuses what n3 wrongly reads (a datatype after a direction in N-Quads), with a ParseError', () => {
    for (const { text, format } of N3_WRONG) {
      // n3 reads it: when it stops doing so, this case can join the others
      expect(theirs(text, format)).not.toBeInstanceOf(Error);
      expect(ours(text, format)).toBeInstanceOf(ParseError);
      expect(ours(text, format === 'nquads' ? 'ntriples' : 'nquads')).toBeInstanceOf(ParseError);
    }
  });

  it('gives the line and column of an error', () => {
    const text = `${S} ${P} "a" .\n\n${S} ${P} <x y> .\n`;
    const error = ours(text, 'ntriples') as ParseError;
    expect(error).toBeInstanceOf(ParseError);
    expect(error.line).toBe(3);
    expect(error.column).toBe(S.length + P.length + 3);
    expect(error.message).toMatch(/^ntriples: .* \(line 3, column \d+\)$/);
    // the same line when the error comes in a later piece
    expect((ours(text, 'ntriples', [5, 30, 7]) as ParseError).line).toBe(3);
  });

  const iriChar = fc.oneof(
    fc.constantFrom('a', 'z', '0', '/', '#', '.', '-', '_', '~', '%', '?', '=', '&', ':'),
    fc.integer({ min: 0xa0, max: 0x2fff }).map((c) => String.fromCodePoint(c)),
    fc.constantFrom('😀', 'é', 'ß'),
  );
  const literalChar = fc.oneof(
    fc.constantFrom('a', ' ', '"', '\\', '\n', '\r', '\t', '\b', '\f', "'", '<', '>', '.', '#', '@', '^', '_', ':'),
    fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('😀', '\u{10FFFF}', '\uFFFD'),
  );
  // a character written plainly or as \uXXXX / \UXXXXXXXX (IRIs), or also as ECHAR (literals)
  const hex = (c: string, long: boolean) =>
    long
      ? `\\U${c.codePointAt(0)!.toString(16).padStart(8, '0')}`
      : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
  const ECHAR: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
    "'": "\\'",
  };
  const writeIri = (chars: string[], how: number[]) => {
    const written = chars.map((c, i) =>
      (how[i] ?? 0) % 4 === 1 && c.length === 1 ? hex(c, false) : (how[i] ?? 0) % 4 === 2 ? hex(c, true) : c,
    );
    return `<http://x.example/${written.join('')}>`;
  };
  const writeLiteral = (chars: string[], how: number[]) =>
    `"${chars
      .map((c, i) => {
        const h = (how[i] ?? 0) % 4;
        const mustEscape = c === '"' || c === '\\' || c === '\n' || c === '\r';
        if (h === 1 && c.length === 1) return hex(c, false);
        if (h === 2) return hex(c, true);
        if (mustEscape || (h === 3 && ECHAR[c])) return ECHAR[c]!;
        return c;
      })
      .join('')}"`;
  const iri = fc
    .tuple(fc.array(iriChar, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }))
    .map(([c, h]) => writeIri(c, h));
  const blank = fc
    .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,5}[A-Za-z0-9_-]?$/)
    .filter((l) => !l.endsWith('.'))
    .map((l) => `_:${l}`);
  const literal = fc
    .tuple(
      fc.array(literalChar, { maxLength: 10 }),
      fc.array(fc.nat(), { maxLength: 10 }),
      fc.oneof(
        fc.constant(''),
        fc.stringMatching(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,2}$/).map((l) => `@${l}`),
        // RDF 1.2's directions, also with space before them (n3 reads that)
        fc
          .tuple(
            fc.stringMatching(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,2}$/),
            fc.constantFrom('', ' '),
            fc.constantFrom('ltr', 'rtl'),
          )
          .map(([l, s, d]) => `@${l}${s}--${d}`),
        iri.map((d) => `^^${d}`),
      ),
    )
    .map(([c, h, tail]) => writeLiteral(c, h) + tail);
  const space = fc.constantFrom(' ', '  ', '\t', ' \t ');
  // RDF 1.2's triple terms as objects, nested, with or without space inside
  const inner = fc.constantFrom('', ' ', '\n', ' # c\n');
  const { tripleTerm } = fc.letrec<{ tripleTerm: string; object: string }>((tie) => ({
    tripleTerm: fc
      .tuple(fc.oneof(iri, blank), iri, tie('object'), inner, space, space, inner)
      .map(([s, p, o, a, b, c, d]) => `<<(${a}${s}${b}${p}${c}${o}${d})>>`),
    object: fc.oneof({ depthSize: 'small', withCrossShrink: true }, iri, blank, literal, tie('tripleTerm')),
  }));
  const gap = fc.constantFrom('', ' ', '\n', '\n\n', ' # a comment\n', '\r\n', '\n   \n');
  const statement = (format: Format) =>
    fc
      .tuple(
        fc.oneof(iri, blank),
        iri,
        fc.oneof(iri, blank, literal, literal, tripleTerm),
        format === 'nquads' ? fc.oneof(fc.constant(''), iri, blank) : fc.constant(''),
        space,
        space,
        gap,
      )
      .map(([s, p, o, g, a, b, end]) => `${s}${a}${p}${b}${o}${g === '' ? '' : ` ${g}`} .${end === '' ? '\n' : end}`);

  for (const format of ['ntriples', 'nquads'] as const) {
    it(
      `gives n3's triples for generated ${format} (every term form, ` +
        'escapes, comments, blank lines), in any pieces',
      () => {
        fc.assert(
          fc.property(
            fc.array(statement(format), { minLength: 1, maxLength: 12 }),
            fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }),
            (statements, pieces) => {
              agree(statements.join(''), format, pieces);
            },
          ),
          { numRuns: 400, seed: 20261201 },
        );
      },
    );

    it(`fails where n3 fails, and reads what n3 reads, on ${format} with one character changed`, () => {
      fc.assert(
        fc.property(
          fc.array(statement(format), { minLength: 1, maxLength: 4 }),
          fc.nat(),
          fc.constantFrom('', ' ', '"', '<', '>', '\\', '.', '\n', '@', '^', '_', ':', '#', 'u', '{', '\u00a0'),
          (statements, at, c) => {
            const text = statements.join('');
            const i = at % (text.length + 1);
            agree(text.slice(0, i) + c + text.slice(i + 1), format);
          },
        ),
        { numRuns: 1500, seed: 20261201 },
      );
    });
  }
});

describe('N-Triples bytes in pieces (Buffers decoded by Node, strictly)', () => {
  it('reads a character cut between pieces, and refuses a bad byte with a ParseError', async () => {
    const { Readable } = await import('node:stream');
    const { forEachTriple } = await import('../../src/core/stream/source.js');
    const text = `${S} ${P} "é😀ß€" .\n${S} ${P} "x" .\n`;
    const bytes = Buffer.from(text, 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const values: string[] = [];
      await forEachTriple(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), 'ntriples', (_s, _p, o) =>
        values.push(o.value),
      );
      expect(values).toEqual(['é😀ß€', 'x']);
    }
    const bad = Buffer.concat([bytes.subarray(0, 45), Buffer.from([0xff]), bytes.subarray(45)]);
    await expect(
      forEachTriple(Readable.from([bad.subarray(0, 20), bad.subarray(20)]), 'ntriples', () => undefined),
    ).rejects.toBeInstanceOf(ParseError);
    const overlong = Buffer.concat([bytes.subarray(0, 45), Buffer.from([0xc0, 0xaf]), bytes.subarray(45)]);
    await expect(forEachTriple(Readable.from([overlong]), 'ntriples', () => undefined)).rejects.toBeInstanceOf(
      ParseError,
    );
  });
});
