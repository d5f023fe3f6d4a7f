/**
 * profielkit for Node.js: everything `profielkit` exports, and what needs Node's file system:
 * `validateFile`. Importing this entry also lets the fast path's spill files use the file system on
 * every Node 20 (the main entry finds it by itself from Node 20.16 on, and keeps them in memory where
 * there is none, as in a browser).
 *
 * @packageDocumentation
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateStream, type StreamValidationOptions, type ValidationReport } from 'profielkit';
import { useSpillFileSystem } from './core/validate/fast/spill-registry.js';
import { readPieces } from './node-read-file.js';

export * from 'profielkit';

useSpillFileSystem({ closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync, tmpdir, join });

/** Options of `validateFile`. */
export type FileValidationOptions = StreamValidationOptions & {
  /**
   * Worker threads for an N-Triples or N-Quads file (1 by default; `os.availableParallelism()` for
   * every core): the file is cut at subject boundaries and the parts validated at once, with the
   * results one thread gives, in the same order. Other syntaxes, files under a few MB, and shapes of
   * one's own take one.
   */
  readonly threads?: number;
};

declare const __filename: string | undefined;

/** Where the worker script is: beside this module, in `dist/`. */
function workerUrl(): URL {
  // the ES module knows its URL; the CommonJS build (where import.meta is empty) its file name
  const url = (import.meta as { url?: string }).url;
  const here = typeof url === 'string' ? url : pathToFileURL(__filename as string).href;
  return new URL('./validate-worker.js', here);
}

/** Validates an RDF file (Turtle, N-Triples, N-Quads, TriG) as it is read; see `validateStream`. */
export async function validateFile(path: string, options: FileValidationOptions): Promise<ValidationReport> {
  const { threads = 1, ...others } = options;
  const rest = others as StreamValidationOptions;
  const format = rest.format ?? 'turtle';
  if (
    threads > 1 &&
    (format === 'ntriples' || format === 'nquads') &&
    rest.engine !== 'reference' &&
    rest.profile !== undefined &&
    rest.shapes === undefined
  ) {
    const { validateFileInParts } = await import('./node-threads.js');
    const outcome = await validateFileInParts(
      [rest.profile.declaration],
      path,
      { ...rest, format },
      threads,
      workerUrl(),
    );
    if (outcome?.reports[0]) return outcome.reports[0];
  }
  // a file that changes while it is read, or a read that fails part of the way, is an InputFileError
  return validateStream(() => readPieces(path), rest);
}
