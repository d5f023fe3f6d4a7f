// Output cannot be broken by data: every term either comes out so that the output parses back to
// the same graph, or is refused with a SerializeError and nothing is written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf, SerializeError, toNQuads, toNTriples, toTurtle } from '../../src/index.js';

const anyText = fc.string({ unit: 'grapheme', maxLength: 20 });
const iri = fc.oneof(
  fc.webUrl(),
  anyText.map((s) => `https://example.org/${s}`),
);
const literal = fc.oneof(
  anyText.map((s) => N3.literal(s)),
  fc
    .tuple(anyText, fc.oneof(fc.constantFrom('nl', 'en-GB', 'nl-BE-x-gent'), anyText))
    .map(([s, lang]) => N3.literal(s, lang)),
  fc.tuple(anyText, iri).map(([s, dt]) => N3.literal(s, N3.namedNode(dt))),
);
const subject = fc.oneof(
  iri.map((i) => N3.namedNode(i)),
  anyText.map((l) => N3.blankNode(l || 'b')),
);
const quad = fc
  .tuple(
    subject,
    iri,
    fc.oneof(
      literal,
      iri.map((i) => N3.namedNode(i)),
    ),
    fc.option(iri, { nil: undefined }),
  )
  .map(([s, p, o, g]) => N3.quad(s, N3.namedNode(p), o, g === undefined ? N3.defaultGraph() : N3.namedNode(g)) as Quad);

/** Blank node labels may change on the way; compare with labels replaced by their order of appearance. */
function canonical(quads: Iterable<Quad>, keepGraph: boolean): string[] {
  const labels = new Map<string, string>();
  const show = (t: Quad[keyof Quad] & { termType: string; value: string }): string => {
    if (t.termType === 'BlankNode') {
      if (!labels.has(t.value)) labels.set(t.value, `_:${labels.size}`);
      return labels.get(t.value)!;
    }
    if (t.termType === 'Literal') {
      const l = t as unknown as { value: string; language: string; datatype: { value: string } };
      return JSON.stringify([l.value, l.language.toLowerCase(), l.datatype.value]);
    }
    return `<${t.value}>`;
  };
  return [...quads].map((q) =>
    [q.subject, q.predicate, q.object, keepGraph ? q.graph : N3.defaultGraph()].map((t) => show(t as never)).join(' '),
  );
}

