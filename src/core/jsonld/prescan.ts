/**
 * A linear look at a JSON-LD document before jsonld.js reads it, for the two shapes whose cost in
 * jsonld.js is far beyond their size:
 * - an object with a huge number of keys (a million keys in 29 MB took 1.9 GB);
 * - scoped contexts: jsonld.js processes a type- or property-scoped context again for every node it
 *   applies to, copying the whole active context each time, so a context of many terms makes the work
 *   (terms x nodes) quadratic in the size of the document (240 KB took 13 s, 1.3 MB over six minutes).
 * jsonld.js cannot be made to cache that work, so the work is estimated here and refused over a limit.
 * Every context the document names is looked up here too, scoped ones included: a remote one is a
 * `RemoteContextError` naming its URL (jsonld.js reports it only as "invalid scoped context").
 */
import { LimitError, RemoteContextError } from '../errors.js';
import type { DocumentLoader } from './document-loader.js';
import { pathOf, ROOT, type JsonStep } from '../parse/json-path.js';

/** Keys one JSON-LD object may have by default; real records have tens, real contexts hundreds. */
export const DEFAULT_MAX_KEYS = 10_000;

/**
 * The scoped-context work allowed by default: a fixed allowance (about a second of jsonld.js) plus
 * 50 term definitions per JSON value of the document. Benign documents with the bundled contexts need
 * about 3 per value; the costly ones thousands.
 */
export function defaultMaxContextWork(values: number): number {
  return 1_000_000 + 50 * values;
}

/** Limits on the cost of reading a JSON-LD document, against hostile input (each past it a `LimitError`). */
export interface JsonLdLimits {
  /** keys one object may have (default `DEFAULT_MAX_KEYS`) */
  readonly maxKeys?: number;
  /** estimated term definitions that applying scoped contexts may take (default `defaultMaxContextWork`) */
  readonly maxContextWork?: number;
}

/** What the contexts of a document define, as far as cost goes. */
interface ContextTable {
  /** term definitions in all contexts: what jsonld.js copies each time a scoped context applies */
  terms: number;
  /** terms with a scoped context, and how many terms that context defines */
  readonly scoped: Map<string, number>;
  /** terms that alias `@type` */
  readonly typeKeys: Set<string>;
}

const MAX_CONTEXT_NESTING = 64;

/** Walks the document once: the key limit, the number of values, and every `@context` value in it. */
function survey(document: unknown, maxKeys: number): { values: number; contexts: unknown[] } {
  const contexts: unknown[] = [];
  let values = 0;
  const stack: { value: unknown; step: JsonStep }[] = [{ value: document, step: ROOT }];
  while (stack.length > 0) {
    const { value, step } = stack.pop()!;
    values++;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], step: { parent: step, key: i } });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > maxKeys)
      throw new LimitError('maxKeys', maxKeys, `an object with ${keys.length.toLocaleString('en')} keys`, {
        path: pathOf(step),
      });
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      if (key === '@context') contexts.push(item);
      else stack.push({ value: item, step: { parent: step, key } });
    }
  }
  return { values, contexts };
}

/** Reads the contexts into a table, loading the ones named by URL; returns the terms `context` defines. */
async function readContext(
  context: unknown,
  table: ContextTable,
  load: (url: string) => Promise<unknown>,
  nesting: number,
): Promise<number> {
  if (nesting > MAX_CONTEXT_NESTING) return 0;
  if (typeof context === 'string') return readContext(await load(context), table, load, nesting + 1);
  if (Array.isArray(context)) {
    let terms = 0;
    for (const c of context) terms += await readContext(c, table, load, nesting + 1);
    return terms;
  }
  if (typeof context !== 'object' || context === null) return 0;
  let terms = 0;
  for (const [key, definition] of Object.entries(context)) {
    if (key === '@import' && typeof definition === 'string')
      terms += await readContext(await load(definition), table, load, nesting + 1);
    if (key.startsWith('@')) continue;
    terms++;
    table.terms++;
    if (
      definition === '@type' ||
      (typeof definition === 'object' &&
        definition !== null &&
        (definition as Record<string, unknown>)['@id'] === '@type')
    )
      table.typeKeys.add(key);
    if (typeof definition === 'object' && definition !== null && '@context' in definition) {
      const inner = await readContext((definition as Record<string, unknown>)['@context'], table, load, nesting + 1);
      table.scoped.set(key, Math.max(table.scoped.get(key) ?? 0, inner + 1));
    }
  }
  return terms;
}

