/**
 * Compacted JSON-LD written directly from the graph with the profile's terms: the fast path of
 * `toJsonLd`. jsonld.js's general compaction algorithm is exact but slow on whole exports; for a
 * context we know in advance, choosing a term per value is a table lookup. Each value goes under a
 * term whose coercion fits it, or else under the property's full IRI with an explicit value object,
 * so that expanding the output gives back exactly the graph (differential tests check it against
 * jsonld.js). Named graphs go to the jsonld.js path.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { bundledTerms, localContext } from '../jsonld/context.js';
import { RDF_TYPE } from '../rdf/terms.js';
import { LANG_STRING, XSD_STRING, type TermCheck } from './writable.js';
import { LimitError } from '../errors.js';

interface PropertyTerm {
  readonly term: string;
  /** `@id`, `@vocab` (with `vocab`), a datatype IRI, or none */
  readonly type: string | undefined;
  readonly vocab: string | undefined;
  readonly set: boolean;
}

interface Terms {
  readonly classes: ReadonlyMap<string, string>;
  readonly properties: ReadonlyMap<string, readonly PropertyTerm[]>;
  readonly names: ReadonlySet<string>;
}

const SIMPLE_VOCAB_VALUE = /^[0-9A-Za-z][0-9A-Za-z._~-]*$/u;
/** An absolute IRI JSON-LD reads as itself where a term's values are `@vocab`-relative (no blank node label). */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/u;

const cache = new WeakMap<ProfileDeclaration, Terms>();

/** The output context's terms, as lookup tables (the local context's fixes win over the bundled terms). */
function termsOf(declaration: ProfileDeclaration): Terms {
  const cached = cache.get(declaration);
  if (cached) return cached;
  const merged: Record<string, unknown> = { ...bundledTerms(declaration), ...localContext(declaration) };
  const classes = new Map<string, string>();
  const properties = new Map<string, PropertyTerm[]>();
  for (const [term, definition] of Object.entries(merged)) {
    if (term.startsWith('@')) continue;
    if (typeof definition === 'string') {
      if (!classes.has(definition)) classes.set(definition, term);
      continue;
    }
    if (typeof definition !== 'object' || definition === null) continue;
    const d = definition as Record<string, unknown>;
    if (typeof d['@id'] !== 'string' || d['@reverse'] !== undefined || d['@language'] !== undefined) continue;
    const scoped = d['@context'] as Record<string, unknown> | undefined;
    const vocab = typeof scoped?.['@vocab'] === 'string' ? scoped['@vocab'] : undefined;
    // a scoped context other than a plain @vocab could change how values read: leave such terms out
    if (scoped !== undefined && (vocab === undefined || Object.keys(scoped).length > 1)) continue;
    const container = d['@container'];
    if (container !== undefined && container !== '@set') continue;
    const entry: PropertyTerm = {
      term,
      type: typeof d['@type'] === 'string' ? d['@type'] : undefined,
      vocab,
      set: container === '@set',
    };
    properties.set(d['@id'], [...(properties.get(d['@id']) ?? []), entry]);
  }
  const terms = { classes, properties, names: new Set(Object.keys(merged)) };
  cache.set(declaration, terms);
  return terms;
}

/** A node's `@id`, checked. */
function nodeRef(t: Term, check: TermCheck): string {
  return t.termType === 'BlankNode' ? `_:${check.blank(t.value)}` : check.iri(t.value);
}

