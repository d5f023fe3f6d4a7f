/**
 * The `profielkit` command (dist/cli.js): runs the command line against the registered profiles.
 * The modules beside this one do the work; see run.ts.
 */
import { profiles } from '../profiles/index.js';
import { EXIT, reportError } from './errors.js';
import { run } from './run.js';
import { exitOnSignals } from './signals.js';

exitOnSignals();

// Last resort: an exception no one caught (a library's event handler throwing) is a bug, reported as
// one with exit 70, never Node's stack trace and exit 1, which reads as "violations found".
const debug = process.argv.includes('--debug');
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    reportError(error, undefined, debug);
    process.exit(EXIT.internal);
  });
}

process.exitCode = await run(process.argv.slice(2), profiles);
