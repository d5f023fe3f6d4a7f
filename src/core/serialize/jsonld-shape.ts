/**
 * Compacted JSON-LD that looks like the API's JSON, for every JSON-LD writer (both engines of
 * `toJsonLd`, and `toJsonLdStream`):
 *
 * - an integer or boolean under a term that coerces to `xsd:integer` / `xsd:boolean` is a JSON number
 *   or boolean (`"bbnScore": 3`, not `"3"`), where that reads back as the same literal: the lexical
 *   form is canonical (`3`, not `03` or `+3`) and the number is safe; anything else stays a string;
 * - a node that is the value of a nested-object property (beheerder, bivClassificatie,
 *   verwerkingsactie, …) is embedded in the node that names it, when the policy allows: in memory,
 *   when exactly one value in the whole document names it; in a stream, when it is near enough (within
 *   the window of nodes kept) and no other node claimed it first. A cycle, or nesting deeper than
 *   `MAX_NESTING`, stays flat.
 *
 * Nodes are flat node objects (`FlatNode`) of one id; two of the same id are merged while both wait in
 * the window, and otherwise both written (JSON-LD reads them as one node). Expanding the result gives
 * back the same graph (tested on both engines, in memory and streamed, with odd data injected).
 */
import type { ProfileDeclaration } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { bundledTerms, localContext } from '../jsonld/context.js';
import { XSD } from '../rdf/terms.js';
import type { JsonLdDocument } from './jsonld-document.js';
import type { FlatNode } from './jsonld-fast.js';

type Node = Record<string, unknown>;

/** Embedded nodes inside embedded nodes, at most: deeper ones stay flat (a hostile chain cannot exhaust the stack). */
export const MAX_NESTING = 64;

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
  for (const c of modelOf(declaration).classes.values())
    for (const { declaration: p } of c.properties) if (p.range.kind === 'object') nestedIris.add(p.iri);
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
  let id: unknown;
  for (const key in value) {
    if (key !== '@id') return undefined;
    id = value[key];
  }
  return typeof id === 'string' ? id : undefined;
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

/** Which named nodes go inside the node that names them under a nested-object key. */
export interface EmbedPolicy {
  /** whether node `id` may be embedded at all */
  embeds(id: string): boolean;
  /** whether it loses its `@id` once embedded (a blank node that nothing else can name) */
  dropsId(id: string): boolean;
}

interface Entry {
  readonly id: string | undefined;
  readonly node: Node;
  parent: Entry | undefined;
  done: boolean;
  /** ids this node would embed once they come (entries of `wanted`) */
  wants: string[] | undefined;
}

/**
 * Takes flat nodes one at a time and hands over top-level nodes, shaped, as soon as the window lets
 * them go: memory holds at most `window` waiting nodes (and the nodes embedded in them).
 */
export class NodeShaper {
  private readonly keys: Keys;
  private readonly waiting = new Map<string, Entry>();
  private readonly unnamed: Entry[] = [];
  /** nested references to nodes not seen yet, by the id they name: the node that will embed it */
  private readonly wanted = new Map<string, Entry>();

  constructor(
    declaration: ProfileDeclaration,
    private readonly policy: EmbedPolicy,
    private readonly window: number,
    private readonly onNode: (node: Node) => void,
  ) {
    this.keys = keysOf(declaration);
  }

  add(node: FlatNode): void {
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    const known = id === undefined ? undefined : this.waiting.get(id);
    let entry: Entry;
    if (known) {
      merge(known.node, node);
      entry = known;
    } else {
      // flat nodes are made for the shaper (FlatNodes, a compaction of ours): taken as they are, not copied
      entry = { id, node, parent: undefined, done: false, wants: undefined };
      if (id === undefined) this.unnamed.push(entry);
      else {
        this.waiting.set(id, entry);
        const referrer = this.wanted.get(id);
        if (referrer !== undefined) {
          this.wanted.delete(id);
          if (!referrer.done && this.mayEmbed(referrer, entry)) entry.parent = referrer;
        }
      }
    }
    this.claim(entry, node);
    while (this.waiting.size + this.unnamed.length > this.window) this.evictOldest();
  }

  /** Hands over every node still waiting, in the order they came. */
  end(): void {
    this.wanted.clear();
    for (const entry of this.unnamed) this.emit(entry);
    this.unnamed.length = 0;
    for (const entry of this.waiting.values()) if (entry.parent === undefined && !entry.done) this.emit(entry);
    this.waiting.clear();
  }

