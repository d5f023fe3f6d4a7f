// Validating as the file is read gives the same results as validating the parsed dataset.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ParseError, parseRdf, toestemming, toNTriples, toTurtle, validate, validateFile, validateStream, type ValidationResult } from '../../src/index.js';
import { validGraph } from '../support/records.js';

const key = (r: ValidationResult) => JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity]);
const from = (text: string) => () => Readable.from([Buffer.from(text)]);

describe('validateStream', () => {
  it.each([
    ['turtle', toTurtle],
    ['ntriples', toNTriples],
  ] as const)('gives the dataset results for %s', async (format, write) => {
    const g = validGraph();
    // break a few rules so that there is something to compare
    g.Toestemming({ id: 'https://example.org/t/kapot', dataSubject: 'https://example.org/onbekend', descriptor: 'https://example.org/descriptor/nieuwsbrief', gegevenOp: '2024-01-01', status: 'https://example.org/eigen/s' });
    const text = await write(g.dataset, { profile: toestemming });
    const streamed = await validateStream(from(text), { profile: toestemming, format });
    const whole = await validate(parseRdf(text, format), { profile: toestemming, engine: 'reference' });
    expect(streamed.results.map(key).sort()).toEqual(whole.results.map(key).sort());
    expect(streamed.results.length).toBeGreaterThan(0);
  });

  it('reads the input again when its triples are not grouped by subject', async () => {
    const text = `<https://example.org/t> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .
<https://example.org/u> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .
<https://example.org/t> <http://data.vlaanderen.be/ns/toestemming#gegevenOp> "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .`;
    let opened = 0;
    const report = await validateStream(() => (opened++, from(text)()), { profile: toestemming, format: 'turtle' });
    expect(opened).toBe(2);
    const whole = await validate(parseRdf(text, 'turtle'), { profile: toestemming, engine: 'reference' });
    expect(report.results.map(key).sort()).toEqual(whole.results.map(key).sort());
  });

  it('names the line of a syntax error', async () => {
    await expect(validateStream(from('<https://example.org/a> <https://example.org/b> .\n'), { profile: toestemming, format: 'ntriples' })).rejects.toMatchObject({ line: 1 });
    await expect(validateStream(from('<https://example.org/a> <https://example.org/b> .\n'), { profile: toestemming, format: 'ntriples' })).rejects.toBeInstanceOf(ParseError);
  });

  it('validates a file', async () => {
    const path = fileURLToPath(new URL('../fuzz/corpus/valid.ttl', import.meta.url));
    const report = await validateFile(path, { profile: toestemming });
    expect(report.results.map((r) => r.path).sort()).toEqual(['http://data.vlaanderen.be/ns/toestemming#dataSubject', 'http://data.vlaanderen.be/ns/toestemming#descriptor']);
  });
});
