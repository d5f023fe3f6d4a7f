// Package hygiene on the packed tarball, as it would be published: publint and
// @arethetypeswrong/cli must pass. Run after a build (`npm run hygiene`; CI runs it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'profielkit-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out]));
  const tarball = join(out, filename);
  console.log(`packed ${filename}`);
  process.stdout.write(run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']));
  process.stdout.write(run('npx', ['--no-install', 'attw', tarball, '--format', 'table-flipped']));
  console.log('package hygiene: publint and attw pass');
} finally {
  rmSync(out, { recursive: true, force: true });
}
