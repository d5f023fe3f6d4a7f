// Progress on long runs: shown only when standard error is a terminal (forced here with the documented
// PROFIELKIT_FORCE_PROGRESS=1), never in piped output, never with --quiet. And a closed output pipe.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profielkit, tempDir } from './helpers.js';

const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
let big: string;

beforeAll(() => {
  // about 6 MB: over the threshold above which progress is shown on a terminal
  const lines: string[] = [];
  for (let i = 0; i < 45_000; i++)
    lines.push(
      `<https://example.org/toestemming/${i}> ${TYPE} <http://data.vlaanderen.be/ns/toestemming#Toestemming> .`,
    );
  big = join(tempDir(), 'big.nt');
  writeFileSync(big, `${lines.join('\n')}\n`);
});

describe('progress', () => {
  it('is never written when standard error is a pipe, however big the input', () => {
    const r = profielkit(['convert', big, '--to', 'nquads']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter((l) => l !== '')).toHaveLength(45_000);
  });

  it('shows bytes and triples read, with their rate, on a terminal', () => {
    const r = profielkit(['convert', big, '--to', 'turtle', '-o', join(tempDir(), 'out.ttl'), '--lang', 'en'], {
      env: { PROFIELKIT_FORCE_PROGRESS: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^reading .*big\.nt: \d+\.\d MB in \d+\.\d s \(\d+\.\d MB\/s\)$/mu);
    expect(r.stderr).toMatch(/^parsing: 45,000 triples in \d+\.\d s \([\d,]+ triples\/s\)$/mu);
    // to N-Quads it is converted as it is read: one phase, counted in triples
    const streamed = profielkit(['convert', big, '--to', 'nquads', '-o', join(tempDir(), 'out.nq'), '--lang', 'en'], {
      env: { PROFIELKIT_FORCE_PROGRESS: '1' },
    });
    expect(streamed.stderr).toMatch(/^converting: 45,000 triples in \d+\.\d s \([\d,]+ triples\/s\)$/mu);
  });

  it('names the validation phase, in the language of --lang', () => {
    const r = profielkit(['validate', big, '--format', 'json', '--lang', 'en'], {
      env: { PROFIELKIT_FORCE_PROGRESS: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^validating: 45,000 triples in/mu);
    const nl = profielkit(['validate', big, '--format', 'json'], { env: { PROFIELKIT_FORCE_PROGRESS: '1' } });
    expect(nl.stderr).toMatch(/^controleren: 45\.000 uitspraken in \d+,\d s \([\d.]+ uitspraken\/s\)$/mu);
  });

  it('--quiet silences it', () => {
    const r = profielkit(['convert', big, '--to', 'nquads', '--quiet'], { env: { PROFIELKIT_FORCE_PROGRESS: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('a closed output pipe', () => {
  it('ends the command quietly (profielkit ... | head)', () => {
    const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cli}" convert "${big}" --to ntriples | head -n 1`],
      { encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toMatch(/^<https:\/\/example\.org\/toestemming\/0> /u);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
