// Splitting a payload into records as it is read gives the records JSON.parse gives, however the
// text is cut into chunks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParseError } from '../../src/index.js';
import { splitJson } from '../../src/core/json/split.js';

async function* chunked(text: string, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (const cut of [...cuts].map((c) => c % (bytes.length + 1)).sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, cut));
    at = Math.max(at, cut);
  }
  yield bytes.subarray(at);
}

async function split(text: string, cuts: readonly number[], listKey?: string, ndjson = false) {
  const out = [];
  for await (const r of splitJson(chunked(text, cuts), { ...(listKey === undefined ? {} : { listKey }), ndjson }))
    out.push(r);
  return out;
}

const record = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }) },
  fc.jsonValue({ maxDepth: 2 }),
);
const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('splitJson', () => {
  it('an array: its elements, with paths [i]', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 6 }), cuts, fc.boolean(), async (records, c, pretty) => {
        const text = JSON.stringify(records, null, pretty ? 2 : undefined);
        const out = await split(text, c);
        expect(out.map((r) => r.value)).toEqual(JSON.parse(text));
        expect(out.map((r) => r.path)).toEqual(records.map((_, i) => `[${i}]`));
      }),
      { numRuns: 300 },
    );
  });

  it("a list response: the list's elements, with paths results[i]; the envelope is not data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 6 }), cuts, async (records, c) => {
        const text = JSON.stringify({
          count: records.length,
          next: 'https://example.org/?page=2',
          meta: { results: [1] },
          results: records,
          previous: null,
        });
        const out = await split(text, c, 'results');
        expect(out.map((r) => r.value)).toEqual(JSON.parse(JSON.stringify(records)));
        expect(out.map((r) => r.path)).toEqual(records.map((_, i) => `results[${i}]`));
      }),
      { numRuns: 300 },
    );
  });

  it('an object without the list is one record', async () => {
    const body = {
      type: 'x',
      code: 'not_found',
      title: 'Niet gevonden',
      status: 404,
      detail: 'd',
      instance: 'i',
      nested: { results: 'no' },
    };
    expect(await split(JSON.stringify(body), [3, 17], 'results')).toEqual([{ value: body, path: '' }]);
  });

  it('NDJSON: one value a line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 6 }), cuts, async (records, c) => {
        const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
        const out = await split(text, c, undefined, true);
        expect(out.map((r) => r.value)).toEqual(JSON.parse(JSON.stringify(records)));
      }),
      { numRuns: 300 },
    );
  });

  it('names the line of a broken record, and refuses a truncated or trailing-garbage payload', async () => {
    await expect(split('[\n{"a": 1},\n{"a": }\n]', [5])).rejects.toMatchObject({ line: 3 });
    await expect(split('[{"a": 1}, {"a"', [])).rejects.toBeInstanceOf(ParseError);
    await expect(split('[{"a": 1}] x', [])).rejects.toBeInstanceOf(ParseError);
    await expect(split('', [])).rejects.toBeInstanceOf(ParseError);
  });
});
