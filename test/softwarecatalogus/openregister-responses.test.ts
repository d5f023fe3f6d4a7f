// The usage model as OpenRegister gives it today: list responses of either path, one object, a register
// export, a plain array; @self.schema as slug, numeric id or extended object; the three generations of
// keys and status values. Fixtures: test/softwarecatalogus/fixtures (README there says what each is like).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinConversions, parseRdf, toNTriples, validate, type JsonConversion } from '../../src/index.js';
import { stewardReport } from '../../src/report.js';
import { softwarecatalogus, USAGE_STATUS } from '../../src/softwarecatalogus.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { profielkit } from '../cli/helpers.js';

const path = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const text = (name: string): string => readFileSync(path(name), 'utf8');
// blank node labels differ between runs: each becomes _:b (the fixtures have at most one blank node a record)
const canonical = (nt: string): string[] =>
  nt
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/_:[A-Za-z0-9_]+/gu, '_:b'))
    .sort();
const sorted = async (conversion: JsonConversion): Promise<string[]> => canonical(await toNTriples(conversion.dataset));

async function report(conversion: JsonConversion) {
  return validate(conversion.dataset, { profile: softwarecatalogus, json: conversion, lang: 'en' });
}

describe('every shape of OpenRegister JSON', () => {
  it.each([
    ['usage-2.5-list-magic-page1.json', 2, [{ schema: '27', count: 2 }], []],
    ['usage-2.5-list-database-extended.json', 1, [], [{ schema: 'organization', count: 1 }]],
    ['usage-2.5-object.json', 1, [{ schema: '27', count: 1 }], []],
    ['usage-2.5-seed-array.json', 1, [], []],
    ['gebruik-2.4-list.json', 2, [{ schema: '14', count: 2 }], []],
    ['gebruik-1.0-register-export.json', 2, [], [{ schema: 'organisatie', count: 1 }]],
  ])(
    '%s: %i records; recognised by fields and skipped as said; the envelope is no finding',
    async (name, records, recognised, skipped) => {
      const conversion = softwarecatalogus.fromJson(text(name));
      expect(softwarecatalogus.toJson(conversion.dataset)).toHaveLength(records);
      expect(conversion.recognised).toEqual(recognised);
      expect(conversion.skipped).toEqual(skipped);
      expect(conversion.unknownFields).toEqual([]);
      const r = await report(conversion);
      expect(r.counts.Violation).toBe(0);
      // no result is about the envelope (results, total, @self, facets…)
      expect(
        r.results.every(
          (x) =>
            x.jsonPath === undefined ||
            /^(results|components\.objects|\[)/u.test(x.jsonPath) ||
            x.jsonPath === 'consumer',
        ),
      ).toBe(true);
    },
  );

  it('as a stream: the same graph, problems, skipped and recognised objects', async () => {
    for (const name of [
      'usage-2.5-list-magic-page1.json',
      'usage-2.5-list-database-extended.json',
      'gebruik-2.4-list.json',
      'gebruik-1.0-register-export.json',
      'usage-2.5-object.json',
    ]) {
      const whole = softwarecatalogus.fromJson(text(name));
      let nt = '';
      const summary = await softwarecatalogus.fromJsonStream(Readable.from([text(name)]), (t) => void (nt += t), {
        format: 'ntriples',
      });
      expect(canonical(await toNTriples(parseRdf(nt, 'ntriples'))), name).toEqual(await sorted(whole));
      expect(summary.problems).toEqual(whole.problems);
      expect(summary.skipped).toEqual(whole.skipped);
      // a list's extended `@self.schemas` cannot be read before its results: the stream recognises by fields too
      expect(summary.recognised.reduce((n, s) => n + s.count, 0)).toBe(
        whole.recognised.reduce((n, s) => n + s.count, 0),
      );
    }
  });

  it('an extended reference is read as its id, a slug as the slug node; toJson gives the id and the slug back', () => {
    const extended = softwarecatalogus.toJson(
      softwarecatalogus.fromJson(text('usage-2.5-list-database-extended.json')).dataset,
    );
    expect(extended[0]).toMatchObject({
      consumer: '5b0c3c7e-2d41-4f0a-9b7e-1a2b3c4d5e01',
      module: '7c1d4e8f-3e52-4a1b-8c9f-2b3c4d5e6f01',
    });
    const seed = softwarecatalogus.fromJson(text('usage-2.5-seed-array.json'));
    expect(softwarecatalogus.toJson(seed.dataset)[0]).toMatchObject({
      consumer: 'gemeente-voorbeeld',
      module: 'zaaksysteem-pro',
    });
    // the seed reference's name and oin are the organisation's: named, not dropped in silence
    expect(seed.problems.map((p) => [p.path, p.severity])).toEqual([['[0].consumer', 'Warning']]);
  });

  it('an OpenRegister error body is a typed error, not a record', () => {
    expect(() => softwarecatalogus.fromJson({ error: 'Not Found' })).toThrow(/OpenRegister error response/u);
  });

  it('an object of a schema named by id whose fields are not a usage is skipped, counted by that id', () => {
    const conversion = softwarecatalogus.fromJson({
      results: [{ name: 'x', type: 'Municipality', '@self': { schema: '31' } }],
      total: 1,
    });
    expect(conversion.skipped).toEqual([{ schema: '31', count: 1 }]);
    expect(conversion.dataset.size).toBe(0);
  });

  it('VoorzieningGebruik in a list response with numeric schema ids: recognised by its two ids', () => {
    const record = {
      id: '123e4567-e89b-12d3-a456-426614174000',
      organisatieId: '123e4567-e89b-12d3-a456-426614174001',
      voorzieningId: '123e4567-e89b-12d3-a456-426614174002',
      status: 'Actief',
    };
    const conversion = voorzieninggebruik.fromJson({
      results: [
        { ...record, '@self': { schema: '7' } },
        { naam: 'org', '@self': { schema: '8' } },
      ],
      total: 2,
      page: 1,
      pages: 1,
      limit: 20,
    });
    expect(conversion.recognised).toEqual([{ schema: '7', count: 1 }]);
    expect(conversion.skipped).toEqual([{ schema: '8', count: 1 }]);
    expect(conversion.unknownFields).toEqual([]);
    expect(voorzieninggebruik.toJson(conversion.dataset)).toEqual([
      { ...record, bedrijfsKritisch: false, privacyGevoelig: false },
    ]);
  });
});

describe('the three generations, declared once', () => {
  it('Dutch keys and values (1.0.x), mixed (2.4.x) and English (2.5.x) give the same graph', async () => {
    const ids = {
      id: '1a1b1c1d-0000-4000-8000-000000000009',
      org: '5b0c3c7e-2d41-4f0a-9b7e-1a2b3c4d5e01',
      v: '8d2e5f90-4f63-4b2c-9da0-3c4d5e6f7a01',
      c: '9e3f6a01-5a74-4c3d-8eb1-4d5e6f7a8b01',
    };
    const v10 = {
      id: ids.id,
      afnemer: ids.org,
      contactpersoon: ids.c,
      moduleVersie: ids.v,
      startDatumInProductie: '2024-01-01',
      status: 'Uit te faseren',
      interneAantekening: 'n',
    };
    const v24 = {
      id: ids.id,
      consumer: ids.org,
      contactpersoon: ids.c,
      moduleVersie: ids.v,
      startDateInProduction: '2024-01-01',
      status: 'Uit te faseren',
      interneAnnotation: 'n',
    };
    const v25 = {
      id: ids.id,
      consumer: ids.org,
      contactPerson: ids.c,
      moduleVersion: ids.v,
      startDateInProduction: '2024-01-01',
      status: 'To be phased out',
      interneAnnotation: 'n',
    };
    const [a, b, c] = [v10, v24, v25].map((v) => softwarecatalogus.fromJson(v));
    expect(await sorted(a as JsonConversion)).toEqual(await sorted(c as JsonConversion));
    expect(await sorted(b as JsonConversion)).toEqual(await sorted(c as JsonConversion));
    expect((a as JsonConversion).problems).toEqual([]);
    expect(softwarecatalogus.toJson((a as JsonConversion).dataset)).toEqual([v25]);
  });

  it('a status outside the list (an earlier install\'s "in-gebruik"): a warning naming the list', async () => {
    const conversion = softwarecatalogus.fromJson(
      { consumer: '5b0c3c7e-2d41-4f0a-9b7e-1a2b3c4d5e01', status: 'in-gebruik' },
      { strict: true },
    );
    expect(conversion.problems.map((p) => [p.severity, p.message])).toEqual([
      ['Warning', expect.stringContaining('"In production"')],
    ]);
    const r = await report(
      softwarecatalogus.fromJson({ consumer: '5b0c3c7e-2d41-4f0a-9b7e-1a2b3c4d5e01', status: 'in-gebruik' }),
    );
    expect(r.conforms).toBe(true);
    expect(r.results.map((x) => [x.severity, x.jsonPath])).toEqual([['Warning', 'status']]);
  });

  it('a missing consumer and a reference that is none are violations, at their paths', async () => {
    const r = await report(softwarecatalogus.fromJson({ status: 'Planned', module: {} }));
    expect(r.conforms).toBe(false);
    expect([...new Set(r.results.filter((x) => x.severity === 'Violation').map((x) => x.jsonPath))].sort()).toEqual([
      'consumer',
      'module',
    ]);
  });

  it('round trip: fromJson then toJson gives the usage record back (property)', () => {
    const uuid = fc.uuid({ version: 4 });
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const record = fc.record(
      {
        id: uuid,
        consumer: uuid,
        status: fc.constantFrom(...USAGE_STATUS),
        module: fc.oneof(uuid, fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/u)),
        participants: fc.array(uuid, { minLength: 1, maxLength: 3 }),
        startDatePlanned: day,
        interneAnnotation: fc.string({ maxLength: 20 }).filter((s) => !/[\u0000-\u001f]/u.test(s)),
        amefElements: fc.array(fc.stringMatching(/^id-[0-9a-f]{4,8}$/u), { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: ['consumer', 'status'] },
    );
    fc.assert(
      fc.property(record, (r) => {
        const conversion = softwarecatalogus.fromJson(r);
        expect(conversion.problems).toEqual([]);
        const back = softwarecatalogus.toJson(conversion.dataset);
        expect(back.notCarried).toEqual([]);
        expect(back).toEqual([r]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('pages: several files into one result', () => {
  it('library: fromJson with one dataset and a source per page, joined', async () => {
    const dataset = softwarecatalogus.fromJson('[]').dataset;
    const parts = ['usage-2.5-list-magic-page1.json', 'usage-2.5-list-magic-page2.json'].map((n) =>
      softwarecatalogus.fromJson(text(n), { dataset, source: n }),
    );
    const joined = joinConversions(parts);
    expect(softwarecatalogus.toJson(dataset)).toHaveLength(3);
    expect(joined.recognised).toEqual([{ schema: '27', count: 3 }]);
    const bad = softwarecatalogus.fromJson(
      { results: [{ consumer: 'no id!', status: 'Planned', '@self': { schema: '27' } }], total: 1 },
      { dataset, source: 'page-3.json' },
    );
    const r = await report(joinConversions([...parts, bad]));
    expect(r.results.filter((x) => x.severity === 'Violation').map((x) => x.jsonPath)).toContain(
      'page-3.json: results[0].consumer',
    );
    // the steward's report: the record in its file (record 1 is in every page), its field, its place
    const steward = stewardReport({
      file: 'x',
      syntax: 'json',
      outcomes: [{ profile: 'softwarecatalogus', ...r }],
      declarations: [softwarecatalogus.declaration],
      lang: 'en',
      version: '',
    });
    const finding = steward.findings.find((f) => f.where === 'page-3.json: results[0].consumer');
    expect(finding).toMatchObject({ record: 'page-3.json: record 1', field: 'consumer' });
  });

  it('command: validate and convert take the pages of a list as one', () => {
    const pages = [path('usage-2.5-list-magic-page1.json'), path('usage-2.5-list-magic-page2.json')];
    const v = profielkit(['validate', ...pages, '-p', 'softwarecatalogus', '--lang', 'en', '--format', 'json']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim().split('\n')).toHaveLength(1);
    expect(v.stderr).toMatch(
      /2 objects recognised by their fields, their @self\.schema being no schema slug the profile knows: 27 \(2\)/u,
    );
    const c = profielkit(['convert', ...pages, '-p', 'softwarecatalogus', '--to', 'json']);
    expect(c.status).toBe(0);
    expect((JSON.parse(c.stdout) as unknown[]).length).toBe(3);
    const nt = profielkit(['convert', ...pages, '-p', 'softwarecatalogus', '--to', 'ntriples']);
    expect(nt.status).toBe(0);
    expect(parseRdf(nt.stdout, 'ntriples').size).toBe(
      softwarecatalogus.fromJson(text('usage-2.5-list-magic-page1.json')).dataset.size +
        softwarecatalogus.fromJson(text('usage-2.5-list-magic-page2.json')).dataset.size,
    );
  });

  it('command: an API list response with -p voorzieninggebruik checks its objects, not its envelope', () => {
    const r = profielkit([
      'validate',
      path('usage-2.5-list-magic-page1.json'),
      '-p',
      'voorzieninggebruik',
      '--lang',
      'en',
    ]);
    // usage objects are no VoorzieningGebruik: skipped by schema id, nothing checked (not 4 violations on the envelope)
    expect(r.stdout).not.toMatch(/results|total/u);
    expect(r.status).toBe(3);
  });
});
