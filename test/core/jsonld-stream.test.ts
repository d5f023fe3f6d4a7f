// Streamed outputs: `toJsonLdStream` (and the command's --to jsonld as it is read) and `toJsonStream`
// (--to json) give what the in-memory writers give, whatever the order of the quads and however
// small the window: the same graph, always; the same records wherever nothing is reported not carried.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseJsonLd, profiles, toJsonLd, toJsonLdStream, type AnyProfile } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import type { NotCarried } from '../../src/types.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from '../support/arbitrary.js';
import { canonical } from '../support/canonical.js';
import { graphFor } from '../support/profile-graphs.js';

async function text(pieces: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of pieces) out += piece;
  return out;
}

/** The graph's quads in an order a file may have: shuffled, or grouped by subject (nested nodes before or after). */
const orderOf = fc.record({ shuffle: fc.boolean(), seed: fc.nat(), reverse: fc.boolean() });
function ordered(quads: readonly Quad[], order: { shuffle: boolean; seed: number; reverse: boolean }): Quad[] {
  const out = [...quads];
  if (order.reverse) out.reverse();
  if (order.shuffle) {
    let x = order.seed + 1;
    for (let i = out.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const j = x % (i + 1);
      [out[i], out[j]] = [out[j] as Quad, out[i] as Quad];
    }
  }
  return out;
}

/** Quads per graph, each graph canonical (blank nodes named by what points at them). */
function byGraph(quads: Iterable<Quad>): Record<string, string[]> {
  const graphs = new Map<string, Quad[]>();
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? '' : q.graph.value;
    graphs.set(g, [...(graphs.get(g) ?? []), N3.quad(q.subject, q.predicate, q.object)]);
  }
  return Object.fromEntries([...graphs].map(([g, qs]) => [g, canonical(qs)]));
}

