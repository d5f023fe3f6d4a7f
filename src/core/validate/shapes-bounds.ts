/**
 * What a shapes graph from anyone must pass before either engine sees it, so that every shapes graph
 * ends in bounded time and memory, the same way on both engines:
 *
 * - every `sh:pattern` is an XPath regular expression profielkit matches in linear time;
 * - no shape refers to itself, directly or through others. SHACL leaves recursive shapes undefined
 *   (3.4.3), engines answer differently (rdf-validate-shacl takes a node as conforming after 50 checks),
 *   and a recursion follows the data as deep as it goes: profielkit refuses them by name;
 * - shapes and path expressions nest at most `MAX_SHAPE_DEPTH` levels (each engine recurses per level);
 * - checking one node against a shape needs at most `MAX_SHAPE_CHECKS` checks of nested shapes when
 *   shared shapes are counted each time they are met (`sh:and ( S S )` with S `sh:and ( T T )` … doubles
 *   per level: 2^100 checks for a graph of 300 triples).
 *
 * The walk is iterative: a graph of any depth is measured, never recursed into.
 */
import type { DatasetCore, Term } from '@rdfjs/types';
import { ShapesError } from '../errors.js';
import { factory, nodeId, RDF, SH } from '../rdf/terms.js';
import { xpathRegex, XPathRegexError } from '../rdf/xpath-regex.js';

/** Shapes and path expressions nested deeper than this are refused. */
export const MAX_SHAPE_DEPTH = 100;
/** Nested shape checks one node may need against one shape, shared shapes counted each time. */
export const MAX_SHAPE_CHECKS = 1_000_000;

const sh = (local: string) => factory.namedNode(SH(local));
const FIRST = factory.namedNode(RDF('first'));
const REST = factory.namedNode(RDF('rest'));
const NIL = RDF('nil');

/** Edges from a shape to the shapes it applies to a node (a check each). */
const TO_SHAPE = ['node', 'property', 'not', 'qualifiedValueShape'] as const;
const TO_SHAPE_LIST = ['and', 'or', 'xone'] as const;
/** Edges inside path expressions: they nest, but are no shape checks. */
const TO_PATH = ['path', 'inversePath', 'zeroOrMorePath', 'oneOrMorePath', 'zeroOrOnePath'] as const;

interface Edge {
  readonly to: Term;
  /** how the edge is written, for a message (`sh:not`, `sh:or[2]`) */
  readonly via: string;
  readonly check: boolean;
}

/**
 * rdf:first and rdf:rest of every list node, read in one pass over the graph: a list of 300,000
 * members (sh:in) is then walked in milliseconds, where a lookup per node cost seconds.
 */
export class ListIndex {
  private index: { first: Map<string, Term[]>; rest: Map<string, Term[]> } | undefined;
  constructor(private readonly graph: DatasetCore) {}

  private read(): { first: Map<string, Term[]>; rest: Map<string, Term[]> } {
    if (this.index) return this.index;
    const by = (p: Term): Map<string, Term[]> => {
      const map = new Map<string, Term[]>();
      for (const q of this.graph.match(null, p as never, null)) {
        const key = nodeId(q.subject);
        const list = map.get(key);
        if (list) list.push(q.object);
        else map.set(key, [q.object]);
      }
      return map;
    };
    return (this.index = { first: by(FIRST), rest: by(REST) });
  }

  first(node: Term): readonly Term[] {
    return node.termType === 'Literal' ? [] : (this.read().first.get(nodeId(node)) ?? []);
  }

  rest(node: Term): readonly Term[] {
    return node.termType === 'Literal' ? [] : (this.read().rest.get(nodeId(node)) ?? []);
  }
}

/** The members of an RDF list, read without recursion; stops at a cycle or a malformed node. */
function members(lists: ListIndex, head: Term): Term[] {
  const out: Term[] = [];
  const seen = new Set<string>();
  for (
    let node: Term | undefined = head;
    node !== undefined && !(node.termType === 'NamedNode' && node.value === NIL);
  ) {
    if (node.termType === 'Literal' || seen.has(nodeId(node))) break;
    seen.add(nodeId(node));
    out.push(...lists.first(node));
    node = lists.rest(node)[0];
  }
  return out;
}

function edges(graph: DatasetCore, lists: ListIndex, s: Term): Edge[] {
  const out: Edge[] = [];
  for (const p of TO_SHAPE)
    for (const q of graph.match(s as never, sh(p), null)) out.push({ to: q.object, via: `sh:${p}`, check: true });
  for (const p of TO_SHAPE_LIST) {
    for (const q of graph.match(s as never, sh(p), null))
      members(lists, q.object).forEach((m, i) => {
        out.push({ to: m, via: `sh:${p}[${i}]`, check: true });
      });
  }
  for (const p of TO_PATH)
    for (const q of graph.match(s as never, sh(p), null)) out.push({ to: q.object, via: `sh:${p}`, check: false });
  for (const q of graph.match(s as never, sh('alternativePath'), null))
    members(lists, q.object).forEach((m, i) => {
      out.push({ to: m, via: `sh:alternativePath[${i}]`, check: false });
    });
  // a sequence path is a list of paths
  if (
    graph.match(s as never, FIRST, null).size > 0 &&
    graph.match(null, sh('path'), s as never).size + graph.match(null, FIRST, s as never).size > 0
  ) {
    members(lists, s).forEach((m, i) => {
      out.push({ to: m, via: `(path ${i + 1})`, check: false });
    });
  }
  return out.filter((e) => e.to.termType !== 'Literal');
}

