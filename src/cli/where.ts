/**
 * Where the failure of an input lies, told on standard error as both commands tell it: a file that is
 * no RDF or JSON named as what it is, the lines around a syntax error with a caret under its column,
 * the line where a JSON-LD file names a context on the internet.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { codeFrame, otherKindMessage, otherKindOf } from '../core/report/index.js';
import { ParseError, RemoteContextError } from '../core/errors.js';
import type { Lang } from '../core/validate/types.js';
import { FileError } from './errors.js';
import { inputSize, type InputSource } from './input.js';

/** A file that could not be parsed because it is no RDF or JSON at all (a spreadsheet, XML): named as what it is. */
export function notReadable(source: InputSource, error: unknown, lang: Lang): FileError | undefined {
  if (!(error instanceof ParseError) || source.path === '-') return undefined;
  try {
    const head = Buffer.alloc(8192);
    const fd = openSync(source.path, 'r');
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const kind = otherKindOf(head.subarray(0, n));
    return kind === undefined ? undefined : new FileError(source.name, otherKindMessage(kind, lang));
  } catch {
    return undefined;
  }
}

/** Files up to this size have the lines around a syntax error shown */
const FRAME_LIMIT = 16 * 1024 * 1024;

/** The lines around a syntax error, a caret under its column, on standard error (a file not too large). */
export function showWhere(source: InputSource, error: unknown): void {
  if (!(error instanceof ParseError) || error.line === undefined || source.path === '-') return;
  try {
    if ((inputSize(source) ?? Infinity) > FRAME_LIMIT) return;
    process.stderr.write(`${codeFrame(readFileSync(source.path, 'utf8'), error.line, error.column)}\n`);
  } catch {
    // the file went away meanwhile: the error line said where
  }
}

/** `:3`, the line where a JSON-LD file names the context on the internet it was refused (a file not too large). */
export function contextLine(source: InputSource, error: unknown): string {
  if (!(error instanceof RemoteContextError) || source.path === '-') return '';
  try {
    if ((inputSize(source) ?? Infinity) > FRAME_LIMIT) return '';
    const lines = readFileSync(source.path, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes(JSON.stringify(error.url)));
    return at < 0 ? '' : `:${at + 1}`;
  } catch {
    return '';
  }
}
