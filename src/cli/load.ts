/**
 * An input's bytes to a dataset: RDF syntaxes with n3, JSON-LD with the bundled contexts of every
 * registered profile (nothing is fetched), a standard's own JSON with its profile's `fromJson`.
 */
import { Store } from 'n3';
import type { AnyProfile } from '../core/profile.js';
import type { JsonConversion } from '../core/json/convert.js';
import type { StringReference } from '../core/errors.js';
import { parseJsonLd } from '../core/api.js';
import type { RdfInputFormat } from '../core/parse/rdf.js';
import { N3Feed } from '../core/parse/n3-feed.js';
import { LimitedStore, type StoreLimits } from '../core/parse/store-limits.js';
import { DEFAULT_MAX_KEYS } from '../core/jsonld/prescan.js';
import type { Limits } from './limits.js';
import { decodeUtf8 } from '../core/parse/decode.js';
import { splitJson } from '../core/json/split.js';
import { parseJson } from '../core/parse/jsonld.js';
import { Readable } from 'node:stream';
import type { InputFormat, JsonFormat, RdfFormat } from './input.js';
import type { Progress } from './progress.js';
import { stoppableAtOnce } from './signals.js';
import type { Registry } from './registry.js';

/** Whether a format is RDF (or JSON-LD), as opposed to a standard's own JSON. */
export function isRdf(format: InputFormat): format is RdfFormat {
  return format !== 'json' && format !== 'ndjson';
}

/**
 * Parses Turtle, N-Triples or N-Quads quad by quad, so that progress can count triples. A syntax
 * error becomes the library's ParseError (line and column), as `parseRdf` reports it.
 */
function parseCounting(
  text: string,
  format: RdfInputFormat,
  base: string | undefined,
  limits: StoreLimits,
  progress: Progress,
  documentLabels: boolean,
): Store {
  const options = { documentLabels, ...(base === undefined ? {} : { baseIRI: base }) };
  progress.begin('parsing');
  const store = new LimitedStore(new Store(), limits);
  let count = 0;
  // fed synchronously: n3's parse(text, callback) would throw its own failures from a microtask, uncaught
  const feed = new N3Feed(format, options, (quad) => {
    store.add(quad);
    if (++count % 1000 === 0) progress.update('parsing', count, 'triples');
  });
  feed.write(text);
  feed.end();
  progress.finish('parsing', count, 'triples');
  return store.store;
}

/** Options for reading RDF or JSON-LD. */
export interface RdfLoadOptions {
  /** a profile named with --profile: its references are checked in JSON-LD */
  readonly profile?: AnyProfile;
  readonly registry: Registry;
  /** the base IRI for relative IRIs */
  readonly base?: string;
  /** limits given with --limit */
  readonly limits?: Limits;
  /** the data will be written as JSON-LD: a node may have no more properties than a JSON-LD object keys */
  readonly toJsonLd?: boolean;
  /**
   * RDF syntaxes: nodes written `[ … ]` named in document order, as the streamed readers name them (the
   * data of a validation, whose report finds their lines); not for shapes, which may meet data's nodes
   */
  readonly documentLabels?: boolean;
  /** JSON-LD: what becomes of a plain string where the profile named expects a reference (see parseJsonLd) */
  readonly stringReferences?: 'refuse' | 'keep' | 'repair';
  /** called for each such string, with whether it was repaired */
  readonly onStringReference?: (reference: StringReference, repaired: boolean) => void;
}

/** Reads an RDF or JSON-LD input into a dataset. */
export async function loadRdf(
  bytes: Uint8Array,
  format: RdfFormat,
  options: RdfLoadOptions,
  progress: Progress,
): Promise<Store> {
  const text = decodeUtf8(bytes, format);
  const limits = options.limits ?? {};
  const maxKeys = options.toJsonLd ? (limits.maxKeys ?? DEFAULT_MAX_KEYS) : undefined;
  const storeLimits = {
    ...(limits.maxGraphs === undefined ? {} : { maxGraphs: limits.maxGraphs }),
    ...(maxKeys === undefined ? {} : { maxKeys }),
  };
  const documentLabels = options.documentLabels === true;
  if (format !== 'jsonld') return parseCounting(text, format, options.base, storeLimits, progress, documentLabels);
  // every profile's context served, and references read as its JSON gives them (a slug, an expanded object)
  const profiles = Object.values(options.registry);
  // the phase is announced once a signal can stop it: one sent on seeing the line is never lost
  const store = await stoppableAtOnce(() => {
    progress.begin('parsing JSON-LD');
    return parseJsonLd(text, {
      profiles,
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.base === undefined ? {} : { base: options.base }),
      ...(options.stringReferences === undefined ? {} : { stringReferences: options.stringReferences }),
      ...(options.onStringReference === undefined ? {} : { onStringReference: options.onStringReference }),
      ...limits,
    });
  });
  progress.finish('parsing JSON-LD', store.size, 'triples');
  return store;
}

/**
 * Converts a standard's own JSON with its profile. Lenient for validation (every problem becomes a
 * result with its JSON path); strict for conversion (the first problem is an error naming the path).
 * NDJSON is its records in a list, each at the path of its line's index (`[3]`).
 */
export async function loadJson(
  bytes: Uint8Array,
  format: JsonFormat,
  profileOf: AnyProfile | ((payload: unknown) => AnyProfile),
  strict: boolean,
  progress: Progress,
  pages?: { readonly dataset: Store; readonly source: string },
): Promise<{ conversion: JsonConversion; profile: AnyProfile }> {
  const text = decodeUtf8(bytes, 'json');
  progress.begin('converting JSON');
  let payload: unknown = text;
  if (format === 'ndjson') {
    const records: unknown[] = [];
    for await (const record of splitJson(Readable.from([text]), { ndjson: true })) records.push(record.value);
    payload = records;
  }
  let profile: AnyProfile;
  if (typeof profileOf === 'function') {
    // the profile is found from the payload's fields: parsed once, here (a syntax error says where, as fromJson would)
    if (typeof payload === 'string') payload = parseJson(payload, 'json');
    profile = profileOf(payload);
  } else profile = profileOf;
  // one of several pages: into the dataset of all, its JSON paths named by its file
  const conversion = profile.fromJson(payload, { strict, ...(pages ?? {}) });
  progress.finish('converting JSON', conversion.dataset.size, 'triples');
  return { conversion, profile };
}
