/**
 * Where results go: standard output, or a file given with -o (`-o -` is standard output). Output is
 * made in a temporary file and put in place only once it is complete, so a failed or interrupted run
 * never leaves a partial or truncated file; output-target.ts decides how it is put in place without
 * harming what is there (mode, owner, symlinks, hard links, devices).
 */
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { FileError } from './errors.js';
import { deliver, outputTarget, temporaryFor, type OutputTarget } from './output-target.js';

/** Writes `text` to standard output, waiting until it has been handed to the OS. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    // a closed pipe (`| head`) is not an error of ours: stop quietly
    process.stdout.write(text, () => resolve());
  });
}

// Temporary output files still being written: removed if the command is stopped (main.ts turns Ctrl-C
// into process.exit), so that no hidden half-written file stays beside the output.
const unfinished = new Set<string>();
process.once('exit', () => {
  for (const path of unfinished) rmSync(path, { force: true });
});

/** Whether a temporary output file exists now (a stopped command must then exit through its 'exit' handler). */
export function outputInProgress(): boolean {
  return unfinished.size > 0;
}

function writeError(file: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such directory'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : (error as Error).message;
  return new FileError(file, `cannot write: ${reason}`);
}

async function targetOf(file: string | undefined): Promise<OutputTarget> {
  return outputTarget(file).catch((error: unknown) => {
    throw writeError(file ?? '-', error);
  });
}

/**
 * Output too large to hold in memory: `produce` writes it piece by piece to a temporary file, which
 * is put in place at the end (see output-target.ts). If `produce` fails, nothing was written
 * anywhere: the same promise as `writeOutput`, in flat memory.
 */
export async function writeOutputAsMade<T>(
  file: string | undefined,
  produce: (write: (text: string) => Promise<void> | void) => Promise<T>,
): Promise<T> {
  const target = await targetOf(file);
  const name = file === undefined || file === '-' ? undefined : file;
  const temporary = temporaryFor(target);
  unfinished.add(temporary);
  const out = createWriteStream(temporary, { flags: 'wx' });
  let failed: unknown;
  out.on('error', (error) => (failed ??= error));
  try {
    // a missing directory is found before any input is read
    await once(out, 'open').catch((error: unknown) => {
      throw writeError(name ?? temporary, error);
    });
    const result = await produce(async (text) => {
      if (failed !== undefined) throw writeError(name ?? temporary, failed);
      if (!out.write(text)) {
        await once(out, 'drain').catch((error: unknown) => {
          throw writeError(name ?? temporary, error);
        });
      }
    });
    await new Promise<void>((resolve) => out.end(resolve));
    if (failed !== undefined) throw writeError(name ?? temporary, failed);
    await deliver(temporary, target).catch((error: unknown) => {
      throw writeError(name ?? '-', error);
    });
    return result;
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await rm(temporary, { force: true });
    unfinished.delete(temporary);
  }
}

/** Writes `text` to `file` all at once (through a temporary file, see above), or to standard output. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') return writeStdout(text);
  const target = await targetOf(file);
  const temporary = temporaryFor(target);
  unfinished.add(temporary);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await deliver(temporary, target);
  } catch (error) {
    throw writeError(file, error);
  } finally {
    await rm(temporary, { force: true });
    unfinished.delete(temporary);
  }
}

// EPIPE: the reader went away (`profielkit ... | head`); the rest of the output is not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
