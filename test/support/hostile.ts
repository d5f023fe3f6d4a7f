// Hostile cases generated from a seed, one seed per case, so that a failure names a case number that
// reproduces it alone: HOSTILE_CASE=17 npx vitest run test/fuzz/hostile.test.ts runs only case 17.
import fc from 'fast-check';

/** The seed every hostile suite starts from (issue 13). */
export const HOSTILE_SEED = 1313;

/** `count` values of `arbitrary`, case i drawn with seed HOSTILE_SEED + offset + i; filtered by HOSTILE_CASE. */
export function hostileCases<T>(arbitrary: fc.Arbitrary<T>, count: number, offset: number): [number, T][] {
  const only = process.env['HOSTILE_CASE'];
  const numbers =
    only === undefined ? Array.from({ length: count }, (_, i) => i) : [Number(only)].filter((n) => n < count);
  return numbers.map((n) => [n, fc.sample(arbitrary, { seed: HOSTILE_SEED + offset + n, numRuns: 1 })[0] as T]);
}
