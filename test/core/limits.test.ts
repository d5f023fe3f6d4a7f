// Limits, not crashes: nesting beyond the limit is a typed error with its place, in bounded time.
import { describe, expect, it } from 'vitest';
import { JsonInputError, ParseError, parseJsonLd } from '../../src/index.js';
import { parseJson } from '../../src/core/parse/jsonld.js';
import { testProfile } from '../support/test-profile.js';

const PREFIX = '{"@id": "https://example.org/x", "https://example.org/p": ';
const deepText = (levels: number) => `${PREFIX + '['.repeat(levels)}1${']'.repeat(levels)}}`;

describe('nesting limits', () => {
  it('100,000 levels of JSON text: a ParseError at the line and column where the limit is passed', () => {
    const started = Date.now();
    expect(() => parseJson(deepText(100_000))).toThrow(ParseError);
    try {
      parseJson(deepText(100_000));
    } catch (e) {
      // the object is level 1, so the 100th bracket (column PREFIX.length + 100) is the 101st level
      expect(e).toMatchObject({ line: 1, column: PREFIX.length + 100 });
      expect((e as Error).message).toContain('deeper than 100 levels');
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('JSON-LD nested deeper than jsonld.js can follow is refused, not a stack overflow', async () => {
    const nested = JSON.parse(
      '{"@id": "https://example.org/x", "https://example.org/p": ' +
        `${'{"https://example.org/p": '.repeat(5_000)}1${'}'.repeat(5_001)}`,
    );
    await expect(parseJsonLd(nested)).rejects.toBeInstanceOf(ParseError);
    await expect(parseJsonLd(deepText(5_000))).rejects.toBeInstanceOf(ParseError);
  });

  it('the limit can be raised', async () => {
    await expect(parseJsonLd(deepText(150), { maxDepth: 200 })).resolves.toBeDefined();
    expect(() => parseJson(deepText(150), 'json', { maxDepth: 200 })).not.toThrow();
  });

  it('fromJson on a deep payload object names the path', () => {
    let value: unknown = 1;
    for (let i = 0; i < 200; i++) value = { a: value };
    expect(() => testProfile.fromJson({ id: 'x', beheerder: value })).toThrow(JsonInputError);
  });
});

describe('large inputs', () => {
  it('a 100 MB literal parses and writes back whole', async () => {
    const { parseRdf, toNTriples } = await import('../../src/index.js');
    const value = 'x'.repeat(100 * 1024 * 1024);
    const data = parseRdf(`<https://example.org/s> <https://example.org/p> "${value}" .\n`, 'ntriples');
    expect([...data][0]?.object.value.length).toBe(value.length);
    expect((await toNTriples(data)).length).toBeGreaterThan(value.length);
  });

  it('a million distinct prefixes parse', async () => {
    const { parseRdf } = await import('../../src/index.js');
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(`@prefix p${i}: <https://example.org/${i}/> .`);
    lines.push('p1:a p2:b p999999:c .');
    const data = parseRdf(lines.join('\n'));
    expect([...data].map((q) => q.object.value)).toEqual(['https://example.org/999999/c']);
  });

  it('a validation with a cap keeps the violations and counts every result exactly', async () => {
    const { parseRdf, validate } = await import('../../src/index.js');
    const { toestemming } = await import('../../src/toestemming.js');
    const records = Array.from(
      { length: 500 },
      (_, i) => `<https://example.org/t/${i}> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .`,
    );
    const full = await validate(parseRdf(records.join('\n')), { profile: toestemming });
    const capped = await validate(parseRdf(records.join('\n')), { profile: toestemming, maxResults: 10 });
    expect(full.totalResults).toBe(500 * 4);
    expect(full.results).toHaveLength(2_000);
    expect(capped.results).toHaveLength(10);
    expect(capped.totalResults).toBe(2_000);
    expect(capped.conforms).toBe(false);
  });
});
