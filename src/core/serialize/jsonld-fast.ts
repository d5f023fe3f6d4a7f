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
import { bundledTerms, localContext, outputContext } from '../jsonld/context.js';
import { RDF_TYPE, XSD } from '../rdf/terms.js';
import type { JsonLdDocument } from './jsonld.js';

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

const XSD_STRING = XSD('string');
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const SIMPLE_VOCAB_VALUE = /^[0-9A-Za-z][0-9A-Za-z._~-]*$/u;

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
    const entry: PropertyTerm = { term, type: typeof d['@type'] === 'string' ? d['@type'] : undefined, vocab, set: container === '@set' };
    properties.set(d['@id'], [...(properties.get(d['@id']) ?? []), entry]);
  }
  const terms = { classes, properties, names: new Set(Object.keys(merged)) };
  cache.set(declaration, terms);
  return terms;
}

function nodeRef(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

/** The key and JSON value for one value of a property. */
function place(terms: Terms, predicate: string, value: Term): { key: string; json: unknown; set: boolean } {
  for (const p of terms.properties.get(predicate) ?? []) {
    if (value.termType === 'NamedNode' || value.termType === 'BlankNode') {
      if (p.type === '@id') return { key: p.term, json: nodeRef(value), set: p.set };
      if (p.type === '@vocab' && p.vocab !== undefined && value.termType === 'NamedNode' && value.value.startsWith(p.vocab)) {
        const rest = value.value.slice(p.vocab.length);
        if (SIMPLE_VOCAB_VALUE.test(rest) && !terms.names.has(rest)) return { key: p.term, json: rest, set: p.set };
      }
      if (p.type === undefined) return { key: p.term, json: { '@id': nodeRef(value) }, set: p.set };
      continue;
    }
    if (value.termType !== 'Literal') continue;
    const datatype = value.datatype.value;
    if (value.language !== '' || datatype === LANG_STRING) {
      if (p.type === undefined) return { key: p.term, json: { '@value': value.value, '@language': value.language }, set: p.set };
      continue;
    }
    if (p.type === datatype) return { key: p.term, json: value.value, set: p.set };
    if (p.type === undefined) return { key: p.term, json: datatype === XSD_STRING ? value.value : { '@value': value.value, '@type': datatype }, set: p.set };
  }
  // no term fits: the full IRI, and a value object that says everything
  if (value.termType === 'Literal') {
    const literal =
      value.language !== ''
        ? { '@value': value.value, '@language': value.language }
        : value.datatype.value === XSD_STRING
          ? value.value
          : { '@value': value.value, '@type': value.datatype.value };
    return { key: predicate, json: literal, set: false };
  }
  return { key: predicate, json: { '@id': nodeRef(value) }, set: false };
}

/** Compacted JSON-LD for a graph without named graphs; `undefined` when the graph has named graphs. */
export function toJsonLdFast(declaration: ProfileDeclaration, data: DatasetCore | Iterable<Quad>): JsonLdDocument | undefined {
  const terms = termsOf(declaration);
  const nodes = new Map<string, Map<string, { values: unknown[]; set: boolean }> & { types?: string[] }>();
  for (const quad of data as Iterable<Quad>) {
    if (quad.graph.termType !== 'DefaultGraph') return undefined;
    const id = nodeRef(quad.subject);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = new Map()));
    if (quad.predicate.value === RDF_TYPE && quad.object.termType === 'NamedNode') {
      (node.types ??= []).push(terms.classes.get(quad.object.value) ?? quad.object.value);
      continue;
    }
    const { key, json, set } = place(terms, quad.predicate.value, quad.object);
    const entry = node.get(key);
    if (entry) entry.values.push(json);
    else node.set(key, { values: [json], set });
  }
  const graph: Record<string, unknown>[] = [];
  for (const [id, properties] of nodes) {
    const object: Record<string, unknown> = { '@id': id };
    if (properties.types) object['@type'] = properties.types.length === 1 ? properties.types[0] : properties.types;
    for (const [key, { values, set }] of properties) object[key] = set || values.length > 1 ? values : values[0];
    graph.push(object);
  }
  return { '@context': outputContext(declaration), '@graph': graph };
}