const fmt = (n: number): string => n.toLocaleString('en');

/** Every sh:pattern with its sh:flags compiled as XPath's (a ShapesError naming the shape, never a hang). */
function checkPatterns(graph: DatasetCore): void {
  for (const q of graph.match(null, sh('pattern'), null)) {
    const flags = [...graph.match(q.subject, sh('flags'), null)][0]?.object.value ?? '';
    try {
      xpathRegex(q.object.value, flags);
    } catch (error) {
      if (!(error instanceof XPathRegexError)) throw error;
      const shape = nodeId(q.subject);
      throw new ShapesError(`shape ${shape}: ${error.message}`, { shape, reason: 'pattern', cause: error });
    }
  }
}

/**
 * Checks a shapes graph (see above): a `ShapesError` naming the shape when it is refused. Walks each
 * node once; cost linear in the graph.
 */
export function checkShapesGraph(graph: DatasetCore): void {
  checkPatterns(graph);
  const starts = new Map<string, Term>();
  for (const p of [...TO_SHAPE, ...TO_SHAPE_LIST, 'path'])
    for (const q of graph.match(null, sh(p), null)) starts.set(nodeId(q.subject), q.subject);
  const state = new Map<string, 'open' | 'done'>();
  const depth = new Map<string, number>();
  const checks = new Map<string, number>();
  const edgesOf = new Map<string, Edge[]>();
  const lists = new ListIndex(graph);
  let deepest: { id: string; depth: number } | undefined;
  for (const start of starts.values()) {
    if (state.has(nodeId(start))) continue;
    // an explicit stack of (node, index of the next edge): the graph may be deeper than JavaScript's stack
    const stack: { term: Term; id: string; next: number; via: string }[] = [
      { term: start, id: nodeId(start), next: 0, via: '' },
    ];
    state.set(nodeId(start), 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      let out = edgesOf.get(top.id);
      if (out === undefined) edgesOf.set(top.id, (out = edges(graph, lists, top.term)));
      const edge = out[top.next++];
      if (edge !== undefined) {
        const id = nodeId(edge.to);
        const now = state.get(id);
        if (now === 'open') throw cycle(stack, id, edge);
        if (now === undefined) {
          state.set(id, 'open');
          stack.push({ term: edge.to, id, next: 0, via: edge.via });
        }
        continue;
      }
      // every edge done: the node's depth and checks from its children's
      let d = 1;
      let n = 1;
      for (const e of out) {
        const cid = nodeId(e.to);
        d = Math.max(d, 1 + (depth.get(cid) ?? 1));
        if (e.check) n = Math.min(Number.MAX_SAFE_INTEGER, n + (checks.get(cid) ?? 1));
      }
      depth.set(top.id, d);
      checks.set(top.id, n);
      state.set(top.id, 'done');
      stack.pop();
      // the deepest is named (the outermost shape of the nesting), once every node is measured
      if (d > MAX_SHAPE_DEPTH && d > (deepest?.depth ?? 0)) deepest = { id: top.id, depth: d };
      if (n > MAX_SHAPE_CHECKS) {
        throw new ShapesError(
          `checking a node against shape ${top.id} takes ${n >= Number.MAX_SAFE_INTEGER ? 'more than 2^53' : fmt(n)}` +
            ' checks of nested shapes (shapes that share shapes multiply:' +
            ` profielkit validates at most ${fmt(MAX_SHAPE_CHECKS)} a node)`,
          { shape: top.id, reason: 'limit' },
        );
      }
    }
  }
  if (deepest !== undefined) {
    throw new ShapesError(
      `shape ${deepest.id} nests shapes or path expressions ${fmt(deepest.depth)} levels deep` +
        ` (profielkit validates at most ${fmt(MAX_SHAPE_DEPTH)} levels)`,
      { shape: deepest.id, reason: 'limit' },
    );
  }
}

function cycle(stack: readonly { id: string; via: string }[], back: string, edge: Edge): ShapesError {
  const from = stack.findIndex((f) => f.id === back);
  // the cycle as (node, the edge that leads to the next node), started at a named shape where there is one
  const ring = stack.slice(from).map((f, i, all) => ({ id: f.id, via: all[i + 1]?.via ?? edge.via }));
  const start = Math.max(
    0,
    ring.findIndex((r) => !r.id.startsWith('_:')),
  );
  const turned = [...ring.slice(start), ...ring.slice(0, start)];
  const named = (turned[0] as { id: string }).id;
  const way = [named, ...turned.map((r, i) => `${r.via} ${(turned[i + 1] ?? turned[0])?.id}`)].join(' → ');
  if (ring.some((r) => !/^sh:(node|property|not|qualifiedValueShape|and|or|xone)\b/u.test(r.via))) {
    return new ShapesError(`the path expression ${named} contains itself (${way})`, {
      shape: named,
      reason: 'unsupported',
    });
  }
  return new ShapesError(
    `shape ${named} refers to itself (${way}).` +
      ' SHACL leaves the meaning of recursive shapes open, and profielkit does not validate them: ' +
      'to check every node of a chain or a tree, give the nested shape a target of its own' +
      ' (sh:targetObjectsOf with the property that leads to the nodes)',
    { shape: named, reason: 'recursive' },
  );
}
