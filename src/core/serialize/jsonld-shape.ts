/**
 * Compacted JSON-LD that looks like the API's JSON, for both engines of `toJsonLd`:
 *
 * - an integer or boolean under a term that coerces to `xsd:integer` / `xsd:boolean` is a JSON number
 *   or boolean (`"bbnScore": 3`, not `"3"`), where that reads back as the same literal: the lexical
 *   form is canonical (`3`, not `03` or `+3`) and the number is safe; anything else stays a string;
 * - a node that is the value of a nested-object property (beheerder, bivClassificatie,
 *   verwerkingsactie, …) and is referred to exactly once in the whole document is embedded in its
 *   record instead of standing in `@graph` by itself; an embedded blank node loses its label (it was
 *   only there to be referred to). A node referred to twice, or a cycle, stays flat: embedding it would
 *   change or lose the graph.
 *
 * Expanding the result gives back the same graph (tested on both engines, with odd data injected).
 */
import type { ProfileDeclaration } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { bundledTerms, localContext } from '../jsonld/context.js';
import { XSD } from '../rdf/terms.js';
import type { JsonLdDocument } from './jsonld-document.js';

type Node = Record<string, unknown>;

interface Keys {
  /** keys (terms, and full IRIs) whose values are nested objects */
  readonly nested: ReadonlySet<string>;
  /** terms that coerce their string values to xsd:integer or xsd:boolean */
  readonly native: ReadonlyMap<string, 'integer' | 'boolean'>;
}

const cache = new WeakMap<ProfileDeclaration, Keys>();

function keysOf(declaration: ProfileDeclaration): Keys {
  const cached = cache.get(declaration);
  if (cached) return cached;
  const nestedIris = new Set<string>();
  for (const c of modelOf(declaration).classes.values()) for (const { declaration: p } of c.properties) if (p.range.kind === 'object') nestedIris.add(p.iri);
  const nested = new Set<string>(nestedIris);
  const native = new Map<string, 'integer' | 'boolean'>();
  const merged: Record<string, unknown> = { ...bundledTerms(declaration), ...localContext(declaration) };
  for (const [term, definition] of Object.entries(merged)) {
    if (typeof definition !== 'object' || definition === null) continue;
    const d = definition as Record<string, unknown>;
    if (typeof d['@id'] === 'string' && nestedIris.has(d['@id']) && d['@type'] === undefined) nested.add(term);
    const container = d['@container'];
    if (container !== undefined && container !== '@set') continue;
    if (d['@type'] === XSD('integer')) native.set(term, 'integer');
    if (d['@type'] === XSD('boolean')) native.set(term, 'boolean');
  }
  const keys = { nested, native };
  cache.set(declaration, keys);
  return keys;
}

const CANONICAL_INTEGER = /^-?(?:0|[1-9]\d*)$/u;

function nativeValue(kind: 'integer' | 'boolean', value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return CANONICAL_INTEGER.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id a value refers to: `{"@id": x}` alone. */
function referenceOf(value: unknown): string | undefined {
  if (!isNode(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '@id' && typeof value['@id'] === 'string' ? value['@id'] : undefined;
}

/** Counts every mention of a node id in values (a reference object, or a string that equals an id). */
function countMentions(value: unknown, ids: ReadonlySet<string>, counts: Map<string, number>): void {
  if (Array.isArray(value)) {
    for (const v of value) countMentions(v, ids, counts);
    return;
  }
  if (typeof value === 'string') {
    if (ids.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return;
  }
  if (!isNode(value)) return;
  const reference = referenceOf(value);
  if (reference !== undefined) {
    counts.set(reference, (counts.get(reference) ?? 0) + 1);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === '@id' || key === '@type' || key === '@context' || key === '@value' || key === '@language') continue;
    countMentions(v, ids, counts);
  }
}

/** Writes the document's nodes as the API would: native numbers and booleans, nested objects in place. */
export function likeTheApi(declaration: ProfileDeclaration, document: JsonLdDocument): JsonLdDocument {
  const { nested, native } = keysOf(declaration);
  const { '@context': context, '@graph': graph, ...single } = document as Node;
  // jsonld.js compacts a graph of one node to that node, and of none to the context alone
  const nodes: Node[] = Array.isArray(graph) ? (graph as Node[]) : Object.keys(single).length > 0 ? [single] : [];
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const mentions = new Map<string, number>();
  for (const n of nodes) countMentions(n, new Set(byId.keys()), mentions);
  // a node goes inside its record when exactly one value in the document names it, under a nested-object key
  const fromNested = new Set<string>();
  for (const n of nodes) {
    for (const key of nested) {
      if (!(key in n)) continue;
      const values = n[key];
      for (const v of Array.isArray(values) ? values : [values]) {
        const id = referenceOf(v);
        if (id !== undefined && id !== n['@id']) fromNested.add(id);
      }
    }
  }
  const embeddable = (id: string): boolean => fromNested.has(id) && mentions.get(id) === 1 && byId.has(id);
  const placed = new Set<string>();

  const shape = (node: Node, path: ReadonlySet<string>): Node => {
    const out: Node = {};
    for (const [key, value] of Object.entries(node)) {
      const kind = native.get(key);
      const one = (v: unknown): unknown => {
        if (kind !== undefined) return nativeValue(kind, v);
        const id = nested.has(key) ? referenceOf(v) : undefined;
        if (id === undefined || !embeddable(id) || placed.has(id) || path.has(id)) return v;
        placed.add(id);
        const inner = shape(byId.get(id) as Node, new Set([...path, id]));
        // a blank node's label only served the reference that is now the node itself
        if (id.startsWith('_:')) delete inner['@id'];
        return inner;
      };
      out[key] = Array.isArray(value) ? value.map(one) : one(value);
    }
    return out;
  };

  const top: Node[] = [];
  const roots = nodes.filter((n) => typeof n['@id'] !== 'string' || !embeddable(n['@id']));
  const shaped = new Map<Node, Node>();
  for (const n of roots) shaped.set(n, shape(n, new Set(typeof n['@id'] === 'string' ? [n['@id']] : [])));
  // nodes that only a cycle reaches stay where they were
  for (const n of nodes) {
    const id = n['@id'] as string | undefined;
    if (shaped.has(n)) top.push(shaped.get(n) as Node);
    else if (id !== undefined && !placed.has(id)) {
      placed.add(id);
      top.push(shape(n, new Set([id])));
    }
  }
  return { '@context': context, '@graph': top } as JsonLdDocument;
}
