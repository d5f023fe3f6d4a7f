/**
 * SHACL property paths (SHACL 2.3.1) for the fast path: read from the shapes graph, followed from a
 * node, and written into a report. A path that stays within a node's own triples (a predicate, an
 * alternative of such, a zero-or-one of such) is followed on what a stream keeps of the node; any
 * other (inverse, sequence, zero-or-more, one-or-more) looks at other nodes' triples and needs the
 * graph in memory (`Graph`).
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { factory, nodeId, RDF, SH } from '../../rdf/terms.js';

/** A property path. */
export type Path =
  | { readonly kind: 'predicate'; readonly iri: string }
  | { readonly kind: 'inverse' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne'; readonly path: Path }
  | { readonly kind: 'sequence' | 'alternative'; readonly paths: readonly Path[] };

/** Why a path node is not a path (the reader turns it into its own error). */
export class PathError extends Error {}

const UNARY = [
  ['inversePath', 'inverse'],
  ['zeroOrMorePath', 'zeroOrMore'],
  ['oneOrMorePath', 'oneOrMore'],
  ['zeroOrOnePath', 'zeroOrOne'],
] as const;

/**
 * Reads the path at `node` of `shapes`. A list node is a sequence path whatever else it carries (the
 * W3C suite's path-strange tests give a node both a list and sh:inversePath, and expect the
 * sequence); a list of one member is that member's path. Paths that refer to themselves are refused.
 */
export function readPath(shapes: DatasetCore, node: Term, seen: ReadonlySet<string> = new Set()): Path {
  if (node.termType === 'NamedNode') return { kind: 'predicate', iri: node.value };
  if (node.termType !== 'BlankNode') {
    throw new PathError(`a ${node.termType === 'Literal' ? 'literal' : 'term'} is not a path`);
  }
  const id = nodeId(node);
  if (seen.has(id)) throw new PathError('a path that contains itself');
  const inside = new Set(seen).add(id);
  const objects = (p: string) => [...shapes.match(node as never, factory.namedNode(p), null)].map((q) => q.object);
  if (objects(RDF('first')).length > 0) {
    const members = list(shapes, node).map((m) => readPath(shapes, m, inside));
    if (members.length < 2) throw new PathError('a sequence path of fewer than two members');
    return { kind: 'sequence', paths: members };
  }
  for (const [predicate, kind] of UNARY) {
    const [inner, ...more] = objects(SH(predicate));
    if (inner === undefined) continue;
    if (more.length > 0) throw new PathError(`sh:${predicate} given twice`);
    return { kind, path: readPath(shapes, inner, inside) };
  }
  const [alternatives, ...more] = objects(SH('alternativePath'));
  if (alternatives !== undefined && more.length === 0) {
    const members = list(shapes, alternatives).map((m) => readPath(shapes, m, inside));
    if (members.length < 2) throw new PathError('an alternative path of fewer than two members');
    return { kind: 'alternative', paths: members };
  }
  throw new PathError('a blank node that is no path expression');
}

function list(shapes: DatasetCore, head: Term): Term[] {
  const members: Term[] = [];
  const seen = new Set<string>();
  for (let node = head; !(node.termType === 'NamedNode' && node.value === RDF('nil')); ) {
    const id = nodeId(node);
    if (seen.has(id) || node.termType === 'Literal') throw new PathError('a malformed RDF list');
    seen.add(id);
    const first = [...shapes.match(node as never, factory.namedNode(RDF('first')), null)];
    const rest = [...shapes.match(node as never, factory.namedNode(RDF('rest')), null)];
    if (first.length !== 1 || rest.length !== 1) throw new PathError('a malformed RDF list');
    members.push((first[0] as Quad).object);
    node = (rest[0] as Quad).object;
  }
  return members;
}

/** Whether the path reads only the node's own triples (its values are then known from a stream's node). */
export function isLocal(path: Path): boolean {
  switch (path.kind) {
    case 'predicate':
      return true;
    case 'alternative':
      return path.paths.every(isLocal);
    case 'zeroOrOne':
      return isLocal(path.path);
    default:
      return false;
  }
}

/** Every predicate a path reads. */
export function predicatesOf(path: Path, into: Set<string> = new Set()): Set<string> {
  if (path.kind === 'predicate') into.add(path.iri);
  else if ('paths' in path) for (const p of path.paths) predicatesOf(p, into);
  else predicatesOf(path.path, into);
  return into;
}

/** The graph a path is followed in: a node's values of a predicate, and the nodes whose value it is. */
export interface Graph {
  out(node: Term, predicate: string): readonly Term[];
  in(node: Term, predicate: string): readonly Term[];
}

/** A dataset in memory as the graph paths are followed in. */
export function datasetGraph(data: DatasetCore): Graph {
  return {
    out: (node, p) =>
      node.termType === 'Literal'
        ? []
        : [...data.match(node as never, factory.namedNode(p), null)].map((q) => q.object),
    in: (node, p) => [...data.match(null, factory.namedNode(p), node as never)].map((q) => q.subject),
  };
}

function key(t: Term): string {
  return t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : nodeId(t);
}

/** The nodes reached from `start` by `path` (backwards when `inverted`), each once. */
function follow(path: Path, start: readonly Term[], graph: Graph, inverted: boolean): Term[] {
  switch (path.kind) {
    case 'predicate': {
      const out = new Map<string, Term>();
      for (const s of start) {
        for (const o of inverted ? graph.in(s, path.iri) : graph.out(s, path.iri)) out.set(key(o), o);
      }
      return [...out.values()];
    }
    case 'inverse':
      return follow(path.path, start, graph, !inverted);
    case 'sequence': {
      let nodes = [...start];
      const steps = inverted ? [...path.paths].reverse() : path.paths;
      for (const step of steps) nodes = follow(step, nodes, graph, inverted);
      return nodes;
    }
    case 'alternative': {
      const out = new Map<string, Term>();
      for (const step of path.paths) for (const o of follow(step, start, graph, inverted)) out.set(key(o), o);
      return [...out.values()];
    }
    case 'zeroOrOne': {
      const out = new Map<string, Term>(start.map((s) => [key(s), s]));
      for (const o of follow(path.path, start, graph, inverted)) out.set(key(o), o);
      return [...out.values()];
    }
    case 'zeroOrMore':
    case 'oneOrMore': {
      // breadth first, each node once: a cycle in the data ends
      const reached = new Map<string, Term>(path.kind === 'zeroOrMore' ? start.map((s) => [key(s), s]) : []);
      let frontier = [...start];
      while (frontier.length > 0) {
        const next: Term[] = [];
        for (const o of follow(path.path, frontier, graph, inverted)) {
          const k = key(o);
          if (reached.has(k)) continue;
          reached.set(k, o);
          next.push(o);
        }
        frontier = next;
      }
      return [...reached.values()];
    }
  }
}

/** The value nodes of `node` for `path` (SHACL 2.3.1), each once. */
export function pathValues(path: Path, node: Term, graph: Graph): Term[] {
  return follow(path, [node], graph, false);
}

/** The path as RDF (a predicate, or a blank node with its triples), for a report's sh:resultPath. */
export function pathTerm(path: Path, add: (s: Term, p: Term, o: Term) => void, fresh: () => Term): Term {
  if (path.kind === 'predicate') return factory.namedNode(path.iri);
  if (path.kind === 'sequence')
    return listTerm(
      path.paths.map((p) => pathTerm(p, add, fresh)),
      add,
      fresh,
    );
  const node = fresh();
  if (path.kind === 'alternative') {
    const members = path.paths.map((p) => pathTerm(p, add, fresh));
    add(node, factory.namedNode(SH('alternativePath')), listTerm(members, add, fresh));
  } else if ('path' in path) add(node, factory.namedNode(SH(`${path.kind}Path`)), pathTerm(path.path, add, fresh));
  return node;
}

function listTerm(members: readonly Term[], add: (s: Term, p: Term, o: Term) => void, fresh: () => Term): Term {
  let head: Term = factory.namedNode(RDF('nil'));
  for (let i = members.length - 1; i >= 0; i--) {
    const cell = fresh();
    add(cell, factory.namedNode(RDF('first')), members[i] as Term);
    add(cell, factory.namedNode(RDF('rest')), head);
    head = cell;
  }
  return head;
}

/** A path as SHACL's compact syntax writes it, for messages and reasons. */
export function pathText(path: Path): string {
  switch (path.kind) {
    case 'predicate':
      return `<${path.iri}>`;
    case 'inverse':
      return `^${pathText(path.path)}`;
    case 'sequence':
      return `(${path.paths.map(pathText).join(' / ')})`;
    case 'alternative':
      return `(${path.paths.map(pathText).join(' | ')})`;
    case 'zeroOrMore':
      return `${pathText(path.path)}*`;
    case 'oneOrMore':
      return `${pathText(path.path)}+`;
    case 'zeroOrOne':
      return `${pathText(path.path)}?`;
  }
}
