// RDF graph (or dataset) isomorphism for the small graphs of test suites: blank nodes (in triple terms
// too) are told apart by colour refinement, ties broken by trying each candidate, as RDF 1.1 Concepts
// 3.6 defines it. Quads are compared as a set.
import type { Quad, Term } from '@rdfjs/types';

type Colour = ReadonlyMap<string, string>;

function key(t: Term, colour: Colour, self?: string): string {
  switch (t.termType) {
    case 'BlankNode':
      return t.value === self ? '@' : `_:${colour.get(t.value) ?? ''}`;
    case 'Literal':
      return JSON.stringify([t.value, t.language, t.direction || '', t.datatype.value]);
    case 'Quad':
      return `<<(${key(t.subject, colour, self)} ${key(t.predicate, colour, self)} ${key(t.object, colour, self)})>>`;
    default:
      return `${t.termType}:${t.value}`;
  }
}

function blanks(t: Term, into: Set<string>): void {
  if (t.termType === 'BlankNode') into.add(t.value);
  else if (t.termType === 'Quad') for (const part of [t.subject, t.predicate, t.object, t.graph]) blanks(part, into);
}

const quadKey = (q: Quad, colour: Colour, self?: string) =>
  [q.subject, q.predicate, q.object, q.graph].map((t) => key(t, colour, self)).join(' ');

function unique(quads: readonly Quad[]): Quad[] {
  const seen = new Map<string, Quad>();
  for (const q of quads) seen.set(quadKey(q, new Map([...blankSet(q)].map((b) => [b, b]))), q);
  return [...seen.values()];
}
function blankSet(q: Quad): Set<string> {
  const s = new Set<string>();
  blanks(q, s);
  return s;
}

/** Refines colours until the partition is stable. */
function refine(quads: readonly Quad[], colour: Map<string, string>): Map<string, string> {
  const by = new Map<string, Quad[]>();
  for (const q of quads) for (const b of blankSet(q)) (by.get(b) ?? by.set(b, []).get(b)!).push(q);
  let classes = new Set(colour.values()).size;
  for (;;) {
    const next = new Map<string, string>();
    for (const [b, c] of colour)
      next.set(
        b,
        `${c}|${(by.get(b) ?? [])
          .map((q) => quadKey(q, colour, b))
          .sort()
          .join(';')}`,
      );
    // short names for the next round, the same for both graphs (a name is its content)
    for (const [b, c] of next) next.set(b, hash(c));
    const n = new Set(next.values()).size;
    colour = next;
    if (n === classes) return colour;
    classes = n;
  }
}

function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

function initial(quads: readonly Quad[]): Map<string, string> {
  const colour = new Map<string, string>();
  for (const q of quads) for (const b of blankSet(q)) colour.set(b, 'b');
  return colour;
}

function search(
  a: readonly Quad[],
  b: readonly Quad[],
  ca: Map<string, string>,
  cb: Map<string, string>,
  depth: number,
): boolean {
  ca = refine(a, ca);
  cb = refine(b, cb);
  const count = (c: Map<string, string>) => {
    const n = new Map<string, number>();
    for (const v of c.values()) n.set(v, (n.get(v) ?? 0) + 1);
    return n;
  };
  const na = count(ca);
  const nb = count(cb);
  if (na.size !== nb.size) return false;
  for (const [c, n] of na) if (nb.get(c) !== n) return false;
  const ambiguous = [...na].filter(([, n]) => n > 1).sort((x, y) => x[1] - y[1])[0];
  if (ambiguous === undefined) {
    const sa = a.map((q) => quadKey(q, ca)).sort();
    const sb = b.map((q) => quadKey(q, cb)).sort();
    return sa.join('\n') === sb.join('\n');
  }
  if (depth > 64) return false;
  const [c] = ambiguous;
  const pick = [...ca].find(([, v]) => v === c)![0];
  for (const [candidate, v] of cb) {
    if (v !== c) continue;
    const mark = `fixed${depth}`;
    if (search(a, b, new Map(ca).set(pick, mark), new Map(cb).set(candidate, mark), depth + 1)) return true;
  }
  return false;
}

/** Whether two sets of quads are isomorphic (the same up to blank node labels). */
export function isomorphic(left: readonly Quad[], right: readonly Quad[]): boolean {
  const a = unique(left);
  const b = unique(right);
  if (a.length !== b.length) return false;
  return search(a, b, initial(a), initial(b), 0);
}
