// The fast JSON-LD writer gives JSON-LD that reads back (through jsonld.js) as exactly the graph
// written, and the same graph as jsonld.js's own compaction, for every profile: checked on generated
// data with odd values injected (language strings, other datatypes, unknown properties, blank nodes).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonLd, profiles, toJsonLd } from '../../src/index.js';
import { canonical } from '../support/canonical.js';
import { graphFor } from '../support/profile-graphs.js';

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
    const { toestemming } = await import('../../src/toestemming.js');
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
