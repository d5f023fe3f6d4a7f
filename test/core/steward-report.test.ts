// The steward's report (core/report): one finding per wrong value, the overview by rule with records
// counted, the CSV Excel opens with Dutch settings, the self-contained HTML, and the records' lines.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { generateShapes, shapeOrigins } from '../../src/core/shapes/generate.js';
import type { ValidationResult } from '../../src/core/validate/types.js';
import { profiles, validateStream, LimitError, parseRdf, RemoteContextError, validate } from '../../src/index.js';
import { failureWords, recordLines, reportCsv, reportHtml, stewardReport } from '../../src/report.js';
import { toestemming } from '../../src/toestemming.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';

const fixture = (name: string) => new URL(`../fixtures/cli/${name}`, import.meta.url);

async function jsonReport(lang: 'nl' | 'en' = 'nl') {
  const conversion = voorzieninggebruik.fromJson(readFileSync(fixture('voorzieninggebruik-broken.json'), 'utf8'));
  const report = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion, lang });
  return {
    report,
    steward: stewardReport({
      file: 'export.json',
      syntax: 'json',
      outcomes: [{ profile: 'voorzieninggebruik', ...report }],
      lang,
      version: '9.9.9',
      date: new Date(Date.UTC(2026, 11, 7, 13, 5)),
      declarations: [voorzieninggebruik.declaration],
    }),
  };
}

