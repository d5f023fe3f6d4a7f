// Round trips, as properties over generated payloads: JSON -> RDF -> JSON gives the same JSON (after
// defaults), through the dataset and through Turtle, N-Triples and JSON-LD text; the API's own JSON
// plus the bundled context is JSON-LD for the graph fromJson builds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Store } from 'n3';
import { parseJsonLd, parseRdf, toJsonLd, toNTriples, toTurtle, validate } from '../../src/index.js';
import { voorzieninggebruik, createVoorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { complete, lines, payload, sortLists, specExample, U, withDefaults } from './support.js';

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a['id']).localeCompare(String(b['id']));

describe('JSON -> RDF -> JSON', () => {
  it('gives back the same JSON, with the defaults filled (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(payload, { selector: (r) => r['id'], maxLength: 4 }), (records) => {
        const { dataset, problems, unknownFields } = voorzieninggebruik.fromJson(records);
        expect(problems).toEqual([]);
        expect(unknownFields).toEqual([]);
        expect(voorzieninggebruik.toJson(dataset).map(sortLists).sort(byId)).toEqual(
          records.map(withDefaults).sort(byId),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('generated payloads conform (property)', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (record) => {
        const conversion = voorzieninggebruik.fromJson(record);
        const report = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
        expect(report.results).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('survives Turtle, N-Triples and JSON-LD text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (record) => {
        const { dataset } = voorzieninggebruik.fromJson(record);
        const expected = [withDefaults(record)];
        const viaTurtle = parseRdf(await toTurtle(dataset, { profile: voorzieninggebruik }), 'turtle');
        const viaNTriples = parseRdf(await toNTriples(dataset), 'ntriples');
        const viaJsonLd = await parseJsonLd(await toJsonLd(dataset, { profile: voorzieninggebruik }), {
          profile: voorzieninggebruik,
        });
        for (const ds of [viaTurtle, viaNTriples, viaJsonLd])
          expect(voorzieninggebruik.toJson(ds).map(sortLists)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('typed objects: read() gives the builder input back (property)', () => {
    fc.assert(
      fc.property(payload, (record) => {
        const g = voorzieninggebruik.graph();
        // the API's JSON is builder input as well (the builder takes the field names, without aliases)
        g.VoorzieningGebruik(record as never);
        const [read] = voorzieninggebruik.read(g.dataset).VoorzieningGebruik;
        // `id` is the record's own field (its UUID), which the reader gives as it does every property
        const fields = read!;
        const nested = (v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'id'))
            : v;
        const cleaned = Object.fromEntries(
          Object.entries(fields)
            .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
            .map(([k, v]) => [k, nested(v)]),
        );
        expect(sortLists(cleaned)).toEqual(sortLists(record));
      }),
      { numRuns: 100 },
    );
  });
});

/** "predicate object" of every triple but rdf:type: what JSON-LD can say about the API's JSON. */
async function predicateObjects(store: Store): Promise<string[]> {
  return (await lines(store))
    .filter((l) => !l.includes(RDF_TYPE))
    .map((l) => l.replace(/^\S+ /u, ''))
    .sort();
}

describe('contexts/voorzieninggebruik.jsonld', () => {
  it('is the context the profile serves', () => {
    expect(
      JSON.parse(readFileSync(new URL('../../contexts/voorzieninggebruik.jsonld', import.meta.url), 'utf8')),
    ).toEqual(voorzieninggebruik.contextDocument());
  });

  it('has a term for every field name of the API, contactpersoon included', () => {
    const terms = Object.keys(voorzieninggebruik.contextDocument()['@context'] as object);
    for (const field of [
      ...Object.keys(complete),
      'contactpersoon',
      'naam',
      'email',
      'telefoonnummer',
      'functie',
      'beschikbaarheid',
      'integriteit',
      'vertrouwelijkheid',
    ])
      expect(terms).toContain(field);
  });

  it(
    'the API JSON plus the context is JSON-LD for the graph ' + 'fromJson builds, but for rdf:type and the record IRI',
    async () => {
      // the spec example has a null end date and contactpersoon for beheerder: JSON-LD reads both as fromJson does
      const { dataset } = voorzieninggebruik.fromJson(specExample);
      const jsonld = await parseJsonLd(
        { '@context': voorzieninggebruik.declaration.context.urls[0], ...specExample },
        { profile: voorzieninggebruik },
      );
      expect(await predicateObjects(jsonld)).toEqual(await predicateObjects(dataset));
      // references by UUID become the same urn:uuid: IRIs
      expect(
        jsonld.getObjects(null, 'https://w3id.org/profielkit/voorzieninggebruik#organisatie', null).map((o) => o.value),
      ).toEqual([`urn:uuid:${U.organisatie}`]);
    },
  );

  it('the same holds for generated payloads (property)', async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (record) => {
        const { dataset } = voorzieninggebruik.fromJson(record);
        const jsonld = await parseJsonLd(
          {
            '@context': voorzieninggebruik.declaration.context.urls[0],
            bedrijfsKritisch: false,
            privacyGevoelig: false,
            ...record,
          },
          { profile: voorzieninggebruik },
        );
        expect(await predicateObjects(jsonld)).toEqual(await predicateObjects(dataset));
      }),
      { numRuns: 60 },
    );
  });
});

describe('another namespace', () => {
  it("changes profielkit's own IRIs only, and reads the same JSON", async () => {
    const own = createVoorzieninggebruik({ namespace: 'https://data.example.org/def/swc#' });
    const { dataset } = own.fromJson(complete);
    const nt = await toNTriples(dataset);
    expect(nt).toContain('<https://data.example.org/def/swc#status> "Actief"');
    expect(nt).toContain('<http://schema.org/name> "Jan Jansen"');
    expect(nt).not.toContain('w3id.org/profielkit/voorzieninggebruik#');
    expect(own.toJson(dataset)).toEqual([withDefaults(complete)]);
    // its context is its own too, under another URL
    expect(own.declaration.context.urls[0]).not.toBe(voorzieninggebruik.declaration.context.urls[0]);
    expect(JSON.stringify(own.contextDocument())).toContain('https://data.example.org/def/swc#status');
  });
});
