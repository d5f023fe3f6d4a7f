/**
 * jsonld.js's fromRDF nests an RDF list whose items are lists as `@list` inside `@list`, as deep as
 * the data goes; its compaction and JSON.stringify then recurse once per level and overflow the stack
 * near 3,000 levels, on a graph that is valid RDF. Lists nested deeper than `MAX_LIST_NESTING` are
 * written instead as the `rdf:first`/`rdf:rest` nodes they stand for (fresh blank nodes: the same
 * graph), so the output's depth is bounded whatever the data. Walked without recursion.
 */
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** How deep `@list`s may nest in output; far beyond any real data, far below the stack's reach. */
export const MAX_LIST_NESTING = 32;

type NodeObject = Record<string, unknown>;
type ListObject = { '@list': unknown[] };

function isList(value: unknown): value is ListObject {
  return typeof value === 'object' && value !== null && Array.isArray((value as ListObject)['@list']);
}

/** Every blank node label in use, so that new ones do not collide. */
function labelsIn(nodes: unknown[]): Set<string> {
  const used = new Set<string>();
  const stack: unknown[] = [nodes];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) for (const v of value) stack.push(v);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === '@id' && typeof v === 'string' && v.startsWith('_:')) used.add(v);
        else if (typeof v === 'object') stack.push(v);
      }
    }
  }
  return used;
}

/** Expanded JSON-LD (fromRDF's output) with no `@list` nested deeper than `maxNesting`; changed in place. */
export function shallowLists(nodes: unknown[], maxNesting = MAX_LIST_NESTING): unknown[] {
  let used: Set<string> | undefined;
  let next = 0;
  const fresh = (): string => {
    used ??= labelsIn(nodes);
    let label: string;
    do label = `_:list${next++}`;
    while (used.has(label));
    return label;
  };
  // the cells of an unrolled list go into the same node array as the node that held it
  const unroll = (items: unknown[], into: unknown[]): { '@id': string } => {
    if (items.length === 0) return { '@id': `${RDF}nil` };
    const labels = items.map(fresh);
    items.forEach((item, i) => {
      into.push({
        '@id': labels[i],
        [`${RDF}first`]: [item],
        [`${RDF}rest`]: [{ '@id': labels[i + 1] ?? `${RDF}nil` }],
      });
    });
    return { '@id': labels[0] as string };
  };
  const nodeArrays: unknown[][] = [nodes];
  while (nodeArrays.length > 0) {
    const array = nodeArrays.pop() as unknown[];
    // cells appended while the array is walked are walked too: their items start again at depth 1
    for (let i = 0; i < array.length; i++) {
      const node = array[i] as NodeObject;
      if (Array.isArray(node['@graph'])) nodeArrays.push(node['@graph']);
      for (const [key, values] of Object.entries(node)) {
        if (key.startsWith('@') || !Array.isArray(values)) continue;
        const lists: { items: unknown[]; depth: number }[] = values
          .filter(isList)
          .map((v) => ({ items: v['@list'], depth: 1 }));
        while (lists.length > 0) {
          const { items, depth } = lists.pop()!;
          items.forEach((item, j) => {
            if (!isList(item)) return;
            if (depth >= maxNesting) items[j] = unroll(item['@list'], array);
            else lists.push({ items: item['@list'], depth: depth + 1 });
          });
        }
      }
    }
  }
  return nodes;
}
