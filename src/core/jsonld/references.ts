/**
 * References the way a profile's JSON gives them, read the same in JSON-LD. A context can make a bare
 * UUID the referenced node's IRI (`@type: @vocab` with the identity base as `@vocab`), but no context
 * can tell a UUID from a slug, nor read an expanded object as the reference it stands for: a JSON-LD
 * processor reads `"module": "topdesk-itsm"` as `urn:uuid:topdesk-itsm` (no UUID URN; the shapes refuse
 * it). So where a document is in a profile's own context, the values of its references that are slugs,
 * expanded objects or seed references are read as `fromJson` reads them (one function, `readReference`)
 * before the document is expanded: the JSON path and the JSON-LD path give the same IRI.
 */
import type { ProfileDeclaration, ReferenceRange } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { readReference } from '../record/reference.js';
import { outputContext } from './context.js';

/** A term (or alias) whose values may be given in a form JSON-LD alone does not read, and how to read them. */
export interface ReferenceTerm {
  readonly range: ReferenceRange;
  /** the referenced class's identity base (the term's `@vocab`) */
  readonly base: string;
}

const termsOf = new WeakMap<ProfileDeclaration, ReadonlyMap<string, ReferenceTerm>>();

/**
 * The terms of a profile's context whose references may be slugs or expanded objects (`slugBase` or
 * `extended`), by every name they have; a name two classes give different ranges is left out.
 */
export function referenceTerms(declaration: ProfileDeclaration): ReadonlyMap<string, ReferenceTerm> {
  let terms = termsOf.get(declaration);
  if (terms !== undefined) return terms;
  const model = modelOf(declaration);
  // every definition a name has: it is read here only when all of them are the same such reference
  const found = new Map<string, (ReferenceTerm | undefined)[]>();
  for (const c of model.classes.values()) {
    for (const { declaration: p } of c.properties) {
      const range = p.range;
      const reads =
        range.kind === 'reference' && range.by === 'uuid' && (range.slugBase !== undefined || range.extended === true);
      // the base a bare UUID expands under: the term's `@vocab` (see context.ts)
      const term = reads
        ? { range, base: model.classes.get(range.class)?.declaration.identity?.base ?? 'urn:uuid:' }
        : undefined;
      for (const name of [p.term, ...(p.aliases ?? [])]) found.set(name, [...(found.get(name) ?? []), term]);
    }
  }
  const same = (list: readonly (ReferenceTerm | undefined)[]) =>
    list.every((t) => t !== undefined && JSON.stringify(t) === JSON.stringify(list[0]));
  terms = new Map([...found].filter(([, list]) => same(list)).map(([name, list]) => [name, list[0] as ReferenceTerm]));
  termsOf.set(declaration, terms);
  return terms;
}

/** A profile's own `@context` values (its URLs, what profielkit writes), as JSON text, made once. */
const ownContexts = new WeakMap<ProfileDeclaration, ReadonlySet<string>>();

/** The declaration whose own context (its URL, or what profielkit writes) a `@context` value is. */
function ownContext(declarations: readonly ProfileDeclaration[], context: unknown): ProfileDeclaration | undefined {
  if (context === undefined) return undefined;
  const given = JSON.stringify(context);
  return declarations.find((d) => {
    let own = ownContexts.get(d);
    if (own === undefined) {
      own = new Set([...d.context.urls.map((url) => JSON.stringify(url)), JSON.stringify(outputContext(d))]);
      ownContexts.set(d, own);
    }
    return own.has(given);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node's values of reference terms, read as `fromJson` reads them; the node itself when none changes. */
function readNode(node: Record<string, unknown>, terms: ReadonlyMap<string, ReferenceTerm>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(node)) {
    const term = terms.get(key);
    if (term === undefined) continue;
    const read = (v: unknown): unknown => {
      const reading = readReference(term.range, v, term.base);
      // a UUID is read by the context itself; an absolute IRI stays itself under `@type: @vocab`
      return reading === undefined || reading.form === 'uuid' ? v : reading.iri;
    };
    const next = Array.isArray(value) ? value.map(read) : read(value);
    if (Array.isArray(value) ? (next as unknown[]).some((v, i) => v !== value[i]) : next !== value) {
      copy ??= { ...node };
      copy[key] = next;
    }
  }
  return copy ?? node;
}

/**
 * The document with the references of its nodes read as the profile's JSON reads them, when its
 * `@context` is a profile's own: the top-level node and the nodes of its `@graph` (where an API's
 * records are), each unless it has a `@context` of its own. Anything else is returned as it is, and the
 * input is never changed.
 */
export function readReferences(document: unknown, declarations: readonly ProfileDeclaration[]): unknown {
  if (Array.isArray(document)) {
    const items = document.map((d) => readReferences(d, declarations));
    return items.some((d, i) => d !== document[i]) ? items : document;
  }
  if (!isRecord(document)) return document;
  const declaration = ownContext(declarations, document['@context']);
  if (declaration === undefined) return document;
  const terms = referenceTerms(declaration);
  if (terms.size === 0) return document;
  let top = readNode(document, terms);
  const graph = document['@graph'];
  if (Array.isArray(graph)) {
    const nodes = graph.map((n) => (isRecord(n) && !('@context' in n) ? readNode(n, terms) : n));
    if (nodes.some((n, i) => n !== graph[i])) top = { ...top, '@graph': nodes };
  }
  return top;
}
