// validateStreamProfiles, the public way of the command without --profile: one read against every profile,
// the profiles the data is of chosen from its classes, each report the one validateStream gives.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { Store } from 'n3';
import {
  profiles,
  toNTriples,
  validateStream,
  validateStreamProfiles,
  type ValidationReport,
  type ValidationResult,
} from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { validGraph } from '../support/records.js';
import { complete } from '../voorzieninggebruik/support.js';

const key = (r: ValidationResult) => JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity]);
const summary = (r: ValidationReport) => ({
  conforms: r.conforms,
  nodesChecked: r.nodesChecked,
  results: r.results.map(key).sort(),
});
const from = (text: string) => () => Readable.from([Buffer.from(text)]);

/** An export of two profiles: a consent record with a wrong status, and a VoorzieningGebruik record. */
async function mixedExport(): Promise<string> {
  const data = new Store();
  const g = validGraph();
  g.Toestemming({
    id: 'https://example.org/t/kapot',
    dataSubject: 'https://example.org/onbekend',
    descriptor: 'https://example.org/descriptor/nieuwsbrief',
    gegevenOp: '2024-01-01',
    status: 'https://example.org/geen-status',
  });
  data.addQuads([...g.dataset]);
  data.addQuads([...voorzieninggebruik.fromJson(complete).dataset]);
  return toNTriples(data);
}

describe('validateStreamProfiles', () => {
  it('finds the profiles the data is of, in registry order, each with the report validateStream gives', async () => {
    const text = await mixedExport();
    let opened = 0;
    const found = await validateStreamProfiles(() => (opened++, from(text)()), { profiles, format: 'ntriples' });
    expect(opened).toBe(1);
    expect(found.profiles.map((p) => p.name)).toEqual(['toestemming', 'voorzieninggebruik']);
    for (const [i, profile] of found.profiles.entries()) {
      const alone = await validateStream(from(text), { profile, format: 'ntriples' });
      expect(summary(found.reports[i] as ValidationReport)).toEqual(summary(alone));
    }
    expect(found.reports[0]?.conforms).toBe(false);
  });

  it('reads the input again into memory when its triples are not grouped by subject: the same results', async () => {
    const text = await mixedExport();
    const lines = text.trim().split('\n');
    // every other line first: the subjects come apart
    const shuffled = [...lines.filter((_, i) => i % 2 === 0), ...lines.filter((_, i) => i % 2 === 1)].join('\n');
    let opened = 0;
    const found = await validateStreamProfiles(() => (opened++, from(shuffled)()), { profiles, format: 'ntriples' });
    expect(opened).toBe(2);
    const streamed = await validateStreamProfiles(from(text), { profiles, format: 'ntriples' });
    expect(found.profiles.map((p) => p.name)).toEqual(streamed.profiles.map((p) => p.name));
    expect(found.reports.map(summary)).toEqual(streamed.reports.map(summary));
  });

  it('takes the profiles given (an array), and the reference engine gives the same verdicts', async () => {
    const text = await mixedExport();
    const fast = await validateStreamProfiles(from(text), { profiles: [toestemming], format: 'ntriples' });
    const reference = await validateStreamProfiles(from(text), {
      profiles: [toestemming],
      format: 'ntriples',
      engine: 'reference',
    });
    expect(fast.profiles).toEqual([toestemming]);
    expect(reference.profiles).toEqual([toestemming]);
    expect(reference.reports.map(summary)).toEqual(fast.reports.map(summary));
  });

  it('finds none in data of no profile: both lists empty, never a report that says nothing', async () => {
    const type = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
    const text = `<https://example.org/a> ${type} <https://example.org/Onbekend> .\n`;
    for (const format of ['turtle', 'ntriples'] as const) {
      const found = await validateStreamProfiles(from(text), { profiles, format });
      expect(found).toEqual({ profiles: [], reports: [] });
    }
  });
});
