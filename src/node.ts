/**
 * profielkit for Node.js: everything `profielkit` exports, and what needs Node's file system:
 * `validateFile`. Importing this entry also lets the fast path's spill files use the file system on
 * every Node 20 (the main entry finds it by itself from Node 20.16 on, and keeps them in memory where
 * there is none, as in a browser).
 *
 * @packageDocumentation
 */
import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStream, type StreamValidationOptions, type ValidationReport } from 'profielkit';
import { useSpillFileSystem } from './core/validate/fast/spill-registry.js';

export * from 'profielkit';

useSpillFileSystem({ closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync, tmpdir, join });

/** Validates an RDF file (Turtle, N-Triples, N-Quads, TriG) as it is read; see `validateStream`. */
export function validateFile(path: string, options: StreamValidationOptions): Promise<ValidationReport> {
  return validateStream(() => createReadStream(path), options);
}
