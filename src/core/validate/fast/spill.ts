/**
 * An append-only temporary file: what the fast path cannot keep in memory on a very large input goes
 * here, and is read back once at the end. Writes go out in 1 MB pieces; the file is created on first
 * use (a small input never touches the disk) and removed by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TemporaryFileError } from '../../errors.js';

const PIECE = 1 << 20;

export class SpillFile {
  private dir: string | undefined;
  private fd: number | undefined;
  private buffer = Buffer.allocUnsafe(PIECE);
  private used = 0;
  /** bytes appended so far */
  size = 0;

  /** Room for `bytes` more bytes at `this.view()[this.at]`; flushes first if needed. */
  reserve(bytes: number): Buffer {
    if (this.used + bytes > this.buffer.length) {
      this.flush();
      if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
    }
    return this.buffer;
  }

  /** Where the next `reserve`d bytes start in the buffer. */
  get at(): number {
    return this.used;
  }

  /** Marks `bytes` reserved bytes as written. */
  commit(bytes: number): void {
    this.used += bytes;
    this.size += bytes;
  }

  private flush(): void {
    if (this.used === 0) return;
    try {
      if (this.fd === undefined) {
        this.dir = mkdtempSync(join(tmpdir(), 'profielkit-'));
        this.fd = openSync(join(this.dir, 'spill'), 'w+');
      }
      writeSync(this.fd, this.buffer, 0, this.used);
    } catch (error) {
      throw new TemporaryFileError(this.dir ?? tmpdir(), error);
    }
    this.used = 0;
  }

  /**
   * The bytes written, from the start, in pieces of whole records: `recordLength(piece, at)` tells the
   * length of the record starting at `at` (or undefined when its header is cut off).
   */
  *records(recordLength: (piece: Buffer, at: number, end: number) => number | undefined): Iterable<[Buffer, number]> {
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
      for (;;) {
        const length = recordLength(piece, at, end);
        if (length === undefined || at + length > end) break;
        yield [piece, at];
        at += length;
      }
      if (read === 0) return;
      // a record cut off at the end of the piece moves to its start
      carried = end - at;
      const next = carried * 2 > piece.length ? Buffer.allocUnsafe(piece.length * 2) : piece;
      piece.copy(next, 0, at, end);
      piece = next;
    }
  }

  /** Removes the file. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.used = 0;
    this.size = 0;
  }
}
