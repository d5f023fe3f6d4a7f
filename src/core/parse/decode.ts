/**
 * Bytes to text, strictly: invalid UTF-8 is an error with the line and column where it starts, never
 * a silent U+FFFD that would change the data. A byte-order mark is dropped.
 */
import { ParseError } from '../errors.js';

/** Decodes UTF-8 bytes (a file's content) for the given format's parser. */
export function decodeUtf8(bytes: Uint8Array, format: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch (error) {
    // find the first byte the lenient decoder replaces, to say where
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const before = at < 0 ? lenient : lenient.slice(0, at);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new ParseError(format, 'the file is not valid UTF-8', { line, column }, { cause: error });
  }
}
