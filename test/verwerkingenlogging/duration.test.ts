// Durations: the Inzage API's `format: duration` is RFC 3339's (appendix A), which has weeks; an
// xsd:duration has none. Every duration of the API's format is accepted and written as the equal
// xsd:duration (P3W as P21D); a bad one is refused with a message that shows valid examples.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BuilderError, JsonInputError, toJsonLd, parseJsonLd, validate } from '../../src/index.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { fixtureJson } from './support.js';

const VL = 'https://w3id.org/profielkit/verwerkingenlogging#';
const lijst = fixtureJson<{ results: Record<string, unknown>[] }>('lijst-verwerkte-objecten.json');

function withBewaartermijn(value: unknown): unknown {
  const copy = structuredClone(lijst);
  // only the first record has one
  for (const r of copy.results)
    delete (r as { verwerkingsactie?: Record<string, unknown> }).verwerkingsactie?.['bewaartermijn'];
  (copy.results[0] as { verwerkingsactie: Record<string, unknown> }).verwerkingsactie['bewaartermijn'] = value;
  return copy;
}

function bewaartermijnen(payload: unknown, strict = false): string[] {
  const { dataset } = verwerkingenlogging.fromJson(payload, { strict });
  return [...dataset.match(null, null, null)]
    .filter((q) => q.predicate.value === `${VL}bewaartermijn`)
    .map((q) => `${q.object.value}^^${(q.object as { datatype: { value: string } }).datatype.value.split('#')[1]}`);
}

// RFC 3339 appendix A, as ABNF: every duration it allows
const digits = fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String);
const durSecond = digits.map((n) => `${n}S`);
const durMinute = fc.tuple(digits, fc.option(durSecond, { nil: '' })).map(([n, s]) => `${n}M${s}`);
const durHour = fc.tuple(digits, fc.option(durMinute, { nil: '' })).map(([n, m]) => `${n}H${m}`);
const durTime = fc.oneof(durHour, durMinute, durSecond).map((t) => `T${t}`);
const durDay = digits.map((n) => `${n}D`);
const durMonth = fc.tuple(digits, fc.option(durDay, { nil: '' })).map(([n, d]) => `${n}M${d}`);
const durYear = fc.tuple(digits, fc.option(durMonth, { nil: '' })).map(([n, m]) => `${n}Y${m}`);
const durDate = fc
  .tuple(fc.oneof(durDay, durMonth, durYear), fc.option(durTime, { nil: '' }))
  .map(([d, t]) => `${d}${t}`);
const durWeek = digits.map((n) => `${n}W`);
const rfc3339Duration = fc.oneof(durDate, durTime, durWeek).map((d) => `P${d}`);

describe('durations (RFC 3339, appendix A)', () => {
  it('P3W is read as the equal xsd:duration P21D, with no problem, lenient and strict', async () => {
    for (const strict of [false, true])
      expect(bewaartermijnen(withBewaartermijn('P3W'), strict)).toEqual(['P21D^^duration']);
    const conversion = verwerkingenlogging.fromJson(withBewaartermijn('P3W'));
    expect(conversion.problems).toEqual([]);
    expect((await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion })).conforms).toBe(
      true,
    );
    // and back: the API's JSON says the same duration in days
    expect(
      (verwerkingenlogging.toJson(conversion.dataset)[0] as { verwerkingsactie: { bewaartermijn: string } })
        .verwerkingsactie.bewaartermijn,
    ).toBe('P21D');
  });

  it('weeks too large for a JavaScript number lose no day', () => {
    expect(bewaartermijnen(withBewaartermijn('P9007199254740993W'))).toEqual(
      ['63050394783186951D'].map((d) => `P${d}^^duration`),
    );
  });

  it(
    'every duration the API format allows is accepted and conforms; ' +
      'a week count is seven times as many days (property)',
    async () => {
      await fc.assert(
        fc.asyncProperty(rfc3339Duration, async (duration) => {
          const conversion = verwerkingenlogging.fromJson(withBewaartermijn(duration), { strict: true });
          const report = await validate(conversion.dataset, { profile: verwerkingenlogging });
          expect(report.results).toEqual([]);
          const weeks = /^P(\d+)W$/u.exec(duration);
          expect(bewaartermijnen(withBewaartermijn(duration))).toEqual([
            `${weeks ? `P${BigInt(weeks[1] as string) * 7n}D` : duration}^^duration`,
          ]);
        }),
        { numRuns: 200, seed: 12 },
      );
    },
  );

  it('survives JSON-LD', async () => {
    const { dataset } = verwerkingenlogging.fromJson(withBewaartermijn('P3W'));
    const back = await parseJsonLd(await toJsonLd(dataset, { profile: verwerkingenlogging }), {
      profile: verwerkingenlogging,
    });
    expect(
      [...back.match(null, null, null)].some(
        (q) => q.predicate.value === `${VL}bewaartermijn` && q.object.value === 'P21D',
      ),
    ).toBe(true);
  });

  it.each(['P', '10 jaar', 'P3W2D', 'P1.5W', 'PW', '-P3W', 'P3w'])(
    '%s is refused, with valid examples in the message',
    (bad) => {
      let error: unknown;
      try {
        verwerkingenlogging.fromJson(withBewaartermijn(bad), { strict: true });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(JsonInputError);
      expect((error as Error).message).toContain('such as P10Y, P1Y6M, P21D, P3W, PT36H');
      // lenient: written as the string it was, so that validation names the datatype rule
      expect(bewaartermijnen(withBewaartermijn(bad))).toEqual([`${bad}^^string`]);
    },
  );

  it('the builders take the week form too, and refuse the rest by name', () => {
    const g = verwerkingenlogging.graph();
    const base = {
      actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
      vertrouwelijkheid: 'normaal',
      tijdstip: '2024-04-05T14:35:42+01:00',
      tijdstipRegistratie: '2024-04-05T14:35:42+01:00',
    } as const;
    g.VerwerkingsactieBeperkt({ ...base, bewaartermijn: 'P2W' });
    expect(
      [...g.dataset.match(null, null, null)].find((q) => q.predicate.value === `${VL}bewaartermijn`)?.object.value,
    ).toBe('P14D');
    expect(() => g.VerwerkingsactieBeperkt({ ...base, bewaartermijn: 'twee weken' })).toThrow(BuilderError);
  });
});
