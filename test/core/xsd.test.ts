// One lexical checker per XSD datatype (src/core/rdf/xsd.ts), held to XSD 1.1 Part 2: its own
// examples, a second reading written apart (test/support/xsd-spec.ts), and every entry point giving
// the same answer (builder, fromJson, both engines).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { BuilderError, validate } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { isWellFormed, XSD_LEXICAL } from '../../src/core/rdf/xsd.js';
import { specWellFormed } from '../support/xsd-spec.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const ok = (dt: string, v: string) => isWellFormed(XSD + dt, v);

describe('XSD 1.1 Part 2, case by case', () => {
  it.each([
    ['date', '2024-02-29', true],
    ['date', '2000-02-29', true],
    ['date', '2023-02-29', false],
    ['date', '2100-02-29', false],
    ['date', '2024-02-30', false],
    ['date', '2024-04-31', false],
    ['date', '2024-06-31', false],
    ['date', '2024-12-31', true],
    ['date', '2026-13-01', false],
    ['date', '2026-00-10', false],
    ['date', '2024-01-00', false],
    ['date', '0000-01-01', true],
    ['date', '-0001-12-31', true],
    ['date', '-0004-02-29', true],
    ['date', '12024-03-01', true],
    ['date', '02024-03-01', false],
    ['date', '024-03-01', false],
    ['date', '2024-3-01', false],
    ['date', '2024-03-01Z', true],
    ['date', '2024-03-01+14:00', true],
    ['date', '2024-03-01-14:00', true],
    ['date', '2024-03-01+14:01', false],
    ['date', '2024-03-01+15:00', false],
    ['date', '2024-03-01+13:60', false],
    ['date', ' 2024-03-01', false],
    ['date', '2024-03-01 ', false],
    ['dateTime', '2024-03-01T10:00:00', true],
    ['dateTime', '2024-03-01T24:00:00', true],
    ['dateTime', '2024-03-01T24:00:00.000Z', true],
    ['dateTime', '2024-03-01T24:00:01', false],
    ['dateTime', '2024-03-01T24:30:00', false],
    ['dateTime', '2024-03-01T10:60:00', false],
    ['dateTime', '2024-03-01T10:00:60', false],
    ['dateTime', '2024-02-30T10:00:00Z', false],
    ['dateTime', '2024-03-01T10:00', false],
    ['dateTime', '2024-03-01T10:00:00.5+01:00', true],
    ['dateTimeStamp', '2024-03-01T10:00:00', false],
    ['dateTimeStamp', '2024-03-01T10:00:00Z', true],
    ['time', '24:00:00', true],
    ['time', '23:59:59.999', true],
    ['time', '25:00:00', false],
    ['gYear', '2024', true],
    ['gYear', '02024', false],
    ['gYear', '2024+01:00', true],
    ['gYearMonth', '2024-13', false],
    ['duration', 'P10Y', true],
    ['duration', 'PT1H30M', true],
    ['duration', '-P1DT0.5S', true],
    ['duration', 'P3W', false],
    ['duration', 'P', false],
    ['duration', 'PT', false],
    ['duration', 'P1YT', false],
    ['duration', 'P1.5Y', false],
    ['dayTimeDuration', 'P1D', true],
    ['dayTimeDuration', 'P1Y', false],
    ['yearMonthDuration', 'P1Y2M', true],
    ['yearMonthDuration', 'P1D', false],
    ['integer', '-0', true],
    ['integer', '+3', true],
    ['integer', '03', true],
    ['integer', '1.5', false],
    ['integer', '', false],
    ['integer', '3 ', false],
    ['int', '2147483647', true],
    ['int', '2147483648', false],
    ['int', '-2147483648', true],
    ['int', '-2147483649', false],
    ['unsignedByte', '255', true],
    ['unsignedByte', '256', false],
    ['nonNegativeInteger', '-0', true],
    ['positiveInteger', '0', false],
    ['decimal', '1.', true],
    ['decimal', '.5', true],
    ['decimal', '.', false],
    ['decimal', '1e3', false],
    ['double', '1e3', true],
    ['double', 'INF', true],
    ['double', 'inf', false],
    ['boolean', 'true', true],
    ['boolean', '1', true],
    ['boolean', 'TRUE', false],
    ['boolean', 'yes', false],
    ['string', 'tab\tnewline\n', true],
    ['string', '😀', true],
    ['string', '\u0000', false],
    ['string', '\u0001', false],
    ['string', '\uFFFE', false],
    ['string', '\uD800', false],
    ['token', 'a b', true],
    ['token', 'a  b', false],
    ['token', ' a', false],
    ['language', 'nl-BE', true],
    ['language', 'nl_BE', false],
  ] as const)('%s %j: %s', (dt, lexical, expected) => {
    expect(ok(dt, lexical)).toBe(expected);
  });

  it('knows every datatype the profiles use, and says undefined for one it does not', () => {
    for (const dt of ['string', 'date', 'dateTime', 'integer', 'boolean', 'duration', 'anyURI'])
      expect(XSD_LEXICAL.has(XSD + dt)).toBe(true);
    expect(isWellFormed(`${XSD}gMonthDay`, '--02-29')).toBeUndefined();
  });
});

