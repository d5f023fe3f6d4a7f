/**
 * What `-o FILE` writes onto, and how the finished output gets there without harming it. Output is
 * always made in a temporary file first (a failed run writes nothing); at the end it is
 * - renamed over a regular file (atomic) after taking on the file's mode and, where the process may,
 *   its owner: private data stays private;
 * - renamed over a symlink's target, never over the link;
 * - copied into a file with other hard links, a device or a FIFO, which keep their inode (renaming
 *   over `/dev/null` as root would replace the device with a regular file);
 * - copied to standard output for `-o -` or no `-o`.
 */
import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import { chmod, chown, lstat, realpath, rename, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';

export type OutputTarget =
  | { readonly kind: 'stdout' }
  /** a new file, or a regular file with one link: renamed over, with the old file's mode and owner */
  | { readonly kind: 'replace'; readonly path: string; readonly keep: Stats | undefined }
  /** an existing node whose identity matters: truncated and written into */
  | { readonly kind: 'into'; readonly path: string };

function missing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Where `file` (the -o argument; `-` or none is standard output) is to be written. */
export async function outputTarget(file: string | undefined): Promise<OutputTarget> {
  if (file === undefined || file === '-') return { kind: 'stdout' };
  const link = await lstat(file).catch((error: unknown) => {
    if (missing(error)) return undefined;
    throw error;
  });
  if (link === undefined) return { kind: 'replace', path: file, keep: undefined };
  // a dangling symlink: opening it creates its target, as `>` in a shell does
  const real = await realpath(file).catch((error: unknown) => {
    if (missing(error)) return undefined;
    throw error;
  });
  if (real === undefined) return { kind: 'into', path: file };
  const info = link.isSymbolicLink() ? await stat(real) : link;
  // found now, before any input is read, rather than by the rename at the end
  if (info.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
  if (info.isFile() && info.nlink <= 1) return { kind: 'replace', path: real, keep: info };
  return { kind: 'into', path: real };
}

/**
 * The temporary file's path: beside the file it will be renamed over (a rename is atomic only within
 * one file system), else in the temporary directory (a device's directory is no place for it).
 */
export function temporaryFor(target: OutputTarget): string {
  const dir = target.kind === 'replace' ? dirname(target.path) : tmpdir();
  const name = target.kind === 'stdout' ? 'profielkit-stdout' : basename(target.path);
  return join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Moves the finished temporary file onto the target; the caller removes it if it is still there. */
export async function deliver(temporary: string, target: OutputTarget): Promise<void> {
  switch (target.kind) {
    case 'stdout':
      await pipeline(createReadStream(temporary), process.stdout, { end: false });
      return;
    case 'into':
      // 'w' is O_WRONLY|O_CREAT|O_TRUNC and follows symlinks: the same inode, written into
      await pipeline(createReadStream(temporary), createWriteStream(target.path, { flags: 'w' }));
      return;
    case 'replace': {
      const { keep } = target;
      if (keep) {
        await chmod(temporary, keep.mode & 0o7777);
        // only root may give a file away; anyone else keeps their own file, as with any rewrite
        await chown(temporary, keep.uid, keep.gid).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
        });
      }
      await rename(temporary, target.path);
    }
  }
}
