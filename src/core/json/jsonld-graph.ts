/**
 * JSON-LD read node by node without jsonld.js, for documents in a profile's own context (what
 * `toJsonLd` and `toJsonLdStream` write): with the context known in advance, expanding a node is a
 * table lookup per key, so a `@graph` of a million records streams at the speed of N-Triples.
 *
 * It reads only what it can read exactly as JSON-LD 1.1 expansion does: terms of the context (with
 * `@id`, `@vocab` or datatype coercion, `@set`), absolute IRIs as keys, `@id`, `@type`, value objects,
 * nested node objects, references `{"@id": …}`, strings, booleans and safe integers. Anything else
 * (a relative or compact IRI, a term it does not know, a keyword such as `@reverse` or `@list`, a
 * string where a reference belongs, `null`) makes `node` return false, and the caller reads the
 * document with jsonld.js instead. Differential tests hold it to jsonld.js.
 */
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { bundledTerms, localContext, outputContext } from '../jsonld/context.js';
import { referenceTerms, type ReferenceTerm } from '../jsonld/references.js';
import { readReference } from '../record/reference.js';
import { factory, RDF_TYPE, XSD } from '../rdf/terms.js';
import { splitJson } from './split.js';

interface Term {
  readonly iri: string;
  /** `@id`, `@vocab`, a datatype IRI, or none */
  readonly type: string | undefined;
  /** the scoped `@vocab` of a `@vocab` term */
  readonly vocab: string | undefined;
  /** a reference whose value may be a slug: read as `fromJson` reads it (see references.ts) */
  readonly reference?: ReferenceTerm;
}

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/u;
const LABEL = /^_:[^\s]+$/u;
const LANGUAGE = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/u;
const SIMPLE_VOCAB_VALUE = /^[0-9A-Za-z][0-9A-Za-z._~-]*$/u;
const XSD_STRING = XSD('string');
const XSD_DOUBLE = XSD('double');

/** Why a document cannot be read here (the caller reads it with jsonld.js). */
export class NotFastJsonLd extends Error {}

/** Reads the node objects of a document whose `@context` is a profile's own. */
export class FastJsonLdReader {
  private readonly terms = new Map<string, Term>();
  /** class terms (`"Toestemming": "http://…"`) */
  private readonly classes = new Map<string, string>();
  /** every term, and every prefix a compact IRI could use */
  private readonly names = new Set<string>();
  /** properties whose values are nodes: a plain string under them is no reference (jsonld.js decides) */
  private readonly nodeValued = new Set<string>();
  private fresh = 0;

  private constructor(declaration: ProfileDeclaration, withFixes: boolean) {
    const merged: Record<string, unknown> = {
      ...bundledTerms(declaration),
      ...(withFixes ? localContext(declaration) : {}),
    };
    const references = referenceTerms(declaration);
    for (const [name, definition] of Object.entries(merged)) {
      if (name.startsWith('@')) continue;
      this.names.add(name);
      if (typeof definition === 'string') {
        // a keyword alias is not read here; a plain IRI is a term for a class or a property
        if (ABSOLUTE.test(definition)) {
          this.classes.set(name, definition);
          this.terms.set(name, { iri: definition, type: undefined, vocab: undefined });
        }
        continue;
      }
      if (typeof definition !== 'object' || definition === null) continue;
      const d = definition as Record<string, unknown>;
      const iri = d['@id'];
      if (typeof iri !== 'string' || !ABSOLUTE.test(iri)) continue;
      const known = new Set(['@id', '@type', '@container', '@context']);
      if (Object.keys(d).some((k) => !known.has(k))) continue;
      if (d['@container'] !== undefined && d['@container'] !== '@set') continue;
      const scoped = d['@context'] as Record<string, unknown> | undefined;
      const vocab = typeof scoped?.['@vocab'] === 'string' ? scoped['@vocab'] : undefined;
      if (scoped !== undefined && (vocab === undefined || Object.keys(scoped).length > 1 || d['@type'] !== '@vocab'))
        continue;
      const type = d['@type'];
      if (
        type !== undefined &&
        (typeof type !== 'string' || (type !== '@id' && type !== '@vocab' && !ABSOLUTE.test(type)))
      )
        continue;
      if (type === '@vocab' && vocab === undefined) continue;
      const reference = type === '@vocab' ? references.get(name) : undefined;
      this.terms.set(name, { iri, type, vocab, ...(reference === undefined ? {} : { reference }) });
    }
    // a compact IRI in a definition (`xsd:date`) would need expanding: such terms are left to jsonld.js
    const compact = (iri: string | undefined) =>
      iri !== undefined && ABSOLUTE.test(iri) && this.names.has(iri.slice(0, iri.indexOf(':')));
    for (const [name, term] of this.terms) {
      if (compact(term.iri) || compact(term.type) || compact(term.vocab)) {
        this.terms.delete(name);
        this.classes.delete(name);
      }
    }
    for (const c of modelOf(declaration).classes.values())
      for (const { declaration: p } of c.properties) if (p.range.kind !== 'literal') this.nodeValued.add(p.iri);
  }

