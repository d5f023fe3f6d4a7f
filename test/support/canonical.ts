// Graphs compared as sorted triple strings, each blank node named by the triple that points at it
// (nested objects have exactly one), so that graphs with other blank node labels compare equal.
import type { Quad } from '@rdfjs/types';

export function canonical(quads: Iterable<Quad>): string[] {
  const all = [...quads];
  const names = new Map<string, string>();
  const name = (t: Quad['subject'] | Quad['object']): string => {
    if (t.termType !== 'BlankNode')
      return t.termType === 'Literal' ? JSON.stringify([t.value, t.datatype.value, t.language]) : `<${t.value}>`;
    let n = names.get(t.value);
    if (n === undefined) {
      names.set(t.value, '(cycle)');
      const parent = all.find((q) => q.object.equals(t));
      n = parent
        ? `${name(parent.subject)}/${parent.predicate.value}`
        : `_:root ${all
            .filter((q) => q.subject.equals(t))
            .map((q) => q.predicate.value)
            .sort()
            .join(' ')}`;
      names.set(t.value, n);
    }
    return n;
  };
  return all.map((q) => `${name(q.subject)} <${q.predicate.value}> ${name(q.object)}`).sort();
}
