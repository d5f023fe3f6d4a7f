// Output cannot be broken by data: every term either comes out so that the output parses back to
// the same graph, or is refused with a SerializeError and nothing is written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf, SerializeError, toNQuads, toNTriples, toTurtle } from '../../src/index.js';

const anyText = fc.string({ unit: 'grapheme', maxLength: 20 });
const iri = fc.oneof(fc.webUrl(), anyText.map((s) => `https://example.org/${s}`));
const literal = fc.oneof(
  anyText.map((s) => N3.literal(s)),
  fc.tuple(anyText, fc.oneof(fc.constantFrom('nl', 'en-GB', 'nl-BE-x-gent'), anyText)).map(([s, lang]) => N3.literal(s, lang)),
  fc.tuple(anyText, iri).map(([s, dt]) => N3.literal(s, N3.namedNode(dt))),
);
const subject = fc.oneof(iri.map((i) => N3.namedNode(i)), anyText.map((l) => N3.blankNode(l || 'b')));
const quad = fc.tuple(subject, iri, fc.oneof(literal, iri.map((i) => N3.namedNode(i))), fc.option(iri, { nil: undefined })).map(
  ([s, p, o, g]) => N3.quad(s, N3.namedNode(p), o, g === undefined ? N3.defaultGraph() : N3.namedNode(g)) as Quad,
);

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
  return [...quads].map((q) => [q.subject, q.predicate, q.object, keepGraph ? q.graph : N3.defaultGraph()].map((t) => show(t as never)).join(' '));
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
        expect(back.size).toBe(new Store([...store].map((q) => (keepGraph ? q : N3.quad(q.subject, q.predicate, q.object)))).size);
        expect(canonical(back, keepGraph).sort()).toEqual(canonical(store, keepGraph).sort());
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

const refused = [
  ['an IRI with a space', N3.quad(N3.namedNode('https://example.org/a b'), N3.namedNode('https://example.org/p'), N3.literal('x'))],
  ['an IRI with >', N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p>'), N3.literal('x'))],
  ['an object IRI with a quote', N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.namedNode('https://example.org/"b'))],
  ['a datatype IRI with a space', N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.literal('x', N3.namedNode('https://example.org/d t')))],
  ['a malformed language tag', N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.literal('x', 'en us'))],
  ['a string with a lone surrogate (UTF-8 would change it)', N3.quad(N3.namedNode('https://example.org/a'), N3.namedNode('https://example.org/p'), N3.literal('a\uD800b'))],
] as const;

describe('refused terms', () => {
  it.each(refused)('%s', async (_what, q) => {
    await expect(toNTriples(new Store([q as Quad]))).rejects.toBeInstanceOf(SerializeError);
  });
});

describe('JSON-LD output of hostile terms', () => {
  it.each(refused.flatMap(([what, q]) => (['fast', 'reference'] as const).map((engine) => [what, engine, q] as const)))('refuses %s (%s engine)', async (_what, engine, q) => {
    const { toJsonLd } = await import('../../src/index.js');
    const { toestemming } = await import('../../src/toestemming.js');
    await expect(toJsonLd(new Store([q as Quad]), { profile: toestemming, engine })).rejects.toBeInstanceOf(SerializeError);
  });
});

describe('the fast text writer (whole exports)', () => {
  it.each(['turtle', 'ntriples'] as const)('writes %s that parses back to the same graph, or refuses', async (format) => {
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
  });
});
