/**
 * The `profielkit` command. For now it answers `--version` and `--help`; `convert`, `validate`,
 * `shapes` and `context` are still to come, and it says so rather than pretending.
 */
import { readFileSync } from 'node:fs';
import { profileNames } from '../profiles/index.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const HELP = `profielkit ${version()}: public-sector records as linked data

Usage:
  profielkit --version     print the version
  profielkit --help        print this help

Profiles in this version: ${profileNames.join(', ')}.
The commands convert, validate, shapes and context are not in this version yet;
use the library (import { validate, toTurtle, ... } from 'profielkit') meanwhile.
`;

export function main(args: readonly string[]): number {
  const [first] = args;
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === undefined || first === '--help' || first === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  process.stderr.write(`profielkit: '${first}' is not available in this version; see profielkit --help\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
