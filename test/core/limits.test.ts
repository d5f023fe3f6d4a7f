// Limits, not crashes: nesting beyond the limit is a typed error with its place, in bounded time.
import { describe, expect, it } from 'vitest';
import { JsonInputError, ParseError, parseJsonLd } from '../../src/index.js';
import { parseJson } from '../../src/core/parse/jsonld.js';
import { testProfile } from '../support/test-profile.js';

const PREFIX = '{"@id": "https://example.org/x", "https://example.org/p": ';
const deepText = (levels: number) => PREFIX + '['.repeat(levels) + '1' + ']'.repeat(levels) + '}';

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
    const nested = JSON.parse('{"@id": "https://example.org/x", "https://example.org/p": ' + '{"https://example.org/p": '.repeat(5_000) + '1' + '}'.repeat(5_001));
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
