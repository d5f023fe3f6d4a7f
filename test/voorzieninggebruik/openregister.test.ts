// The Softwarecatalogus as it publishes: OpenRegister objects with their `@self` metadata, and whole
// register exports (`components.objects`, objects of many schemas). `@self` is metadata, never an
// unknown field; the objects of other schemas are counted; every path is the path in the file.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JSON_CONSTRAINT, JsonInputError, parseRdf, validate } from '../../src/index.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { complete, fixture, lines } from './support.js';

const SH = 'http://www.w3.org/ns/shacl#';
const DCTERMS = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const exportText = readFileSync(new URL('../fixtures/cli/openregister-export.json', import.meta.url), 'utf8');
const register = (): Record<string, unknown> => JSON.parse(exportText) as Record<string, unknown>;
const self = (schema: string, extra: Record<string, unknown> = {}) => ({
  id: 'x',
  register: 'voorzieningen',
  schema,
  owner: 'Remko Huisman',
  created: '2025-05-09T12:20:44+00:00',
  updated: '2025-05-22T07:49:44+00:00',
  ...extra,
});

async function findings(payload: unknown): Promise<[string | undefined, string, string][]> {
  const conversion = voorzieninggebruik.fromJson(payload);
  const report = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
  return report.results
    .map((r): [string | undefined, string, string] => [r.jsonPath, r.severity, r.constraint.replace(SH, 'sh:')])
    .sort();
}

async function streamed(
  text: string,
): Promise<{ ntriples: string; summary: Awaited<ReturnType<typeof voorzieninggebruik.fromJsonStream>> }> {
  let ntriples = '';
  const summary = await voorzieninggebruik.fromJsonStream(Readable.from([text]), (t) => void (ntriples += t), {
    format: 'ntriples',
  });
  return { ntriples, summary };
}

describe('a register export (components.objects)', () => {
  it('converts the objects of schema voorzieninggebruik and counts the others, by schema', () => {
    const conversion = voorzieninggebruik.fromJson(exportText);
    expect(conversion.skipped).toEqual([
      { schema: 'voorziening', count: 1 },
      { schema: 'organisatie', count: 1 },
    ]);
    expect(voorzieninggebruik.toJson(conversion.dataset).map((r) => r['id'])).toEqual([
      'bdbf6473-325a-4c98-98e5-105dd25ca91f',
      '5173a77a-9316-47ef-a8fd-181624fbe0bb',
    ]);
    // @self is metadata: never an unknown field
    expect(conversion.unknownFields).toEqual([]);
  });

  it('names every result by its path in the file', async () => {
    expect(await findings(register())).toEqual(
      [
        ['components.objects[2].beheerder', 'Warning', JSON_CONSTRAINT.encoding],
        ['components.objects[2].privacyGevoelig', 'Warning', JSON_CONSTRAINT.encoding],
        ['components.objects[3].bbnScore', 'Warning', JSON_CONSTRAINT.encoding],
        ['components.objects[3].status', 'Violation', 'sh:InConstraintComponent'],
      ].sort(),
    );
  });

  it('writes @self.created and @self.updated as dcterms:created and dcterms:modified of the record', async () => {
    const all = await lines(voorzieninggebruik.fromJson(exportText).dataset);
    const s = '<urn:uuid:bdbf6473-325a-4c98-98e5-105dd25ca91f>';
    expect(all).toContain(`${s} <${DCTERMS}created> "2025-05-09T12:20:44+00:00"^^<${XSD}dateTime> .`);
    expect(all).toContain(`${s} <${DCTERMS}modified> "2025-05-22T07:49:44+00:00"^^<${XSD}dateTime> .`);
    // nothing else of @self: not its owner, size or relations
    expect(all.filter((l) => l.includes('Remko') || l.includes('1295'))).toEqual([]);
  });

  it('gives them back under @self, and the JSON converts to the same graph again', async () => {
    const { dataset } = voorzieninggebruik.fromJson(exportText);
    const json = voorzieninggebruik.toJson(dataset);
    expect(json[0]).toMatchObject({
      '@self': { created: '2025-05-09T12:20:44+00:00', updated: '2025-05-22T07:49:44+00:00' },
      privacyGevoelig: true,
      beheerder: { naam: 'Janine de Vries' },
    });
    expect(json.notCarried).toEqual([]);
    expect(await lines(voorzieninggebruik.fromJson(json).dataset)).toEqual(await lines(dataset));
  });

  it('finds a schema named by its id in the export', () => {
    const doc = register() as {
      components: { schemas: Record<string, Record<string, unknown>>; objects: { '@self': Record<string, unknown> }[] };
    };
    doc.components.schemas['voorzieninggebruik']!['id'] = 7;
    for (const o of doc.components.objects) if (o['@self']['schema'] === 'voorzieninggebruik') o['@self']['schema'] = 7;
    const conversion = voorzieninggebruik.fromJson(doc);
    expect(conversion.skipped.map((s) => s.schema)).toEqual(['voorziening', 'organisatie']);
    expect(voorzieninggebruik.toJson(conversion.dataset)).toHaveLength(2);
  });

  it('as a stream: the same graph, problems and skipped objects', async () => {
    const whole = voorzieninggebruik.fromJson(exportText);
    const { ntriples, summary } = await streamed(exportText);
    expect(await lines(parseRdf(ntriples, 'ntriples'))).toEqual(await lines(whole.dataset));
    expect(summary.problems).toEqual(whole.problems);
    expect(summary.skipped).toEqual(whole.skipped);
  });

  it('never changes its input', () => {
    const doc = register();
    const before = structuredClone(doc);
    voorzieninggebruik.fromJson(doc);
    expect(doc).toEqual(before);
  });

  it('strict mode stays strict: the first encoded value stops it, at its path', () => {
    expect(() => voorzieninggebruik.fromJson(exportText, { strict: true })).toThrow(
      expect.objectContaining({ path: 'components.objects[2].beheerder', reason: 'type' }),
    );
  });
});

