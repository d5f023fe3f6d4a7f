// The built command, run as a user runs it. (npm test builds first.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('profielkit command', () => {
  it('prints its version', () => {
    const r = run('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('prints help that names the profiles and says what is not there yet', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('toestemming');
    expect(r.stdout).toMatch(/not in this version yet/);
  });

  it('refuses an unknown command with exit 2 and no stack trace', () => {
    const r = run('convert', 'x.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'convert' is not available");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
