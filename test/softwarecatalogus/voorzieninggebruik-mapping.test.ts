// VoorzieningGebruik and the usage model side by side: what corresponds is carried, what does not is
// named, nothing is invented (docs/profiles/softwarecatalogus.md).
import { describe, expect, it } from 'vitest';
import {
  softwarecatalogus,
  usageFromVoorzieningGebruik,
  voorzieningGebruikFromUsage,
} from '../../src/softwarecatalogus.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';

const ids = {
  id: '123e4567-e89b-12d3-a456-426614174000',
  org: '123e4567-e89b-12d3-a456-426614174001',
  vz: '123e4567-e89b-12d3-a456-426614174002',
  v: '123e4567-e89b-12d3-a456-426614174003',
};
const old = {
  id: ids.id,
  organisatieId: ids.org,
  voorzieningId: ids.vz,
  versieId: ids.v,
  beheerder: {
    naam: 'Janine de Vries',
    email: 'j.devries@example.nl',
    telefoonnummer: '0612345678',
    functie: 'Applicatiebeheerder',
  },
  startDatum: '2023-01-15',
  eindDatum: '2025-12-31',
  status: 'Actief',
  opmerkingen: 'Via inkoopcombinatie',
  bbnScore: 2,
  ibpScore: 3,
  bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
  bedrijfsKritisch: true,
  privacyGevoelig: false,
  referentieComponenten: ['123e4567-e89b-12d3-a456-426614174010'],
};

describe('VoorzieningGebruik to usage', () => {
  it('carries id, organisation, voorziening, version, start date, remarks and Actief; names the rest', async () => {
    const before = structuredClone(old);
    const { record, notCarried } = usageFromVoorzieningGebruik(old);
    expect(old).toEqual(before);
    expect(record).toEqual({
      id: ids.id,
      consumer: ids.org,
      module: ids.vz,
      moduleVersion: ids.v,
      startDateInProduction: '2023-01-15',
      status: 'In production',
      interneAnnotation: 'Via inkoopcombinatie',
    });
    expect(notCarried.map((n) => n.field)).toEqual([
      'beheerder.naam',
      'beheerder.email',
      'beheerder.telefoonnummer',
      'beheerder.functie',
      'eindDatum',
      'bbnScore',
      'ibpScore',
      'bivClassificatie',
      'bedrijfsKritisch',
      'privacyGevoelig',
      'referentieComponenten',
    ]);
    expect(notCarried.every((n) => n.why.length > 0)).toBe(true);
    // what is carried is a valid usage record
    const conversion = softwarecatalogus.fromJson(record);
    expect(conversion.problems).toEqual([]);
  });

  it('Beëindigd has no clean counterpart: named, not guessed', () => {
    const { record, notCarried } = usageFromVoorzieningGebruik({ ...old, status: 'Beëindigd' });
    expect(record['status']).toBeUndefined();
    expect(notCarried.find((n) => n.field === 'status')?.why).toMatch(/no clean counterpart/u);
  });
});

describe('usage to VoorzieningGebruik', () => {
  it('reads either spelling; carries what corresponds, names the extra milestone dates and the rest', () => {
    const usage24 = {
      id: ids.id,
      consumer: { id: ids.org, name: 'Gemeente' },
      module: ids.vz,
      moduleVersie: ids.v,
      contactpersoon: '123e4567-e89b-12d3-a456-426614174020',
      startDateAcquisition: '2022-01-01',
      startDatePlanned: '2022-06-01',
      startDateInProduction: '2023-01-15',
      startDateOutPhased: '2026-01-01',
      status: 'Gepland',
      interneAnnotation: 'n',
      timeClassification: 'Invest',
    };
    const { record, notCarried } = voorzieningGebruikFromUsage(usage24);
    expect(record).toEqual({
      id: ids.id,
      organisatieId: ids.org,
      voorzieningId: ids.vz,
      versieId: ids.v,
      startDatum: '2023-01-15',
      status: 'Gepland',
      opmerkingen: 'n',
    });
    expect(notCarried.map((n) => n.field)).toEqual([
      'contactpersoon',
      'startDateAcquisition',
      'startDatePlanned',
      'startDateOutPhased',
      'timeClassification',
    ]);
  });

  it('a reference by slug cannot become a UUID: named; a status without counterpart too', () => {
    const { record, notCarried } = voorzieningGebruikFromUsage({
      consumer: 'gemeente-delft',
      module: 'topdesk-itsm',
      status: 'Acquisition',
    });
    expect(record).toEqual({});
    expect(notCarried.map((n) => n.field)).toEqual(['consumer', 'module', 'status']);
  });

  it('a record carried both ways keeps what corresponds, valid VoorzieningGebruik when the old one was', async () => {
    const { record: usage } = usageFromVoorzieningGebruik(old);
    const { record: back, notCarried } = voorzieningGebruikFromUsage(usage);
    expect(notCarried).toEqual([]);
    expect(back).toEqual({
      id: ids.id,
      organisatieId: ids.org,
      voorzieningId: ids.vz,
      versieId: ids.v,
      startDatum: '2023-01-15',
      status: 'Actief',
      opmerkingen: 'Via inkoopcombinatie',
    });
    expect(voorzieninggebruik.fromJson(back).problems).toEqual([]);
  });

  it('refuses what is no record, with a typed error', () => {
    expect(() => voorzieningGebruikFromUsage([1])).toThrow(TypeError);
    expect(() => usageFromVoorzieningGebruik('x')).toThrow(TypeError);
  });
});
