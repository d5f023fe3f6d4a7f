/**
 * Where results go: standard output, or a file given with -o. A file is written to a temporary file
 * beside it and renamed over it at the end, so a failed or interrupted run never leaves a partial or
 * truncated file (rename within one directory is atomic).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { rm, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileError } from './errors.js';

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

function temporaryBeside(file: string | undefined): string {
  const dir = file === undefined ? tmpdir() : dirname(file);
  return join(dir, `.${file === undefined ? 'profielkit-stdout' : basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function writeError(file: string, error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new FileError(file, `cannot write: ${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
}

/**
 * Output too large to hold in memory: `produce` writes it piece by piece to a temporary file, which
 * at the end is renamed over `file` or copied to standard output. If `produce` fails, nothing was
 * written anywhere: the same promise as `writeOutput`, in flat memory.
 */
export async function writeOutputAsMade<T>(file: string | undefined, produce: (write: (text: string) => Promise<void> | void) => Promise<T>): Promise<T> {
  const temporary = temporaryBeside(file);
  unfinished.add(temporary);
  const out = createWriteStream(temporary, { flags: 'wx' });
  let failed: unknown;
  out.on('error', (error) => (failed ??= error));
  try {
    // a missing directory is found before any input is read
    await once(out, 'open').catch((error: unknown) => {
      throw writeError(file ?? temporary, error);
    });
    const result = await produce(async (text) => {
      if (failed !== undefined) throw writeError(file ?? temporary, failed);
      if (!out.write(text)) {
        await once(out, 'drain').catch((error: unknown) => {
          throw writeError(file ?? temporary, error);
        });
      }
    });
    await new Promise<void>((resolve) => out.end(resolve));
    if (failed !== undefined) throw writeError(file ?? temporary, failed);
    if (file === undefined) {
      await pipeline(createReadStream(temporary), process.stdout, { end: false });
      await rm(temporary, { force: true });
    } else {
      await rename(temporary, file).catch((error: unknown) => {
        throw writeError(file, error);
      });
    }
    return result;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    unfinished.delete(temporary);
  }
}

/** Writes `text` to `file` all at once (temporary file, then rename), or to standard output. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file === undefined) return writeStdout(text);
  const temporary = temporaryBeside(file);
  unfinished.add(temporary);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeError(file, error);
  } finally {
    unfinished.delete(temporary);
  }
}

// EPIPE: the reader went away (`profielkit ... | head`); the rest of the output is not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
