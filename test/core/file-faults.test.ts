// Faults inside the machinery that reads a file in pieces and validates it in parts (issue 24): a
// worker thread that dies (process.exit, an uncaught exception, out of memory, terminated from outside),
// a file that shrinks, grows or is rewritten while it is read, a read that fails in the middle of the
// file. Each ends in one thread's result or an InputFileError naming the file, with every worker ended
// and nothing left in TMPDIR (pointed at a fresh directory for each test). The faults are made to
// happen (a test hook in the worker, a file system under the read stream), never timed.
// The worker is dist/validate-worker.js: `npm test` builds it first.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { InputFileError, type ValidationReport } from '../../src/index.js';
import { failureWords } from '../../src/report.js';
import { toestemming } from '../../src/toestemming.js';
import { validateFile } from '../../src/node.js';
import { validateFileInParts, type PartHooks } from '../../src/node-threads.js';
import { readPieces, readPiecesWith } from '../../src/node-read-file.js';
import { validateStreamFast } from '../../src/core/validate/stream.js';
import { describeError } from '../../src/cli/errors.js';
// @ts-expect-error -- a script of the bench, in JavaScript
import { writeExport } from '../../bench/generate.mjs';

const data = mkdtempSync(join(tmpdir(), 'profielkit-faults-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));
const worker = new URL('../../dist/validate-worker.js', import.meta.url);
const declaration = toestemming.declaration;
const FAULT = 'PROFIELKIT_TEST_WORKER_FAULT';
const LATER = '<https://example.org/x> <https://example.org/p> "later" .\n';

// every test runs with TMPDIR at a fresh, empty directory, which must be empty again at its end
let temporary = '';
const outerTmp = process.env['TMPDIR'];
beforeEach(() => {
  temporary = mkdtempSync(join(data, 'tmp-'));
  process.env['TMPDIR'] = temporary;
});
afterEach(() => {
  delete process.env[FAULT];
  readPiecesWith(undefined);
  if (outerTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = outerTmp;
});
function tmpdirIsEmpty(): void {
  expect(readdirSync(temporary)).toEqual([]);
}

async function exportOf(name: string, records: number): Promise<string> {
  const path = join(data, name);
  await writeExport(path, records, 'ntriples');
  return path;
}

async function oneThread(path: string): Promise<ValidationReport> {
  const outcome = await validateStreamFast([declaration], fs.createReadStream(path), { format: 'ntriples' });
  return outcome!.reports[0]!;
}

/** Validates `path` in 3 parts of at least 4 KB; the workers started are kept in `started`. */
function inParts(path: string, started: Worker[], hooks: PartHooks = {}) {
  return validateFileInParts([declaration], path, { format: 'ntriples' }, 3, worker, 4096, {
    ...hooks,
    onWorkers: (workers) => {
      started.push(...workers);
      hooks.onWorkers?.(workers);
    },
  });
}

/** Whether every worker has ended (a worker's threadId is -1 once it has). */
function allEnded(workers: readonly Worker[]): boolean {
  return workers.length > 0 && workers.every((w) => w.threadId === -1);
}

describe('a worker thread that dies, or whose read fails, while validating a part', () => {
  for (const spec of ['exit:1', 'throw:1', 'read:1', 'read:0', 'exit:0:resolve', 'throw:2:resolve']) {
    it(`${spec}: hands the file to one thread (undefined), every worker ended, TMPDIR empty`, async () => {
      const path = await exportOf('died.nt', 400);
      process.env[FAULT] = spec;
      const started: Worker[] = [];
      expect(await inParts(path, started)).toBeUndefined();
      expect(started).toHaveLength(3);
      expect(allEnded(started)).toBe(true);
      tmpdirIsEmpty();
    });
  }

  it('without a fault the same call validates in parts, so the hook is what made it fall back', async () => {
    const path = await exportOf('healthy.nt', 400);
    const started: Worker[] = [];
    const outcome = await inParts(path, started);
    expect(outcome).toBeDefined();
    const one = await oneThread(path);
    expect(outcome!.reports[0]!.results).toEqual(one.results);
    expect(allEnded(started)).toBe(true);
    tmpdirIsEmpty();
  });

  it('terminated from outside (as a signal would end it): hands the file to one thread', async () => {
    const path = await exportOf('terminated.nt', 400);
    const started: Worker[] = [];
    const outcome = await inParts(path, started, { onWorkers: (workers) => void workers[1]!.terminate() });
    expect(outcome).toBeUndefined();
    expect(allEnded(started)).toBe(true);
    tmpdirIsEmpty();
  });

  it('out of memory (a real V8 heap limit): an InputFileError naming the file, the part, what to do', async () => {
    const path = await exportOf('memory.nt', 400);
    process.env[FAULT] = 'oom:2';
    const started: Worker[] = [];
    const failure = inParts(path, started, { resourceLimits: { maxOldGenerationSizeMb: 32 } });
    await expect(failure).rejects.toBeInstanceOf(InputFileError);
    const error = (await failure.catch((e: unknown) => e)) as InputFileError;
    expect(error.reason).toBe('memory');
    expect(error.code).toBe('file/memory');
    expect(error.path).toBe(path);
    const size = statSync(path).size;
    const expected = `^${path}: a worker thread ran out of memory validating bytes \\d+ to ${size} `;
    expect(error.message).toMatch(new RegExp(expected));
    expect(error.message).toMatch(/--threads 1/);
    expect(describeError(error, path)).toBe(`${path}: ${error.detail}`);
    expect(failureWords(error, 'nl').main).toMatch(/geen geheugen meer; valideer met minder threads \(--threads 1\)/);
    expect(failureWords(error, 'en').main).toMatch(/ran out of memory; validate with fewer threads \(--threads 1\)/);
    expect(allEnded(started)).toBe(true);
    tmpdirIsEmpty();
  });
});

describe('a file that changes while it is validated in parts', () => {
  const cases: [string, (path: string) => void, RegExp][] = [
    ['truncated', (path) => truncateSync(path, Math.floor(statSync(path).size / 2)), /shrank from \d+ to \d+ bytes/],
    ['grown', (path) => appendFileSync(path, LATER), /grew from/],
  ];
  for (const [name, change, what] of cases) {
    it(`${name} once the workers have started: an InputFileError (changed) naming the file, TMPDIR empty`, async () => {
      const path = await exportOf(`changed-${name}.nt`, 400);
      const started: Worker[] = [];
      const failure = inParts(path, started, { onWorkers: () => change(path) });
      const error = (await failure.catch((e: unknown) => e)) as InputFileError;
      expect(error).toBeInstanceOf(InputFileError);
      expect(error.reason).toBe('changed');
      expect(error.message).toMatch(new RegExp(`^${path}: the file changed while it was read`));
      expect(error.message).toMatch(what);
      expect(allEnded(started)).toBe(true);
      tmpdirIsEmpty();
    });
  }
});

/** A file system for the read stream that calls `act` before each read (1 first); true: `act` has done the read. */
function reading(act: (n: number, args: Parameters<typeof fs.read>) => boolean) {
  let reads = 0;
  return {
    open: fs.open,
    close: fs.close,
    read: ((...args: Parameters<typeof fs.read>) => {
      if (act(++reads, args)) return;
      (fs.read as (...a: unknown[]) => void)(...args);
    }) as typeof fs.read,
  };
}

describe('a file read in 1 MB pieces on one thread', () => {
  const MB = 1 << 20;

  it('is read in pieces here: the file is over 2 MB, so a second and third read happen', async () => {
    const path = await exportOf('pieces.nt', 5000);
    expect(statSync(path).size).toBeGreaterThan(2 * MB);
    let reads = 0;
    readPiecesWith(reading((n) => ((reads = n), false)));
    const report = await validateFile(path, { profile: toestemming, format: 'ntriples' });
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(report.results).toEqual((await oneThread(path)).results);
    tmpdirIsEmpty();
  });

  const changes: [string, (path: string) => void, RegExp][] = [
    ['truncated after the first piece', (path) => truncateSync(path, MB + 100), /shrank from \d+ to 1048676 bytes/],
    ['truncated to nothing after the first piece', (path) => truncateSync(path, 0), /shrank from \d+ to 0 bytes/],
    ['grown after the first piece', (path) => appendFileSync(path, LATER), /grew from/],
    // the same size, written to: its time of change differs (set here: the clock's granularity is no test's business)
    ['rewritten at the same size', (path) => utimesSync(path, new Date(), new Date(Date.now() + 6e4)), /written to/],
  ];
  for (const [name, change, what] of changes) {
    it(`${name}: an InputFileError (changed) naming the file, never the report of half a file`, async () => {
      const path = await exportOf('changing.nt', 5000);
      readPiecesWith(reading((n) => (n === 2 && change(path), false)));
      const failure = validateFile(path, { profile: toestemming, format: 'ntriples' });
      const error = (await failure.catch((e: unknown) => e)) as InputFileError;
      expect(error).toBeInstanceOf(InputFileError);
      expect(error.reason).toBe('changed');
      expect(error.message).toMatch(new RegExp(`^${path}: the file changed while it was read \\(`));
      expect(error.message).toMatch(what);
      expect(failureWords(error, 'nl').main).toMatch(/^het bestand veranderde terwijl het gelezen werd/);
      tmpdirIsEmpty();
    });
  }

  it('a read that fails mid-file (EIO on the second piece): InputFileError (read) at byte 1048576', async () => {
    const path = await exportOf('eio.nt', 5000);
    readPiecesWith(
      reading((n, args) => {
        if (n !== 2) return false;
        const callback = args[args.length - 1] as (e: NodeJS.ErrnoException) => void;
        const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', errno: -5, syscall: 'read' });
        process.nextTick(() => callback(eio));
        return true;
      }),
    );
    const failure = validateFile(path, { profile: toestemming, format: 'ntriples' });
    const error = (await failure.catch((e: unknown) => e)) as InputFileError;
    expect(error).toBeInstanceOf(InputFileError);
    expect(error.reason).toBe('read');
    expect(error.offset).toBe(MB);
    expect(error.message).toBe(`${path}: cannot read the file at byte 1048576 (EIO): EIO: i/o error, read`);
    expect(describeError(error, path)).toBe(error.message);
    expect(failureWords(error, 'nl').main).toMatch(/kon niet verder gelezen worden \(vanaf byte 1048576\)/);
    tmpdirIsEmpty();
  });

  it('a read that fails after the validator has spilled to TMPDIR: the spill files are gone too', async () => {
    // 20,000 records, 21 MB: more than a 1 MB piece of spilled records before the last read
    const path = await exportOf('spilled.nt', 20_000);
    const last = Math.ceil(statSync(path).size / MB);
    let spilled: string[] = [];
    readPiecesWith(
      reading((n, args) => {
        if (n !== last) return false;
        spilled = readdirSync(temporary);
        const callback = args[args.length - 1] as (e: NodeJS.ErrnoException) => void;
        process.nextTick(() => callback(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })));
        return true;
      }),
    );
    // budgets of a few entries: what does not fit goes to temporary files from the first piece on
    const tiny = { types: 2, subjects: 3, references: 2 };
    const failure = validateStreamFast([declaration], () => readPieces(path), { format: 'ntriples' }, tiny);
    await expect(failure).rejects.toMatchObject({ reason: 'read', offset: (last - 1) * MB });
    expect(spilled.length).toBeGreaterThan(0);
    tmpdirIsEmpty();
  });

  it("a missing file and a directory keep the file system's own errors (ENOENT, EISDIR)", async () => {
    const options = { profile: toestemming, format: 'ntriples' } as const;
    await expect(validateFile(join(data, 'missing.nt'), options)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(validateFile(data, options)).rejects.toMatchObject({ code: 'EISDIR' });
    tmpdirIsEmpty();
  });
});
