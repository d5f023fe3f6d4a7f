// A text reader fed in pieces of the given sizes (the rest in one last piece), as a stream feeds it:
// the readers' tests cut their inputs everywhere with it.
import { ParseError } from '../../src/core/errors.js';

/** Feeds `text` to `reader` in pieces; the ParseError it threw, if any (anything else is rethrown). */
export function readInPieces(
  reader: { write(text: string): void; end(): void },
  text: string,
  pieces: readonly number[],
): ParseError | undefined {
  try {
    let at = 0;
    for (const size of pieces) {
      reader.write(text.slice(at, at + size));
      at += size;
    }
    reader.write(text.slice(at));
    reader.end();
    return undefined;
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}
