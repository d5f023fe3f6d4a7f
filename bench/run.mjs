// npm run bench: profielkit side by side with the anchor of issue 6, each measurement in a fresh
// process (time end to end, peak resident memory). Figures, not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExport, writeVoorzieningGebruik } from './generate.mjs';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const anchorMax = Number(process.env.BENCH_ANCHOR_MAX ?? 100000);
const dir = mkdtempSync(join(tmpdir(), 'profielkit-bench-'));
const run = (script, ...args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', new URL(`./tasks/${script}`, import.meta.url).pathname, ...args], { encoding: 'utf8' }));
const task = (...args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', new URL('./tasks/validate.mjs', import.meta.url).pathname, ...args], { encoding: 'utf8' }));

console.log(`Node ${process.version}; Toestemming export, 8 triples a record, every 50th record broken\n`);
console.log('| records | format | file | anchor (n3 + rdf-validate-shacl) | profielkit validate | ratio | results |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
try {
  for (const n of sizes) {
    for (const format of ['turtle', 'ntriples']) {
      const file = join(dir, `export-${n}.${format === 'turtle' ? 'ttl' : 'nt'}`);
      await writeExport(file, n, format);
      const mb = (statSync(file).size / 1e6).toFixed(0);
      const ours = task('profielkit', file, format);
      const anchor = n <= anchorMax ? task('anchor', file, format) : undefined;
      if (anchor && anchor.results !== ours.results) throw new Error(`results differ: anchor ${anchor.results}, profielkit ${ours.results}`);
      const show = (m) => (m ? `${(m.ms / 1000).toFixed(1)} s, ${m.peakMB} MB` : 'not run');
      const ratio = anchor ? `${(anchor.ms / ours.ms).toFixed(1)}x` : '';
      console.log(`| ${n.toLocaleString('en')} | ${format} | ${mb} MB | ${show(anchor)} | ${show(ours)} | ${ratio} | ${ours.results} |`);
      rmSync(file);
    }
  }
  console.log('\nVoorzieningGebruik payload (one JSON array) to Turtle; 21 triples a record\n');
  console.log('| records | payload | anchor (jsonld.js toRDF + N3.Writer) | profielkit fromJsonStream | ratio |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const file = join(dir, `payload-${n}.json`);
    await writeVoorzieningGebruik(file, n);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const ours = run('json-to-turtle.mjs', 'profielkit', file, join(dir, 'out.ttl'));
    const anchor = n <= anchorMax ? run('json-to-turtle.mjs', 'anchor', file, join(dir, 'anchor.ttl')) : undefined;
    const show = (m) => (m ? `${(m.ms / 1000).toFixed(1)} s, ${m.peakMB} MB` : 'not run');
    console.log(`| ${n.toLocaleString('en')} | ${mb} MB | ${show(anchor)} | ${show(ours)} | ${anchor ? `${(anchor.ms / ours.ms).toFixed(1)}x` : ''} |`);
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
