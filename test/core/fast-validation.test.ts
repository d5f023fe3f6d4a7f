// The fast path must give exactly the results of the reference path (rdf-validate-shacl with the same
// shapes): checked on every fixture and on generated exports with injected faults.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import type { Store } from 'n3';
import { parseRdf, profiles, validate, type AnyProfile, type ValidationResult } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { faultyData } from '../support/faulty-data.js';
import { testProfile } from '../support/test-profile.js';
import { modelOf } from '../../src/core/schema/model.js';

const key = (r: ValidationResult) =>
  JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity, r.sourceShape, r.message]);

async function same(profile: AnyProfile, data: Store): Promise<void> {
  const fast = await validate(data, { profile, engine: 'fast' });
  const reference = await validate(data, { profile, engine: 'reference' });
  expect(fast.results.map(key).sort()).toEqual(reference.results.map(key).sort());
  expect(fast.conforms).toBe(reference.conforms);
}

describe('the fast path gives exactly the reference results', () => {
  it.each(
    readdirSync(new URL('../fuzz/corpus/', import.meta.url)).filter(
      (f) => /\.(ttl|nt)$/.test(f) && !/utf8|space|truncated/.test(f),
    ),
  )('on fixture %s', async (file) => {
    const text = readFileSync(new URL(`../fuzz/corpus/${file}`, import.meta.url), 'utf8');
    await same(toestemming, parseRdf(text, file.endsWith('.nt') ? 'ntriples' : 'turtle'));
  });

  it.each(
    Object.values(profiles)
      .map((p) => [p.name, p] as const)
      .concat([['test profile', testProfile]]),
  )('on generated %s data with injected faults', async (_name, profile) => {
    await fc.assert(
      fc.asyncProperty(faultyData(profile), (data) => same(profile, data)),
      { numRuns: 150, seed: 1123 },
    );
  });

  it('takes the reference path for data with rdfs:subClassOf, with the same results', async () => {
    const data = parseRdf(`
      @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      <https://example.org/MijnToestemming> <http://www.w3.org/2000/01/rdf-schema#subClassOf> t:Toestemming .
      <https://example.org/x> a <https://example.org/MijnToestemming> .`);
    const report = await validate(data, { profile: toestemming });
    expect(report.results.length).toBe(4); // the subclass instance is held to Toestemming's rules
    await same(toestemming, data);
  });
});

describe('coverage of the fast path', () => {
  it.each(Object.values(profiles).map((p) => [p.name, p] as const))(
    'compiles every rule of %s (no fallback to the reference engine)',
    async (_name, profile) => {
      const { compileProfile } = await import('../../src/core/validate/fast/compile.js');
      expect(compileProfile(profile.declaration).covered).toBe(true);
    },
  );
});

describe("one reading of a profile's rules on every path (issue 21)", () => {
  // the profiles' rules are compiled from their shapes graph by the reader of shapes of one's own: a
  // length is SPARQL's STRLEN (characters) there as on the reference engine, never UTF-16 units
  const cases = Object.values(profiles).flatMap((profile) =>
    [...modelOf(profile.declaration).classes.values()].flatMap((c) =>
      c.properties.flatMap((p) => {
        const range = p.declaration.range;
        return range.kind === 'literal' &&
          range.maxLength !== undefined &&
          range.pattern === undefined &&
          range.in === undefined
          ? [
              {
                profile,
                cls: c.types[0] as string,
                iri: p.declaration.iri,
                max: range.maxLength,
                name: `${profile.name} ${c.key}.${p.key}`,
              },
            ]
          : [];
      }),
    ),
  );

  it('covers every maxLength of the profiles', () => expect(cases.length).toBeGreaterThan(2));

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: characters outside the BMP and combining marks count as characters, alike on both engines',
    async (_name, c) => {
      const emoji = '😀';
      const combining = 'e\u0301';
      for (const [value, over] of [
        [emoji.repeat(c.max), false],
        [emoji.repeat(c.max + 1), true],
        [combining.repeat(Math.floor(c.max / 2)), false],
        [`${combining.repeat(Math.floor(c.max / 2))}ab`, true],
      ] as const) {
        const data = parseRdf(`<https://example.org/x> a <${c.cls}> ; <${c.iri}> ${JSON.stringify(value)} .`);
        const found = await Promise.all(
          (['fast', 'reference'] as const).map(async (engine) => {
            const report = await validate(data, { profile: c.profile, engine });
            return report.results.filter(
              (r) => r.constraint.endsWith('#MaxLengthConstraintComponent') && r.path === c.iri,
            ).length;
          }),
        );
        expect(found, `${[...value].length} code points`).toEqual(over ? [1, 1] : [0, 0]);
      }
    },
  );
});
