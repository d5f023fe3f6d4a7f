// Runs the built command (dist/cli.js) as a user runs it: a child process, real files, pipes for
// standard input, output and error. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `profielkit ...args`; `input` goes to standard input, `env` is added to a clean environment. */
export function profielkit(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const env = { ...process.env, ...options.env };
  // a developer's own settings must not change what the tests see
  if (!options.env?.['PROFIELKIT_FORCE_PROGRESS']) delete env['PROFIELKIT_FORCE_PROGRESS'];
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The path of a fixture under test/fixtures/cli/. */
export function fixture(name: string): string {
  return new URL(`../fixtures/cli/${name}`, import.meta.url).pathname;
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'profielkit-cli-'));
}

/** A stack trace line, which users must never see without --debug. */
export const STACK = /\n\s+at /u;
