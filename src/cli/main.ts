/**
 * The `profielkit` command (dist/cli.js): runs the command line against the registered profiles.
 * The modules beside this one do the work; see run.ts.
 */
import { profiles } from '../profiles/index.js';
import { run } from './run.js';

// Stopped by Ctrl-C or a kill: exit through process.exit, so that temporary files are removed
// ('exit' handlers in cli/output.ts and the validator's spill files), with the shell's usual codes.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

process.exitCode = await run(process.argv.slice(2), profiles);
