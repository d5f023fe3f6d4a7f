/**
 * The few jsonld.js calls profielkit makes, typed in one place (the package's own typings predate
 * jsonld 9), with jsonld's errors turned into profielkit's. jsonld.js is loaded on the first call
 * (a dynamic import): importing profielkit, building records or writing Turtle never loads it.
 */
import { ParseError, ProfielkitError, RemoteContextError } from '../errors.js';
import type { DocumentLoader } from './document-loader.js';
import { shallowLists } from './shallow-lists.js';

/** A quad as jsonld.js reads and writes it (plain objects, without `.equals()`). */
export interface PlainQuad {
  readonly subject: { readonly termType: string; readonly value: string };
  readonly predicate: { readonly termType: string; readonly value: string };
  readonly object: {
    readonly termType: string;
    readonly value: string;
    readonly datatype?: { readonly value: string };
    readonly language?: string;
  };
  readonly graph: { readonly termType: string; readonly value: string };
}

interface JsonLdApi {
  toRDF(input: unknown, options: Record<string, unknown>): Promise<PlainQuad[]>;
  fromRDF(input: readonly unknown[], options: Record<string, unknown>): Promise<unknown[]>;
  compact(input: unknown, context: unknown, options: Record<string, unknown>): Promise<Record<string, unknown>>;
}

let loading: Promise<JsonLdApi> | undefined;

/** jsonld.js, loaded once, on first use. */
function api(): Promise<JsonLdApi> {
  loading ??= import('jsonld').then((m) => ((m as { default?: unknown }).default ?? m) as JsonLdApi);
  return loading;
}

/** The profielkit error inside a jsonld.js error, if our loader threw one. */
function ownCause(error: unknown): ProfielkitError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof ProfielkitError) return current;
    const e = current as { cause?: unknown; details?: { cause?: unknown } };
    current = e.details?.cause ?? e.cause;
  }
  return undefined;
}

async function guarded<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const own = ownCause(error);
    if (own) throw own;
    const e = error as {
      message?: string;
      details?: { code?: string; event?: { code?: string; message?: string; details?: Record<string, unknown> } };
    };
    const event = e.details?.event;
    if (event) {
      // safe mode: jsonld.js would have dropped data silently; say what and where
      const details = event.details ?? {};
      const subject = Object.entries(details)
        .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
        .join(', ');
      throw new ParseError(
        'jsonld',
        `${what}: ${event.message ?? event.code ?? 'data would be lost'}${subject ? ` (${subject})` : ''}`,
        {},
        { cause: error },
      );
    }
    const code = e.details?.code ? ` [${e.details.code}]` : '';
    throw new ParseError('jsonld', `${what}: ${e.message ?? String(error)}${code}`, {}, { cause: error });
  }
}

/** A JSON-LD document to quads (jsonld.js `toRDF`, in safe mode). */
export async function toRdf(document: unknown, documentLoader: DocumentLoader, base?: string): Promise<PlainQuad[]> {
  const jsonld = await api();
  // jsonld.js drops the cause of a failed scoped context ("invalid scoped context"): keep our refusal to say it was
  // remote
  let refused: RemoteContextError | undefined;
  const loader: DocumentLoader = (url) =>
    documentLoader(url).catch((error: unknown) => {
      if (error instanceof RemoteContextError) refused ??= error;
      throw error;
    });
  try {
    return await guarded('cannot read the JSON-LD document', () =>
      jsonld.toRDF(document, { documentLoader: loader, safe: true, ...(base === undefined ? {} : { base }) }),
    );
  } catch (error) {
    throw refused ?? error;
  }
}

/** Quads to expanded JSON-LD (jsonld.js `fromRDF`). */
export async function fromRdf(quads: readonly unknown[]): Promise<unknown[]> {
  const jsonld = await api();
  // lists of lists nested as deep as the data would break compaction and JSON.stringify
  return shallowLists(
    await guarded('cannot turn the graph into JSON-LD', () =>
      jsonld.fromRDF(quads, { useNativeTypes: false, useRdfType: false }),
    ),
  );
}

/** Expanded JSON-LD compacted with a context (jsonld.js `compact`). */
export async function compact(
  expanded: unknown,
  context: unknown,
  documentLoader: DocumentLoader,
): Promise<Record<string, unknown>> {
  const jsonld = await api();
  return guarded('cannot compact the JSON-LD', () => jsonld.compact(expanded, context, { documentLoader }));
}
