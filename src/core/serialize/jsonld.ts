/**
 * Compacted JSON-LD output that names the profile's published context and uses its terms.
 * jsonld.js gets a quad array (never an N-Quads string, which it parses in quadratic time).
 */
import type { DatasetCore, Quad } from '@rdfjs/types';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { bundledDocumentLoader, type DocumentLoader } from '../jsonld/document-loader.js';
import { bundledContext, outputContext } from '../jsonld/context.js';
import { compact, fromRdf } from '../jsonld/engine.js';
import { safeQuad } from './rdf.js';
import { TermCheck } from './writable.js';
import { toJsonLdFast } from './jsonld-fast.js';
import type { JsonLdDocument } from './jsonld-document.js';
import { likeTheApi } from './jsonld-shape.js';

export type { JsonLdDocument };

/** Expanded JSON-LD: a list of node objects with full IRIs and explicit value objects (needs no context). */
export type ExpandedJsonLd = Record<string, unknown>[];

/** Options of `toJsonLd`. */
export interface JsonLdOutputOptions {
  /**
   * `fast` (the default): the profile's terms chosen per value from a table, checked against
   * jsonld.js by differential tests; `reference`: jsonld.js fromRDF + compact.
   */
  readonly engine?: 'fast' | 'reference';
  /** a loader for contexts other than the bundled ones (none are needed for profielkit's own output) */
  readonly documentLoader?: DocumentLoader;
}

/** Writes a dataset as compacted JSON-LD with the profile's context. */
export async function toJsonLdWith(
  declaration: ProfileDeclaration,
  data: DatasetCore | Iterable<Quad>,
  options: JsonLdOutputOptions = {},
): Promise<JsonLdDocument> {
  const loader = bundledDocumentLoader([bundledContext(declaration)], options.documentLoader);
  // the same terms the RDF syntaxes refuse are refused here: a reader would see another IRI or tag
  const check = new TermCheck('jsonld');
  const fastPath = options.engine !== 'reference';
  // a dataset can be read twice; any other iterable is read once, into an array
  const source: Iterable<Quad> = 'match' in data ? data : [...data];
  if (fastPath) {
    // checked as they are read, each term's parts read once: no second array of 800,000 quads
    const fast = toJsonLdFast(declaration, source, check);
    if (fast) return likeTheApi(declaration, { '@context': outputContext(declaration), '@graph': fast });
  }
  const quads = [...source].map((q) => safeQuad(q, check));
  const expanded = await fromRdf(quads);
  const context = outputContext(declaration);
  const compacted = await compact(expanded, { '@context': context }, loader);
  // jsonld.js puts the context it was given first; make sure it is exactly the one documented
  const { '@context': _given, ...rest } = compacted;
  return likeTheApi(declaration, { '@context': context, ...rest });
}

/** Writes a dataset as expanded JSON-LD, which needs no context and loses nothing (named graphs included). */
export async function toExpandedJsonLd(data: DatasetCore | Iterable<Quad>): Promise<ExpandedJsonLd> {
  const check = new TermCheck('jsonld');
  const quads = [...(data as Iterable<Quad>)].map((q) => safeQuad(q, check));
  return (await fromRdf(quads)) as ExpandedJsonLd;
}