describe('OpenRegister objects outside an export', () => {
  it('a plain array: objects of other schemas are counted, objects without @self converted', async () => {
    const payload = [
      { ...complete, '@self': self('voorzieninggebruik') },
      { id: 'ab', naam: 'Zaaksysteem', '@self': self('voorziening') },
      { ...complete, id: '123e4567-e89b-12d3-a456-426614174009' },
    ];
    const conversion = voorzieninggebruik.fromJson(payload);
    expect(conversion.skipped).toEqual([{ schema: 'voorziening', count: 1 }]);
    expect(voorzieninggebruik.toJson(conversion.dataset)).toHaveLength(2);
    expect(await findings(payload)).toEqual([]);
    // streamed one element at a time, the same
    const { ntriples, summary } = await streamed(JSON.stringify(payload));
    expect(await lines(parseRdf(ntriples, 'ntriples'))).toEqual(await lines(conversion.dataset));
    expect(summary.skipped).toEqual(conversion.skipped);
  });

  it('one object of another schema is no record', () => {
    const conversion = voorzieninggebruik.fromJson({ naam: 'x', '@self': self('organisatie') });
    expect(conversion.dataset.size).toBe(0);
    expect(conversion.skipped).toEqual([{ schema: 'organisatie', count: 1 }]);
  });

  it('a @self date that is no date-time is not written: a warning at its path; strict refuses it', async () => {
    const payload = [{ ...complete, '@self': self('voorzieninggebruik', { created: '9 mei 2025' }) }];
    const conversion = voorzieninggebruik.fromJson(payload);
    expect(conversion.problems.map((p) => [p.path, p.severity])).toEqual([['[0]["@self"].created', 'Warning']]);
    expect((await lines(conversion.dataset)).some((l) => l.includes(`${DCTERMS}created`))).toBe(false);
    expect(() => voorzieninggebruik.fromJson(payload, { strict: true })).toThrow(JsonInputError);
  });

  it('the four objects of the real export: @self is no unknown field', () => {
    const conversion = voorzieninggebruik.fromJson(fixture('example-voorzieninggebruik-openregister-objects.json'));
    expect(conversion.unknownFields).toEqual([]);
    expect(conversion.skipped).toEqual([]);
    expect(voorzieninggebruik.toJson(conversion.dataset)).toHaveLength(4);
  });
});