describe('the steward report', () => {
  it('one wrong value is one finding, its broken rules listed in the detail; records counted from 1', async () => {
    const { report, steward } = await jsonReport();
    const bbn = report.results.filter((r) => r.jsonPath === '[1].bbnScore');
    expect(bbn.length).toBeGreaterThan(1);
    const findings = steward.findings.filter((f) => f.field === 'bbnScore');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      record: 'record 2 (223e4567-e89b-12d3-a456-426614174000)',
      value: 'hoog',
      where: '[1].bbnScore',
      severity: 'Violation',
    });
    expect(findings[0]?.detail).toMatch(/sh:Datatype.*sh:MinInclusive.*sh:MaxInclusive/u);
    expect(findings[0]?.problem).not.toMatch(/xsd:/u);
    // the verdict counts findings, not results
    expect(steward.verdicts[0]?.counts.Violation).toBe(report.counts.Violation - bbn.length + 1);
    expect(steward.verdicts[0]?.text).toBe('voldoet niet aan voorzieninggebruik');
    expect(steward.records).toBe(2);
  });

  it('groups by rule with the records each affects, the most first; no blank node label is a record', async () => {
    const text = (n: number) =>
      `${Array.from(
        { length: n },
        (_, i) =>
          `<https://example.org/c/${i}> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> ` +
          ';\n  <http://data.vlaanderen.be/ns/toestemming#gegevenOp> "gisteren" .\n',
      ).join('')}[] a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .\n`;
    const data = parseRdf(text(3));
    const report = await validate(data, { profile: toestemming });
    const steward = stewardReport({
      file: 'x.ttl',
      syntax: 'turtle',
      outcomes: [{ profile: 'toestemming', ...report }],
      lang: 'nl',
      version: '0',
      declarations: [toestemming.declaration],
    });
    for (let i = 1; i < steward.groups.length; i++) {
      const [a, b] = [steward.groups[i - 1]!, steward.groups[i]!];
      expect(a.severity !== b.severity || a.records >= b.records).toBe(true);
    }
    const dates = steward.groups.find((g) => g.findings.some((f) => f.field === 'gegevenOp' && f.value === 'gisteren'));
    expect(dates?.records).toBe(3);
    expect(steward.findings.some((f) => /^_:/u.test(f.record))).toBe(false);
    expect(steward.findings.some((f) => f.record === 'record zonder id')).toBe(true);
    const lines = await recordLines(
      [text(3)],
      report.results.map((r) => r.focusNode),
    );
    expect(lines.get('https://example.org/c/2')).toBe(5);
  });

  it('the fix is written in the input\'s syntax: Turtle gets < >, JSON-LD gets {"@id"}', async () => {
    const data = parseRdf(readFileSync(fixture('broken.ttl'), 'utf8'));
    const report = await validate(data, { profile: toestemming, lang: 'en' });
    const of = (syntax: 'turtle' | 'jsonld') =>
      stewardReport({
        file: 'x',
        syntax,
        outcomes: [{ profile: 'toestemming', ...report }],
        lang: 'en',
        version: '0',
        declarations: [toestemming.declaration],
      }).findings.find((f) => f.field === 'contactkanaal')?.problem;
    expect(of('turtle')).toMatch(/write the IRI between < and >/u);
    expect(of('turtle')).not.toMatch(/JSON-LD|@id/u);
    expect(of('jsonld')).toMatch(/\{"@id": "\.\.\."\}/u);
  });

  it("the JSON reading warnings are in the report's language", async () => {
    const payload = readFileSync(fixture('openregister-export.json'), 'utf8');
    const conversion = voorzieninggebruik.fromJson(payload);
    const nl = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
    const messages = nl.results.filter((r) => r.severity === 'Warning').map((r) => r.message);
    expect(messages).toContain('1 waar true of false hoort; gelezen als true');
    expect(messages).toContain(
      'een JSON-tekst die het object bevat in plaats van het object zelf; gelezen als wat hij bevat',
    );
    expect(messages.join(' ')).not.toMatch(/ where | belongs/u);
    const en = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion, lang: 'en' });
    expect(en.results.map((r) => r.message)).toContain('1 where true or false belongs; read as true');
  });

  it('CSV: UTF-8 with BOM, ";" between fields, CRLF, one row per finding, formulas kept as text', async () => {
    const { steward } = await jsonReport();
    const csv = reportCsv(steward);
    expect(
      csv.startsWith(
        '\uFEFF"record";"veld";"probleem";"gevonden waarde";"ernst";"plaats in het bestand";"regel van het profiel"',
      ),
    ).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(steward.findings.length + 1);
    for (const row of rows) expect(row.match(/^"|";"|"$/gu)?.length).toBe(10);
    const evil = reportCsv({
      ...steward,
      groups: [{ ...steward.groups[0]!, findings: [{ ...steward.findings[0]!, value: '=HYPERLINK("x")' }] }],
    });
    expect(evil).toContain('"\'=HYPERLINK(""x"")"');
  });

  it(
    'HTML: one self-contained file (loads nothing), ' + 'with file, date, version, verdict and counts per rule',
    async () => {
      const { steward } = await jsonReport('en');
      const html = reportHtml(steward);
      expect(html).toMatch(/^<!doctype html>/u);
      expect(html).not.toMatch(/<script|<link|src=|url\(|@import/iu);
      expect(html).toContain("default-src 'none'");
      for (const text of [
        'export.json',
        '9.9.9',
        '7 December 2026',
        'does not conform to voorzieninggebruik',
        'Overview by rule',
        'record 2',
      ])
        expect(html).toContain(text);
      expect(reportHtml({ ...steward, file: '<script>x</script>' })).not.toContain('<script>x');
    },
  );

  it("failures in plain words, the library's message as the detail", () => {
    const remote = failureWords(new RemoteContextError('https://example.org/ctx.jsonld'), 'nl');
    expect(remote.main).toMatch(
      /^het JSON-LD-bestand verwijst naar een context op internet \(https:\/\/example\.org\/ctx\.jsonld\)/u,
    );
    expect(remote.detail).toBe('');
    const limit = failureWords(new LimitError('maxKeys', 1000, 'too many keys', { path: '[0]' }), 'en');
    expect(limit.main).toContain('an object with exceptionally many fields (at [0]), above the limit of 1,000');
    expect(limit.main).toMatch(/Check it with the command and --limit$/u);
    expect(limit.detail).toContain('maxKeys');
    // from the command: what to do is its option
    const command = failureWords(new LimitError('maxKeys', 1000, 'too many keys', { path: '[0]' }), 'nl', 'command');
    expect(command.main.startsWith('het bestand bevat een object met uitzonderlijk veel velden')).toBe(true);
    expect(command.main).toContain('boven de grens van 1.000;');
    expect(command.main).toMatch(/verhoog dan de grens met --limit maxKeys=N$/u);
  });

  describe('the main line is built from the declaration', () => {
    const SH = 'http://www.w3.org/ns/shacl#';
    const COMPONENTS = {
      aantal: ['MinCount', 'MaxCount'],
      waarde: ['Datatype'],
      klasse: ['Or'],
      codelijst: ['Or'],
      volgorde: ['LessThanOrEquals'],
    } as const;
    const syntaxes = ['turtle', 'ntriples', 'jsonld', 'json'] as const;
    for (const profile of Object.values(profiles)) {
      const declaration = profile.declaration;
      it(`${profile.name}: every rule's line names the field as documented; no IRI, component or pattern`, () => {
        const shapes = generateShapes(declaration);
        const patterns = Object.values(declaration.classes).flatMap((c) =>
          Object.values(c.properties).flatMap((p) =>
            p.range.kind === 'literal' && p.range.pattern ? [p.range.pattern] : [],
          ),
        );
        let checked = 0;
        for (const [shape, origin] of shapeOrigins(declaration)) {
          // only the rules the profile has: the shape is among the generated ones
          if (!shapes.includes(`${origin.className}-${origin.property}-${origin.rule}`)) continue;
          const prop = declaration.classes[origin.className]!.properties[origin.property]!;
          for (const component of COMPONENTS[origin.rule]) {
            const result: ValidationResult = {
              focusNode: 'https://example.org/r/1',
              path: prop.iri,
              severity: origin.rule === 'codelijst' ? 'Warning' : 'Violation',
              constraint: `${SH}${component}ConstraintComponent`,
              value: origin.rule === 'aantal' ? undefined : 'x',
              message: 'the shape message',
              sourceShape: shape,
              origin,
            };
            for (const syntax of syntaxes) {
              for (const lang of ['nl', 'en'] as const) {
                const outcome = { profile: profile.name, conforms: false, results: [result], totalResults: 1 };
                const counts = { Violation: 1, Warning: 0, Info: 0 };
                const report = stewardReport({
                  file: 'x',
                  syntax,
                  outcomes: [{ ...outcome, nodesChecked: 1, counts }],
                  lang,
                  version: '0',
                  declarations: Object.values(profiles).map((p) => p.declaration),
                });
                const [finding] = report.findings;
                const line = finding!.problem;
                const field = syntax === 'jsonld' ? prop.term : origin.property;
                expect(line.startsWith(`${field} (`), line).toBe(true);
                expect(line).toBe(report.groups[0]!.title);
                expect(line).not.toMatch(/https?:\/\/\w|urn:|ConstraintComponent|sh:|\(xsd:|the shape message/u);
                for (const pattern of patterns) expect(line).not.toContain(pattern);
                // a class's name (VerwerkingsactieBeperkt) is not in the line where its label differs
                const cls = declaration.classes[origin.className]!;
                if (cls.label.nl !== origin.className) expect(line).not.toContain(`${origin.className}.`);
                expect(finding!.detail).toContain(`<${prop.iri}>`);
                expect(finding!.detail).toContain(`sh:${component}`);
                if (prop.range.kind === 'literal' && prop.range.pattern && origin.rule === 'waarde')
                  expect(finding!.detail).toContain(prop.range.pattern);
                checked++;
              }
            }
          }
        }
        expect(checked).toBeGreaterThan(10);
      });
    }

    it("the fix is written in the syntax of the input: Turtle, JSON-LD, the API's JSON", async () => {
      const data = parseRdf(readFileSync(fixture('broken.ttl'), 'utf8'));
      const report = await validate(data, { profile: toestemming });
      const line = (syntax: 'turtle' | 'jsonld' | 'json', field: string) =>
        stewardReport({
          file: 'x',
          syntax,
          outcomes: [{ profile: 'toestemming', ...report }],
          lang: 'nl',
          version: '0',
          declarations: [toestemming.declaration],
        }).findings.find((f) => f.field === field)?.problem;
      expect(line('turtle', 'gegevenOp')).toBe(
        'gegevenOp (Toestemming) moet een datum zijn; schrijf bv. toestemming:gegevenOp "2024-03-01"^^xsd:date',
      );
      expect(line('jsonld', 'gegevenOp')).toBe(
        'gegevenOp (Toestemming) moet een datum zijn; schrijf bv. "gegevenOp": "2024-03-01"',
      );
      expect(line('turtle', 'descriptor')).toBe(
        'descriptor (Toestemming) ontbreekt; voeg toe: toestemming:descriptor <…>',
      );
      expect(line('jsonld', 'descriptor')).toBe(
        'descriptor (Toestemming) ontbreekt; voeg toe: "descriptor": {"@id": "…"}',
      );
    });

    it("Verwerkingenlogging: the record's kind by its label, the pattern in words, the fix in JSON", async () => {
      const file = new URL('../fixtures/verwerkingenlogging/verwerkt-object.json', import.meta.url);
      const payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const actie = payload['verwerkingsactie'] as Record<string, unknown>;
      const broken = { ...payload, verwerkingsactie: { ...actie, verwerkingId: 'geen-uuid' } };
      const conversion = verwerkingenlogging.fromJson(JSON.stringify(broken));
      const report = await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion, lang: 'en' });
      const steward = stewardReport({
        file: 'x.json',
        syntax: 'json',
        outcomes: [{ profile: 'verwerkingenlogging', ...report }],
        lang: 'en',
        version: '0',
        declarations: [verwerkingenlogging.declaration],
      });
      const finding = steward.findings.find((f) => f.value === 'geen-uuid');
      expect(finding?.problem).toBe(
        'verwerkingId (Processing action, restricted) must be a text ' +
          '(a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000); write e.g. "verwerkingId": "…"',
      );
      expect(finding?.problem).not.toMatch(/Verwerkingsactie|\[0-9/u);
      expect(finding?.detail).toMatch(/sh:pattern \^\[0-9a-fA-F\]\{8\}/u);
    });
  });

  it('a record without an IRI gets its line: labelled (_:c) or not ([ ... ]), as the readers named it', async () => {
    const T = 'http://data.vlaanderen.be/ns/toestemming#';
    const text = [
      `@prefix toe: <${T}> .`,
      '<https://example.org/c/1> a toe:Toestemming ;',
      '  toe:gegevenOp "gisteren" .',
      '',
      '_:c a toe:Toestemming ;',
      '  toe:gegevenOp "x" .',
      '[] a toe:Toestemming .',
      '[ a toe:Toestemming ;',
      '  toe:gegevenOp "y" ] .',
      '',
    ].join('\n');
    // the readers the command and the page validate with (streamed); the text read again in pieces
    const report = await validateStream(() => Readable.from([text]), { profile: toestemming, format: 'turtle' });
    const nodes = report.results.map((r) => r.focusNode);
    const lines = await recordLines([text.slice(0, 61), text.slice(61, 140), text.slice(140)], nodes);
    const steward = stewardReport({
      file: 'x.ttl',
      syntax: 'turtle',
      outcomes: [{ profile: 'toestemming', ...report }],
      lang: 'nl',
      version: '0',
      declarations: [toestemming.declaration],
      lines,
    });
    const whereOf = (value: string) => steward.findings.find((f) => f.field === 'gegevenOp' && f.value === value);
    expect(whereOf('gisteren')?.where).toBe('regel 2');
    expect(whereOf('x')).toMatchObject({ record: 'record zonder id (regel 5)', where: 'regel 5', line: 5 });
    expect(whereOf('y')).toMatchObject({ record: 'record zonder id (regel 8)', where: 'regel 8', line: 8 });
    // `[] a toe:Toestemming .` on line 7 lacks its required fields
    expect(steward.findings.filter((f) => f.line === 7).length).toBeGreaterThan(0);
    expect(steward.findings.every((f) => f.line !== undefined)).toBe(true);
    // the in-memory reader (n3) labels `_:c` as `_:b0_c`: found by its label as written
    const inMemory = await validate(parseRdf(text), { profile: toestemming });
    const labelled = inMemory.results.find((r) => /^_:b\d+_c$/u.test(r.focusNode))!.focusNode;
    expect((await recordLines([text], [labelled])).get(labelled)).toBe(5);
  });
});
