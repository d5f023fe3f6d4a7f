/**
 * The command's dispatcher: picks the command, answers --help and --version (early.ts), and turns anything
 * thrown into one line on standard error and exit code 2. Takes the registry as a parameter so that
 * the same code serves whatever profiles are registered.
 */
import { contextCommand, shapesCommand } from './commands/artefacts.js';
import { convertCommand } from './commands/convert.js';
import { validateCommand } from './commands/validate.js';
import './node-files.js';
import { EXIT, exitCodeOf, reportError, UsageError } from './errors.js';
import { earlyAnswer } from './early.js';
import type { ProfileSummary } from '../profiles/catalog.js';
import { writeStdout } from './output.js';
import type { Registry } from './registry.js';
import { COMMAND_NAMES, isCommand, type CommandName } from './options.js';

type Command = (args: readonly string[], registry: Registry) => Promise<number>;

// the commands are listed in options.ts; this maps each to its module (the compiler wants every one)
const COMMANDS: Readonly<Record<CommandName, Command>> = {
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
    const early = earlyAnswer(args, summaries(registry));
    if (early !== undefined) {
      await writeStdout(early);
      return EXIT.ok;
    }
    if (!isCommand(first)) {
      const commands = COMMAND_NAMES.join(', ');
      throw new UsageError(`unknown command '${first}'; the commands are ${commands} (see profielkit --help)`);
    }
    return await COMMANDS[first](rest, registry);
  } catch (error) {
    reportError(error, undefined, debug);
    return exitCodeOf(error);
  }
}

/** What the help text says of each profile of a registry. */
function summaries(registry: Registry): ProfileSummary[] {
  return Object.values(registry).map((p) => ({ name: p.name, title: p.declaration.title, readsJson: p.readsJson }));
}