/** The context of a loaded document: its `@context`, or the document itself. */
function contextOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null && '@context' in document
    ? (document as Record<string, unknown>)['@context']
    : null;
}

/**
 * The term definitions jsonld.js will process for scoped contexts, walked in document order and
 * stopped at the first place where it passes `limit`: that place is returned with the estimate.
 */
function scopedWork(document: unknown, table: ContextTable, limit: number): { work: number; path: string } | undefined {
  let work = 0;
  const stack: { value: unknown; step: JsonStep; underType: boolean }[] = [
    { value: document, step: ROOT, underType: false },
  ];
  while (stack.length > 0) {
    const { value, step, underType } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], step: { parent: step, key: i }, underType });
      continue;
    }
    // inside a type-scoped node every nested node reverts to a copy of the previous context
    if (underType) work += table.terms;
    let typed = underType;
    for (const [key, item] of Object.entries(value)) {
      if (key === '@context') {
        if (step !== ROOT) work += table.terms;
        continue;
      }
      const property = table.scoped.get(key);
      if (property !== undefined) work += table.terms + property;
      if (key === '@type' || table.typeKeys.has(key)) {
        for (const type of [item].flat()) {
          const scoped = typeof type === 'string' ? table.scoped.get(type) : undefined;
          if (scoped !== undefined) {
            work += table.terms + scoped;
            typed = true;
          }
        }
      }
      stack.push({ value: item, step: { parent: step, key }, underType: typed });
    }
    if (work > limit) return { work, path: pathOf(step) };
  }
  return undefined;
}

/**
 * Refuses, before jsonld.js starts, a document over the key limit or whose scoped contexts would cost
 * more than `maxContextWork`; loads every context it names (a refused one throws its error here).
 */
export async function prescanJsonLd(
  document: unknown,
  loader: DocumentLoader,
  limits: JsonLdLimits = {},
): Promise<void> {
  const { values, contexts } = survey(document, limits.maxKeys ?? DEFAULT_MAX_KEYS);
  const table: ContextTable = { terms: 0, scoped: new Map(), typeKeys: new Set() };
  const seen = new Map<string, unknown>();
  const load = async (url: string): Promise<unknown> => {
    if (seen.has(url)) return null;
    seen.set(url, null);
    try {
      const context = contextOf((await loader(url)).document);
      seen.set(url, context);
      return context;
    } catch (error) {
      // a refusal is the answer; any other failure (a relative URL, a loader's own error) is left to jsonld.js to
      // report
      if (error instanceof RemoteContextError) throw error;
      return null;
    }
  };
  for (const context of contexts) await readContext(context, table, load, 0);
  if (table.scoped.size === 0) return;
  const limit = limits.maxContextWork ?? defaultMaxContextWork(values);
  const over = scopedWork(document, table, limit);
  if (over) {
    throw new LimitError(
      'maxContextWork',
      limit,
      `applying this document's scoped contexts would take about ${over.work.toLocaleString('en')} term definitions` +
        ` by here (jsonld.js processes a scoped context of ${Math.max(...table.scoped.values()).toLocaleString('en')}` +
        ` terms, and copies the ${table.terms.toLocaleString('en')} terms of the active context,` +
        ' again for every node it applies to)',
      { path: over.path },
    );
  }
}
