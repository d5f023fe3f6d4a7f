// Outputs at scale (issue 20, item 1): a 1,000,000-record export converted to compacted JSON-LD and
// back to the API's JSON, each beside the same input converted to N-Triples in the same run (the
// anchor: the fastest output there is). Goals: each at most 1.5 times the anchor's CPU time, and
// under 300 MB peak memory. Each run is a fresh process of the command, its CPU time (user + system)
// and peak resident memory written by tasks/usage.mjs; runs alternate with their anchor.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport, writeVoorzieningGebruik } from './generate.mjs';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const USAGE = fileURLToPath(new URL('./tasks/usage.mjs', import.meta.url));
export const GOALS = { ratio: 1.5, peakMB: 300 };

/** One run of the command: its CPU time and peak memory. */
function measure(dir, args) {
  const file = join(dir, 'usage.json');
  const r = spawnSync(process.execPath, ['--import', USAGE, CLI, ...args, '--quiet'], {
    env: { ...process.env, PROFIELKIT_BENCH_USAGE: file },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`profielkit ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  return usage;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each output of `paths` beside its anchor, `runs` times in turn; the median CPU time of each, the
 * highest peak. Returns the failures (a line each).
 */
export function scale(dir, { records, vngRecords, runs = 1, log }) {
  const consent = join(dir, `scale-consent-${records}.nt`);
  const vngJson = join(dir, `scale-vng-${vngRecords}.json`);
  const vngNt = join(dir, `scale-vng-${vngRecords}.nt`);
  const vngJsonLd = join(dir, `scale-vng-${vngRecords}.jsonld`);
  const out = join(dir, 'scale-out');
  return (async () => {
    await writeExport(consent, records, 'ntriples');
    await writeVoorzieningGebruik(vngJson, vngRecords);
    measure(dir, ['convert', vngJson, '-p', 'voorzieninggebruik', '--to', 'ntriples', '-o', vngNt]);
    measure(dir, ['convert', vngNt, '-p', 'voorzieninggebruik', '--to', 'jsonld', '-o', vngJsonLd]);
    const paths = [
      [`consent export, ${records.toLocaleString('en')} records, N-Triples`, consent, 'toestemming', ['jsonld']],
      [
        `VoorzieningGebruik, ${vngRecords.toLocaleString('en')} records, N-Triples`,
        vngNt,
        'voorzieninggebruik',
        ['jsonld', 'json'],
      ],
      [
        `VoorzieningGebruik, ${vngRecords.toLocaleString('en')} records, JSON-LD`,
        vngJsonLd,
        'voorzieninggebruik',
        ['jsonld', 'json'],
      ],
      [
        `VoorzieningGebruik, ${vngRecords.toLocaleString('en')} records, the API's JSON`,
        vngJson,
        'voorzieninggebruik',
        ['jsonld'],
      ],
    ];
    const failures = [];
    log(`Outputs at scale: each output beside the same input to N-Triples (the anchor), in one run, each a fresh`);
    log(`process of the command; CPU time (user + system), median of ${runs}; peak resident memory, the highest.`);
    log(`Goals: at most ${GOALS.ratio}x the anchor's CPU time, under ${GOALS.peakMB} MB.\n`);
    log('| input | output | CPU | to N-Triples (anchor) | ratio | peak | anchor peak | verdict |');
    log('|---|---|---:|---:|---:|---:|---:|---|');
    for (const [what, input, profile, outputs] of paths) {
      for (const to of outputs) {
        const ours = [];
        const anchor = [];
        for (let i = 0; i < runs; i++) {
          anchor.push(measure(dir, ['convert', input, '-p', profile, '--to', 'ntriples', '-o', out]));
          ours.push(measure(dir, ['convert', input, '-p', profile, '--to', to, '-o', out]));
        }
        const cpu = median(ours.map((u) => u.cpuMs));
        const anchorCpu = median(anchor.map((u) => u.cpuMs));
        const peak = Math.max(...ours.map((u) => u.peakMB));
        const anchorPeak = Math.max(...anchor.map((u) => u.peakMB));
        const ratio = cpu / anchorCpu;
        const fails = [
          ratio > GOALS.ratio && `CPU ${ratio.toFixed(2)}x the anchor`,
          peak >= GOALS.peakMB && `peak ${peak.toFixed(0)} MB`,
        ].filter(Boolean);
        if (fails.length > 0) failures.push(`${what} --to ${to}: ${fails.join(', ')}`);
        log(
          `| ${what} | ${to} | ${(cpu / 1000).toFixed(1)} s | ${(anchorCpu / 1000).toFixed(1)} ` +
            `s | ${ratio.toFixed(2)}x | ${peak.toFixed(0)} MB | ${anchorPeak.toFixed(0)} ` +
            `MB | ${fails.length ? `**fails** (${fails.join(', ')})` : 'ok'} |`,
        );
      }
    }
    log('');
    for (const file of [consent, vngJson, vngNt, vngJsonLd, out]) rmSync(file, { force: true });
    return failures;
  })();
}
