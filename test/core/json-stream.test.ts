// Converting a payload as it is read gives the graph and the problems `fromJson` gives, for every
// profile with JSON of its own, whether the payload is an array, a list response or NDJSON.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRdf, profiles, type AnyProfile } from '../../src/index.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from '../support/arbitrary.js';
import { canonical } from '../support/canonical.js';
import { testProfile } from '../support/test-profile.js';

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** The value with every list's items in one order. */
function valuesAsSets(value: unknown): unknown {
  if (Array.isArray(value))
    // code unit order: localeCompare takes some different strings as equal, which leaves their order open
    return value
      .map(valuesAsSets)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, valuesAsSets(v)]));
  return value;
}

const jsonProfiles: [string, AnyProfile][] = [
  ...Object.values(profiles)
    .filter((p) => p.readsJson)
    .map((p) => [p.name, p] as [string, AnyProfile]),
  ['test profile', testProfile],
];

describe.each(jsonProfiles)('fromJsonStream (%s)', (_name, profile) => {
  const model = modelOf(profile.declaration);
  const root = [...model.classes.keys()].find(
    (k) => k === 'VoorzieningGebruik' || k === 'VerwerktObject' || k === 'Gebruik' || k === 'Usage',
  )!;
  const refs = Object.fromEntries([...model.classes.keys()].map((k) => [k, ['https://example.org/x/1']]));
  const payloads = fc.array(recordOf(profile.declaration, root, refs), { minLength: 1, maxLength: 5 });

  it.each(['turtle', 'ntriples'] as const)(
    'gives the fromJson graph and problems (%s, array payloads in any chunks)',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(payloads, fc.integer({ min: 1, max: 200 }), async (records, size) => {
          const text = JSON.stringify(records);
          let out = '';
          const summary = await profile.fromJsonStream(chunks(text, size), (t) => void (out += t), { format });
          const whole = profile.fromJson(text);
          expect(canonical(parseRdf(out, format))).toEqual(canonical(whole.dataset));
          expect(summary.problems.map((p) => [p.path, p.reason])).toEqual(
            whole.problems.map((p) => [p.path, p.reason]),
          );
          expect(summary.records).toBe(records.length);
        }),
        { numRuns: 40 },
      );
    },
  );

  it("json: the records toJson reads back from fromJson's graph, in their order, and its problems", async () => {
    await fc.assert(
      fc.asyncProperty(payloads, fc.integer({ min: 1, max: 200 }), async (records, size) => {
        const text = JSON.stringify(records);
        let out = '';
        const summary = await profile.fromJsonStream(chunks(text, size), (t) => void (out += t), { format: 'json' });
        const whole = profile.fromJson(text);
        // the records in the payload's order; a field's values are a set in RDF (the stream keeps the payload's
        // order, toJson that of its store)
        const setsOf = (list: unknown) => (list as unknown[]).map(valuesAsSets);
        expect(setsOf(JSON.parse(out))).toEqual(setsOf([...profile.toJson(whole.dataset)]));
        expect(summary.problems.map((p) => [p.path, p.reason])).toEqual(whole.problems.map((p) => [p.path, p.reason]));
      }),
      { numRuns: 40 },
    );
  });

  it('reads NDJSON', async () => {
    await fc.assert(
      fc.asyncProperty(payloads, async (records) => {
        let out = '';
        await profile.fromJsonStream(
          chunks(records.map((r) => JSON.stringify(r)).join('\n'), 64),
          (t) => void (out += t),
          { ndjson: true },
        );
        expect(canonical(parseRdf(out))).toEqual(canonical(profile.fromJson(records).dataset));
      }),
      { numRuns: 20 },
    );
  });
});
