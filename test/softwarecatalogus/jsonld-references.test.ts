// A reference of the usage model in each form the register writes it (a UUID, the object itself as
// `_extend` gives it, a slug, a seed's {name, oin, slug}) names the same node on the JSON path (fromJson)
// and on the JSON-LD path (the API's JSON in the profile's context: parseJsonLd with jsonld.js, and the
// node-by-node reader convert streams with). A JSON-LD processor alone reads a slug as a `urn:uuid:` IRI
// that holds no UUID: the shapes refuse that, so no other reader gets a false "conforms" from it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { parseJsonLd, parseRdf, profiles, toJsonLd, validate } from '../../src/index.js';
import { softwarecatalogus } from '../../src/softwarecatalogus.js';
import { fastJsonLdQuads, NotFastJsonLd } from '../../src/core/json/jsonld-graph.js';
import { profielkit } from '../cli/helpers.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SC = 'https://w3id.org/profielkit/softwarecatalogus#';
const SLUG = 'https://w3id.org/profielkit/softwarecatalogus/slug/';
const CONTEXT = softwarecatalogus.declaration.context.urls[0] as string;
const U1 = '0f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const U2 = '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

/** Predicate and object of every triple but rdf:type; IRIs as they are, blank nodes as `_` (named otherwise). */
function statements(quads: Iterable<Quad>): string[] {
  return [...quads]
    .filter((q) => q.predicate.value !== RDF_TYPE)
    .map((q) => {
      const o = q.object;
      const object =
        o.termType === 'Literal' ? JSON.stringify(o.value) : o.termType === 'NamedNode' ? `<${o.value}>` : '_';
      return `${q.predicate.value} ${object}`;
    })
    .sort();
}

async function fast(document: unknown): Promise<Quad[] | 'refused'> {
  const quads: Quad[] = [];
  async function* one() {
    yield JSON.stringify(document);
  }
  try {
    for await (const q of fastJsonLdQuads([softwarecatalogus.declaration], one())) quads.push(q);
  } catch (error) {
    if (error instanceof NotFastJsonLd) return 'refused';
    throw error;
  }
  return quads;
}

/** Each form of a reference to the organisation, and the IRI fromJson names it by. */
const FORMS: readonly (readonly [string, unknown, string])[] = [
  ['a UUID', U1, `urn:uuid:${U1}`],
  [
    'the object itself (_extend), by its id',
    { id: U1, name: 'Gemeente Voorbeeld', oin: '00000001001234567000' },
    `urn:uuid:${U1}`,
  ],
  [
    'the object itself (_extend), by its @self.id',
    { '@self': { id: U1, schema: '12' }, name: 'Gemeente Voorbeeld' },
    `urn:uuid:${U1}`,
  ],
  ['a slug', 'gemeente-voorbeeld', `${SLUG}organization/gemeente-voorbeeld`],
  [
    'a seed reference',
    { name: 'Gemeente Voorbeeld', oin: '00000001001234567000', slug: 'gemeente-voorbeeld' },
    `${SLUG}organization/gemeente-voorbeeld`,
  ],
];

