/**
 * The machinery's public functions, each taking the profile it works for.
 */
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Store } from 'n3';
import type { AnyProfile } from './profile.js';
import { validateAgainst, type ValidateOptions, type ValidationReport } from './validate/validate.js';
import {
  toExpandedJsonLd,
  toJsonLdWith,
  type ExpandedJsonLd,
  type JsonLdDocument,
  type JsonLdOutputOptions,
} from './serialize/jsonld.js';
import { ProfielkitError } from './errors.js';
import { writeRdf } from './serialize/rdf.js';
import { parseJsonLd as parseJsonLdWith, type JsonLdInputOptions } from './parse/jsonld.js';
import type { BundledContext } from './schema/declaration.js';
import { validateStream as validateStreamWith, validateStreamFast } from './validate/stream.js';
import type { StreamValidateOptions } from './validate/stream.js';
import { forEachQuad, type RdfSource } from './stream/source.js';
import { profilesTyping, typesANode } from './profiles-in-data.js';
import { jsonLdText, type JsonLdStreamOptions } from './serialize/jsonld-stream.js';

/**
 * What to validate against: a profile's shapes, SHACL shapes of one's own (a dataset, e.g. from
 * `parseRdf`), or both (in one shapes graph, so that one's own may refer to the profile's). Shapes of
 * one's own are compiled for the fast path when they use SHACL Core with predicate paths; else the
 * reference engine (rdf-validate-shacl) validates, and the report's `engineReason` says why.
 */
export type ValidationTarget =
  | { readonly profile: AnyProfile; readonly shapes?: DatasetCore }
  | { readonly profile?: undefined; readonly shapes: DatasetCore };

/**
 * Validates a graph against a profile's SHACL shapes (and/or shapes of one's own); violations are a report, never an
 * exception.
 */
export function validate(data: DatasetCore, options: ValidateOptions & ValidationTarget): Promise<ValidationReport> {
  return validateAgainst(options.profile?.declaration, data, options);
}

/**
 * Writes a graph as compacted JSON-LD with the profile's published context and its terms, shaped like
 * the API (numbers and booleans as JSON, nested objects in their record). Without a profile: expanded
 * JSON-LD, which needs no context and loses nothing.
 */
export function toJsonLd(
  data: DatasetCore | Iterable<Quad>,
  options: JsonLdOutputOptions & { readonly profile: AnyProfile },
): Promise<JsonLdDocument>;
export function toJsonLd(
  data: DatasetCore | Iterable<Quad>,
  options?: JsonLdOutputOptions & { readonly profile?: undefined },
): Promise<ExpandedJsonLd>;
export function toJsonLd(
  data: DatasetCore | Iterable<Quad>,
  options: JsonLdOutputOptions & { readonly profile?: AnyProfile | undefined } = {},
): Promise<JsonLdDocument | ExpandedJsonLd> {
  const profile: unknown = options.profile;
  if (profile === undefined || profile === null) return toExpandedJsonLd(data);
  const declaration = (profile as Partial<AnyProfile>).declaration;
  if (typeof declaration !== 'object' || declaration === null || typeof declaration.name !== 'string') {
    return Promise.reject(
      new ProfielkitError(
        'jsonld/profile',
        'toJsonLd: profile must be a profile of profielkit (such as voorzieninggebruik, from the package),' +
          ` got ${typeof profile === 'string' ? JSON.stringify(profile) : typeof profile}`,
      ),
    );
  }
  return toJsonLdWith(declaration, data, options);
}

/**
 * `toJsonLd` for quads that come one at a time (a quad stream of a large export, an async iterable,
 * an array), in flat memory: the text of compacted JSON-LD with the profile's context, a piece at a
 * time, laid out as `JSON.stringify(document, null, 2)`. The same terms, numbers and booleans as
 * `toJsonLd`; a nested object is embedded in its record when it comes within `window` nodes of it,
 * and otherwise stands in `@graph` by itself, named by its `@id` (a streaming writer cannot know
 * whether a node is named again later, so an embedded node keeps its `@id`). Named graphs are kept.
 * Expanding the text gives the graph that came in, always.
 */
export function toJsonLdStream(
  quads: AsyncIterable<Quad> | Iterable<Quad>,
  options: JsonLdStreamOptions & { readonly profile: AnyProfile },
): AsyncIterable<string> {
  const { profile, ...rest } = options;
  return jsonLdText(profile.declaration, quads, rest);
}

