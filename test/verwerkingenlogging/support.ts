// Shared by the Verwerkingenlogging tests: the fixtures, and graph comparison that does not depend on
// blank node labels (the profile's blank nodes are trees, so a label made from a node's content is canonical).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Quad, Term } from '@rdfjs/types';

export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/verwerkingenlogging/${name}`, import.meta.url), 'utf8');
export const fixtureJson = <T = Record<string, unknown>>(name: string): T => JSON.parse(fixture(name)) as T;

function term(t: Term, label: (t: Term) => string): string {
  if (t.termType === 'BlankNode') return label(t);
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'Literal')
    return `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`;
  return t.value;
}

/** The graph as sorted N-Triples-like lines, each blank node labelled by a hash of what it says. */
export function canonical(quads: Iterable<Quad>): string[] {
  const all = [...quads];
  const memo = new Map<string, string>();
  const label = (b: Term, seen: ReadonlySet<string> = new Set()): string => {
    const known = memo.get(b.value);
    if (known) return known;
    if (seen.has(b.value)) throw new Error('a blank node cycle: not a tree');
    const inner = new Set([...seen, b.value]);
    const lines = all
      .filter((q) => q.subject.equals(b))
      .map((q) => `${term(q.predicate, () => '')} ${term(q.object, (o) => label(o, inner))}`)
      .sort();
    const made = `_:${createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 12)}`;
    memo.set(b.value, made);
    return made;
  };
  return all
    .map(
      (q) => `${term(q.subject, (s) => label(s))} ${term(q.predicate, () => '')} ${term(q.object, (o) => label(o))} .`,
    )
    .sort();
}
