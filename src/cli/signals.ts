/**
 * How the command ends on a signal: through process.exit, with the shell's usual code, so that the
 * 'exit' handlers remove temporary files (the hidden file beside -o, the validator's spill files, a copy
 * of standard input).
 * SIGHUP (the terminal was closed) is treated like Ctrl-C and a kill.
 */
import { spillFilesInUse } from '../core/validate/fast/spill.js';
import { outputInProgress } from './output.js';
import { stdinFileInUse } from './stdin-file.js';

const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Handled = keyof typeof CODES;

function onSignal(signal: NodeJS.Signals): void {
  process.exit(CODES[signal as Handled] ?? 128);
}

/** Ends the process on SIGINT, SIGTERM and SIGHUP through process.exit. */
export function exitOnSignals(): void {
  for (const signal of Object.keys(CODES) as Handled[]) process.on(signal, onSignal);
}

/**
 * Runs work that does not yield to the event loop for seconds (jsonld.js works through microtasks
 * only), during which a handler of ours could not run: the signal would take effect only when the work
 * is done. When no temporary file exists there is nothing to clean up, so while it runs the signals
 * get the system's default action back and end the process at once. (A signal caught by our handler
 * in the instant before it is removed is dispatched to no one: the work then runs to its end.)
 */
export async function stoppableAtOnce<T>(work: () => Promise<T>): Promise<T> {
  const ours = (Object.keys(CODES) as Handled[]).filter((s) => process.listeners(s).includes(onSignal));
  if (ours.length === 0 || outputInProgress() || spillFilesInUse() || stdinFileInUse()) return work();
  for (const signal of ours) process.off(signal, onSignal);
  try {
    return await work();
  } finally {
    for (const signal of ours) process.on(signal, onSignal);
  }
}
