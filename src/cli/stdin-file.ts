/**
 * Standard input as a file: RDF piped into `validate` is copied to a temporary file first, so that it
 * is validated as a file is (as read, on every core, with the line of each finding) instead of being
 * held in memory whole (1.4 GB at 100,000 records). The file goes when the command ends, however it
 * ends: the 'exit' handler runs on a signal too (`signals.ts`).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TemporaryFileError } from '../core/errors.js';
import type { InputSource } from './input.js';
import type { Progress } from './progress.js';

const live = new Set<string>();
let hooked = false;

/** Whether a copy of standard input exists now (a stopped command must exit through its 'exit' handler). */
export function stdinFileInUse(): boolean {
  return live.size > 0;
}

/** The source read from a temporary copy of standard input (named `<stdin>` still), and how to remove it. */
export async function stdinAsFile(
  source: InputSource,
  progress: Progress,
): Promise<{ source: InputSource; dispose: () => void }> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'profielkit-stdin-'));
  } catch (error) {
    throw new TemporaryFileError(tmpdir(), error);
  }
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const d of live) rmSync(d, { recursive: true, force: true });
    });
  }
  const dispose = () => {
    rmSync(dir, { recursive: true, force: true });
    live.delete(dir);
  };
  const path = join(dir, 'input');
  let bytes = 0;
  progress.begin(`reading ${source.name}`);
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      progress.update(`reading ${source.name}`, bytes, 'bytes');
      done(null, chunk);
    },
  });
  let written = false;
  const file = createWriteStream(path);
  file.once('open', () => void (written = true));
  try {
    await pipeline(process.stdin, counted, file);
  } catch (error) {
    dispose();
    // a full disk or a missing directory is the temporary file's fault; a failed read is the input's
    if (!written || (error as NodeJS.ErrnoException).syscall === 'write') throw new TemporaryFileError(dir, error);
    throw error;
  }
  progress.finish(`reading ${source.name}`, bytes, 'bytes');
  return { source: { ...source, path }, dispose };
}
