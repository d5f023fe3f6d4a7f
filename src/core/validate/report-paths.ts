/**
 * The reference engine's report with each sh:resultPath written as the path it followed. rdf-validate-
 * shacl copies the shapes graph's path node with all its triples: a node that is both a list and an
 * sh:inversePath (the W3C suite's path-strange tests) is followed as the sequence, and the report must
 * say that sequence (SHACL 2.3.1), as the fast path's does.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import { factory, SH } from '../rdf/terms.js';
import { PathError, pathTerm, readPath, type Path } from './fast/paths.js';

export function withResultPaths(report: DatasetCore): DatasetCore {
  const resultPath = factory.namedNode(SH('resultPath'));
  const uses = [...report.match(null, resultPath, null)].filter((q) => q.object.termType === 'BlankNode');
  if (uses.length === 0) return report;
  const paths: [Quad, Path][] = [];
  for (const q of uses) {
    try {
      paths.push([q, readPath(report, q.object)]);
    } catch (error) {
      // a path the fast path's reader refuses is left as the engine wrote it
      if (!(error instanceof PathError)) throw error;
    }
  }
  const store = new Store([...(report as Iterable<Quad>)]);
  // the copied path nodes and every blank node below them
  const queue = paths.map(([q]) => q.object);
  const removed = new Set<string>();
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    if (removed.has(node.value)) continue;
    removed.add(node.value);
    for (const q of store.match(node as never, null, null)) {
      store.delete(q);
      if (q.object.termType === 'BlankNode') queue.push(q.object);
    }
  }
  const taken = new Set<string>();
  for (const q of store) for (const t of [q.subject, q.object]) if (t.termType === 'BlankNode') taken.add(t.value);
  let next = 0;
  const fresh = (): Term => {
    let label = `path${next++}`;
    while (taken.has(label)) label = `path${next++}`;
    return factory.blankNode(label);
  };
  for (const [q, path] of paths) {
    store.delete(q);
    const add = (s: Term, p: Term, o: Term) => store.addQuad(factory.quad(s as never, p as never, o as never));
    store.addQuad(factory.quad(q.subject as never, resultPath, pathTerm(path, add, fresh) as never));
  }
  return store;
}
