/**
 * The `profielkit` command (dist/cli.js): runs the command line against the registered profiles.
 * The modules beside this one do the work; see run.ts.
 */
import { profiles } from '../profiles/index.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), profiles);
