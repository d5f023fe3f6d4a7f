// On a real terminal (a pseudo-terminal from util-linux `script`): the text report is coloured unless
// NO_COLOR is set, and progress rewrites one line on a big input without any forcing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, tempDir } from './helpers.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs the command with standard output and error on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: string, env: Record<string, string> = {}): string {
  const environment: Record<string, string | undefined> = { ...process.env, ...env };
  delete environment['PROFIELKIT_FORCE_PROGRESS'];
  if (!('NO_COLOR' in env)) delete environment['NO_COLOR'];
  const r = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" ${args}`, '/dev/null'], {
    encoding: 'utf8',
    env: environment,
  });
  return r.stdout;
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('colours the text report by severity', () => {
    const shown = onTerminal(`validate "${fixture('broken.ttl')}" -q --lang en`);
    expect(shown).toContain('\x1b[31merror');
    expect(shown).toContain('\x1b[33mwarning');
  });

  it('uses no colour with NO_COLOR', () => {
    const shown = onTerminal(`validate "${fixture('broken.ttl')}" -q --lang en`, { NO_COLOR: '1' });
    expect(shown).toContain('error        descriptor (Consent) is missing; add: toestemming:descriptor <…>');
    expect(shown).not.toContain('\x1b[');
  });

  it('shows progress for a big input, rewriting one line', () => {
    const lines: string[] = [];
    for (let i = 0; i < 45_000; i++)
      lines.push(
        `<https://example.org/t/${i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ` +
          '<http://data.vlaanderen.be/ns/toestemming#Toestemming> .',
      );
    const dir = tempDir();
    const big = join(dir, 'big.nt');
    writeFileSync(big, `${lines.join('\n')}\n`);
    const shown = onTerminal(`convert "${big}" --to turtle -o "${join(dir, 'out.ttl')}" --lang en`);
    expect(shown).toMatch(/\r\x1b\[Kparsing: 45,000 triples in \d+\.\d s/u);
    // converted as it is read: one phase
    expect(onTerminal(`convert "${big}" --to nquads -o "${join(dir, 'out.nq')}" --lang en`)).toMatch(
      /\r\x1b\[Kconverting: 45,000 triples in \d+\.\d s/u,
    );
    // a small input shows none
    expect(onTerminal(`convert "${fixture('contactvoorkeur.ttl')}" -o "${join(dir, 'small.ttl')}"`)).toBe('');
  });
});