/** The key and JSON value for one value of a property. */
function place(
  terms: Terms,
  predicate: string,
  value: Term,
  check: TermCheck,
): { key: string; json: unknown; set: boolean } {
  const candidates = terms.properties.get(predicate) ?? [];
  if (value.termType === 'NamedNode' || value.termType === 'BlankNode') {
    const ref = nodeRef(value, check);
    for (const p of candidates) {
      if (p.type === '@id') return { key: p.term, json: ref, set: p.set };
      if (p.type === '@vocab' && p.vocab !== undefined && value.termType === 'NamedNode' && ref.startsWith(p.vocab)) {
        const rest = ref.slice(p.vocab.length);
        if (SIMPLE_VOCAB_VALUE.test(rest) && !terms.names.has(rest)) return { key: p.term, json: rest, set: p.set };
      }
      // another IRI (a reference by slug): under the term as it is, when its scheme is no term of the context
      if (p.type === '@vocab' && value.termType === 'NamedNode' && ABSOLUTE_IRI.test(ref)) {
        const scheme = ref.slice(0, ref.indexOf(':'));
        if (!terms.names.has(scheme) && !terms.names.has(ref)) return { key: p.term, json: ref, set: p.set };
      }
      if (p.type === undefined) return { key: p.term, json: { '@id': ref }, set: p.set };
    }
    // no term fits: the full IRI, and a value object that says everything
    return { key: predicate, json: { '@id': ref }, set: false };
  }
  // a parser's literal computes value, language and datatype from its id on each access: read them once
  const lexical = value.value;
  const language = value.termType === 'Literal' ? value.language : '';
  const datatype = value.termType === 'Literal' ? value.datatype.value : XSD_STRING;
  check.literal(lexical, language, datatype);
  const tagged = language !== '' || datatype === LANG_STRING;
  for (const p of candidates) {
    if (tagged) {
      if (p.type === undefined) return { key: p.term, json: { '@value': lexical, '@language': language }, set: p.set };
      continue;
    }
    if (p.type === datatype) return { key: p.term, json: lexical, set: p.set };
    if (p.type === undefined)
      return {
        key: p.term,
        json: datatype === XSD_STRING ? lexical : { '@value': lexical, '@type': datatype },
        set: p.set,
      };
  }
  const json = tagged
    ? { '@value': lexical, '@language': language }
    : datatype === XSD_STRING
      ? lexical
      : { '@value': lexical, '@type': datatype };
  return { key: predicate, json, set: false };
}

/** A flat node object: `@id`, `@type` and the values under the profile's terms (references as `{"@id": …}`). */
export type FlatNode = Record<string, unknown>;

/**
 * Quads to flat node objects with the profile's terms: one node for each run of quads of one subject
 * in one graph (an export's triples come grouped by subject; a subject that comes back later gives a
 * second node of the same `@id`, which JSON-LD reads as one). Every term passes `check` as it is read.
 */
export class FlatNodes {
  private readonly terms: Terms;
  private key: string | undefined;
  private node: FlatNode | undefined;
  private graph: string | undefined;
  private keys = 0;

  constructor(
    declaration: ProfileDeclaration,
    private readonly check: TermCheck,
    /** a finished node, with the name of its graph (`undefined`: the default graph) */
    private readonly onNode: (node: FlatNode, graph: string | undefined) => void,
    /** keys one node object may have (a node with more is a `LimitError`, as JSON-LD out in memory) */
    private readonly maxKeys = Number.POSITIVE_INFINITY,
  ) {
    this.terms = termsOf(declaration);
  }

  add(quad: Quad): void {
    const check = this.check;
    const graph = quad.graph.termType === 'DefaultGraph' ? undefined : nodeRef(quad.graph, check);
    const id = nodeRef(quad.subject, check);
    const key = graph === undefined ? id : `${graph} ${id}`;
    let node = this.node;
    if (key !== this.key || node === undefined) {
      this.end();
      this.node = node = { '@id': id };
      this.key = key;
      this.graph = graph;
      this.keys = 1;
    }
    let name: string;
    let json: unknown;
    let set = false;
    const predicate = check.iri(quad.predicate.value);
    if (predicate === RDF_TYPE && quad.object.termType === 'NamedNode') {
      name = '@type';
      json = this.terms.classes.get(quad.object.value) ?? check.iri(quad.object.value);
    } else {
      ({ key: name, json, set } = place(this.terms, predicate, quad.object, check));
    }
    // our values are strings or value objects, never arrays: an array here is a list of values
    const existing = node[name];
    if (existing === undefined && ++this.keys > this.maxKeys) {
      throw new LimitError(
        'maxKeys',
        this.maxKeys,
        `${id.startsWith('_:') ? id : `<${id}>`} has more than ${this.maxKeys.toLocaleString('en')} properties,` +
          ' too many for one JSON-LD object',
      );
    }
    if (existing === undefined) node[name] = set ? [json] : json;
    else if (Array.isArray(existing)) existing.push(json);
    else node[name] = [existing, json];
  }

  /** Hands over the node being built. */
  end(): void {
    if (this.node !== undefined) this.onNode(this.node, this.graph);
    this.node = undefined;
    this.key = undefined;
  }
}

/**
 * The flat nodes of a graph without named graphs (a subject may stand in several, which JSON-LD reads
 * as one); `undefined` when the graph has named graphs.
 */
export function toJsonLdFast(
  declaration: ProfileDeclaration,
  data: DatasetCore | Iterable<Quad>,
  check: TermCheck,
): FlatNode[] | undefined {
  const nodes: FlatNode[] = [];
  const flat = new FlatNodes(declaration, check, (node) => void nodes.push(node));
  for (const quad of data as Iterable<Quad>) {
    if (quad.graph.termType !== 'DefaultGraph') return undefined;
    flat.add(quad);
  }
  flat.end();
  return nodes;
}
