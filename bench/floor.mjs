// npm run bench:floor: profielkit validate beside the parse floor, side by side in one run: n3's
// StreamParser counting quads (the JavaScript floor), serdi (C, when installed: Debian `serdi`), and
// profielkit's validateFile with 1 thread and with N. Each measurement in a fresh process; the runs
// alternate (floor, serdi, 1 thread, N threads, then again), so that all see the same load on a shared
// machine; each cell is the median of BENCH_FLOOR_RUNS runs (3). Figures, not a test.
//   BENCH_FLOOR_SIZES=100000,1000000 BENCH_THREADS=2 node bench/floor.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExport } from './generate.mjs';

const sizes = (process.env.BENCH_FLOOR_SIZES ?? '100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_FLOOR_RUNS ?? 3);
const threads = Number(process.env.BENCH_THREADS ?? availableParallelism());
const dir = mkdtempSync(join(tmpdir(), 'profielkit-floor-'));
const task = (script, ...args) =>
  JSON.parse(
    execFileSync(process.execPath, [new URL(`./tasks/${script}`, import.meta.url).pathname, ...args], {
      encoding: 'utf8',
    }),
  );
const serdiFound = spawnSync('serdi', ['-v'], { encoding: 'utf8' }).error === undefined;
function serdi(file, format) {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', 'serdi', '-i', format === 'ntriples' ? 'ntriples' : 'turtle', '-o', 'ntriples', file],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const ms = performance.now() - started;
  const [user, sys, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms: Math.round(ms), cpuMs: Math.round((user + sys) * 1000), peakMB: Math.round(kb / 1024) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cell = (ms) =>
  ms.length
    ? `${(median(ms.map((m) => m.ms)) / 1000).toFixed(2)} s ` +
      `(cpu ${(median(ms.map((m) => m.cpuMs)) / 1000).toFixed(2)} s), ${median(ms.map((m) => m.peakMB))} MB`
    : 'not run';

console.log(
  `Node ${process.version}; ${availableParallelism()} cores; Toestemming export, ` +
    `8 triples a record; median of ${runs} alternating runs; wall time (cpu time), peak memory\n`,
);
console.log(
  '| records | format | file | n3 floor (quads counted) | serdi (C) ' +
    `| profielkit 1 thread | profielkit ${threads} threads | 1 thread / floor | ${threads} threads ` +
    '/ floor | speed-up | results |',
);
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const n of sizes) {
    for (const format of ['ntriples', 'turtle']) {
      const file = join(dir, `export-${n}.${format === 'turtle' ? 'ttl' : 'nt'}`);
      await writeExport(file, n, format);
      const m = { floor: [], serdi: [], one: [], many: [] };
      let results;
      for (let i = 0; i < runs; i++) {
        m.floor.push(task('parse-floor.mjs', file, format));
        if (serdiFound) m.serdi.push(serdi(file, format));
        const one = task('validate-threads.mjs', file, format, '1');
        const many = task('validate-threads.mjs', file, format, String(threads));
        if (one.results !== many.results)
          throw new Error(`results differ: 1 thread ${one.results}, ${threads} threads ${many.results}`);
        results = one.results;
        m.one.push(one);
        m.many.push(many);
      }
      const f = median(m.floor.map((x) => x.ms));
      const o = median(m.one.map((x) => x.ms));
      const t = median(m.many.map((x) => x.ms));
      console.log(
        `| ${n.toLocaleString('en')} | ${format} | ${(statSync(file).size / 1e6).toFixed(0)} MB | ` +
          `${cell(m.floor)} | ${serdiFound ? cell(m.serdi) : 'not installed'} | ${cell(m.one)} | ` +
          `${cell(m.many)} | ${(o / f).toFixed(2)}x | ${(t / f).toFixed(2)}x | ` +
          `${(o / t).toFixed(2)}x | ${results} |`,
      );
      rmSync(file);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
