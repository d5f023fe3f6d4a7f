/**
 * Where results go: standard output, or a file given with -o. A file is written to a temporary file
 * beside it and renamed over it at the end, so a failed or interrupted run never leaves a partial or
 * truncated file (rename within one directory is atomic).
 */
import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from './errors.js';

/** Writes `text` to standard output, waiting until it has been handed to the OS. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    // a closed pipe (`| head`) is not an error of ours: stop quietly
    process.stdout.write(text, () => resolve());
  });
}

/** Writes `text` to `file` all at once (temporary file, then rename), or to standard output. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file === undefined) return writeStdout(text);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(file, `cannot write: ${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  }
}

// EPIPE: the reader went away (`profielkit ... | head`); the rest of the output is not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