  /** A reader for a document with this `@context`, when it is the profile's own (with or without its fixes). */
  static forContext(declarations: readonly ProfileDeclaration[], context: unknown): FastJsonLdReader | undefined {
    const given = JSON.stringify(context);
    for (const declaration of declarations) {
      if (given === JSON.stringify(outputContext(declaration))) return new FastJsonLdReader(declaration, true);
      if (declaration.context.urls.some((url) => given === JSON.stringify(url)))
        return new FastJsonLdReader(declaration, false);
    }
    return undefined;
  }

  /**
   * The quads of one top-level node object, handed to `onQuad`; false (and nothing handed) when it holds anything not
   * read here.
   */
  node(value: unknown, onQuad: (quad: Quad) => void): boolean {
    const quads: Quad[] = [];
    try {
      this.read(value, quads, 0);
    } catch (error) {
      if (error instanceof NotFastJsonLd) return false;
      throw error;
    }
    // a node that says nothing (only its @id) is dropped by jsonld.js, which profielkit's reader refuses
    if (quads.length === 0) return false;
    for (const q of quads) onQuad(q);
    return true;
  }

  private read(value: unknown, out: Quad[], depth: number): Quad_Subject {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 64) throw new NotFastJsonLd();
    const node = value as Record<string, unknown>;
    const id = node['@id'];
    const subject = id === undefined ? this.blank(undefined) : this.reference(id);
    for (const [key, v] of Object.entries(node)) {
      if (key === '@id') continue;
      if (key === '@type') {
        for (const t of Array.isArray(v) ? v : [v])
          out.push(factory.quad(subject, factory.namedNode(RDF_TYPE), factory.namedNode(this.typeIri(t))));
        continue;
      }
      const term = this.termOf(key);
      const predicate = factory.namedNode(term.iri);
      for (const item of Array.isArray(v) ? v : [v]) {
        if (Array.isArray(item)) throw new NotFastJsonLd();
        out.push(factory.quad(subject, predicate, this.object(term, item, out, depth)));
      }
    }
    return subject;
  }

  private termOf(key: string): Term {
    const term = this.terms.get(key);
    if (term !== undefined) return term;
    // an absolute IRI as a key, whose scheme no term redefines
    if (key.startsWith('@') || !ABSOLUTE.test(key) || this.names.has(key.slice(0, key.indexOf(':'))))
      throw new NotFastJsonLd();
    return { iri: key, type: undefined, vocab: undefined };
  }

  private typeIri(value: unknown): string {
    if (typeof value !== 'string') throw new NotFastJsonLd();
    const term = this.classes.get(value);
    if (term !== undefined) return term;
    if (this.names.has(value) || !this.isIri(value)) throw new NotFastJsonLd();
    return value;
  }

  /** An IRI as written: absolute, and not a compact IRI of a prefix the context defines. */
  private isIri(value: string): boolean {
    return ABSOLUTE.test(value) && !value.startsWith('_:') && !this.names.has(value.slice(0, value.indexOf(':')));
  }

  private reference(value: unknown): Quad_Subject {
    if (typeof value !== 'string') throw new NotFastJsonLd();
    if (LABEL.test(value)) return this.blank(value.slice(2));
    if (!this.isIri(value)) throw new NotFastJsonLd();
    return factory.namedNode(value);
  }

  /** Document labels and new blank nodes, kept apart. */
  private blank(label: string | undefined): Quad_Subject {
    return factory.blankNode(label === undefined ? `f${this.fresh++}` : `d_${label}`);
  }

  private object(term: Term, value: unknown, out: Quad[], depth: number): Quad_Object {
    const { type } = term;
    if (typeof value === 'string') {
      if (type === '@id') return this.reference(value);
      if (type === '@vocab') {
        // a slug where a reference belongs, in a record: the IRI fromJson gives it (as jsonld.js is given it)
        const read =
          term.reference !== undefined && depth === 0
            ? readReference(term.reference.range, value, term.reference.base)
            : undefined;
        if (read !== undefined) return factory.namedNode(read.iri);
        // an absolute IRI is itself (as toJsonLd writes a reference that is not vocab-relative)
        if (value.includes(':') && this.isIri(value) && !this.names.has(value)) return factory.namedNode(value);
        if (term.vocab === undefined || !SIMPLE_VOCAB_VALUE.test(value) || this.names.has(value))
          throw new NotFastJsonLd();
        return factory.namedNode(term.vocab + value);
      }
      if (type !== undefined) return factory.literal(value, factory.namedNode(type));
      // a string where the profile has a node: a reference written as a plain string; jsonld.js and its checks decide
      if (this.nodeValued.has(term.iri)) throw new NotFastJsonLd();
      return factory.literal(value);
    }
    if (typeof value === 'boolean') {
      if (type === '@id' || type === '@vocab') throw new NotFastJsonLd();
      return factory.literal(String(value), factory.namedNode(type ?? XSD('boolean')));
    }
    if (typeof value === 'number') {
      if (type === '@id' || type === '@vocab' || type === XSD_DOUBLE || !Number.isSafeInteger(value))
        throw new NotFastJsonLd();
      return factory.literal(String(value), factory.namedNode(type ?? XSD('integer')));
    }
    if (typeof value !== 'object' || value === null) throw new NotFastJsonLd();
    const v = value as Record<string, unknown>;
    if ('@value' in v) return this.valueObject(v);
    if (type === '@vocab') throw new NotFastJsonLd();
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '@id') return this.reference(v['@id']);
    return this.read(v, out, depth + 1);
  }

  private valueObject(v: Record<string, unknown>): Quad_Object {
    const text = v['@value'];
    const datatype = v['@type'];
    const language = v['@language'];
    if (typeof text !== 'string' || Object.keys(v).some((k) => k !== '@value' && k !== '@type' && k !== '@language'))
      throw new NotFastJsonLd();
    if (language !== undefined) {
      if (datatype !== undefined || typeof language !== 'string' || !LANGUAGE.test(language)) throw new NotFastJsonLd();
      return factory.literal(text, language);
    }
    if (datatype === undefined) return factory.literal(text);
    if (typeof datatype !== 'string' || !this.isIri(datatype)) throw new NotFastJsonLd();
    return factory.literal(text, datatype === XSD_STRING ? undefined : factory.namedNode(datatype));
  }
}

