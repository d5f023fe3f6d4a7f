/**
 * Where data comes from: a file or standard input (`-`), and which syntax it is in (`--from`, or
 * the file's extension). Bytes are read in chunks so that progress can be shown while a big file loads.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { InputFileError } from '../core/errors.js';
import { otherKindMessage, type OtherKind } from '../core/report/input-kind.js';
import { FileError, UsageError } from './errors.js';
import { readPieces } from '../node-read-file.js';
import type { Progress } from './progress.js';
import { INPUT_FORMATS } from './options.js';

export { INPUT_FORMATS };
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** A standard's own JSON, read with a profile. */
export type JsonFormat = Extract<InputFormat, 'json' | 'ndjson'>;
/** RDF, or JSON-LD. */
export type RdfFormat = Exclude<InputFormat, JsonFormat>;

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.jsonld': 'jsonld',
  '.ttl': 'turtle',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.trig': 'trig',
};

/** An input as named on the command line. */
export interface InputSource {
  /** the path, or `-` for standard input */
  readonly path: string;
  /** how errors name it: the path, or `<stdin>` */
  readonly name: string;
  readonly format: InputFormat;
}

/** Extensions of files that are neither RDF nor JSON, named when given by mistake. */
const OTHER_EXTENSIONS: Readonly<Record<string, OtherKind>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.xls': 'xls',
  '.ods': 'ods',
  '.xml': 'xml',
  '.pdf': 'pdf',
  '.zip': 'zip',
  '.html': 'html',
  '.htm': 'html',
};

/** Resolves an input's name and format; standard input needs --from, a file's extension must be known. */
export function inputSource(command: string, path: string, from: InputFormat | undefined): InputSource {
  if (path === '-') {
    if (from === undefined)
      throw new UsageError(`${command}: reading standard input needs --from (${INPUT_FORMATS.join(', ')})`);
    return { path, name: '<stdin>', format: from };
  }
  const format = from ?? BY_EXTENSION[extname(path).toLowerCase()];
  if (format === undefined) {
    // a spreadsheet, XML or PDF picked by mistake is named as what it is
    const other = OTHER_EXTENSIONS[extname(path).toLowerCase()];
    if (other !== undefined) {
      const words = { nl: otherKindMessage(other, 'nl'), en: otherKindMessage(other, 'en') };
      throw new FileError(path, words.en, words);
    }
    throw new UsageError(
      `${command}: cannot tell the format of ${path} from its extension; give --from (${INPUT_FORMATS.join(', ')})`,
    );
  }
  return { path, name: path, format };
}

/** The size of an input in bytes, if known before reading (a regular file). */
export function inputSize(source: InputSource): number | undefined {
  if (source.path === '-') return undefined;
  try {
    const stat = statSync(source.path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** Opens a file input as a stream (standard input cannot be streamed twice, so it is not opened here). */
export function openInput(source: InputSource): Readable {
  // 1 MB pieces; a file that changes while it is read, or a read that fails part of the way, is an InputFileError
  return readPieces(source.path, source.name);
}

/** A read error as the command reports it; other errors pass unchanged. */
export function readError(source: InputSource, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('E') ? cannotRead(source, error) : error;
}

/** A file the system would not open, in both languages (the command's --lang chooses). */
function cannotRead(source: InputSource, error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const system = error instanceof Error ? error.message : String(error);
  const why =
    code === 'ENOENT'
      ? { en: 'no such file', nl: 'het bestand bestaat niet' }
      : code === 'EISDIR'
        ? { en: 'is a directory, not a file', nl: 'dit is een map, geen bestand' }
        : code === 'EACCES'
          ? { en: 'permission denied', nl: 'geen toestemming om het te lezen' }
          : { en: system, nl: system };
  const words = { en: `cannot read: ${why.en}`, nl: `kan niet gelezen worden: ${why.nl}` };
  return new FileError(source.name, words.en, words);
}

/** Reads an input's bytes, telling `progress` how many have arrived. */
export async function readInput(source: InputSource, progress: Progress): Promise<Uint8Array> {
  // a file is read as validation reads it: a change while it is read, or a failed read, is an InputFileError
  const stream: Readable = source.path === '-' ? process.stdin : readPieces(source.path, source.name);
  // a file's bytes go straight into one buffer of its size: pieces joined at the end held the input
  // twice, the peak that decided whether a large input fitted in memory
  const expected = source.path === '-' ? undefined : inputSize(source);
  let whole = expected === undefined ? undefined : Buffer.allocUnsafe(expected);
  const chunks: Buffer[] = [];
  let bytes = 0;
  progress.begin(`reading ${source.name}`);
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (whole !== undefined && bytes + buffer.length <= whole.length) buffer.copy(whole, bytes);
      else {
        // the file grew while it was read (or is standard input): keep the pieces
        if (whole !== undefined) chunks.push(whole.subarray(0, bytes));
        whole = undefined;
        chunks.push(buffer);
      }
      bytes += buffer.length;
      progress.update(`reading ${source.name}`, bytes, 'bytes');
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw cannotRead(source, error);
  }
  progress.finish(`reading ${source.name}`, bytes, 'bytes');
  return whole !== undefined ? whole.subarray(0, bytes) : Buffer.concat(chunks, bytes);
}

/** The inputs named on the command line; none means standard input, unless that is a terminal. */
export function inputPaths(command: string, positionals: readonly string[]): readonly string[] {
  if (positionals.length > 0) return positionals;
  // waiting for typed input would look like a hang to someone who forgot the file name
  if (process.stdin.isTTY)
    throw new UsageError(`${command}: name an INPUT file (or - for standard input); see profielkit ${command} --help`);
  return ['-'];
}
