/**
 * The JSON-LD document loader: serves the bundled contexts and refuses every other URL, so that
 * nothing is ever fetched from the network, unless the caller passes a loader of their own.
 */
import { RemoteContextError } from '../errors.js';
import type { BundledContext } from '../schema/declaration.js';

/** A document as a JSON-LD document loader returns it. */
export interface RemoteDocument {
  readonly contextUrl: string | null;
  readonly documentUrl: string;
  readonly document: unknown;
}

/** Loads a JSON-LD document (in practice a context) by URL. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/**
 * A loader that serves `contexts` and hands every other URL to `fallback`; without a fallback it
 * throws a `RemoteContextError` naming the URL.
 */
export function bundledDocumentLoader(contexts: readonly BundledContext[], fallback?: DocumentLoader): DocumentLoader {
  const byUrl = new Map<string, BundledContext>();
  for (const c of contexts) for (const url of c.urls) byUrl.set(url, c);
  return async (url) => {
    const found = byUrl.get(url);
    if (found) return { contextUrl: null, documentUrl: url, document: structuredClone(found.document) };
    if (fallback) return fallback(url);
    throw new RemoteContextError(url);
  };
}
