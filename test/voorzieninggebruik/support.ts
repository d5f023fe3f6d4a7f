// Shared by the VoorzieningGebruik tests: the fixtures, a valid payload, and arbitraries of valid
// payloads as the Softwarecatalogus API writes them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { DatasetCore } from '@rdfjs/types';
import { toNTriples } from '../../src/index.js';
import { xsdDate } from '../support/arbitrary.js';

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
}

/** The example of the Softwarecatalogus documentation page (978489a), as published. */
export const specExample = fixture('example-voorzieninggebruik-docpage-978489a.json') as Record<string, unknown>;

export const U = {
  gebruik: '123e4567-e89b-12d3-a456-426614174000',
  organisatie: '123e4567-e89b-12d3-a456-426614174000',
  voorziening: '123e4567-e89b-12d3-a456-426614174001',
  versie: '123e4567-e89b-12d3-a456-426614174002',
  component: '7a23cdf4-9eb0-11e4-89ab-0060569b4157',
};

/** A valid payload with every field. */
export const complete = {
  id: U.gebruik,
  organisatieId: U.organisatie,
  voorzieningId: U.voorziening,
  versieId: U.versie,
  beheerder: {
    naam: 'Jan Jansen',
    email: 'j.jansen@amsterdam.nl',
    telefoonnummer: '020-1234567',
    functie: 'Applicatiebeheerder',
  },
  startDatum: '2023-01-15',
  eindDatum: '2024-01-15',
  status: 'Actief',
  opmerkingen: 'Gebruik voor burgerportaal',
  bbnScore: 3,
  ibpScore: 2,
  bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
  bedrijfsKritisch: true,
  privacyGevoelig: false,
  referentieComponenten: [U.component],
} as const;

/** N-Triples lines, sorted, with blank node labels made comparable. */
export async function lines(dataset: DatasetCore): Promise<string[]> {
  return (await toNTriples(dataset))
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/_:\w+/gu, '_:b'))
    .sort();
}

const text = fc.string({ unit: 'grapheme', maxLength: 20 });
const ordered = fc.tuple(xsdDate, xsdDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

/** Valid VoorzieningGebruik payloads, every optional field present or not. */
export const payload = fc
  .record(
    {
      id: fc.uuid(),
      organisatieId: fc.uuid(),
      voorzieningId: fc.uuid(),
      versieId: fc.uuid(),
      beheerder: fc.record(
        { naam: text, email: fc.emailAddress(), telefoonnummer: text, functie: text },
        { requiredKeys: [] },
      ),
      dates: fc.oneof(
        ordered,
        xsdDate.map((d) => [d, undefined] as const),
        xsdDate.map((d) => [undefined, d] as const),
      ),
      status: fc.constantFrom('Actief', 'Gepland', 'Beëindigd'),
      opmerkingen: text,
      bbnScore: fc.integer({ min: 1, max: 3 }),
      ibpScore: fc.integer({ min: 1, max: 5 }),
      bivClassificatie: fc.record(
        {
          beschikbaarheid: fc.constantFrom('Hoog', 'Midden', 'Laag'),
          integriteit: fc.constantFrom('Hoog', 'Midden', 'Laag'),
          vertrouwelijkheid: fc.constantFrom('Hoog', 'Midden', 'Laag'),
        },
        { requiredKeys: [] },
      ),
      bedrijfsKritisch: fc.boolean(),
      privacyGevoelig: fc.boolean(),
      referentieComponenten: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['id', 'organisatieId', 'voorzieningId', 'status'] },
  )
  .map(({ dates, ...rest }) => {
    const [startDatum, eindDatum] = dates ?? [undefined, undefined];
    return {
      ...rest,
      ...(startDatum === undefined ? {} : { startDatum }),
      ...(eindDatum === undefined ? {} : { eindDatum }),
    } as Record<string, unknown>;
  });

/** What the API's JSON means once the defaults are filled in, with lists sorted (RDF values are a set). */
export function withDefaults(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { bedrijfsKritisch: false, privacyGevoelig: false, ...record };
  if (Array.isArray(out['referentieComponenten']))
    out['referentieComponenten'] = [...(out['referentieComponenten'] as string[])].sort();
  return out;
}

export function sortLists(record: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(record['referentieComponenten'])
    ? { ...record, referentieComponenten: [...(record['referentieComponenten'] as string[])].sort() }
    : record;
}