/**
 * The quads of a JSON-LD document read as it comes, when it is `{"@context": <a profile's own>,
 * "@graph": [ … ]}` and every node is one `FastJsonLdReader` reads; rejects with `NotFastJsonLd`
 * (before or while yielding) when it is not, and the caller reads it with jsonld.js from the start.
 */
export async function* fastJsonLdQuads(
  declarations: readonly ProfileDeclaration[],
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<Quad> {
  let reader: FastJsonLdReader | undefined;
  let refused = false;
  const onHead = (head: unknown): void => {
    const keys = typeof head === 'object' && head !== null ? Object.keys(head) : [];
    const context = (head as Record<string, unknown> | null)?.['@context'];
    reader =
      keys.length === 2 && keys[0] === '@context' && keys[1] === '@graph'
        ? FastJsonLdReader.forContext(declarations, context)
        : undefined;
    refused = reader === undefined;
  };
  const quads: Quad[] = [];
  const keep = (q: Quad) => void quads.push(q);
  let any = false;
  for await (const record of splitJson(chunks, { listKey: '@graph', onHead })) {
    if (refused || reader === undefined || record.path === '' || !reader.node(record.value, keep))
      throw new NotFastJsonLd();
    for (const q of quads) yield q;
    any = true;
    quads.length = 0;
  }
  // an empty graph: jsonld.js's reader says what it makes of that
  if (reader === undefined || !any) throw new NotFastJsonLd();
}
