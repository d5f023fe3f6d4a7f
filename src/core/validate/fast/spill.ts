/**
 * An append-only temporary file of records: what the fast path cannot keep in memory on a very large
 * input goes here, and is read back at the end. A record is a fixed number of 32-bit integers and of
 * strings; writes go out in 1 MB pieces. The file is created on first use (a small input never touches
 * the disk) and removed by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TemporaryFileError } from '../../errors.js';

const PIECE = 1 << 20;

// Spill directories still in use: removed if the process exits before their validation ends (a
// command stopped with Ctrl-C exits through process.exit), so no temporary file outlives it.
const live = new Set<string>();
let hooked = false;
function track(dir: string): void {
  live.add(dir);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const d of live) rmSync(d, { recursive: true, force: true });
  });
}

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
  private dir: string | undefined;
  private fd: number | undefined;
  private buffer = Buffer.allocUnsafe(PIECE);
  private used = 0;
  /** records appended so far */
  count = 0;

  /** @param shape how many integers and strings each record holds */
  constructor(private readonly shape: { readonly ints: number; readonly strings: number }) {}

  /** Appends a record of `shape.ints` integers and `shape.strings` strings. */
  append(ints: readonly number[], strings: readonly string[] = []): void {
    let bytes = 4 * ints.length;
    for (const s of strings) bytes += 4 + Buffer.byteLength(s);
    if (this.used + bytes > this.buffer.length) {
      this.flush();
      if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
    }
    for (const n of ints) this.used = this.buffer.writeInt32LE(n, this.used);
    for (const s of strings) {
      const at = this.used + 4;
      const length = this.buffer.write(s, at, 'utf8');
      this.buffer.writeInt32LE(length, this.used);
      this.used = at + length;
    }
    this.count++;
  }

  private flush(): void {
    if (this.used === 0) return;
    try {
      if (this.fd === undefined) {
        this.dir = mkdtempSync(join(tmpdir(), 'profielkit-'));
        track(this.dir);
        this.fd = openSync(join(this.dir, 'spill'), 'w+');
      }
      writeSync(this.fd, this.buffer, 0, this.used);
    } catch (error) {
      throw new TemporaryFileError(this.dir ?? tmpdir(), error);
    }
    this.used = 0;
  }

  /** The length of the record at `at`, or undefined when it does not end before `end`. */
  private recordLength(piece: Buffer, at: number, end: number): number | undefined {
    let length = 4 * this.shape.ints;
    for (let i = 0; i < this.shape.strings; i++) {
      if (at + length + 4 > end) return undefined;
      length += 4 + piece.readInt32LE(at + length);
    }
    return at + length <= end ? length : undefined;
  }

  /** Every record appended, from the first. */
  *records(): Iterable<SpillRecord> {
    this.flush();
    if (this.fd === undefined) return;
    let piece = Buffer.allocUnsafe(PIECE);
    let carried = 0;
    for (let position = 0; ; ) {
      let read: number;
      try {
        read = readSync(this.fd, piece, carried, piece.length - carried, position);
      } catch (error) {
        throw new TemporaryFileError(this.dir ?? tmpdir(), error);
      }
      position += read;
      const end = carried + read;
      let at = 0;
      for (let length = this.recordLength(piece, at, end); length !== undefined; length = this.recordLength(piece, at, end)) {
        const ints: number[] = [];
        let p = at;
        for (let i = 0; i < this.shape.ints; i++, p += 4) ints.push(piece.readInt32LE(p));
        const strings: string[] = [];
        for (let i = 0; i < this.shape.strings; i++) {
          const n = piece.readInt32LE(p);
          strings.push(piece.toString('utf8', p + 4, p + 4 + n));
          p += 4 + n;
        }
        yield { ints, strings };
        at += length;
      }
      if (read === 0) return;
      // a record cut off at the end of the piece moves to its start (in a larger piece if need be)
      carried = end - at;
      const next = carried * 2 > piece.length ? Buffer.allocUnsafe(piece.length * 2) : piece;
      piece.copy(next, 0, at, end);
      piece = next;
    }
  }

  /** Removes the file. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) {
      rmSync(this.dir, { recursive: true, force: true });
      live.delete(this.dir);
    }
    this.fd = undefined;
    this.dir = undefined;
    this.used = 0;
    this.count = 0;
  }
}
