/**
 * The line of each record in an RDF file (Turtle, TriG, N-Triples, N-Quads), for the findings of a
 * report: one read of the text, line by line, that looks for a line whose first term is a record's
 * IRI (written `<...>` or as a prefixed name). Exports are written a record at a time, its subject at
 * the start of a line; a record written otherwise keeps its IRI in the report, without a line.
 */

const PREFIX = /^\s*(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>/iu;

/** The lines of the records `nodes` (IRIs; blank nodes have no name to look for) in `text`. */
export async function recordLines(
  text: AsyncIterable<string | Uint8Array> | Iterable<string>,
  nodes: Iterable<string>,
): Promise<Map<string, number>> {
  const wanted = new Set([...nodes].filter((n) => n !== '' && !n.startsWith('_:')));
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
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
    let iri: string | undefined;
    if (t.startsWith('<')) {
      const end = t.indexOf('>');
      if (end > 0) iri = t.slice(1, end);
    } else {
      const m = /^([\w.-]*):([^\s;,.]*(?:\.[^\s;,.]+)*)/u.exec(t);
      const ns = m ? prefixes.get(m[1] as string) : undefined;
      if (m && ns !== undefined) iri = ns + (m[2] as string);
    }
    if (iri !== undefined && wanted.has(iri) && !found.has(iri)) found.set(iri, line);
  };
  for await (const chunk of text) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let at = rest.indexOf('\n');
    let from = 0;
    while (at >= 0) {
      look(rest.slice(from, at));
      from = at + 1;
      at = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
    if (found.size === wanted.size) return found;
  }
  if (rest !== '') look(rest);
  return found;
}
