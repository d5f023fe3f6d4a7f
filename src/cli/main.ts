/**
 * The `profielkit` command (dist/cli.js): runs the command line against the registered profiles.
 * The modules beside this one do the work; see run.ts. --version and --help are answered before the
 * commands and profiles load (early.ts): they load no RDF library.
 */
import { earlyAnswer } from './early.js';
import { EXIT, reportError } from './errors.js';
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

const args = process.argv.slice(2);
const early = earlyAnswer(args);
if (early !== undefined) {
  process.stdout.write(early);
} else {
  const [{ profiles }, { run }] = await Promise.all([import('../profiles/index.js'), import('./run.js')]);
  process.exitCode = await run(args, profiles);
}
