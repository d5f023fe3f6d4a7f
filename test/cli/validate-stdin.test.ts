// RDF piped into validate is validated as a file is: copied to a temporary file, then read as it is
// read, not held in memory whole (some 14 KB a record: 20,000 records ran out of memory in a heap of
// 40 MB). The report is the file's, the copy is gone afterwards, and a syntax error shows its lines.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profielkit, STACK, tempDir } from './helpers.js';
// @ts-expect-error -- a script of the bench, in JavaScript
import { writeExport } from '../../bench/generate.mjs';

describe('validate - (standard input)', () => {
  it("gives the file's report in a heap of 40 MB, and leaves nothing in TMPDIR", async () => {
    const dir = tempDir();
    const file = join(dir, 'export.nt');
    await writeExport(file, 20000, 'ntriples');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const args = ['-p', 'toestemming', '--format', 'json', '-q'];
    const piped = profielkit(['validate', '-', '--from', 'ntriples', ...args], {
      input: readFileSync(file, 'utf8'),
      env: { TMPDIR: tmp, NODE_OPTIONS: '--max-old-space-size=40' },
    });
    expect(piped.stderr).toBe('');
    const named = profielkit(['validate', file, ...args]);
    expect(piped.status).toBe(named.status);
    expect(piped.stdout).toBe(named.stdout.replaceAll(file, '<stdin>'));
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('names <stdin>, the line and the lines around a syntax error; leaves nothing in TMPDIR', () => {
    const dir = tempDir();
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const turtle =
      '@prefix t: <http://data.vlaanderen.be/ns/toestemming#>.\n<urn:a> a t:Toestemming ;\n  t:x "open .\n';
    const r = profielkit(['validate', '-', '--from', 'turtle'], { input: turtle, env: { TMPDIR: tmp } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^<stdin>:3:7: turtle: /u);
    expect(r.stderr).toContain('> 3 |   t:x "open .');
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
