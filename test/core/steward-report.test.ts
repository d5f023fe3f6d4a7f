// The steward's report (core/report): one finding per wrong value, the overview by rule with records
// counted, the CSV Excel opens with Dutch settings, the self-contained HTML, and the records' lines.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LimitError, parseRdf, RemoteContextError, validate } from '../../src/index.js';
import { failureWords, recordLines, reportCsv, reportHtml, stewardReport } from '../../src/report.js';
import { toestemming } from '../../src/toestemming.js';
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
      Array.from(
        { length: n },
        (_, i) =>
          `<https://example.org/c/${i}> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> ;\n  <http://data.vlaanderen.be/ns/toestemming#gegevenOp> "gisteren" .\n`,
      ).join('') + '[] a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .\n';
    const data = parseRdf(text(3));
    const report = await validate(data, { profile: toestemming });
    const steward = stewardReport({
      file: 'x.ttl',
      syntax: 'turtle',
      outcomes: [{ profile: 'toestemming', ...report }],
      lang: 'nl',
      version: '0',
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

  it('HTML: one self-contained file (loads nothing), with file, date, version, verdict and counts per rule', async () => {
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
  });

  it('failures in plain words, the library\'s message as the detail', () => {
    const remote = failureWords(new RemoteContextError('https://example.org/ctx.jsonld'), 'nl');
    expect(remote.main).toMatch(/^het JSON-LD-bestand verwijst naar een context op internet \(https:\/\/example\.org\/ctx\.jsonld\)/u);
    expect(remote.detail).toBe('');
    const limit = failureWords(new LimitError('maxKeys', 1000, 'too many keys', { path: '[0]' }), 'en');
    expect(limit.main).toContain('an object with exceptionally many fields (limit: 1,000)');
    expect(limit.detail).toContain('maxKeys');
  });
});
