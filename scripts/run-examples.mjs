// Runs every example in examples/ against the built package, as a user would (CI runs this).
// Each must exit 0; the broken-record example reports violations but does not fail.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = new URL('../examples/', import.meta.url);
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const run = spawnSync(process.execPath, [new URL(file, dir).pathname], { encoding: 'utf8' });
  const ok = run.status === 0 && run.stdout.trim() !== '';
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file}`);
  if (!ok) {
    failed++;
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
  }
}
console.log(failed === 0 ? 'all examples ran' : `${failed} example(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
