/**
 * Reading values of a dataset in memory: any node, for shapes of one's own that look at other nodes,
 * and the data's rdfs:subClassOf triples, which SHACL follows for targets and classes.
 */
import type { DatasetCore, Term } from '@rdfjs/types';
import { factory, RDF_TYPE, RDFS } from '../../rdf/terms.js';
import type { NodeView } from './shapes-eval.js';

export const SUBCLASS_OF = RDFS('subClassOf');

/** Each class of the data's rdfs:subClassOf triples, with every class above it (SHACL's "SHACL instance", 1.4). */
export function superclassesOf(data: DatasetCore): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const q of data.match(null, factory.namedNode(SUBCLASS_OF), null)) {
    const list = direct.get(q.subject.value);
    if (list) list.push(q.object.value);
    else direct.set(q.subject.value, [q.object.value]);
  }
  const all = new Map<string, string[]>();
  for (const cls of direct.keys()) {
    const seen = new Set<string>();
    const queue = [...(direct.get(cls) ?? [])];
    for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
      if (seen.has(c)) continue;
      seen.add(c);
      queue.push(...(direct.get(c) ?? []));
    }
    all.set(cls, [...seen]);
  }
  return all;
}

/** A node's types with every class above them. */
export function withSuperclasses(
  types: readonly string[],
  superclasses: ReadonlyMap<string, readonly string[]>,
): string[] {
  const all = new Set(types);
  for (const t of types) for (const s of superclasses.get(t) ?? []) all.add(s);
  return [...all];
}

/** A view of a node of a dataset in memory (for shapes of one's own that look at other nodes). */
export function datasetView(
  data: DatasetCore,
  term: Term,
  superclasses?: ReadonlyMap<string, readonly string[]>,
): NodeView {
  const objects = (p: string) => [...data.match(term as never, factory.namedNode(p), null)].map((q) => q.object);
  const direct =
    term.termType === 'Literal'
      ? []
      : objects(RDF_TYPE)
          .filter((t) => t.termType === 'NamedNode')
          .map((t) => t.value);
  return {
    term,
    types: superclasses === undefined ? direct : withSuperclasses(direct, superclasses),
    values: (p) => (term.termType === 'Literal' ? [] : objects(p)),
    entries: () => {
      if (term.termType === 'Literal') return [];
      const by = new Map<string, Term[]>();
      for (const q of data.match(term as never, null, null)) {
        const list = by.get(q.predicate.value);
        if (list) list.push(q.object);
        else by.set(q.predicate.value, [q.object]);
      }
      return by;
    },
  };
}
