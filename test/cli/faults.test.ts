// The command when its machinery fails (issue 24): a worker thread of `validate --threads` that exits
// or throws gives the report one thread gives, never exit 70 or a hang; and whatever the command
// writes to the temporary directory (the workers' spill directory, the temporary output of `convert`
// to standard output) is gone after a success and after a failure. TMPDIR is a fresh directory each
// time. The worker is made to die by its test hook (PROFIELKIT_TEST_WORKER_FAULT), never by timing.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profielkit, STACK, tempDir } from './helpers.js';
// @ts-expect-error -- a script of the bench, in JavaScript
import { writeExport } from '../../bench/generate.mjs';

/** A fresh, empty directory for TMPDIR. */
function freshTmp(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('validate --threads when a worker thread dies', () => {
  it('exits, throws or fails its read (at start or when asked for results): one thread\'s report', async () => {
    const dir = tempDir();
    const file = join(dir, 'export.nt');
    // 8,000 records, 8.5 MB: two parts of at least 4 MB, so two threads really start
    await writeExport(file, 8000, 'ntriples');
    expect(statSync(file).size).toBeGreaterThan(8 << 20);
    const args = ['validate', file, '-p', 'toestemming', '--format', 'json', '-q'];
    const tmp1 = freshTmp(dir, 'tmp-one');
    const one = profielkit([...args, '--threads', '1'], { env: { TMPDIR: tmp1 } });
    expect(one.status).toBe(1);
    expect(readdirSync(tmp1)).toEqual([]);
    const tmp2 = freshTmp(dir, 'tmp-two');
    const two = profielkit([...args, '--threads', '2'], { env: { TMPDIR: tmp2, PROFIELKIT_DEBUG_THREADS: '1' } });
    expect(two.stdout).toBe(one.stdout);
    // two parts on two workers: the path the faults below break
    expect(two.stderr.match(/^part \d+-\d+: read/gmu)).toHaveLength(2);
    expect(readdirSync(tmp2)).toEqual([]);
    for (const fault of ['exit:1', 'throw:0', 'read:1', 'exit:1:resolve', 'throw:0:resolve']) {
      const tmp = freshTmp(dir, `tmp-${fault.replaceAll(':', '-')}`);
      const r = profielkit([...args, '--threads', '2'], { env: { TMPDIR: tmp, PROFIELKIT_TEST_WORKER_FAULT: fault } });
      expect(r.status, fault).toBe(one.status);
      expect(r.stdout, fault).toBe(one.stdout);
      expect(r.stderr, fault).not.toMatch(/internal error/);
      expect(r.stderr, fault).not.toMatch(STACK);
      expect(readdirSync(tmp), fault).toEqual([]);
    }
  });
});

describe('nothing left in TMPDIR', () => {
  it('convert to standard output (through a temporary file in TMPDIR): after a success and after a failure', () => {
    const dir = tempDir();
    const T = 'http://data.vlaanderen.be/ns/toestemming#';
    const good = join(dir, 'good.ttl');
    const record = (i: number) => `<https://example.org/t/${i}> a <${T}Toestemming> ; <${T}beperking> "dossier ${i}" .`;
    writeFileSync(good, Array.from({ length: 2000 }, (_, i) => record(i)).join('\n'));
    const tmp = freshTmp(dir, 'tmp');
    const ok = profielkit(['convert', good, '--to', 'ntriples'], { env: { TMPDIR: tmp } });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n').filter(Boolean)).toHaveLength(4000);
    expect(readdirSync(tmp)).toEqual([]);
    // a syntax error near the end, after much has gone to the temporary file
    const broken = join(dir, 'broken.ttl');
    const records = Array.from({ length: 2000 }, (_, i) => `<https://example.org/t/${i}> a <${T}Toestemming> .`);
    writeFileSync(broken, `${records.join('\n')}\n<https://example.org/x> <${T}beperking> "open .\n`);
    const failed = profielkit(['convert', broken, '--to', 'ntriples'], { env: { TMPDIR: tmp } });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^.*broken\.ttl:2001/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
