// Validation on several threads (node-threads.ts, the worker in dist/validate-worker.js: `npm test`
// builds it first) gives what one thread gives, in the same order: generated exports cut into parts
// of a few KB at every subject boundary, references across parts (every record points at the one
// descriptor of the first part), dangling references, maxResults cutting the list, a subject that
// comes back in another part (then the one-thread path), and against the reference engine.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profiles, type ValidationReport } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { validateFile } from '../../src/node.js';
import { validateFileInParts, planParts } from '../../src/node-threads.js';
import { validateStreamFast } from '../../src/core/validate/stream.js';
import { createReadStream } from 'node:fs';
// @ts-expect-error -- a script of the bench, in JavaScript
import { writeExport } from '../../bench/generate.mjs';

const dir = mkdtempSync(join(tmpdir(), 'profielkit-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const worker = new URL('../../dist/validate-worker.js', import.meta.url);
const declaration = toestemming.declaration;

async function oneThread(path: string, maxResults?: number): Promise<ValidationReport> {
  const outcome = await validateStreamFast([declaration], createReadStream(path), {
    format: 'ntriples',
    ...(maxResults === undefined ? {} : { maxResults }),
  });
  return outcome!.reports[0]!;
}

function same(a: ValidationReport, b: ValidationReport): void {
  expect(b.results).toEqual(a.results);
  expect(b.counts).toEqual(a.counts);
  expect(b.totalResults).toBe(a.totalResults);
  expect(b.nodesChecked).toBe(a.nodesChecked);
  // the W3C report graph holds the same values
  expect(b.report.size).toBe(a.report.size);
}

describe('validation in parts on worker threads', () => {
  for (const [name, n, options] of [
    ['an export', 700, {}],
    ['an export without its data subjects (every reference dangling)', 500, { agents: false }],
  ] as const) {
    for (const threads of [2, 3, 5]) {
      for (const maxResults of [undefined, 7, 100]) {
        it(`gives one thread's results for ${name}, ${threads} parts, maxResults ${maxResults ?? 'none'}`, async () => {
          const path = join(dir, `export-${n}-${'agents' in options ? 'dangling' : 'full'}.nt`);
          await writeExport(path, n, 'ntriples', options);
          const parts = planParts(path, threads, 4096);
          expect(parts.length).toBe(threads);
          const outcome = await validateFileInParts(
            [declaration],
            path,
            { format: 'ntriples', ...(maxResults === undefined ? {} : { maxResults }) },
            threads,
            worker,
            4096,
          );
          expect(outcome, 'validated in parts, not handed back').toBeDefined();
          same(await oneThread(path, maxResults), outcome!.reports[0]!);
        });
      }
    }
  }

  it('cuts only where the subject changes, so that no subject straddles a cut', async () => {
    // one subject with many triples around every cut point
    const lines: string[] = [];
    for (let s = 0; s < 40; s++) {
      for (let k = 0; k < 30; k++)
        lines.push(
          `<https://example.org/toestemming/${s}> ` +
            `<http://data.vlaanderen.be/ns/toestemming#beperking> "dossier ${s}/${k}" .`,
        );
      lines.push(
        `<https://example.org/toestemming/${s}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ` +
          '<http://data.vlaanderen.be/ns/toestemming#Toestemming> .',
      );
    }
    const path = join(dir, 'straddle.nt');
    writeFileSync(path, `${lines.join('\n')}\n`);
    for (const threads of [2, 3, 4, 7]) {
      const outcome = await validateFileInParts([declaration], path, { format: 'ntriples' }, threads, worker, 1024);
      expect(outcome).toBeDefined();
      same(await oneThread(path), outcome!.reports[0]!);
    }
  });

  it('hands a file whose subject comes back in another part to one thread, which gives the same results', async () => {
    const path = join(dir, 'ungrouped.nt');
    await writeExport(path, 300, 'ntriples');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    // the first record's status again at the end: its subject in the first part and in the last
    writeFileSync(
      path,
      `${text}<https://example.org/toestemming/0> ` +
        '<http://data.vlaanderen.be/ns/toestemming#status> <https://example.org/eigen/status> .\n',
    );
    expect(await validateFileInParts([declaration], path, { format: 'ntriples' }, 3, worker, 4096)).toBeUndefined();
    const reference = await validateFile(path, { profile: toestemming, format: 'ntriples', engine: 'reference' });
    const threaded = await validateFile(path, { profile: toestemming, format: 'ntriples', threads: 3 });
    const key = (r: ValidationReport) =>
      r.results.map((x) => `${x.focusNode} ${x.sourceShape} ${x.constraint} ${x.value}`).sort();
    expect(key(threaded)).toEqual(key(reference));
  });

  it('agrees with the reference engine on an export with faults', async () => {
    const path = join(dir, 'reference.nt');
    await writeExport(path, 400, 'ntriples');
    const outcome = await validateFileInParts([declaration], path, { format: 'ntriples' }, 3, worker, 4096);
    const reference = await validateFile(path, { profile: toestemming, format: 'ntriples', engine: 'reference' });
    const key = (r: ValidationReport) =>
      r.results.map((x) => `${x.focusNode} ${x.sourceShape} ${x.constraint} ${x.value}`).sort();
    expect(key(outcome!.reports[0]!)).toEqual(key(reference));
  });

  it('validates against several profiles in one read, as the command does', async () => {
    const path = join(dir, 'several.nt');
    await writeExport(path, 300, 'ntriples');
    const declarations = Object.values(profiles).map((p) => p.declaration);
    const outcome = await validateFileInParts(
      declarations,
      path,
      { format: 'ntriples', maxResults: 10 },
      2,
      worker,
      4096,
    );
    const one = await validateStreamFast(declarations, createReadStream(path), { format: 'ntriples', maxResults: 10 });
    for (let i = 0; i < declarations.length; i++) same(one!.reports[i]!, outcome!.reports[i]!);
    expect([...outcome!.classesSeen].sort()).toEqual([...one!.classesSeen].sort());
  });

  it('gives a syntax error with its place, through the one-thread path', async () => {
    const path = join(dir, 'broken.nt');
    await writeExport(path, 300, 'ntriples');
    const { appendFileSync, readFileSync } = await import('node:fs');
    const lines = readFileSync(path, 'utf8').split('\n').length;
    appendFileSync(path, '<https://example.org/x> <https://example.org/p> .\n');
    await expect(validateFile(path, { profile: toestemming, format: 'ntriples', threads: 2 })).rejects.toThrow(
      expect.objectContaining({ format: 'ntriples', line: lines, column: 49 }),
    );
  });
});
