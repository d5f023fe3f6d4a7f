/**
 * An append-only temporary store of records: what the fast path cannot keep in its tables on a very
 * large input goes here, and is read back at the end. A record is a fixed number of 32-bit integers
 * and of strings; writes go out in 1 MB pieces. Nothing is stored until the first piece is full (a
 * small input never touches the disk); `dispose` removes it.
 *
 * Where the pieces go: on Node (and any runtime with `process.getBuiltinModule`, or after
 * `profielkit/node` registered its file system) to a temporary file; elsewhere (a browser) to memory,
 * with the same results. No Node built-in is imported by this module: the file system is asked for
 * only when a first piece is written, so the module loads in every runtime.
 */
import { TemporaryFileError } from '../../errors.js';
import { registeredSpillFileSystem, type SpillFileSystem } from './spill-registry.js';

const PIECE = 1 << 20;

let memoryOnly = false;

/** Keeps spilled records in memory even where a file system is available (for tests of that path). */
export function spillToMemory(value: boolean): void {
  memoryOnly = value;
}

type Builtin = (id: string) => unknown;

/** The file system: the one registered, else Node's own through `process.getBuiltinModule` (Node 20.16+), else none. */
function fileSystem(): SpillFileSystem | undefined {
  if (memoryOnly) return undefined;
  const registered = registeredSpillFileSystem();
  if (registered) return registered;
  const get = (globalThis as { process?: { getBuiltinModule?: Builtin } }).process?.getBuiltinModule;
  if (typeof get !== 'function') return undefined;
  const fs = get('node:fs') as Omit<SpillFileSystem, 'tmpdir' | 'join'> | undefined;
  const os = get('node:os') as { tmpdir(): string } | undefined;
  const path = get('node:path') as { join(...parts: string[]): string } | undefined;
  if (!fs || !os || !path) return undefined;
  return {
    mkdtempSync: fs.mkdtempSync,
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    readSync: fs.readSync,
    closeSync: fs.closeSync,
    rmSync: fs.rmSync,
    tmpdir: os.tmpdir,
    join: path.join,
  };
}

// Spill directories still in use: removed if the process exits before their validation ends (a
// command stopped with Ctrl-C exits through process.exit), so no temporary file outlives it.
const live = new Map<string, SpillFileSystem>();
let hooked = false;
function track(dir: string, fs: SpillFileSystem): void {
  live.set(dir, fs);
  if (hooked) return;
  hooked = true;
  (globalThis as { process?: { once?: (event: string, listener: () => void) => void } }).process?.once?.('exit', () => {
    for (const [d, f] of live) f.rmSync(d, { recursive: true, force: true });
  });
}

/** Where the pieces of one spill go: appended, then read back from a position. */
interface Sink {
  write(bytes: Uint8Array, length: number): void;
  read(into: Uint8Array, offset: number, length: number, position: number): number;
  dispose(): void;
}

/** Pieces kept in memory (a browser, or a runtime without a file system). */
class MemorySink implements Sink {
  private readonly pieces: Uint8Array[] = [];
  private readonly starts: number[] = [];
  private size = 0;

  write(bytes: Uint8Array, length: number): void {
    this.starts.push(this.size);
    this.pieces.push(bytes.slice(0, length));
    this.size += length;
  }

  read(into: Uint8Array, offset: number, length: number, position: number): number {
    let copied = 0;
    for (let i = 0; i < this.pieces.length && copied < length; i++) {
      const piece = this.pieces[i] as Uint8Array;
      const start = this.starts[i] as number;
      const from = position + copied - start;
      if (from < 0 || from >= piece.length) continue;
      const n = Math.min(piece.length - from, length - copied);
      into.set(piece.subarray(from, from + n), offset + copied);
      copied += n;
    }
    return copied;
  }

  dispose(): void {
    this.pieces.length = 0;
    this.starts.length = 0;
    this.size = 0;
  }
}

/** Pieces in a file of a new temporary directory. */
class FileSink implements Sink {
  private readonly dir: string;
  private readonly fd: number;

  constructor(private readonly fs: SpillFileSystem) {
    let dir: string | undefined;
    try {
      dir = fs.mkdtempSync(fs.join(fs.tmpdir(), 'profielkit-'));
      track(dir, fs);
      this.fd = fs.openSync(fs.join(dir, 'spill'), 'w+');
    } catch (error) {
      throw new TemporaryFileError(dir ?? fs.tmpdir(), error);
    }
    this.dir = dir;
  }

