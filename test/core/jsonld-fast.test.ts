// The fast JSON-LD writer gives JSON-LD that reads back (through jsonld.js) as exactly the graph
// written, and the same graph as jsonld.js's own compaction, for every profile: checked on generated
// data with odd values injected (language strings, other datatypes, unknown properties, blank nodes).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import { parseJsonLd, profiles, toJsonLd, type AnyProfile } from '../../src/index.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from '../support/arbitrary.js';
import { canonical } from '../support/canonical.js';


const odd = fc.record({
  kind: fc.constantFrom('lang', 'datatype', 'unknown', 'blank', 'number', 'iri-value'),
  text: fc.string({ maxLength: 10 }),
  at: fc.nat(),
});

function graphFor(profile: AnyProfile): fc.Arbitrary<Store> {
  const model = modelOf(profile.declaration);
  const classes = [...model.classes.keys()];
  const refs = Object.fromEntries(classes.map((k) => [k, [`https://example.org/${k}/1`]]));
  const records = fc.array(fc.constantFrom(...classes).chain((c) => recordOf(profile.declaration, c, refs).map((r) => [c, r] as const)), { minLength: 1, maxLength: 4 });
  return fc.tuple(records, fc.array(odd, { maxLength: 4 })).map(([rs, odds]) => {
    const g = (profile as unknown as { graph(): { dataset: Store } & Record<string, (i: unknown) => unknown> }).graph();
    rs.forEach(([c, r], i) => {
      try {
        g[c]!({ ...r, ...(model.classes.get(c)!.declaration.identity ? {} : { id: `https://example.org/record/${i}` }) });
      } catch {
        // a record the builder refuses is left out
      }
    });
    const quads = [...g.dataset];
    for (const { kind, text, at } of odds) {
      const q = quads[at % Math.max(quads.length, 1)];
      const s = q?.subject ?? N3.namedNode('https://example.org/s');
      const p = q?.predicate ?? N3.namedNode('https://example.org/p');
      if (kind === 'lang') g.dataset.addQuad(N3.quad(s, p, N3.literal(text, 'nl-BE')));
      if (kind === 'datatype') g.dataset.addQuad(N3.quad(s, p, N3.literal(text, N3.namedNode('https://example.org/dt'))));
      if (kind === 'unknown') g.dataset.addQuad(N3.quad(s, N3.namedNode('https://example.org/onbekend'), N3.literal(text)));
      if (kind === 'blank') g.dataset.addQuad(N3.quad(s, p, N3.blankNode(`extra${at}`)));
      if (kind === 'number') g.dataset.addQuad(N3.quad(s, p, N3.literal(String(at), N3.namedNode('http://www.w3.org/2001/XMLSchema#integer'))));
      if (kind === 'iri-value') g.dataset.addQuad(N3.quad(s, p, N3.namedNode(`https://example.org/waarde/${at}`)));
    }
    return g.dataset;
  });
}

describe.each(Object.values(profiles).map((p) => [p.name, p] as const))('fast JSON-LD (%s)', (_name, profile) => {
  it('reads back as the graph written, and as jsonld.js compaction does', async () => {
    await fc.assert(
      fc.asyncProperty(graphFor(profile), async (data) => {
        const fast = await toJsonLd(data, { profile });
        const reference = await toJsonLd(data, { profile, engine: 'reference' });
        const fromFast = await parseJsonLd(JSON.stringify(fast), { profile });
        const fromReference = await parseJsonLd(JSON.stringify(reference), { profile });
        expect(canonical(fromFast)).toEqual(canonical(data));
        expect(canonical(fromFast)).toEqual(canonical(fromReference));
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe('fast JSON-LD output reads as a person would write it', () => {
  it('uses the official terms, references as {"@id"}', async () => {
    const { validGraph, IRI } = await import('../support/records.js');
    const { toestemming } = await import('../../src/index.js');
    const doc = await toJsonLd(validGraph().dataset, { profile: toestemming });
    const voorkeur = (doc['@graph'] as Record<string, unknown>[]).find((n) => n['@id'] === IRI.voorkeur)!;
    expect(voorkeur).toMatchObject({
      '@type': ['Contactvoorkeur', 'Toestemming'],
      gegevenOp: '2024-03-01',
      status: { '@id': 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten' },
      beperking: ['dossier-2024-117'],
      email: 'jan.peeters@example.org',
    });
    expect((doc['@context'] as unknown[])[0]).toBe('https://data.vlaanderen.be/context/toestemming.jsonld');
  });
});