/** Options of `toTurtle` and `toTriG`: the prefixes to write. */
export interface RdfOutputOptions {
  /** the profile whose prefixes Turtle uses */
  readonly profile?: AnyProfile;
  /** further prefixes (or ones that replace the profile's) */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/** Writes a graph as Turtle, with the profile's prefixes. Named graphs are merged into one graph. */
export function toTurtle(data: DatasetCore | Iterable<Quad>, options: RdfOutputOptions = {}): Promise<string> {
  return writeRdf(data, 'turtle', {
    prefixes: { ...(options.profile?.declaration.prefixes ?? {}), ...(options.prefixes ?? {}) },
  });
}

/** Writes a graph as N-Triples. Named graphs are merged into one graph. */
export function toNTriples(data: DatasetCore | Iterable<Quad>): Promise<string> {
  return writeRdf(data, 'ntriples');
}

/** Writes a dataset as N-Quads, keeping named graphs. */
export function toNQuads(data: DatasetCore | Iterable<Quad>): Promise<string> {
  return writeRdf(data, 'nquads');
}

/** Writes a dataset as TriG, keeping named graphs, with the profile's prefixes (as `toTurtle`). */
export function toTriG(data: DatasetCore | Iterable<Quad>, options: RdfOutputOptions = {}): Promise<string> {
  return writeRdf(data, 'trig', {
    prefixes: { ...(options.profile?.declaration.prefixes ?? {}), ...(options.prefixes ?? {}) },
  });
}

/** Options for `parseJsonLd`. */
export interface ParseJsonLdOptions extends Omit<JsonLdInputOptions, 'profile' | 'contexts' | 'profiles'> {
  /** the profile whose context is served and whose references are checked */
  readonly profile?: AnyProfile;
  /** further contexts to serve from memory */
  readonly contexts?: readonly BundledContext[];
  /**
   * further profiles whose contexts are served from memory (the data says which applies); in a
   * document in a profile's own context, a reference given as its JSON gives it (a slug, the referenced
   * object itself) is read as `fromJson` reads it
   */
  readonly profiles?: readonly AnyProfile[];
}

/**
 * Parses JSON-LD (text or a parsed value) into a dataset. Contexts are served from the bundled copies;
 * any other is refused unless `documentLoader` is given.
 */
export function parseJsonLd(input: string | object, options: ParseJsonLdOptions = {}): Promise<Store> {
  const { profile, profiles, ...rest } = options;
  return parseJsonLdWith(input, {
    ...rest,
    ...(profile ? { profile: profile.declaration } : {}),
    ...(profiles ? { profiles: profiles.map((p) => p.declaration) } : {}),
  });
}

/**
 * Options for `validateStream` and `validateFile`: what to validate against (a profile, shapes of one's own, or both),
 * and how.
 */
export type StreamValidationOptions = StreamValidateOptions & ValidationTarget;

/**
 * Validates RDF as it is read, in memory proportional to the nodes references need rather than to
 * the triples. `open` opens the input, and may return
 * - a Node.js Readable of bytes or text (`fs.createReadStream`, `process.stdin`),
 * - a Web ReadableStream of bytes or text (`(await fetch(url)).body`, `file.stream()`),
 * - an RDF/JS stream of quads (an `N3.StreamParser`, or any library's quad stream), taken as it is
 *   (`format` then does not apply).
 * Text is parsed as `format` (Turtle, N-Triples, N-Quads or TriG; `turtle` by default). `open` is
 * called again only when the input cannot be validated as it comes (shapes of one's own that need the
 * whole graph, such as `sh:targetObjectsOf`, or its triples are not grouped by
 * subject): it is then read into memory and validated there, with the same results. Anything else
 * rejects with a `StreamInputError`.
 *
 * What does not fit the budgets in memory goes to a temporary file where Node's file system is
 * available (Node 20.16+, or after importing `profielkit/node`), to memory elsewhere (a browser).
 */
export function validateStream(open: () => RdfSource, options: StreamValidationOptions): Promise<ValidationReport> {
  const { profile, shapes, ...rest } = options;
  if (profile === undefined && shapes === undefined)
    return Promise.reject(new TypeError('validateStream: give a profile, shapes of your own, or both'));
  return validateStreamWith(
    { ...(profile ? { declaration: profile.declaration } : {}), ...(shapes ? { shapes } : {}) },
    open,
    rest,
  );
}

/** What `validateStreamProfiles` found: the profiles the data is of, and a report for each, in that order. */
export interface ProfilesValidation {
  /** the profiles the data's classes call for (as `profilesTyping` decides), in the order given */
  readonly profiles: readonly AnyProfile[];
  /** `reports[i]` is the report against `profiles[i]` */
  readonly reports: readonly ValidationReport[];
}

/**
 * Validates RDF as it is read against every profile its classes call for, in one read: the way the
 * command validates a file without `--profile`. Each candidate profile is checked as the triples come
 * (as `validateStream` does); which of them the data is of is then decided by `profilesTyping` from
 * the classes its nodes were typed with. When the input cannot be validated as it comes, `open` is
 * called a second time and the data validated in memory, with the same results. None found: both
 * lists are empty.
 */
export async function validateStreamProfiles(
  open: () => RdfSource,
  options: StreamValidateOptions & { readonly profiles: Readonly<Record<string, AnyProfile>> | readonly AnyProfile[] },
): Promise<ProfilesValidation> {
  const { profiles, ...rest } = options;
  const candidates = (Array.isArray(profiles) ? profiles : Object.values(profiles)) as readonly AnyProfile[];
  if (rest.engine !== 'reference') {
    const outcome = await validateStreamFast(
      candidates.map((p) => p.declaration),
      open,
      rest,
    );
    if (outcome) {
      const found = profilesTyping(candidates, (iri) => outcome.classesSeen.has(iri));
      return { profiles: found, reports: found.map((p) => outcome.reports[candidates.indexOf(p)] as ValidationReport) };
    }
  }
  const store = new Store();
  await forEachQuad(open(), rest.format ?? 'turtle', (quad) => store.addQuad(quad));
  const found = profilesTyping(candidates, (iri) => typesANode(store, iri));
  const reports: ValidationReport[] = [];
  for (const profile of found) reports.push(await validateAgainst(profile.declaration, store, rest));
  return { profiles: found, reports };
}
