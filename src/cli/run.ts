/**
 * The command's dispatcher: picks the command, answers --help and --version, and turns anything
 * thrown into one line on standard error and exit code 2. Takes the registry as a parameter so that
 * the same code serves whatever profiles are registered.
 */
import { contextCommand, shapesCommand } from './commands/artefacts.js';
import { convertCommand } from './commands/convert.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, exitCodeOf, reportError, UsageError } from './errors.js';
import { helpText, version } from './help.js';
import { writeStdout } from './output.js';
import type { Registry } from './registry.js';

type Command = (args: readonly string[], registry: Registry) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  convert: convertCommand,
  validate: validateCommand,
  shapes: shapesCommand,
  context: contextCommand,
};

/** Runs the command line `args` (without `node` and the script); resolves to the exit code. */
export async function run(args: readonly string[], registry: Registry): Promise<number> {
  const [first, ...rest] = args;
  const debug = args.includes('--debug');
  try {
    if (first === '--version' || first === '-v') {
      await writeStdout(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      await writeStdout(helpText(rest[0] ?? 'main', registry));
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(`unknown command '${first}'; the commands are ${Object.keys(COMMANDS).join(', ')} (see profielkit --help)`);
    // --help anywhere after the command asks for that command's help, whatever else is there
    if (rest.includes('--help') || rest.includes('-h')) {
      await writeStdout(helpText(first, registry));
      return EXIT.ok;
    }
    return await command(rest, registry);
  } catch (error) {
    reportError(error, undefined, debug);
    return exitCodeOf(error);
  }
}
