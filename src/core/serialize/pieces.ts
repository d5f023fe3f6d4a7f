/**
 * Writers of a document's text from quads as they come (JSON-LD, the standard's own JSON, N-Triples
 * and N-Quads lines), and the one loop that drives any of them over a quad stream.
 */
import type { Quad } from '@rdfjs/types';

/** A document's text from quads as they come: `header()`, then `writeQuad` for each, then `end()`. */
export interface QuadTextWriter {
  header(): string;
  /** the text this quad completed (often none: a node waits for the rest of its quads) */
  writeQuad(quad: Quad): string;
  end(): string;
}

/** The text of a writer's output for `quads`, in pieces of some 64 KB (a piece per node costs more than the node). */
export async function* piecesOf(
  writer: QuadTextWriter,
  quads: AsyncIterable<Quad> | Iterable<Quad>,
  onQuad?: () => void,
): AsyncGenerator<string> {
  let buffered = writer.header();
  for await (const quad of quads) {
    buffered += writer.writeQuad(quad);
    onQuad?.();
    if (buffered.length > 1 << 16) {
      yield buffered;
      buffered = '';
    }
  }
  yield buffered + writer.end();
}
