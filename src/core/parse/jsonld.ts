/**
 * JSON-LD in. Contexts come from the bundled copies only (or the caller's loader). A plain string
 * where the profile expects a reference is refused with the fix (or kept for validation to report,
 * or repaired, as the caller asks), never turned silently into a literal.
 */
import { Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { ParseError, StringReferenceError, type StringReference } from '../errors.js';
import type { BundledContext, ProfileDeclaration } from '../schema/declaration.js';
import { modelOf } from '../schema/model.js';
import { bundledDocumentLoader, type DocumentLoader } from '../jsonld/document-loader.js';
import { toRdf, type PlainQuad } from '../jsonld/engine.js';
import { bundledContext } from '../jsonld/context.js';
import { readReferences } from '../jsonld/references.js';
import { prescanJsonLd, type JsonLdLimits } from '../jsonld/prescan.js';
import { LimitedStore, type StoreLimits } from './store-limits.js';
import { jsonErrorOffset, scanJson } from './json-error-position.js';
import { pathOf, ROOT, type JsonStep } from './json-path.js';
import { factory, isAbsoluteIri, nodeId, SKOS, type Term } from '../rdf/terms.js';

export interface JsonLdInputOptions extends JsonLimits, JsonLdLimits, Pick<StoreLimits, 'maxGraphs'> {
  /** the profile whose references are checked and whose context is served */
  readonly profile?: ProfileDeclaration;
  /** further contexts to serve from memory */
  readonly contexts?: readonly BundledContext[];
  /**
   * further profiles whose contexts are served from memory; in a document in one of their contexts (or
   * the profile's), references are read as the profile's JSON reads them (a slug, an expanded object)
   */
  readonly profiles?: readonly ProfileDeclaration[];
  /** a loader for any other context; without one, other contexts are refused */
  readonly documentLoader?: DocumentLoader;
  /** base IRI for relative IRIs in the document */
  readonly base?: string;
  /**
   * A plain string where the profile expects a reference (the official Toestemming context turns
   * `"status": "https://…"` into a literal typed `skos:Concept`): `refuse` (the default) throws a
   * `StringReferenceError` with the fix; `keep` keeps the literal, so that validation reports it (one
   * violation, with the fix); `repair` reads a literal that holds an absolute IRI as that IRI (any other
   * is still refused). Each one found is passed to `onStringReference`.
   */
  readonly stringReferences?: 'refuse' | 'keep' | 'repair';
  /** called for each plain string found where a reference belongs, with whether it was repaired */
  readonly onStringReference?: (reference: StringReference, repaired: boolean) => void;
}

/**
 * How deep objects and arrays may nest by default. jsonld.js recurses per level and overflows the
 * stack near 1,000 levels of objects; real payloads stay far below 100.
 */
export const DEFAULT_MAX_DEPTH = 100;

/** Limits on JSON input, against hostile payloads. */
export interface JsonLimits {
  /** how deep objects and arrays may nest (default `DEFAULT_MAX_DEPTH`) */
  readonly maxDepth?: number;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The JSON path of the first value nested deeper than `maxDepth`, walked without recursion. */
export function tooDeep(value: unknown, maxDepth: number): string | undefined {
  const stack: { value: unknown; step: JsonStep; depth: number }[] = [{ value, step: ROOT, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, step, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= maxDepth) return step === ROOT ? '(payload)' : pathOf(step);
    // only objects and arrays are pushed: a million strings in one object stay off the stack
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, step: { parent: step, key: i }, depth: depth + 1 });
      });
    } else {
      for (const k in v) {
        const item = (v as Record<string, unknown>)[k];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, step: { parent: step, key: k }, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** Parses JSON text, with the line and column of a syntax error, and a limit on nesting. */
export function parseJson(text: string, format = 'json', limits: JsonLimits = {}): unknown {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  let value: unknown;
  try {
    value = JSON.parse(input) as unknown;
  } catch (error) {
    if (input.trim() === '') throw new ParseError(format, 'the document is empty', {}, { cause: error });
    const offset = jsonErrorOffset(input) ?? input.length;
    const found =
      offset >= input.length
        ? 'the document ends too early'
        : `unexpected ${JSON.stringify(input.slice(offset, offset + 1))}`;
    throw new ParseError(format, `invalid JSON: ${found}`, lineAndColumn(input, offset), { cause: error });
  }
  if (tooDeep(value, maxDepth) !== undefined) {
    const at = scanJson(input, maxDepth);
    throw new ParseError(
      format,
      `objects and arrays nest deeper than ${maxDepth} levels (the limit; raise it with maxDepth)`,
      at ? lineAndColumn(input, at.offset) : {},
    );
  }
  return value;
}

function term(t: PlainQuad['object']): Term {
  switch (t.termType) {
    case 'NamedNode':
      return factory.namedNode(t.value);
    case 'BlankNode':
      return factory.blankNode(t.value.replace(/^_:/u, ''));
    case 'DefaultGraph':
      return factory.defaultGraph();
    default:
      return factory.literal(
        t.value,
        t.language ? t.language : factory.namedNode(t.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'),
      );
  }
}

/** Datatypes that mean "this was a reference": the profile's class IRIs and skos:Concept. */
function referenceTypes(profile: ProfileDeclaration | undefined): Set<string> {
  if (!profile) return new Set();
  return new Set([SKOS('Concept'), ...[...modelOf(profile).classes.values()].map((c) => c.declaration.iri)]);
}

/** Whether a JSON-LD document holds anything but its context (an empty `@graph` is an empty graph). */
function holdsData(document: unknown): boolean {
  if (Array.isArray(document)) return document.length > 0;
  if (document === null || typeof document !== 'object') return false;
  for (const k in document) {
    const v = (document as Record<string, unknown>)[k];
    if (k !== '@context' && !(k === '@graph' && Array.isArray(v) && v.length === 0)) return true;
  }
  return false;
}

/** The loader asked once per URL: the pre-scan and jsonld.js both look contexts up. */
function onceEach(loader: DocumentLoader): DocumentLoader {
  const answers = new Map<string, ReturnType<DocumentLoader>>();
  return (url) => {
    let answer = answers.get(url);
    if (answer === undefined) {
      answer = loader(url);
      answers.set(url, answer);
    }
    // each caller gets its own copy: jsonld.js may change what it is given
    return answer.then((d) => ({ ...d, document: structuredClone(d.document) }));
  };
}

/** Parses a JSON-LD document (text or an already parsed value) into an N3.Store. */
export async function parseJsonLd(input: string | object, options: JsonLdInputOptions = {}): Promise<Store> {
  const document = typeof input === 'string' ? parseJson(input, 'jsonld', options) : input;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const deep = typeof input === 'string' ? undefined : tooDeep(document, maxDepth);
  if (deep !== undefined)
    throw new ParseError(
      'jsonld',
      `objects and arrays nest deeper than ${maxDepth} levels at ${deep} (the limit; raise it with maxDepth)`,
    );
  const profiles = [...(options.profile ? [options.profile] : []), ...(options.profiles ?? [])];
  const contexts = [...profiles.map((p) => bundledContext(p)), ...(options.contexts ?? [])];
  const loader = onceEach(bundledDocumentLoader(contexts, options.documentLoader));
  // a document with nothing but its context is an empty graph (jsonld.js's safe mode would call it a
  // loss); its context is still loaded, so that a remote one is refused all the same
  if (!holdsData(document)) {
    const ctx = (document as { '@context'?: unknown } | null)?.['@context'];
    for (const url of [ctx].flat().filter((c): c is string => typeof c === 'string')) await loader(url);
    return new Store();
  }
  await prescanJsonLd(document, loader, options);
  // a slug or an expanded object where a reference belongs: the IRI fromJson gives it (no context can say it)
  const plain = await toRdf(readReferences(document, profiles), loader, options.base);
  const classTypes = referenceTypes(options.profile);
  const stringRefs: StringReference[] = [];
  const handling = options.stringReferences ?? 'refuse';
  const quads: Quad[] = plain.map((q) => {
    const quad = factory.quad(
      term(q.subject) as Quad['subject'],
      term(q.predicate) as Quad['predicate'],
      term(q.object) as Quad['object'],
      term(q.graph) as Quad['graph'],
    );
    const o = quad.object;
    if (o.termType === 'Literal' && classTypes.has(o.datatype.value)) {
      const ref = {
        subject: nodeId(quad.subject),
        property: quad.predicate.value,
        value: o.value,
        datatype: o.datatype.value,
      };
      const repair = handling === 'repair' && isAbsoluteIri(o.value);
      options.onStringReference?.(ref, repair);
      if (repair) return factory.quad(quad.subject, quad.predicate, factory.namedNode(o.value), quad.graph);
      if (handling !== 'keep') stringRefs.push(ref);
    }
    return quad;
  });
  if (stringRefs.length > 0) throw new StringReferenceError(stringRefs);
  if (quads.length === 0 && holdsData(document)) {
    throw new ParseError(
      'jsonld',
      'the document holds data, but none of it maps to RDF (are its keys terms of the context?)',
    );
  }
  const store = new LimitedStore(new Store(), options.maxGraphs === undefined ? {} : { maxGraphs: options.maxGraphs });
  for (const quad of quads) store.add(quad);
  return store.store;
}
