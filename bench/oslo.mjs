// The profile alone beside the profile plus the official OSLO Toestemming SHACL (issue 21, item 6: within
// 1.2x), side by side: each run in a fresh process, the two alternating so that both see the same load on
// a shared machine, compared by CPU time (median of the runs), which load changes less than wall time.
// bench/run.mjs uses `sideBySide` for its table; alone (npm run bench:oslo) it prints the figures with the
// load average:
//   BENCH_OSLO_RECORDS=100000 BENCH_OSLO_RUNS=5 node bench/oslo.mjs
// BENCH_BEFORE_DIST=/path/to/dist/node.js adds the profile alone on another build (an earlier commit's),
// in the same alternation, to tell whether the profile alone became slower.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The official OSLO SHACL the comparison adds to the profile's shapes. */
export const OSLO_SHAPES = new URL('../test/fixtures/oslo/toestemming-SHACL.ttl', import.meta.url).pathname;
/** The ratio of CPU time (profile + OSLO to profile alone) issue 21 asks for. */
export const OSLO_GOAL = 1.2;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(file, shapes, dist) {
  const script = new URL('./tasks/validate.mjs', import.meta.url).pathname;
  const args = [script, 'profielkit', file, 'ntriples', 'toestemming', ...(shapes ? [shapes] : [])];
  const env = dist === undefined ? process.env : { ...process.env, BENCH_DIST: pathToFileURL(dist).href };
  const flags = ['--max-old-space-size=4096', '--expose-gc'];
  const out = execFileSync(process.execPath, [...flags, ...args], { encoding: 'utf8', env });
  return JSON.parse(out);
}

/**
 * `runs` alternating runs of the profile alone and the profile plus OSLO (and the profile alone on
 * `before`, when given) on an N-Triples export: each side's runs, their medians of CPU and wall time.
 */
export function sideBySide(file, { runs = 3, before } = {}) {
  const sides = { alone: [], both: [], ...(before === undefined ? {} : { before: [] }) };
  for (let i = 0; i < runs; i++) {
    sides.alone.push(measure(file));
    sides.both.push(measure(file, OSLO_SHAPES));
    if (before !== undefined) sides.before.push(measure(file, undefined, before));
  }
  const of = (list, key) => median(list.map((m) => m[key]));
  const summary = (list) => ({
    cpuMs: of(list, 'cpuMs'),
    ms: of(list, 'ms'),
    peakMB: of(list, 'peakMB'),
    results: list[0].results,
    runs: list,
  });
  const result = Object.fromEntries(Object.entries(sides).map(([side, list]) => [side, summary(list)]));
  return { ...result, ratio: result.both.cpuMs / result.alone.cpuMs };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { writeExport } = await import('./generate.mjs');
  const n = Number(process.env.BENCH_OSLO_RECORDS ?? 100000);
  const runs = Number(process.env.BENCH_OSLO_RUNS ?? 5);
  const before = process.env.BENCH_BEFORE_DIST;
  const dir = mkdtempSync(join(tmpdir(), 'profielkit-oslo-'));
  try {
    const file = join(dir, `oslo-${n}.nt`);
    const { expected, official } = await writeExport(file, n, 'ntriples');
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(', ');
    const loadBefore = load();
    const r = sideBySide(file, { runs, before });
    const wrong = (what, got, want) => new Error(`${what}: ${got} results, the generator's faults give ${want}`);
    if (r.alone.results !== expected) throw wrong('profile alone', r.alone.results, expected);
    if (r.both.results !== official) throw wrong('profile + OSLO', r.both.results, official);
    if (r.before && r.before.results !== expected) throw wrong('profile alone before', r.before.results, expected);
    const s = (x) => `${(x / 1000).toFixed(2)} s`;
    const records = n.toLocaleString('en');
    const machine = `Node ${process.version}, ${availableParallelism()} cores`;
    console.log(`${machine}; ${records} records, N-Triples; median of ${runs} runs in turn`);
    console.log(`load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}\n`);
    console.log('| side | cpu | wall | peak | results | each run, cpu |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const [side, m] of Object.entries(r).filter(([side]) => side !== 'ratio')) {
      const each = m.runs.map((x) => s(x.cpuMs)).join(', ');
      console.log(`| ${side} | ${s(m.cpuMs)} | ${s(m.ms)} | ${m.peakMB} MB | ${m.results} | ${each} |`);
    }
    console.log(`\nprofile + OSLO / profile alone, cpu: ${r.ratio.toFixed(2)}x (goal: within ${OSLO_GOAL}x)`);
    if (r.before) console.log(`profile alone now / before, cpu: ${(r.alone.cpuMs / r.before.cpuMs).toFixed(2)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