  write(bytes: Uint8Array, length: number): void {
    try {
      this.fs.writeSync(this.fd, bytes, 0, length);
    } catch (error) {
      throw new TemporaryFileError(this.dir, error);
    }
  }

  read(into: Uint8Array, offset: number, length: number, position: number): number {
    try {
      return this.fs.readSync(this.fd, into, offset, length, position);
    } catch (error) {
      throw new TemporaryFileError(this.dir, error);
    }
  }

  dispose(): void {
    this.fs.closeSync(this.fd);
    this.fs.rmSync(this.dir, { recursive: true, force: true });
    live.delete(this.dir);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether a spill file exists now (a stopped command must then exit through its 'exit' handler). */
export function spillFilesInUse(): boolean {
  return live.size > 0;
}

/** One record as read back. */
export interface SpillRecord {
  readonly ints: readonly number[];
  readonly strings: readonly string[];
}

export class SpillFile {
  private sink: Sink | undefined;
  private buffer: Uint8Array | undefined;
  private view: DataView | undefined;
  private used = 0;
  /** records appended so far */
  count = 0;

  /** @param shape how many integers and strings each record holds */
  constructor(private readonly shape: { readonly ints: number; readonly strings: number }) {}

  /** Appends a record of `shape.ints` integers and `shape.strings` strings. */
  append(ints: readonly number[], strings: readonly string[] = []): void {
    const encoded = strings.map((s) => encoder.encode(s));
    let bytes = 4 * ints.length;
    for (const e of encoded) bytes += 4 + e.length;
    if (this.buffer === undefined || this.used + bytes > this.buffer.length) {
      this.flush();
      if (this.buffer === undefined || bytes > this.buffer.length)
        this.setBuffer(new Uint8Array(Math.max(PIECE, bytes)));
    }
    const buffer = this.buffer as Uint8Array;
    const view = this.view as DataView;
    for (const n of ints) {
      view.setInt32(this.used, n, true);
      this.used += 4;
    }
    for (const e of encoded) {
      view.setInt32(this.used, e.length, true);
      buffer.set(e, this.used + 4);
      this.used += 4 + e.length;
    }
    this.count++;
  }

  private setBuffer(buffer: Uint8Array): void {
    this.buffer = buffer;
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  private flush(): void {
    if (this.used === 0 || this.buffer === undefined) return;
    if (this.sink === undefined) {
      const fs = fileSystem();
      this.sink = fs ? new FileSink(fs) : new MemorySink();
    }
    this.sink.write(this.buffer, this.used);
    this.used = 0;
  }

  /** The length of the record at `at`, or undefined when it does not end before `end`. */
  private recordLength(view: DataView, at: number, end: number): number | undefined {
    let length = 4 * this.shape.ints;
    for (let i = 0; i < this.shape.strings; i++) {
      if (at + length + 4 > end) return undefined;
      length += 4 + view.getInt32(at + length, true);
    }
    return at + length <= end ? length : undefined;
  }

  /** Every record appended, from the first. */
  *records(): Iterable<SpillRecord> {
    this.flush();
    const sink = this.sink;
    if (sink === undefined) return;
    let piece = new Uint8Array(PIECE);
    let view = new DataView(piece.buffer);
    let carried = 0;
    for (let position = 0; ; ) {
      const read = sink.read(piece, carried, piece.length - carried, position);
      position += read;
      const end = carried + read;
      let at = 0;
      for (
        let length = this.recordLength(view, at, end);
        length !== undefined;
        length = this.recordLength(view, at, end)
      ) {
        const ints: number[] = [];
        let p = at;
        for (let i = 0; i < this.shape.ints; i++, p += 4) ints.push(view.getInt32(p, true));
        const strings: string[] = [];
        for (let i = 0; i < this.shape.strings; i++) {
          const n = view.getInt32(p, true);
          strings.push(decoder.decode(piece.subarray(p + 4, p + 4 + n)));
          p += 4 + n;
        }
        yield { ints, strings };
        at += length;
      }
      if (read === 0) return;
      // a record cut off at the end of the piece moves to its start (in a larger piece if need be)
      carried = end - at;
      const next = carried * 2 > piece.length ? new Uint8Array(piece.length * 2) : piece;
      if (next === piece) piece.copyWithin(0, at, end);
      else next.set(piece.subarray(at, end), 0);
      piece = next;
      view = new DataView(piece.buffer);
    }
  }

  /** Removes the file (or the pieces in memory). */
  dispose(): void {
    this.sink?.dispose();
    this.sink = undefined;
    this.buffer = undefined;
    this.view = undefined;
    this.used = 0;
    this.count = 0;
  }
}
