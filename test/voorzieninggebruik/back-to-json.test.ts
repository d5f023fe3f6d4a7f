// RDF back to objects drops nothing in silence: `read` and `toJson` return the triples they could not
// carry, per node; `toJson` never refuses a graph (a lenient conversion's broken values come back as
// the JSON values they were). And JSON-LD that looks like the API, on both engines.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseJsonLd, parseRdf, ProfielkitError, toJsonLd } from '../../src/index.js';
import type { NotCarried } from '../../src/types.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { canonical } from '../support/canonical.js';
import { complete, lines, payload, U } from './support.js';

const VG = 'https://w3id.org/profielkit/voorzieninggebruik#';
const TITLE = 'http://purl.org/dc/terms/title';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function triples(notCarried: readonly NotCarried[]): Quad[] {
  return notCarried.flatMap((n) => [...n.triples]);
}

describe('what the objects cannot carry', () => {
  const org = '123e4567-e89b-12d3-a456-426614174009';
  const ttl =
    `@prefix vg: <${VG}>. @prefix dcterms: <http://purl.org/dc/terms/>.
    <urn:uuid:${U.gebruik}> a vg:VoorzieningGebruik, <https://example.org/Other>; dcterms:identifier "${U.gebruik}"; ` +
    `dcterms:title "Zaaksysteem";
      vg:organisatie <urn:uuid:${org}>; vg:voorziening <urn:uuid:${U.voorziening}>; vg:status "Actief"; ` +
    `vg:beheerder _:p .
    _:p a <http://schema.org/Person>; <http://schema.org/name> "Jan"@nl; <https://example.org/leeftijd> 42 .
    <urn:uuid:${org}> a <http://www.w3.org/ns/org#Organization>; dcterms:identifier "${org}" .
    <https://example.org/los> <https://example.org/p> "o" .`;
  const data = parseRdf(ttl, 'turtle');
  const expected = [
    `<urn:uuid:${U.gebruik}> ${TITLE}`,
    `<urn:uuid:${U.gebruik}> http://www.w3.org/1999/02/22-rdf-syntax-ns#type`,
    '_: http://schema.org/name',
    '_: https://example.org/leeftijd',
    '<https://example.org/los> https://example.org/p',
  ].sort();
  const shown = (qs: Quad[]) =>
    qs.map((q) => `${q.subject.termType === 'BlankNode' ? '_:' : `<${q.subject.value}>`} ${q.predicate.value}`).sort();

  it('toJson: a dcterms:title, another type, a language tag, an unknown property and a loose node, per node', () => {
    const json = voorzieninggebruik.toJson(data);
    expect(json).toEqual([
      { id: U.gebruik, organisatieId: org, voorzieningId: U.voorziening, status: 'Actief', beheerder: {} },
    ]);
    expect(shown(triples(json.notCarried))).toEqual(expected);
    expect(json.notCarried.map((n) => n.node)).toContain(`urn:uuid:${U.gebruik}`);
    // the organisation's type and UUID are what the reference itself says: carried
    expect(triples(json.notCarried).some((q) => q.subject.value === `urn:uuid:${org}`)).toBe(false);
    // not enumerable: the JSON text holds the records only
    expect(JSON.stringify(json)).not.toContain('notCarried');
  });

  it(
    "read: the same triples, except the person's name, " + 'which its type still gives (as the text, without the tag)',
    () => {
      const read = voorzieninggebruik.read(data);
      expect(read.VoorzieningGebruik[0]).toMatchObject({ status: 'Actief' });
      expect(read.Persoon[0]).toMatchObject({ naam: 'Jan' });
      expect(shown(triples(read.notCarried))).toEqual(expected);
      expect(Object.keys(read)).not.toContain('notCarried');
    },
  );

  it('a graph that conforms loses nothing', () => {
    const { dataset } = voorzieninggebruik.fromJson(complete);
    expect(voorzieninggebruik.toJson(dataset).notCarried).toEqual([]);
    expect(voorzieninggebruik.read(dataset).notCarried).toEqual([]);
  });

  it('toJson never refuses a lenient graph: broken values come back as the JSON they were', () => {
    const broken = {
      ...complete,
      bbnScore: 'drie',
      status: 'Stopgezet',
      startDatum: '2023-02-30',
      eindDatum: undefined,
      opmerkingen: ['a', 'b'],
      referentieComponenten: ['id-x'],
    };
    const { dataset } = voorzieninggebruik.fromJson(broken);
    expect(() => voorzieninggebruik.read(dataset)).toThrow(ProfielkitError);
    const [back] = voorzieninggebruik.toJson(dataset);
    expect(back).toMatchObject({
      bbnScore: 'drie',
      status: 'Stopgezet',
      startDatum: '2023-02-30',
      referentieComponenten: ['id-x'],
    });
    expect([...(back!['opmerkingen'] as string[])].sort()).toEqual(['a', 'b']);
  });

  it(
    'every triple comes back through the JSON or is named ' + 'as not carried, whatever a field holds (property)',
    async () => {
      const keys = Object.keys(complete).concat(['contactpersoon', 'eindDatum']);
      await fc.assert(
        fc.asyncProperty(
          payload,
          fc.constantFrom(...keys),
          fc.jsonValue({ maxDepth: 2 }),
          fc.array(
            fc.tuple(
              fc.constantFrom(TITLE, `${VG}bbnScore`, 'https://example.org/p'),
              fc.string({ maxLength: 5 }),
              fc.constantFrom('', 'nl'),
            ),
            { maxLength: 2 },
          ),
          async (record, key, value, extra) => {
            const { dataset } = voorzieninggebruik.fromJson({ ...record, [key]: value });
            const subject = [
              ...dataset.match(
                null,
                N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
                N3.namedNode(`${VG}VoorzieningGebruik`),
              ),
            ][0]?.subject;
            if (subject)
              for (const [p, text, lang] of extra)
                dataset.addQuad(N3.quad(subject, N3.namedNode(p), lang ? N3.literal(text, lang) : N3.literal(text)));
            const json = voorzieninggebruik.toJson(dataset);
            const again = voorzieninggebruik.fromJson(json).dataset;
            const rest = new Store(triples(json.notCarried));
            // every triple of the graph is in the JSON or named; the JSON says nothing the graph did not,
            // but for a default fromJson fills in where the field was not carried
            const left = [...(await lines(again)), ...(await lines(rest))];
            for (const line of await lines(dataset)) {
              const at = left.indexOf(line);
              expect(at, line).toBeGreaterThanOrEqual(0);
              left.splice(at, 1);
            }
            for (const line of left) expect(line).toMatch(/#(bedrijfsKritisch|privacyGevoelig)> "false"/u);
          },
        ),
        { numRuns: 300, seed: 12 },
      );
    },
  );
});

describe('JSON-LD that looks like the API', () => {
  it.each(['fast', 'reference'] as const)(
    '%s: numbers and booleans as JSON, beheerder and bivClassificatie in their record',
    async (engine) => {
      const { dataset } = voorzieninggebruik.fromJson(complete);
      const doc = await toJsonLd(dataset, { profile: voorzieninggebruik, engine });
      const graph = doc['@graph'] as Record<string, unknown>[];
      expect(graph).toHaveLength(1);
      expect(graph[0]).toMatchObject({
        bbnScore: 3,
        ibpScore: 2,
        bedrijfsKritisch: true,
        privacyGevoelig: false,
        beheerder: { '@type': 'Persoon', naam: 'Jan Jansen' },
        bivClassificatie: { '@type': 'BivClassificatie', integriteit: 'Midden' },
      });
      expect(graph[0]!['beheerder']).not.toHaveProperty('@id');
    },
  );

  it('a literal that a JSON number would not read back as stays a string', async () => {
    const s = N3.namedNode(`urn:uuid:${U.gebruik}`);
    const data = new Store(
      [...voorzieninggebruik.fromJson(complete).dataset].filter((q) => q.predicate.value !== `${VG}bbnScore`),
    );
    data.addQuad(N3.quad(s, N3.namedNode(`${VG}bbnScore`), N3.literal('03', N3.namedNode(`${XSD}integer`))));
    data.addQuad(
      N3.quad(s, N3.namedNode(`${VG}ibpScore`), N3.literal('99999999999999999999', N3.namedNode(`${XSD}integer`))),
    );
    for (const engine of ['fast', 'reference'] as const) {
      const doc = await toJsonLd(data, { profile: voorzieninggebruik, engine });
      const node = (doc['@graph'] as Record<string, unknown>[])[0]!;
      expect(node['bbnScore']).toBe('03');
      expect(canonical(await parseJsonLd(doc, { profile: voorzieninggebruik }))).toEqual(canonical(data));
    }
  });

  it('a beheerder two records share stays one node in @graph', async () => {
    const ttl =
      `@prefix vg: <${VG}>. <urn:uuid:${U.gebruik}> a vg:VoorzieningGebruik; ` +
      `vg:beheerder _:p . <urn:uuid:${U.versie}> a vg:VoorzieningGebruik; ` +
      'vg:beheerder _:p . _:p a <http://schema.org/Person>; <http://schema.org/name> "Jan" .';
    const data = parseRdf(ttl, 'turtle');
    for (const engine of ['fast', 'reference'] as const) {
      const doc = await toJsonLd(data, { profile: voorzieninggebruik, engine });
      expect(doc['@graph']).toHaveLength(3);
      expect(canonical(await parseJsonLd(doc, { profile: voorzieninggebruik }))).toEqual(canonical(data));
    }
  });

  it('both engines round trip exactly, and give the same document but for key order (property)', async () => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, x]) => [k, sortKeys(x)]),
            )
          : v;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(payload, { selector: (r) => r['id'], minLength: 1, maxLength: 3 }),
        async (records) => {
          const { dataset } = voorzieninggebruik.fromJson(records);
          const docs = await Promise.all(
            (['fast', 'reference'] as const).map((engine) =>
              toJsonLd(dataset, { profile: voorzieninggebruik, engine }),
            ),
          );
          for (const doc of docs) {
            expect(canonical(await parseJsonLd(doc, { profile: voorzieninggebruik }))).toEqual(canonical(dataset));
            // one node per record: every nested object is in its record
            expect(doc['@graph']).toHaveLength(records.length);
          }
          const byId = (d: Record<string, unknown>) =>
            (sortKeys(d['@graph']) as Record<string, unknown>[]).sort((a, b) =>
              String(a['@id']).localeCompare(String(b['@id'])),
            );
          // lists are sets: compare their members sorted
          const sets = (v: unknown): unknown =>
            Array.isArray(v)
              ? v.map(sets).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
              : typeof v === 'object' && v !== null
                ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sets(x)]))
                : v;
          expect(sets(byId(docs[0]!))).toEqual(sets(byId(docs[1]!)));
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });
});

describe('toJsonLd without a profile', () => {
  it('writes expanded JSON-LD, which reads back as the same graph', async () => {
    const { dataset } = voorzieninggebruik.fromJson(complete);
    const expanded = await toJsonLd(dataset);
    expect(Array.isArray(expanded)).toBe(true);
    expect(JSON.stringify(expanded)).toContain(`${VG}bbnScore`);
    expect(canonical(await parseJsonLd(expanded))).toEqual(canonical(dataset));
  });

  it('a profile that is not one is a typed error, not a TypeError', async () => {
    const { dataset } = voorzieninggebruik.fromJson(complete);
    await expect(toJsonLd(dataset, { profile: 'voorzieninggebruik' as never })).rejects.toThrow(ProfielkitError);
    await expect(toJsonLd(dataset, { profile: {} as never })).rejects.toMatchObject({ code: 'jsonld/profile' });
  });
});
