// Typed builders: cardinality in the types, typed errors naming class and property, UUID ids as
// urn:uuid: IRIs or under a base per class, and the order of start and end date.
import { describe, expect, it } from 'vitest';
import { BuilderError } from '../../src/index.js';
import { voorzieninggebruik, type VoorzieningGebruikInput } from '../../src/voorzieninggebruik.js';
import { complete, U } from './support.js';

const VG = 'https://w3id.org/profielkit/voorzieninggebruik#';

const minimal: VoorzieningGebruikInput = {
  id: U.gebruik,
  organisatieId: U.organisatie,
  voorzieningId: U.voorziening,
  status: 'Actief',
};

describe('VoorzieningGebruik builder', () => {
  it('names the record urn:uuid:<id>, and its references the same way', () => {
    const g = voorzieninggebruik.graph();
    const node = g.VoorzieningGebruik(minimal);
    expect(node.value).toBe(`urn:uuid:${U.gebruik}`);
    expect(g.dataset.getQuads(node, `${VG}organisatie`, `urn:uuid:${U.organisatie}`, null)).toHaveLength(1);
  });

  it('takes a base IRI per class', () => {
    const g = voorzieninggebruik.graph(undefined, {
      bases: { VoorzieningGebruik: 'https://example.org/gebruik/', Voorziening: 'https://example.org/voorziening/' },
    });
    const node = g.VoorzieningGebruik(minimal);
    expect(node.value).toBe(`https://example.org/gebruik/${U.gebruik}`);
    expect(
      g.dataset.getQuads(node, `${VG}voorziening`, `https://example.org/voorziening/${U.voorziening}`, null),
    ).toHaveLength(1);
    // a referenced node built on its own gets the same IRI
    expect(g.Voorziening({ id: U.voorziening }).value).toBe(`https://example.org/voorziening/${U.voorziening}`);
  });

  it('takes Date objects for dates', () => {
    const g = voorzieninggebruik.graph();
    const node = g.VoorzieningGebruik({
      ...minimal,
      startDatum: new Date('2023-01-15T00:00:00Z'),
      eindDatum: new Date('2024-01-15T00:00:00Z'),
    });
    expect(g.dataset.getObjects(node, 'http://schema.org/endDate', null).map((o) => o.value)).toEqual(['2024-01-15']);
  });

  it.each([
    ['a missing status', 'status', 'missing', { ...minimal, status: undefined }],
    ['a status outside the list', 'status', 'code-list', { ...minimal, status: 'In gebruik' }],
    ['a non-UUID id', 'id', 'pattern', { ...minimal, id: 'VG-2023-001' }],
    ['a non-UUID reference', 'organisatieId', 'type', { ...minimal, organisatieId: 'org-1' }],
    [
      'an ArchiMate id as component',
      'referentieComponenten[0]',
      'type',
      { ...minimal, referentieComponenten: [`id-${U.component}`] },
    ],
    ['a date that is not a date', 'startDatum', 'date', { ...minimal, startDatum: '15-01-2023' }],
    ['a string where a number belongs', 'bbnScore', 'type', { ...minimal, bbnScore: '3' }],
    ['a score out of range', 'ibpScore', 'range', { ...minimal, ibpScore: 6 }],
    [
      'a BIV value outside the list',
      'bivClassificatie.integriteit',
      'code-list',
      { ...minimal, bivClassificatie: { integriteit: 'Gemiddeld' } },
    ],
    [
      'an end before the start',
      'eindDatum',
      'order',
      { ...minimal, startDatum: '2024-01-15', eindDatum: '2023-01-15' },
    ],
    ['an unknown property', 'hosting', 'unknown-property', { ...minimal, hosting: 'none' }],
    // builders take the declared names: the JSON alias is for fromJson only
    ['the JSON alias', 'contactpersoon', 'unknown-property', { ...minimal, contactpersoon: { naam: 'Jan' } }],
  ] as const)('%s: BuilderError on VoorzieningGebruik.%s (%s)', (_name, property, reason, input) => {
    const g = voorzieninggebruik.graph();
    let error: unknown;
    try {
      g.VoorzieningGebruik(input as unknown as VoorzieningGebruikInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuilderError);
    expect(error).toMatchObject({ className: 'VoorzieningGebruik', property, reason });
    expect((error as Error).message.startsWith(`VoorzieningGebruik.${property}: `)).toBe(true);
    // a refused record leaves the dataset as it was
    expect(g.dataset.size).toBe(0);
  });

  it('the end date may equal the start date', () => {
    expect(() =>
      voorzieninggebruik.graph().VoorzieningGebruik({ ...minimal, startDatum: '2023-01-15', eindDatum: '2023-01-15' }),
    ).not.toThrow();
  });

  it('builds the complete record', () => {
    const g = voorzieninggebruik.graph();
    g.VoorzieningGebruik({ ...complete, referentieComponenten: [...complete.referentieComponenten] });
    expect(voorzieninggebruik.toJson(g.dataset)).toEqual([{ ...complete }]);
  });
});

// Compile-time checks (tsc -p test/tsconfig.json): cardinality and value lists live in the types.
// It is never run, only type-checked.
// biome-ignore lint/suspicious/noExportsInTest: exported so that tsc keeps it (noUnusedLocals)
export function typeChecks(): void {
  const g = voorzieninggebruik.graph();
  // @ts-expect-error status is required
  g.VoorzieningGebruik({ id: U.gebruik, organisatieId: U.organisatie, voorzieningId: U.voorziening });
  // @ts-expect-error status is one of Actief, Gepland, Beëindigd
  g.VoorzieningGebruik({ ...minimal, status: 'In gebruik' });
  // @ts-expect-error a BIV value is Hoog, Midden or Laag
  g.VoorzieningGebruik({ ...minimal, bivClassificatie: { integriteit: 'Gemiddeld' } });
  // @ts-expect-error scores are numbers
  g.VoorzieningGebruik({ ...minimal, bbnScore: '3' });
  // @ts-expect-error referentieComponenten is a list
  g.VoorzieningGebruik({ ...minimal, referentieComponenten: U.component });
  // @ts-expect-error booleans are booleans
  g.VoorzieningGebruik({ ...minimal, privacyGevoelig: 1 });
  const [read] = voorzieninggebruik.read(g.dataset).VoorzieningGebruik;
  if (read) {
    const status: 'Actief' | 'Gepland' | 'Beëindigd' = read.status;
    const score: number | undefined = read.bbnScore;
    const components: string[] = read.referentieComponenten;
    const naam: string | undefined = read.beheerder?.naam;
    void [status, score, components, naam];
  }
}
