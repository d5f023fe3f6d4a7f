// The command when its machinery fails (issue 24): a worker thread of `validate --threads` that exits
// or throws gives the report one thread gives, never exit 70 or a hang; and whatever the command
// writes to the temporary directory (the workers' spill directory, the temporary output of `convert`
// to standard output) is gone after a success and after a failure. TMPDIR is a fresh directory each
// time. The worker is made to die by its test hook (PROFIELKIT_TEST_WORKER_FAULT), never by timing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fs from 'node:fs';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profielkit, STACK, tempDir } from './helpers.js';
import { run } from '../../src/cli/run.js';
import { profiles } from '../../src/profiles/index.js';
import { readPiecesWith } from '../../src/node-read-file.js';
// @ts-expect-error -- a script of the bench, in JavaScript
import { writeExport } from '../../bench/generate.mjs';

/** A fresh, empty directory for TMPDIR. */
function freshTmp(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('validate --threads when a worker thread dies', () => {
  it("exits, throws or fails its read (at start or when asked for results): one thread's report", async () => {
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

describe('the command when a file changes, or a read fails, as it is read (in process, a file system under it)', () => {
  afterEach(() => {
    readPiecesWith(undefined);
    vi.restoreAllMocks();
  });

  /** Runs the command in this process, `act` before the second 1 MB read: its exit code and standard error. */
  async function withSecondRead(args: string[], act: (callback: (e: Error) => void) => boolean, tmp: string) {
    let reads = 0;
    readPiecesWith({
      open: fs.open,
      close: fs.close,
      read: ((...a: Parameters<typeof fs.read>) => {
        const callback = a[a.length - 1] as (e: Error) => void;
        if (++reads === 2 && act(callback)) return;
        (fs.read as (...x: unknown[]) => void)(...a);
      }) as typeof fs.read,
    });
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    try {
      return { code: await run(args, profiles), stderr };
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
    }
  }
  const eio = (callback: (e: Error) => void) => {
    process.nextTick(() => callback(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
    return true;
  };

  it('validate: exit 2 and one line naming the file, in Dutch or English; TMPDIR empty', async () => {
    const dir = tempDir();
    const file = join(dir, 'export.nt');
    await writeExport(file, 3000, 'ntriples');
    const args = ['validate', file, '-p', 'toestemming', '-q', '--threads', '1'];
    const tmp = freshTmp(dir, 'tmp');
    const nl = await withSecondRead([...args, '--lang', 'nl'], eio, tmp);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toBe(
      `${file}: het bestand kon niet verder gelezen worden (vanaf byte 1048576); ` +
        'controleer de schijf of de netwerkverbinding en probeer opnieuw\n',
    );
    const en = await withSecondRead([...args, '--lang', 'en'], eio, tmp);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `${file}: the file could not be read further (from byte 1048576); ` +
        'check the disk or the network connection and try again\n',
    );
    const shrink = () => (fs.truncateSync(file, 1 << 20), false);
    const changed = await withSecondRead([...args, '--lang', 'nl'], shrink, tmp);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/^.*export\.nt: het bestand veranderde terwijl het gelezen werd; /u);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('convert to standard output (a temporary file in TMPDIR): exit 2, the file named, TMPDIR empty', async () => {
    const dir = tempDir();
    const file = join(dir, 'export.nt');
    await writeExport(file, 3000, 'ntriples');
    const tmp = freshTmp(dir, 'tmp');
    const r = await withSecondRead(['convert', file, '--to', 'nquads'], eio, tmp);
    expect(r.code).toBe(2);
    // in convert's --lang too, Dutch by default
    expect(r.stderr).toBe(
      `${file}: het bestand kon niet verder gelezen worden (vanaf byte 1048576); ` +
        'controleer de schijf of de netwerkverbinding en probeer opnieuw\n',
    );
    expect(readdirSync(tmp)).toEqual([]);
    const en = await withSecondRead(['convert', file, '--to', 'nquads', '--lang', 'en'], eio, tmp);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `${file}: the file could not be read further (from byte 1048576); ` +
        'check the disk or the network connection and try again\n',
    );
    expect(en.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
