// JSON-LD read node by node (fastJsonLdQuads, what `convert` streams JSON-LD with) gives the graph
// jsonld.js gives, or refuses the document (and the command reads it with jsonld.js): on what
// profielkit writes, and on such documents with odd things put into their nodes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Quad } from '@rdfjs/types';
import { parseJsonLd, profiles, toJsonLd, toJsonLdStream } from '../../src/index.js';
import { fastJsonLdQuads, NotFastJsonLd } from '../../src/core/json/jsonld-graph.js';
import { canonical } from '../support/canonical.js';
import { graphFor } from '../support/profile-graphs.js';

const declarations = Object.values(profiles).map((p) => p.declaration);

async function fast(text: string, pieceSize: number): Promise<Quad[] | 'refused'> {
  async function* pieces() {
    for (let i = 0; i < text.length; i += pieceSize) yield text.slice(i, i + pieceSize);
  }
  const quads: Quad[] = [];
  try {
    for await (const q of fastJsonLdQuads(declarations, pieces())) quads.push(q);
  } catch (error) {
    if (error instanceof NotFastJsonLd) return 'refused';
    throw error;
  }
  return quads;
}

async function jsonLdText(pieces: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of pieces) out += piece;
  return out;
}

/** Odd things a node may hold that the fast reader must read as jsonld.js does, or refuse. */
const ODD: readonly unknown[] = [
  null,
  1.5,
  -0,
  2 ** 60,
  true,
  'relatief/pad',
  'dcterms:title',
  'https://example.org/x',
  '_:b9',
  { '@id': 'relatief' },
  { '@id': '_:b9' },
  { '@value': 'x', '@language': 'NL-be' },
  { '@value': 'x', '@language': 'nl-be' },
  { '@value': 'x', '@type': 'https://example.org/dt' },
  { '@value': 3 },
  { '@list': ['a'] },
  { '@set': ['a'] },
  { naam: 'genest' },
  [],
  [['a']],
  // a slug, a seed's and an expanded reference (softwarecatalogus reads them as fromJson does, on both readers)
  'een-slug',
  { name: 'Gemeente', slug: 'een-slug' },
  { id: '0f1c2d3e-4a5b-4c6d-8e7f-901234567890', name: 'Gemeente' },
];
const KEYS: readonly string[] = [
  'consumer',
  'https://example.org/p',
  'dcterms:title',
  '@reverse',
  '@index',
  'onbekend',
  'http:/x',
  '@type',
  '@id',
];

describe.each(Object.values(profiles).map((p) => [p.name, p] as const))('fastJsonLdQuads (%s)', (_name, profile) => {
  it('reads what profielkit writes as jsonld.js reads it, in pieces of any size', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphFor(profile),
        fc.boolean(),
        fc.integer({ min: 1, max: 4096 }),
        async (data, streamed, pieceSize) => {
          const text = streamed
            ? await jsonLdText(toJsonLdStream(data, { profile, window: 3 }))
            : JSON.stringify(await toJsonLd(data, { profile }));
          const read = await fast(text, pieceSize);
          const reference = await parseJsonLd(text, { profile, stringReferences: 'keep' });
          // what profielkit writes is read here, never refused (an empty graph goes to jsonld.js, which says what it
          // makes of it)
          if (data.size === 0) return void expect(read).toBe('refused');
          expect(read).not.toBe('refused');
          expect(canonical(read as Quad[])).toEqual(canonical(reference));
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });

  it('with odd keys and values put in: the graph jsonld.js gives, or refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphFor(profile),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...KEYS, '(a term)'), fc.constantFrom(...ODD)), {
          minLength: 1,
          maxLength: 3,
        }),
        async (data, odds) => {
          const doc = (await toJsonLd(data, { profile })) as { '@graph': Record<string, unknown>[] };
          const graph = doc['@graph'];
          if (graph.length === 0) return;
          for (const [at, key, value] of odds) {
            const node = graph[at % graph.length] as Record<string, unknown>;
            const name =
              key === '(a term)' ? (Object.keys(node).find((k) => !k.startsWith('@')) ?? 'https://example.org/p') : key;
            node[name] = value;
          }
          const text = JSON.stringify(doc);
          let reference: Quad[] | 'error';
          try {
            reference = [...(await parseJsonLd(text, { profile, stringReferences: 'keep' }))];
          } catch (error) {
            reference = 'error';
            if (process.env['DEBUG_FAST']) console.log(String(error), JSON.stringify(odds));
          }
          const read = await fast(text, 977);
          if (read === 'refused') return;
          // read here: jsonld.js must read it too, as the same graph
          expect(reference).not.toBe('error');
          expect(canonical(read)).toEqual(canonical(reference as Quad[]));
        },
      ),
      { numRuns: 150, seed: 12 },
    );
  });
});

describe('fastJsonLdQuads refuses what it does not read', () => {
  it('another context, a context after the graph, a single node, an array', async () => {
    for (const doc of [
      { '@context': { naam: 'https://example.org/naam' }, '@graph': [{ '@id': 'https://example.org/1', naam: 'x' }] },
      {
        '@graph': [{ '@id': 'https://example.org/1' }],
        '@context': 'https://data.vlaanderen.be/context/toestemming.jsonld',
      },
      { '@context': 'https://data.vlaanderen.be/context/toestemming.jsonld', '@id': 'https://example.org/1' },
      [{ '@id': 'https://example.org/1' }],
    ]) {
      expect(await fast(JSON.stringify(doc), 100)).toBe('refused');
    }
  });
});
