/**
 * The line of each record in an RDF file (Turtle, TriG, N-Triples, N-Quads), for the findings of a
 * report: one read of the text, line by line, that looks for a line whose first term is a record's
 * IRI (written `<...>` or as a prefixed name) or its blank node label (`_:b1`). Exports are written a
 * record at a time, its subject at the start of a line; a record written otherwise keeps its IRI in the
 * report, without a line. A record written without a label (`[ a ... ]`, reported as `_:pk_b0`) has no
 * name to look for: the same read hands the text to n3, which names such nodes as the validation's
 * readers did, and says on which line the `[` of each is (Turtle and TriG alike).
 */
import { N3Feed } from '../parse/n3-feed.js';
import { reportNodeId } from '../rdf/blank-label.js';

const PREFIX = /^\s*(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>/iu;
/** The label the readers give a node written without one, as a report writes it */
const UNLABELLED = /^_:pk_b\d+$/u;

/**
 * The lines of the records written without a label: n3 reads the text again (as TriG, which Turtle is
 * a part of), naming such nodes in the order it makes them as every reader of the validation did, and
 * says on which line the `[` that made each is. It gives up at a syntax error the validation reported.
 */
class UnlabelledLines {
  private readonly feed: N3Feed;
  private broken = false;
  constructor(wanted: ReadonlyMap<string, string>, found: Map<string, number>) {
    const onAnonymous = (label: string, line: number | undefined): void => {
      const id = reportNodeId(`_:${label}`);
      const node = wanted.get(id);
      if (line !== undefined && node !== undefined && !found.has(node)) found.set(node, line);
    };
    this.feed = new N3Feed('trig', { documentLabels: true, onAnonymous }, () => undefined);
  }
  write(text: string): void {
    this.guard(() => this.feed.write(text));
  }
  end(): void {
    this.guard(() => this.feed.end());
  }
  private guard(read: () => void): void {
    if (this.broken) return;
    try {
      read();
    } catch {
      // a syntax error the validation reported: the records after it keep no line
      this.broken = true;
    }
  }
}

type Decoder = { decode(bytes: Uint8Array, options: { stream: boolean }): string };

/** Bytes decoded in pieces of this size at most */
const PIECE = 1 << 15;

/**
 * A chunk's text in small pieces: a string of a 1 MB read would go to V8's large-object space, which
 * only a full collection empties, so the garbage of a second read of a large file piled up (a peak that
 * grew with the file: 170 MB at 25,000 records, 215 MB at 50,000); small strings go in a scavenge.
 */
function* textPieces(chunk: string | Uint8Array, decoder: Decoder): Generator<string> {
  if (typeof chunk === 'string') {
    yield chunk;
    return;
  }
  for (let at = 0; at < chunk.length; at += PIECE)
    yield decoder.decode(chunk.subarray(at, at + PIECE), { stream: true });
}

/** The lines of the records `nodes` (IRIs, or blank nodes as a report writes them: `_:b1`, `_:pk_b0`) in `text`. */
export async function recordLines(
  text: AsyncIterable<string | Uint8Array> | Iterable<string>,
  nodes: Iterable<string>,
): Promise<Map<string, number>> {
  // each wanted node as the caller gave it: the map's keys are these strings, never a slice of the text
  // (a slice keeps the whole chunk it was cut from alive: 64 KB for each record found)
  const wanted = new Map([...nodes].filter((n) => n !== '').map((n) => [n, n]));
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  const unlabelled = [...wanted.keys()].some((n) => UNLABELLED.test(n))
    ? new UnlabelledLines(wanted, found)
    : undefined;
  // n3's parser (the in-memory path) writes `_:c` as `_:b0_c`: such a node is looked for by its label as written
  const n3Labels = new Map<string, string>();
  for (const n of wanted.keys()) {
    const m = /^_:b\d+_(.+)$/u.exec(n);
    if (m) n3Labels.set(`_:${m[1] as string}`, n);
  }
  const prefixes = new Map<string, string>();
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  const look = (l: string): void => {
    line++;
    const p = PREFIX.exec(l);
    if (p) {
      prefixes.set(p[1] as string, p[2] as string);
      return;
    }
    const t = l.trimStart();
    let id: string | undefined;
    if (t.startsWith('<')) {
      const end = t.indexOf('>');
      if (end > 0) id = t.slice(1, end);
    } else if (t.startsWith('_:')) {
      // a label as written; the report writes it as every output does
      const m = /^_:(\S+?)\.?(?:\s|$)/u.exec(t);
      if (m) id = reportNodeId(`_:${m[1] as string}`);
      if (id !== undefined && !wanted.has(id)) id = n3Labels.get(id) ?? id;
    } else {
      const m = /^([\w.-]*):([^\s;,.]*(?:\.[^\s;,.]+)*)/u.exec(t);
      const ns = m ? prefixes.get(m[1] as string) : undefined;
      if (m && ns !== undefined) id = ns + (m[2] as string);
    }
    const node = id === undefined ? undefined : wanted.get(id);
    if (node !== undefined && !found.has(node)) found.set(node, line);
  };
  for await (const chunk of text) {
    for (const piece of textPieces(chunk, decoder)) {
      unlabelled?.write(piece);
      rest += piece;
      let at = rest.indexOf('\n');
      let from = 0;
      while (at >= 0) {
        look(rest.slice(from, at));
        from = at + 1;
        at = rest.indexOf('\n', from);
      }
      rest = rest.slice(from);
    }
    if (found.size === wanted.size) return found;
  }
  if (rest !== '') look(rest);
  unlabelled?.end();
  return found;
}
