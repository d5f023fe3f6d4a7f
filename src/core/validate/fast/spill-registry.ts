/**
 * Where `profielkit/node` registers Node's file system for the fast path's spill files: a global
 * symbol, so that every copy of profielkit in a process sees it (its ES module and CommonJS builds).
 * No imports: the Node entry takes this module alone.
 */

/** The parts of Node's `fs`, `os` and `path` a spill file uses. */
export interface SpillFileSystem {
  mkdtempSync(prefix: string): string;
  openSync(path: string, flags: string): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
  rmSync(path: string, options: { recursive: boolean; force: boolean }): void;
  tmpdir(): string;
  join(...parts: string[]): string;
}

const REGISTERED = Symbol.for('profielkit.spillFileSystem');

/** Registers Node's file system for spill files (what `profielkit/node` does when it is imported). */
export function useSpillFileSystem(fs: SpillFileSystem | undefined): void {
  (globalThis as Record<symbol, unknown>)[REGISTERED] = fs;
}

/** The file system registered, if any. */
export function registeredSpillFileSystem(): SpillFileSystem | undefined {
  return (globalThis as Record<symbol, SpillFileSystem | undefined>)[REGISTERED];
}