describe.each([
  ['Turtle', toTurtle, 'turtle', false],
  ['N-Triples', toNTriples, 'ntriples', false],
  ['N-Quads', toNQuads, 'nquads', true],
] as const)('%s output of hostile terms', (_name, write, format, keepGraph) => {
  it('parses back to the same graph, or is refused as a whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(quad, { maxLength: 6 }), async (quads) => {
        const store = new Store(quads);
        let text: string;
        try {
          text = await write(store);
        } catch (error) {
          expect(error).toBeInstanceOf(SerializeError);
          return;
        }
        const back = parseRdf(text, format);
        expect(back.size).toBe(
          new Store([...store].map((q) => (keepGraph ? q : N3.quad(q.subject, q.predicate, q.object)))).size,
        );
        expect(canonical(back, keepGraph).sort()).toEqual(canonical(store, keepGraph).sort());
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

const refused = [
  [
    'an IRI with a space',
    N3.quad(N3.namedNode('https://example.org/a b'), N3.namedNode('https://example.org/p'), N3.literal('x')),
  ],
  [
    'an IRI with >',
    N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p>'), N3.literal('x')),
  ],
  [
    'an object IRI with a quote',
    N3.quad(
      N3.namedNode('https://example.org/a'),
      N3.namedNode('https://example.org/p'),
      N3.namedNode('https://example.org/"b'),
    ),
  ],
  [
    'a datatype IRI with a space',
    N3.quad(
      N3.namedNode('https://example.org/a'),
      N3.namedNode('https://example.org/p'),
      N3.literal('x', N3.namedNode('https://example.org/d t')),
    ),
  ],
  [
    'a malformed language tag',
    N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.literal('x', 'en us')),
  ],
  [
    'a string with a lone surrogate (UTF-8 would change it)',
    N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.literal('a\uD800b')),
  ],
] as const;

describe('refused terms', () => {
  it.each(refused)('%s', async (_what, q) => {
    await expect(toNTriples(new Store([q as Quad]))).rejects.toBeInstanceOf(SerializeError);
  });
});

describe('JSON-LD output of hostile terms', () => {
  it.each(refused.flatMap(([what, q]) => (['fast', 'reference'] as const).map((engine) => [what, engine, q] as const)))(
    'refuses %s (%s engine)',
    async (_what, engine, q) => {
      const { toJsonLd } = await import('../../src/index.js');
      const { toestemming } = await import('../../src/toestemming.js');
      await expect(toJsonLd(new Store([q as Quad]), { profile: toestemming, engine })).rejects.toBeInstanceOf(
        SerializeError,
      );
    },
  );
});

describe('the fast text writer (whole exports)', () => {
  it.each(['turtle', 'ntriples'] as const)(
    'writes %s that parses back to the same graph, or refuses',
    async (format) => {
      const { RdfTextWriter } = await import('../../src/core/serialize/text-writer.js');
      await fc.assert(
        fc.asyncProperty(fc.array(quad, { maxLength: 8 }), async (quads) => {
          // records come grouped by subject
          const sorted = [...quads].sort((a, b) => a.subject.value.localeCompare(b.subject.value));
          const writer = new RdfTextWriter(format, { ex: 'https://example.org/' });
          let text: string;
          try {
            text = writer.header() + writer.write(sorted);
          } catch (error) {
            expect(error).toBeInstanceOf(SerializeError);
            return;
          }
          const back = parseRdf(text, format);
          const expected = new Store(sorted.map((q) => N3.quad(q.subject, q.predicate, q.object)));
          expect(back.size).toBe(expected.size);
          expect(canonical(back, false).sort()).toEqual(canonical(expected, false).sort());
        }),
        { numRuns: 400, seed: 99 },
      );
    },
  );

  // RDF 1.2: a triple term as an object (nested too) and a literal's base direction, read back by profielkit's readers
  // n3's types do not know a direction yet; its DataFactory does (RDF 1.2)
  const withDirection = (s: string, language: string, direction: 'ltr' | 'rtl') =>
    N3.literal(s, { language, direction } as never);
  const directional = fc
    .tuple(anyText, fc.constantFrom('nl', 'en-GB', 'ar'), fc.constantFrom('ltr', 'rtl') as fc.Arbitrary<'ltr' | 'rtl'>)
    .map(([s, language, direction]) => withDirection(s, language, direction));
  const plainObject = fc.oneof(
    literal,
    directional,
    iri.map((i) => N3.namedNode(i)),
    subject,
  );
  const tripleTerm: fc.Arbitrary<Quad> = fc.letrec<{ t: Quad }>((tie) => ({
    t: fc
      .tuple(subject, iri, fc.oneof({ depthSize: 'small', withCrossShrink: true }, plainObject, tie('t')))
      .map(([s, p, o]) => N3.quad(s, N3.namedNode(p), o as never) as Quad),
  })).t;
  const rdf12Quad = fc
    .tuple(subject, iri, fc.oneof(plainObject, tripleTerm))
    .map(([s, p, o]) => N3.quad(s, N3.namedNode(p), o as never) as Quad);
  /** A term with blank labels by order of appearance, a literal with its direction, a triple term by its parts. */
  function canonical12(quads: Iterable<Quad>): string[] {
    const labels = new Map<string, string>();
    const show = (t: { termType: string; value: string }): string => {
      if (t.termType === 'BlankNode') {
        if (!labels.has(t.value)) labels.set(t.value, `_:${labels.size}`);
        return labels.get(t.value)!;
      }
      if (t.termType === 'Literal') {
        const l = t as unknown as { value: string; language: string; direction?: string; datatype: { value: string } };
        return JSON.stringify([l.value, l.language.toLowerCase(), l.direction ?? '', l.datatype.value]);
      }
      if (t.termType === 'Quad') {
        const q = t as unknown as Quad;
        return `<<( ${show(q.subject)} ${show(q.predicate)} ${show(q.object)} )>>`;
      }
      return `<${t.value}>`;
    };
    return [...quads].map((q) => `${show(q.subject)} ${show(q.predicate)} ${show(q.object)}`);
  }

  it.each(['turtle', 'ntriples'] as const)('writes RDF 1.2 triple terms and directions in %s', async (format) => {
    const { RdfTextWriter } = await import('../../src/core/serialize/text-writer.js');
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rdf12Quad, { minLength: 1, maxLength: 6 }), async (quads) => {
        const sorted = [...quads].sort((a, b) => a.subject.value.localeCompare(b.subject.value));
        const writer = new RdfTextWriter(format, { ex: 'https://example.org/' });
        let text: string;
        try {
          text = writer.header() + writer.write(sorted);
        } catch (error) {
          expect(error).toBeInstanceOf(SerializeError);
          return;
        }
        written++;
        const back = parseRdf(text, format);
        const expected = new Store(sorted);
        expect(back.size).toBe(expected.size);
        expect(canonical12(back).sort()).toEqual(canonical12(expected).sort());
      }),
      { numRuns: 300, seed: 1212 },
    );
    // most cases are written, not refused (a property that refuses everything proves nothing)
    expect(written).toBeGreaterThan(100);
  });

  it('writes a triple term as <<( s p o )>> in N-Triples, and refuses one as a subject', async () => {
    const { RdfTextWriter } = await import('../../src/core/serialize/text-writer.js');
    const ex = (local: string) => N3.namedNode(`https://example.org/${local}`);
    const inner = N3.quad(N3.blankNode('x'), ex('p'), withDirection('ok', 'ar', 'rtl'));
    const writer = new RdfTextWriter('ntriples');
    const text = writer.write([N3.quad(ex('s'), ex('r'), inner as never) as Quad]);
    const triple = '<<( _:x <https://example.org/p> "ok"@ar--rtl )>>';
    expect(text).toBe(`<https://example.org/s> <https://example.org/r> ${triple} .\n`);
    expect(() => writer.write([N3.quad(inner as never, ex('r'), N3.literal('x')) as Quad])).toThrow(SerializeError);
  });
});
