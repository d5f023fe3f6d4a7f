// Round trips, as properties over generated records: builder -> Turtle / N-Triples / N-Quads /
// JSON-LD -> parse -> reader gives back what was built.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonLd, parseRdf, toJsonLd, toNQuads, toNTriples, toTurtle } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import type { Store } from 'n3';
import { normalize, recordOf } from '../support/arbitrary.js';

const D = toestemming.declaration;
const refs = {
  Agent: ['https://example.org/agent/1', 'https://example.org/agent/2'],
  Organisatie: ['https://example.org/org/verwerker'],
  PubliekeOrganisatie: ['https://example.org/org/vlo'],
  PubliekeDienstverlening: ['https://example.org/dienst/1'],
  ToestemmingDescriptor: ['https://example.org/descriptor/1'],
};

/** A whole export: shared nodes, a descriptor, and a batch of Toestemming and Contactvoorkeur records. */
const exportArb = fc.record({
  descriptor: recordOf(D, 'ContactvoorkeurDescriptor', refs),
  toestemmingen: fc.array(recordOf(D, 'Toestemming', refs), { maxLength: 4 }),
  voorkeuren: fc.array(recordOf(D, 'Contactvoorkeur', refs), { maxLength: 4 }),
});

type Export =
  fc.Arbitrary<unknown> extends never
    ? never
    : {
        descriptor: Record<string, unknown>;
        toestemmingen: Record<string, unknown>[];
        voorkeuren: Record<string, unknown>[];
      };

function build(e: Export) {
  const g = toestemming.graph();
  for (const id of refs.Agent) g.Agent({ id });
  g.Organisatie({ id: refs.Organisatie[0]! });
  g.PubliekeOrganisatie({ id: refs.PubliekeOrganisatie[0]! });
  g.PubliekeDienstverlening({ id: refs.PubliekeDienstverlening[0]! });
  const descriptor = { ...e.descriptor, id: refs.ToestemmingDescriptor[0]! };
  g.ContactvoorkeurDescriptor(descriptor as never);
  const toestemmingen = e.toestemmingen.map((t, i) => ({ ...t, id: `https://example.org/toestemming/${i}` }));
  const voorkeuren = e.voorkeuren.map((t, i) => ({ ...t, id: `https://example.org/contactvoorkeur/${i}` }));
  for (const t of toestemmingen) g.Toestemming(t as never);
  for (const v of voorkeuren) g.Contactvoorkeur(v as never);
  return {
    dataset: g.dataset,
    expected: { ContactvoorkeurDescriptor: [descriptor], Toestemming: toestemmingen, Contactvoorkeur: voorkeuren },
  };
}

function check(dataset: Store, expected: ReturnType<typeof build>['expected']) {
  const read = toestemming.read(dataset);
  expect(normalize(read.ContactvoorkeurDescriptor)).toEqual(normalize(expected.ContactvoorkeurDescriptor));
  expect(normalize(read.Toestemming)).toEqual(normalize(expected.Toestemming));
  expect(normalize(read.Contactvoorkeur)).toEqual(normalize(expected.Contactvoorkeur));
  expect(read.Agent.map((a) => a.id).sort()).toEqual(refs.Agent);
}

const runs = { numRuns: 60 };

describe('round trips over generated exports', () => {
  it('builder -> reader', () => {
    fc.assert(
      fc.property(exportArb, (e) => {
        const { dataset, expected } = build(e as Export);
        check(dataset, expected);
      }),
      runs,
    );
  });

  it.each([
    ['Turtle', (s: Store) => toTurtle(s, { profile: toestemming }), (t: string) => parseRdf(t, 'turtle')],
    ['N-Triples', toNTriples, (t: string) => parseRdf(t, 'ntriples')],
    ['N-Quads', toNQuads, (t: string) => parseRdf(t, 'nquads')],
  ] as const)('builder -> %s -> parser -> reader', async (_format, write, parse) => {
    await fc.assert(
      fc.asyncProperty(exportArb, async (e) => {
        const { dataset, expected } = build(e as Export);
        const back = parse(await write(dataset));
        expect(back.size).toBe(dataset.size);
        check(back, expected);
      }),
      runs,
    );
  });

  it('builder -> JSON-LD (official context) -> parser -> reader', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async (e) => {
        const { dataset, expected } = build(e as Export);
        const doc = await toJsonLd(dataset, { profile: toestemming });
        const back = await parseJsonLd(JSON.stringify(doc), { profile: toestemming });
        expect(back.size).toBe(dataset.size);
        check(back, expected);
      }),
      { numRuns: 30 },
    );
  });
});
