// The command's options are declared once (src/cli/options.ts): parsing, --help, docs/cli.md and the
// README's synopsis are made from that table. These tests fail when one of them tells another story.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/cli/args.js';
import { generatedBlockNames, withGeneratedBlocks } from '../../src/cli/cli-doc.js';
import { EXIT } from '../../src/cli/errors.js';
import { COMMAND_NAMES, COMMANDS, COMMON_OPTIONS, EXIT_CODES } from '../../src/cli/options.js';
import { profileCatalog } from '../../src/profiles/catalog.js';
import { profielkit } from './helpers.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the command table', () => {
  it.each([
    ['docs/cli.md', ['reference']],
    ['README.md', ['synopsis', 'exit-codes']],
  ])('%s holds its generated blocks as the table makes them now (npm run docs:cli rewrites them)', (file, names) => {
    const text = read(file);
    expect(generatedBlockNames(text)).toEqual(expect.arrayContaining(names));
    expect(text).toBe(withGeneratedBlocks(text, profileCatalog));
  });

  it.each(COMMAND_NAMES)('%s --help names every option of its command and every common option', (command) => {
    const r = profielkit([command, '--help']);
    expect(r.status).toBe(0);
    for (const o of [...COMMANDS[command].options, ...COMMON_OPTIONS]) {
      expect(r.stdout).toContain(`--${o.name}`);
      if (o.short !== undefined) expect(r.stdout).toContain(`-${o.short}, --${o.name}`);
    }
  });

  it('the overview names every command with every one of its options', () => {
    const help = profielkit(['--help']).stdout.replace(/\s+/gu, ' ');
    for (const command of COMMAND_NAMES) {
      expect(help).toContain(`profielkit ${command}`);
      for (const o of COMMANDS[command].options) expect(help).toContain(`[--${o.name}`);
    }
  });

  it('parsing accepts exactly the declared options', () => {
    for (const command of COMMAND_NAMES) {
      const declared = [...COMMANDS[command].options, ...COMMON_OPTIONS].map((o) => o.name).sort();
      expect(Object.keys(parseConfig(command)).sort()).toEqual(declared);
    }
  });

  it.each(['convert', 'validate'] as const)('%s reads each option it declares, declares each it reads', (command) => {
    const source = read(`src/cli/commands/${command}.ts`);
    const readNames = new Set(
      [...source.matchAll(/(?:stringOption|flag|choiceOption|countOption)\((?:'[a-z]+', )?parsed, '([a-z-]+)'/gu)].map(
        (m) => m[1],
      ),
    );
    if (source.includes('limitsOption(')) readNames.add('limit');
    // --help is answered by early.ts before the command runs; --quiet and --debug are read here or there
    const declared = new Set([...COMMANDS[command].options, ...COMMON_OPTIONS].map((o) => o.name));
    for (const name of readNames) expect(declared, `--${name} is read but not declared`).toContain(name);
    for (const o of COMMANDS[command].options) {
      expect(readNames, `--${o.name} is declared but not read`).toContain(o.name);
    }
  });

  it('the exit codes it documents are the ones the command uses', () => {
    expect(EXIT_CODES.map((e) => e.code)).toEqual(Object.values(EXIT));
  });

  it('an unknown command is told the list of commands', () => {
    const r = profielkit(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the commands are ${COMMAND_NAMES.join(', ')}`);
  });
});
