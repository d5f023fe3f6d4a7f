// Validating as the file is read gives the same results as validating the parsed dataset.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  ParseError,
  parseRdf,
  profiles,
  TemporaryFileError,
  toNTriples,
  toTurtle,
  validate,
  validateStream,
  type ValidationResult,
} from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { validateFile } from '../../src/node.js';
import fc from 'fast-check';
import { Writer, type Store } from 'n3';
import { validateStream as validateStreamWith } from '../../src/core/validate/stream.js';
import { validGraph } from '../support/records.js';
import { faultyData } from '../support/faulty-data.js';
import { testProfile } from '../support/test-profile.js';

const key = (r: ValidationResult) => JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity]);
const from = (text: string) => () => Readable.from([Buffer.from(text)]);

describe('validateStream', () => {
  it.each([
    ['turtle', toTurtle],
    ['ntriples', toNTriples],
  ] as const)('gives the dataset results for %s', async (format, write) => {
    const g = validGraph();
    // break a few rules so that there is something to compare
    g.Toestemming({
      id: 'https://example.org/t/kapot',
      dataSubject: 'https://example.org/onbekend',
      descriptor: 'https://example.org/descriptor/nieuwsbrief',
      gegevenOp: '2024-01-01',
      status: 'https://example.org/eigen/s',
    });
    const text = await write(g.dataset, { profile: toestemming });
    const streamed = await validateStream(from(text), { profile: toestemming, format });
    const whole = await validate(parseRdf(text, format), { profile: toestemming, engine: 'reference' });
    expect(streamed.results.map(key).sort()).toEqual(whole.results.map(key).sort());
    expect(streamed.results.length).toBeGreaterThan(0);
  });

  it('reads the input again when its triples are not grouped by subject', async () => {
    const text =
      `<https://example.org/t> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .
<https://example.org/u> a <http://data.vlaanderen.be/ns/toestemming#Toestemming> .
<https://example.org/t> <http://data.vlaanderen.be/ns/toestemming#gegevenOp> ` +
      `"2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .`;
    let opened = 0;
    const report = await validateStream(() => (opened++, from(text)()), { profile: toestemming, format: 'turtle' });
    expect(opened).toBe(2);
    const whole = await validate(parseRdf(text, 'turtle'), { profile: toestemming, engine: 'reference' });
    expect(report.results.map(key).sort()).toEqual(whole.results.map(key).sort());
  });

  it('names the line of a syntax error', async () => {
    await expect(
      validateStream(from('<https://example.org/a> <https://example.org/b> .\n'), {
        profile: toestemming,
        format: 'ntriples',
      }),
    ).rejects.toMatchObject({ line: 1 });
    await expect(
      validateStream(from('<https://example.org/a> <https://example.org/b> .\n'), {
        profile: toestemming,
        format: 'ntriples',
      }),
    ).rejects.toBeInstanceOf(ParseError);
  });

  it('validates a file', async () => {
    const path = fileURLToPath(new URL('../fuzz/corpus/valid.ttl', import.meta.url));
    const report = await validateFile(path, { profile: toestemming });
    expect(report.results.map((r) => r.path).sort()).toEqual([
      'http://data.vlaanderen.be/ns/toestemming#dataSubject',
      'http://data.vlaanderen.be/ns/toestemming#descriptor',
    ]);
  });
});

