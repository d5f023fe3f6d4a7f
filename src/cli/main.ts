/**
 * The `profielkit` command (dist/cli.js): runs the command line against the registered profiles.
 * The modules beside this one do the work; see run.ts. --version and --help are answered before the
 * commands and profiles load (early.ts): they load no RDF library.
 */
import { earlyAnswer } from './early.js';

// Stopped by Ctrl-C or a kill: exit through process.exit, so that temporary files are removed
// ('exit' handlers in cli/output.ts and the validator's spill files), with the shell's usual codes.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const args = process.argv.slice(2);
const early = earlyAnswer(args);
if (early !== undefined) {
  process.stdout.write(early);
} else {
  const [{ profiles }, { run }] = await Promise.all([import('../profiles/index.js'), import('./run.js')]);
  process.exitCode = await run(args, profiles);
}