describe('references on the JSON path and the JSON-LD path', () => {
  it.each(FORMS)('%s names the same node on both paths', async (_form, consumer, iri) => {
    const record = { status: 'In production', consumer, participants: [consumer, U2], module: 'zaaksysteem-pro' };
    const json = softwarecatalogus.fromJson(record);
    const document = { '@context': CONTEXT, ...record };
    const jsonLd = await parseJsonLd(document, { profile: softwarecatalogus });
    expect(statements(jsonLd)).toEqual(statements(json.dataset));
    expect(jsonLd.getObjects(null, `${SC}consumer`, null).map((o) => o.value)).toEqual([iri]);
    expect(jsonLd.getObjects(null, `${SC}module`, null).map((o) => o.value)).toEqual([`${SLUG}module/zaaksysteem-pro`]);
    // as the page and the command read JSON-LD: every profile's context, none named
    expect(statements(await parseJsonLd(document, { profiles: Object.values(profiles) }))).toEqual(
      statements(json.dataset),
    );
    // the node-by-node reader reads a string as jsonld.js is given it, and leaves an object to jsonld.js
    const streamed = await fast({ '@context': CONTEXT, '@graph': [record] });
    if (typeof consumer === 'string')
      expect(streamed !== 'refused' && statements(streamed)).toEqual(statements(json.dataset));
    else expect(streamed).toBe('refused');
    // the input is not changed
    expect(document.consumer).toBe(consumer);
  });

  it('the same holds for records of generated references (property)', async () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,12}$/u);
    const reference = fc.oneof(
      fc.uuid({ version: 4 }),
      slug,
      fc.record({ id: fc.uuid({ version: 4 }), name: fc.string() }),
      fc.record({ name: fc.string(), slug }),
    );
    await fc.assert(
      fc.asyncProperty(
        reference,
        fc.array(reference, { maxLength: 3 }),
        reference,
        async (consumer, participants, module) => {
          const record = { status: 'Planned', consumer, participants, module };
          const jsonLd = await parseJsonLd({ '@context': CONTEXT, '@graph': [record] }, { profile: softwarecatalogus });
          expect(statements(jsonLd)).toEqual(statements(softwarecatalogus.fromJson(record).dataset));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the command reads a seed in the profile's context as its JSON: it conforms, convert names the slugs", () => {
    const dir = mkdtempSync(join(tmpdir(), 'profielkit-slugs-'));
    try {
      const seed = { status: 'In production', consumer: FORMS[4]?.[1], module: 'zaaksysteem-pro' };
      const file = join(dir, 'seed.jsonld');
      // typed, so that the record is checked (JSON-LD cannot add the type fromJson adds)
      writeFileSync(file, JSON.stringify({ '@context': CONTEXT, '@graph': [{ '@type': 'Usage', ...seed }] }));
      const json = join(dir, 'seed.json');
      writeFileSync(json, JSON.stringify([seed]));
      // jsonld.js with the references read (no profile named: every profile's context; found by the class)
      const v = profielkit(['validate', file, '--lang', 'en', '--format', 'json']);
      expect(JSON.parse(v.stdout)).toMatchObject({ conforms: true, profile: 'softwarecatalogus', nodesChecked: 1 });
      expect(v.status).toBe(0);
      // the node-by-node reader convert streams with, and jsonld.js where it refuses (the seed's object)
      const c = profielkit(['convert', file, '--to', 'ntriples']);
      expect(c.status).toBe(0);
      const fromJson = profielkit(['convert', json, '-p', 'softwarecatalogus', '--to', 'ntriples', '--lenient']);
      const reference = (l: string) => l.includes(`${SC}consumer>`) || l.includes(`${SC}module>`);
      const references = (nt: string) => nt.split('\n').filter(reference);
      const objects = (nt: string) =>
        references(nt)
          .map((l) => l.replace(/^\S+ /u, ''))
          .sort();
      expect(objects(c.stdout)).toEqual(objects(fromJson.stdout));
      expect(objects(c.stdout)).toEqual([
        `<${SC}consumer> <${SLUG}organization/gemeente-voorbeeld> .`,
        `<${SC}module> <${SLUG}module/zaaksysteem-pro> .`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('toJsonLd writes a reference by slug under its term, and both JSON-LD readers read it back', async () => {
    const record = { status: 'Planned', consumer: 'gemeente-voorbeeld', participants: [U2, 'buurgemeente'] };
    const { dataset } = softwarecatalogus.fromJson(record);
    const document = await toJsonLd(dataset, { profile: softwarecatalogus });
    const node = (document['@graph'] as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(node['consumer']).toBe(`${SLUG}organization/gemeente-voorbeeld`);
    expect(node['participants']).toEqual(expect.arrayContaining([U2, `${SLUG}organization/buurgemeente`]));
    const streamed = await fast(document);
    expect(streamed).not.toBe('refused');
    expect(statements(streamed as Quad[])).toEqual(statements(dataset));
    expect(statements(await parseJsonLd(document, { profile: softwarecatalogus }))).toEqual(statements(dataset));
  });

  it('a document in another context is read as JSON-LD reads it', async () => {
    const document = {
      '@context': { consumer: { '@id': `${SC}consumer`, '@type': '@vocab', '@context': { '@vocab': 'urn:uuid:' } } },
      consumer: 'gemeente-voorbeeld',
    };
    const jsonLd = await parseJsonLd(document, { profile: softwarecatalogus });
    expect(jsonLd.getObjects(null, `${SC}consumer`, null).map((o) => o.value)).toEqual(['urn:uuid:gemeente-voorbeeld']);
  });

  it('a slug read as a urn:uuid: IRI (as a JSON-LD processor alone reads it) is refused by the shapes', async () => {
    const data = parseRdf(
      `<urn:uuid:${U2}> a <${SC}Usage> ; <${SC}status> "Planned" ; <${SC}consumer> <urn:uuid:gemeente-voorbeeld> .\n` +
        `<urn:uuid:gemeente-voorbeeld> a <http://schema.org/Organization> .`,
      'turtle',
    );
    const report = await validate(data, { profile: softwarecatalogus, lang: 'en' });
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.focusNode)).toContain(`urn:uuid:${U2}`);
  });
});