describe('the checker against a second reading of the specification', () => {
  it('every day of every month of 1600-2400 (leap years divisible by 4, not by 100 unless by 400)', () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [28, 29, 30, 31, 32]) {
          const lexical = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (ok('date', lexical) !== specWellFormed(`${XSD}date`, lexical))
            throw new Error(`${lexical}: checker ${ok('date', lexical)}`);
        }
      }
    }
  });

  it('strings shaped like dates and date-times (property)', () => {
    const digits = (n: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const zone = fc.constantFrom('', 'Z', '+14:00', '-14:00', '+14:01', '+13:59', '-00:00', '+15:00', '+1:00');
    const date = fc
      .tuple(fc.constantFrom('', '-'), fc.oneof(digits(4), digits(5), digits(3)), digits(2), digits(2))
      .map(([s, y, m, d]) => `${s}${y}-${m}-${d}`);
    fc.assert(
      fc.property(
        date,
        zone,
        fc.option(fc.tuple(digits(2), digits(2), digits(2), fc.constantFrom('', '.0', '.5', '.000'))),
        (d, z, t) => {
          const lexical = t === null ? `${d}${z}` : `${d}T${t[0]}:${t[1]}:${t[2]}${t[3]}${z}`;
          const dt = t === null ? 'date' : 'dateTime';
          expect(ok(dt, lexical)).toBe(specWellFormed(XSD + dt, lexical));
        },
      ),
      { numRuns: 5000, seed: 20261201 },
    );
  });
});

describe('one answer at every entry point', () => {
  const gegevenOp = (lexical: string) => {
    const s = N3.namedNode('https://example.org/toestemming/1');
    return new Store([
      N3.quad(
        s,
        N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
        N3.namedNode('http://data.vlaanderen.be/ns/toestemming#Toestemming'),
      ),
      N3.quad(
        s,
        N3.namedNode('http://data.vlaanderen.be/ns/toestemming#gegevenOp'),
        N3.literal(lexical, N3.namedNode(`${XSD}date`)),
      ),
    ] as Quad[]);
  };
  const builds = (lexical: string): boolean => {
    try {
      toestemming.graph().Toestemming({
        dataSubject: 'https://example.org/p/1',
        descriptor: 'https://example.org/d/1',
        gegevenOp: lexical,
        status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
      });
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(BuilderError);
      return false;
    }
  };

  it.each(['2024-02-29', '2024-02-30', '2026-13-01', '02024-03-01', '2024-03-01+15:00', '2024-03-01Z', '12024-03-01'])(
    '%s: builder, fromJson, fast and reference engine agree',
    async (lexical) => {
      const valid = ok('date', lexical);
      expect(builds(lexical)).toBe(valid);
      for (const engine of ['fast', 'reference'] as const) {
        const report = await validate(gegevenOp(lexical), { profile: toestemming, engine });
        expect(report.results.some((r) => r.constraint.endsWith('DatatypeConstraintComponent'))).toBe(!valid);
      }
      // the VNG JSON: strict conversion refuses what validation flags
      const record = {
        id: '123e4567-e89b-12d3-a456-426614174000',
        organisatieId: '223e4567-e89b-12d3-a456-426614174000',
        voorzieningId: '323e4567-e89b-12d3-a456-426614174000',
        status: 'Actief',
        startDatum: lexical,
      };
      let strictOk = true;
      try {
        voorzieninggebruik.fromJson([record], { strict: true });
      } catch {
        strictOk = false;
      }
      expect(strictOk).toBe(valid);
    },
  );
});
