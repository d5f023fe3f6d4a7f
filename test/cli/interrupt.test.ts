// A command stopped halfway (Ctrl-C, kill) leaves no temporary file behind: not the hidden output file
// beside -o, not the validator's spill files.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, openSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { tempDir } from './helpers.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

/** Starts the command, stops it with `signal` once `ready()` holds (checked every 20 ms), resolves to its exit code. */
async function stopHalfway(
  args: readonly string[],
  env: Record<string, string>,
  ready: () => boolean,
  signal: NodeJS.Signals,
): Promise<number | null> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = once(child, 'exit');
  for (let waited = 0; !ready() && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  child.kill(signal);
  const [code] = (await exited) as [number | null];
  return code;
}

function ndjsonPayload(records: number): Iterable<string> {
  return (function* () {
    for (let i = 0; i < records; i++)
      yield `${JSON.stringify({
        id: `${(0x10000000 + i).toString(16)}-e89b-42d3-a456-426614174000`,
        organisatieId: '123e4567-e89b-12d3-a456-426614174010',
        voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
        beheerder: { naam: `B ${i}`, email: `b${i}@gemeente.nl` },
        startDatum: '2023-01-15',
        status: 'Actief',
        bbnScore: 2,
        ibpScore: 3,
        bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
      })}\n`;
  })();
}

/** Runs the command to its end; resolves to how long it took, in ms. */
async function timed(args: readonly string[], stdin: 'ignore' | number = 'ignore'): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { stdio: [stdin, 'ignore', 'ignore'] });
  await once(child, 'exit');
  return performance.now() - start;
}

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

describe('a command stopped halfway', () => {
  it('convert -o: no hidden temporary file stays beside the output', async () => {
    const dir = tempDir();
    const payload = join(dir, 'gebruik.ndjson');
    await write(
      payload,
      (function* () {
        for (let i = 0; i < 200_000; i++)
          yield `${JSON.stringify({
            id: `${(0x10000000 + i).toString(16)}-e89b-42d3-a456-426614174000`,
            organisatieId: '123e4567-e89b-12d3-a456-426614174010',
            voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
            beheerder: { naam: `B ${i}`, email: `b${i}@gemeente.nl` },
            startDatum: '2023-01-15',
            status: 'Actief',
            bbnScore: 2,
            ibpScore: 3,
            bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
          })}\n`;
      })(),
    );
    const hidden = () => readdirSync(dir).some((f) => f.endsWith('.tmp'));
    const code = await stopHalfway(
      ['convert', payload, '-p', 'voorzieninggebruik', '-o', join(dir, 'gebruik.ttl'), '-q'],
      {},
      hidden,
      'SIGINT',
    );
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual(['gebruik.ndjson']);
  }, 300_000);

  it('validate: the spill files of a large export are removed', async () => {
    const dir = tempDir();
    const spills = join(dir, 'tmp');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(spills);
    const file = join(dir, 'export.nt');
    const T = 'http://data.vlaanderen.be/ns/toestemming#';
    await write(
      file,
      (function* () {
        for (let i = 0; i < 300_000; i++)
          yield `<https://example.org/p/${i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ` +
            '<http://purl.org/dc/terms/Agent> .\n' +
            `<https://example.org/t/${i}> <${T}dataSubject> <https://example.org/p/${i}> .\n`;
      })(),
    );
    const code = await stopHalfway(
      ['validate', file, '-p', 'toestemming', '-q'],
      { TMPDIR: spills },
      () => readdirSync(spills).length > 0,
      'SIGTERM',
    );
    expect(code).toBe(143);
    expect(readdirSync(spills)).toEqual([]);
  }, 300_000);

  it("validate --threads: the workers' directory in TMPDIR is removed when the command is stopped", async () => {
    const dir = tempDir();
    const spills = join(dir, 'tmp');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(spills);
    const file = join(dir, 'export.nt');
    // 8.5 MB: two parts of at least 4 MB, on two worker threads
    // @ts-expect-error -- a script of the bench, in JavaScript
    const { writeExport } = await import('../../bench/generate.mjs');
    await writeExport(file, 8000, 'ntriples');
    const working = () => readdirSync(spills).some((f) => f.startsWith('profielkit-parts-'));
    const args = ['validate', file, '-p', 'toestemming', '-q', '--threads', '2'];
    const code = await stopHalfway(args, { TMPDIR: spills }, working, 'SIGTERM');
    expect(code).toBe(143);
    expect(readdirSync(spills)).toEqual([]);
  }, 300_000);

  it('SIGHUP (a closed terminal) cleans up like SIGINT: no hidden temporary file beside -o, exit 129', async () => {
    const dir = tempDir();
    const payload = join(dir, 'gebruik.ndjson');
    await write(payload, ndjsonPayload(200_000));
    const hidden = () => readdirSync(dir).some((f) => f.endsWith('.tmp'));
    const code = await stopHalfway(
      ['convert', payload, '-p', 'voorzieninggebruik', '-o', join(dir, 'gebruik.ttl'), '-q'],
      {},
      hidden,
      'SIGHUP',
    );
    expect(code).toBe(129);
    expect(readdirSync(dir)).toEqual(['gebruik.ndjson']);
  }, 300_000);

  it('SIGTERM during JSON-LD work ends the command at once, not when the work is done', async () => {
    const dir = tempDir();
    const payload = join(dir, 'gebruik.ndjson');
    // large enough that jsonld.js works for a while, small enough for a shared machine
    await write(payload, ndjsonPayload(2_000));
    const jsonld = join(dir, 'gebruik.jsonld');
    await timed(['convert', payload, '-p', 'voorzieninggebruik', '-t', 'jsonld', '-o', jsonld, '-q']);
    // from standard input: jsonld.js reads it in memory (a file in profielkit's own context is read node by node)
    const args = ['convert', '-', '--from', 'jsonld', '-t', 'ntriples', '-o', join(dir, 'out.nt'), '--lang', 'en'];
    // the whole conversion, as a yardstick for this machine at this moment
    const whole = await timed(
      ['convert', '-', '--from', 'jsonld', '-t', 'ntriples', '-o', join(dir, 'whole.nt'), '-q'],
      openSync(jsonld, 'r'),
    );
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, PROFIELKIT_FORCE_PROGRESS: '1' },
      stdio: [openSync(jsonld, 'r'), 'ignore', 'pipe'],
    });
    const exited = once(child, 'exit');
    let stderr = '';
    // stopped once jsonld.js has started on the document
    await new Promise<void>((resolve) => {
      child.stderr?.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('parsing JSON-LD')) resolve();
      });
    });
    const stopped = performance.now();
    child.kill('SIGTERM');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    const took = performance.now() - stopped;
    // ended by the signal (the system's action, or our handler's 143), in a fraction of the work
    expect(code === 143 || signal === 'SIGTERM').toBe(true);
    expect(took).toBeLessThan(whole / 3);
    expect(readdirSync(dir).sort()).toEqual(['gebruik.jsonld', 'gebruik.ndjson', 'whole.nt']);
  }, 300_000);
});
