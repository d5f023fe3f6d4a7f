/**
 * A file read in 1 MB pieces for validation (`validateFile`, the command), which notices what a plain
 * read stream lets pass: a regular file that changes while it is read (fewer or more bytes than it had
 * when it was opened, another size or time of change at the end) and a read that fails part of the way
 * (`EIO`, a network file system gone). Both are an `InputFileError` naming the file; a validation of
 * half a file, or of two versions of it, is never reported as the file's. Node only.
 */
import { createReadStream, fstatSync, statSync, type Stats } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { InputFileError } from './core/errors.js';

/** 1 MB reads: with the default 64 KB the parser waits on the file between small pieces. */
const PIECE = 1 << 20;

/** What a file was when it was opened; another size or time of change later means it changed. */
export interface FileState {
  readonly size: number;
  readonly mtimeMs: number;
}

/** The state of a regular file; undefined for anything else (a FIFO, a device, `/dev/stdin`): no size to hold to. */
export function fileState(stats: Stats): FileState | undefined {
  return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
}

/** Throws `InputFileError` (`changed`) if the file is not as `before`, or the `read` bytes were not its size. */
export function assertUnchanged(path: string, name: string, before: FileState, read?: number): void {
  let now: FileState | undefined;
  try {
    now = fileState(statSync(path));
  } catch {
    now = undefined;
  }
  const same = now !== undefined && now.size === before.size && now.mtimeMs === before.mtimeMs;
  if (same && (read === undefined || read === before.size)) return;
  const what =
    now === undefined
      ? 'it is gone'
      : now.size !== before.size
        ? `${now.size < before.size ? 'shrank' : 'grew'} from ${before.size} to ${now.size} bytes`
        : read !== undefined && read !== before.size
          ? `${read} of its ${before.size} bytes were read`
          : 'it was written to';
  const detail = `the file changed while it was read (${what}); validate it again once it is written completely`;
  throw new InputFileError(name, 'changed', detail);
}

/** A read failure as an `InputFileError` naming the file and the byte where the read started. */
export function readFailure(name: string, error: unknown, offset: number): InputFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = error instanceof Error ? error.message : String(error);
  const detail = `cannot read the file at byte ${offset}${code === undefined ? '' : ` (${code})`}: ${why}`;
  return new InputFileError(name, 'read', detail, { cause: error, offset });
}

type ReadStreamOptions = NonNullable<Exclude<Parameters<typeof createReadStream>[1], string>>;
/** The `fs` of a read stream's options: `open`, `read`, `close`. */
type ReadFileSystem = NonNullable<ReadStreamOptions['fs']>;

let seam: ReadFileSystem | undefined;

/**
 * For tests only, not part of the API: the file system the pieces are read with (one that fails a read
 * or changes the file between two pieces); `undefined` restores Node's own.
 */
export function readPiecesWith(fs: ReadFileSystem | undefined): void {
  seam = fs;
}

/**
 * The bytes of the file at `path` in 1 MB pieces. Errors opening it (a missing file, a directory) are
 * the file system's own, as from `fs.createReadStream`; a failed read after that and a regular file
 * that changes before the end are an `InputFileError` naming it as `name`.
 */
export function readPieces(path: string, name: string = path): Readable {
  const source = createReadStream(path, { highWaterMark: PIECE, ...(seam === undefined ? {} : { fs: seam }) });
  let opened = false;
  let before: FileState | undefined;
  let bytes = 0;
  const out = new Transform({
    readableHighWaterMark: PIECE,
    writableHighWaterMark: PIECE,
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      try {
        if (before !== undefined) assertUnchanged(path, name, before, bytes);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  source.once('open', (fd: number) => {
    opened = true;
    try {
      before = fileState(fstatSync(fd));
    } catch {
      before = undefined;
    }
  });
  source.on('error', (error: NodeJS.ErrnoException) => {
    // a directory opens and fails on its first read: what it is, not a failed read, is the news
    out.destroy(opened && error.code !== 'EISDIR' ? readFailure(name, error, source.bytesRead) : error);
  });
  // a consumer that stops early (a syntax error) closes the file
  out.once('close', () => source.destroy());
  source.pipe(out);
  return out;
}