  /** The nodes `node`'s nested keys name: embedded in `entry` when waiting, else wanted. */
  private claim(entry: Entry, node: FlatNode): void {
    for (const key of this.keys.nested) {
      const values = node[key];
      if (values === undefined) continue;
      for (const v of Array.isArray(values) ? values : [values]) {
        const id = referenceOf(v);
        if (id === undefined || id === entry.id || !this.policy.embeds(id)) continue;
        const target = this.waiting.get(id);
        if (target === undefined) {
          if (!this.wanted.has(id)) {
            this.wanted.set(id, entry);
            (entry.wants ??= []).push(id);
          }
        } else if (target.parent === undefined && !target.done && this.mayEmbed(entry, target)) target.parent = entry;
      }
    }
  }

  /** Whether `child` can go inside `parent`: no cycle, and not too deep. */
  private mayEmbed(parent: Entry, child: Entry): boolean {
    let depth = 1;
    for (let p: Entry | undefined = parent; p !== undefined; p = p.parent) {
      if (p === child || ++depth > MAX_NESTING) return false;
    }
    return true;
  }

  private evictOldest(): void {
    if (this.unnamed.length > 0) return this.emit(this.unnamed.shift() as Entry);
    const first = this.waiting.values().next().value as Entry;
    let root = first;
    while (root.parent !== undefined) root = root.parent;
    this.emit(root);
  }

  private emit(entry: Entry): void {
    this.onNode(this.shape(entry));
  }

  /** The node with its native values and its embedded nodes; it and they leave the window. */
  private shape(entry: Entry): Node {
    entry.done = true;
    if (entry.id !== undefined) this.waiting.delete(entry.id);
    for (const id of entry.wants ?? []) if (this.wanted.get(id) === entry) this.wanted.delete(id);
    const { nested, native } = this.keys;
    const out: Node = {};
    for (const [key, value] of Object.entries(entry.node)) {
      const kind = native.get(key);
      const one = (v: unknown): unknown => {
        if (kind !== undefined) return nativeValue(kind, v);
        const id = nested.has(key) ? referenceOf(v) : undefined;
        const child = id === undefined ? undefined : this.waiting.get(id);
        if (child === undefined || child.parent !== entry || child.done) return v;
        const inner = this.shape(child);
        if (this.policy.dropsId(id as string)) delete inner['@id'];
        return inner;
      };
      out[key] = Array.isArray(value) ? value.map(one) : one(value);
    }
    return out;
  }
}

/** Adds `more`'s values to `node` (both of one id). */
function merge(node: Node, more: FlatNode): void {
  for (const [key, value] of Object.entries(more)) {
    if (key === '@id') continue;
    const existing = node[key];
    const added = Array.isArray(value) ? value : [value];
    if (existing === undefined) node[key] = Array.isArray(value) ? [...value] : value;
    else node[key] = [...(Array.isArray(existing) ? existing : [existing]), ...added];
  }
}

/**
 * Writes the document's nodes as the API would: native numbers and booleans, a nested object in
 * place where exactly one value in the document names it.
 */
export function likeTheApi(declaration: ProfileDeclaration, document: JsonLdDocument): JsonLdDocument;
export function likeTheApi(
  declaration: ProfileDeclaration,
  document: { readonly '@context': unknown; readonly '@graph': readonly FlatNode[] },
): JsonLdDocument;
export function likeTheApi(
  declaration: ProfileDeclaration,
  document: JsonLdDocument | { readonly '@context': unknown; readonly '@graph': readonly FlatNode[] },
): JsonLdDocument {
  const { '@context': context, '@graph': graph, ...single } = document as Node;
  // jsonld.js compacts a graph of one node to that node, and of none to the context alone
  const nodes: Node[] = Array.isArray(graph) ? (graph as Node[]) : Object.keys(single).length > 0 ? [single] : [];
  const ids = new Set<string>();
  for (const n of nodes) if (typeof n['@id'] === 'string') ids.add(n['@id']);
  const mentions = new Map<string, number>();
  for (const n of nodes) countMentions(n, ids, mentions);
  const top: Node[] = [];
  const policy: EmbedPolicy = {
    embeds: (id) => mentions.get(id) === 1 && ids.has(id),
    dropsId: (id) => id.startsWith('_:'),
  };
  const shaper = new NodeShaper(declaration, policy, Number.POSITIVE_INFINITY, (node) => void top.push(node));
  for (const n of nodes) shaper.add(n);
  shaper.end();
  return { '@context': context, '@graph': top } as JsonLdDocument;
}