describe.each(Object.values(profiles).map((p) => [p.name, p] as const))('toJsonLdStream (%s)', (_name, profile) => {
  it('expands to the graph that came in, in any order, with any window, named graphs kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphFor(profile),
        orderOf,
        fc.constantFrom(0, 1, 3, 2048),
        fc.nat(3),
        async (data, order, window, named) => {
          // some quads (every fourth from `named` on) in a named graph
          const quads = [...data].map((q, i) =>
            named > 0 && i % 4 === named
              ? N3.quad(q.subject, q.predicate, q.object, N3.namedNode('https://example.org/graaf'))
              : q,
          );
          const streamed = await text(toJsonLdStream(ordered(quads, order), { profile, window }));
          const back = await parseJsonLd(JSON.parse(streamed) as object, { profile });
          expect(byGraph(back)).toEqual(byGraph(quads));
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('gives the graph of both engines of toJsonLd', async () => {
    await fc.assert(
      fc.asyncProperty(graphFor(profile), async (data) => {
        const streamed = await parseJsonLd(JSON.parse(await text(toJsonLdStream(data, { profile }))) as object, {
          profile,
        });
        for (const engine of ['fast', 'reference'] as const) {
          const whole = await parseJsonLd(JSON.stringify(await toJsonLd(data, { profile, engine })), { profile });
          expect(canonical(streamed)).toEqual(canonical(whole));
        }
      }),
      { numRuns: 20, seed: 8 },
    );
  });
});

describe('toJsonLdStream lays out what toJsonLd gives', () => {
  it('as JSON.stringify(document, null, 2), nested objects in their record, numbers and booleans native', async () => {
    const payload = [0, 1, 2].map((i) => ({
      id: `1000000${i}-e89b-42d3-a456-426614174000`,
      organisatieId: '20000000-e89b-42d3-a456-426614174000',
      voorzieningId: '30000000-e89b-42d3-a456-426614174001',
      status: 'Actief',
      bbnScore: 2,
      bedrijfsKritisch: true,
      beheerder: { naam: `Beheerder ${i}`, email: `b${i}@gemeente.nl` },
    }));
    const data = voorzieninggebruik.fromJson(payload).dataset;
    const whole = `${JSON.stringify(await toJsonLd(data, { profile: voorzieninggebruik }), null, 2)}\n`;
    // fromJsonStream says its blank nodes are each one nested object: the text is the in-memory one
    let streamed = '';
    await voorzieninggebruik.fromJsonStream(
      (async function* () {
        yield JSON.stringify(payload);
      })(),
      (t) => void (streamed += t),
      { format: 'jsonld' },
    );
    const sorted = (doc: string) => {
      const d = JSON.parse(doc) as { '@graph': unknown[] };
      return { ...d, '@graph': d['@graph'].map((n) => JSON.stringify(n)).sort() };
    };
    expect(sorted(streamed)).toEqual(sorted(whole));
    expect(streamed).toContain('"bbnScore": 2');
    expect(streamed).toContain('"bedrijfsKritisch": true');
    expect(streamed).toMatch(/"beheerder": \{\n {8}"@type": "Persoon"/u);
    // from quads, an embedded blank node keeps its label: a later line could name it again
    const fromQuads = JSON.parse(await text(toJsonLdStream(data, { profile: voorzieninggebruik }))) as {
      '@graph': Record<string, unknown>[];
    };
    expect(fromQuads['@graph']).toHaveLength(3);
    const beheerder = fromQuads['@graph'][0]?.['beheerder'] as Record<string, unknown> | undefined;
    expect(beheerder?.['@id']).toMatch(/^_:/u);
  });

  it('a node named by two records, or too far away, stands by itself and is named by its @id', async () => {
    const T = 'http://data.vlaanderen.be/ns/toestemming#';
    const g = toestemming.graph();
    const agent = g.Agent({ id: 'https://example.org/persoon/1' });
    for (let i = 0; i < 5; i++)
      g.Toestemming({
        id: `https://example.org/t/${i}`,
        dataSubject: agent,
        descriptor: 'https://example.org/d/1',
        gegevenOp: '2024-01-01',
        status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
      } as never);
    const doc = JSON.parse(await text(toJsonLdStream(g.dataset, { profile: toestemming, window: 2 }))) as {
      '@graph': Record<string, unknown>[];
    };
    const back = await parseJsonLd(doc, { profile: toestemming });
    expect(canonical(back)).toEqual(canonical(g.dataset));
    expect(back.countQuads(null, N3.namedNode(`${T}dataSubject`), agent, null)).toBe(5);
  });
});

/** Records of the root class of a JSON profile, through fromJson, as quads. */
function payloadOf(profile: AnyProfile, root: string): fc.Arbitrary<Record<string, unknown>[]> {
  const model = modelOf(profile.declaration);
  const refs = Object.fromEntries([...model.classes.keys()].map((k) => [k, [`https://example.org/${k}/1`]]));
  return fc.array(recordOf(profile.declaration, root, refs), { minLength: 0, maxLength: 5 });
}

const sortedRecords = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r)).sort();

describe.each([
  ['voorzieninggebruik', voorzieninggebruik, 'VoorzieningGebruik'],
  ['verwerkingenlogging', verwerkingenlogging, 'VerwerktObject'],
] as const)('toJsonStream (%s)', (_name, profile, root) => {
  it('gives the records of toJson, in the order of a file, and tells what it cannot carry', async () => {
    await fc.assert(
      fc.asyncProperty(
        payloadOf(profile, root),
        fc.boolean(),
        fc.constantFrom(1, 2, 4096),
        async (payload, nestedFirst, window) => {
          const data = profile.fromJson(payload).dataset;
          // grouped by subject as a file has it: each record's nested nodes right after it, or right before
          // (Turtle's [ ])
          const quads = [...data];
          const bySubject = new Map<string, Quad[]>();
          for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
          const groups = [...bySubject.values()];
          const inOrder = (nestedFirst ? groups.reverse() : groups).flat();
          const notCarried: NotCarried[] = [];
          const json = JSON.parse(
            await text(profile.toJsonStream(inOrder, { window, onNotCarried: (r) => void notCarried.push(r) })),
          ) as unknown[];
          const whole = profile.toJson(data);
          const lost = notCarried.reduce((n, r) => n + r.triples.length, 0);
          if (window === 4096) {
            expect(sortedRecords(json)).toEqual(sortedRecords(whole));
            expect(lost).toBe(whole.notCarried.reduce((n, r) => n + r.triples.length, 0));
          } else if (lost === 0) expect(sortedRecords(json)).toEqual(sortedRecords(whole));
          else expect(lost).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40, seed: 9 },
    );
  });

  it('a lone record as that object with oneRecordAsObject, an empty list when there is none', async () => {
    const one = await fc.sample(
      payloadOf(profile, root).filter((p) => p.length === 1),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const data = profile.fromJson(one).dataset;
    const lone = JSON.parse(await text(profile.toJsonStream(data, { oneRecordAsObject: true }))) as unknown;
    expect(Array.isArray(lone)).toBe(false);
    expect(sortedRecords([lone])).toEqual(sortedRecords(profile.toJson(data)));
    expect(await text(profile.toJsonStream(new Store()))).toBe('[]\n');
  });
});