// The stream path keeps little in memory and spills the rest to a temporary file. With budgets of a
// few nodes every spill and every end-of-input lookup is taken, and the results must still be exactly
// the reference engine's.
describe('validateStream in bounded memory', () => {
  const tiny = { types: 2, subjects: 3, references: 2 };
  // each parse gives blank nodes a prefix of its own (b12_): compare the labels of the input
  const unlabelled = (r: ValidationResult) => key(r).replace(/_:b\d+_/g, '_:');
  const subjectOrder = fc.array(fc.nat(), { minLength: 64, maxLength: 64 });

  /** N-Triples with each subject's triples together, the subjects in a generated order. */
  function grouped(data: Store, order: readonly number[]): string {
    const subjects = [...new Set([...data].map((q) => q.subject.value))];
    const ranked = subjects
      .map((s, i) => [s, order[i % order.length]! * 1000 + i] as const)
      .sort((a, b) => a[1] - b[1]);
    return ranked
      .flatMap(([s]) => data.getQuads(s, null, null, null))
      .map((q) => new Writer({ format: 'N-Triples' }).quadToString(q.subject, q.predicate, q.object))
      .join('');
  }

  // every budget small, and only the references' small (the types all in memory: the other way in at the end)
  const budgets = { tiny, 'only references spilled': { types: 1e9, subjects: 1e9, references: 2 } };
  const cases = Object.values(profiles)
    .map((p) => [p.name, p] as const)
    .concat([['test profile', testProfile]])
    .flatMap(([name, p]) => Object.entries(budgets).map(([b, budget]) => [name, b, p, budget] as const));

  it.each(cases)(
    'gives the reference results for %s (%s budgets), in any subject order',
    async (_name, _b, profile, budget) => {
      await fc.assert(
        fc.asyncProperty(faultyData(profile), subjectOrder, async (data, order) => {
          const text = grouped(data, order);
          const streamed = await validateStreamWith(profile.declaration, from(text), { format: 'ntriples' }, budget);
          const reference = await validate(parseRdf(text, 'ntriples'), { profile, engine: 'reference' });
          expect(streamed.results.map(unlabelled).sort()).toEqual(reference.results.map(unlabelled).sort());
          expect(streamed.conforms).toBe(reference.conforms);
        }),
        { numRuns: 60, seed: 2911 },
      );
    },
  );

  it('finds a subject that comes back after its hash was spilled, and reads the input again', async () => {
    const T = 'http://data.vlaanderen.be/ns/toestemming#';
    const nodes = Array.from(
      { length: 10 },
      (_, i) => `<https://example.org/t/${i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${T}Toestemming> .\n`,
    ).join('');
    const text =
      `${nodes}<https://example.org/t/0> <${T}gegevenOp> ` +
      '"2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .\n';
    let opened = 0;
    const report = await validateStreamWith(
      toestemming.declaration,
      () => (opened++, from(text)()),
      { format: 'ntriples' },
      tiny,
    );
    expect(opened).toBe(2);
    const reference = await validate(parseRdf(text, 'ntriples'), { profile: toestemming, engine: 'reference' });
    expect(report.results.map(key).sort()).toEqual(reference.results.map(key).sort());
  });

  it('says so, with a typed error, when the temporary directory cannot be used', async () => {
    const text = await toNTriples(validGraph().dataset);
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = '/nonexistent/profielkit-tmp';
    try {
      const failure = validateStreamWith(
        toestemming.declaration,
        from(text),
        { format: 'ntriples' },
        { types: 1, subjects: 1 },
      );
      await expect(failure).rejects.toBeInstanceOf(TemporaryFileError);
      await expect(failure).rejects.toThrow(
        /cannot use a temporary file in \/nonexistent\/profielkit-tmp \(set TMPDIR/,
      );
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
    }
  });

  it('keeps only maxResults results, violations first, and counts them all', async () => {
    const g = validGraph();
    for (let i = 0; i < 20; i++)
      g.Toestemming({
        id: `https://example.org/t/kapot/${i}`,
        dataSubject: 'https://example.org/onbekend',
        descriptor: 'https://example.org/descriptor/nieuwsbrief',
        gegevenOp: '2024-01-01',
        status: 'https://example.org/eigen/s',
      });
    const text = await toNTriples(g.dataset);
    const reference = await validate(parseRdf(text, 'ntriples'), { profile: toestemming, engine: 'reference' });
    const violations = reference.results.filter((r) => r.severity === 'Violation').length;
    expect(violations).toBeGreaterThan(5);
    expect(reference.results.length).toBeGreaterThan(violations); // warnings too
    for (const max of [1, 5, violations, violations + 1, reference.results.length + 3]) {
      const report = await validateStreamWith(
        toestemming.declaration,
        from(text),
        { format: 'ntriples', maxResults: max },
        tiny,
      );
      expect(report.totalResults).toBe(reference.results.length);
      expect(report.counts).toEqual(reference.counts);
      expect(reference.counts.Violation).toBe(violations);
      expect(report.conforms).toBe(false);
      expect(report.results.length).toBe(Math.min(max, reference.results.length));
      const all = new Set(reference.results.map(key));
      for (const r of report.results) expect(all.has(key(r))).toBe(true);
      const severities = report.results.map((r) => r.severity);
      expect(severities.slice(0, Math.min(max, violations)).every((s) => s === 'Violation')).toBe(true);
    }
  });
});
