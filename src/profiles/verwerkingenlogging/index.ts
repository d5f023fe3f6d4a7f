/**
 * The Verwerkingenlogging profile (VNG, Inzage API 0.9.0): the profile object, the typed API error,
 * and the builder and reader types of its four classes.
 */
import type { DatasetCore } from '@rdfjs/types';
import { Profile } from '../../core/profile.js';
import type { InputOf, OutputOf } from '../../core/schema/infer.js';
import { verwerkingenloggingDeclaration, verwerkingenloggingDeclarationFor } from './declaration.js';
import { inzageJson } from './envelope.js';

type D = typeof verwerkingenloggingDeclaration;

/**
 * The Verwerkingenlogging profile: `fromJson` reads the Inzage API's responses; pass it to `validate`,
 * `toJsonLd`, `toTurtle`; build with `.graph()`.
 */
export const verwerkingenlogging = new Profile(verwerkingenloggingDeclaration, inzageJson);

/** The profile with the terms of profielkit's own namespace replaced by `ns + fieldName`. */
export function createVerwerkingenlogging<const NS extends string>(
  ns: NS,
): Profile<ReturnType<typeof verwerkingenloggingDeclarationFor<NS>>> {
  return new Profile(verwerkingenloggingDeclarationFor(ns), inzageJson);
}

/** The list response of GET /verwerkte-objecten, as `toListResponse` writes it. */
export interface VerwerkteObjectenLijst {
  readonly count: number;
  readonly next: null;
  readonly previous: null;
  readonly results: Record<string, unknown>[];
}

/**
 * Reads a graph back into one list response of the Inzage API (a single page: `next` and `previous`
 * are `null`, as the graph holds no paging), its results ordered by `verwerktObjectId`.
 */
export function toListResponse(
  dataset: DatasetCore,
  profile: Pick<Profile<D>, 'toJson'> = verwerkingenlogging,
  options: { readonly bases?: Readonly<Record<string, string>> } = {},
): VerwerkteObjectenLijst {
  const results = profile
    .toJson(dataset, options)
    .sort((a, b) => String(a['verwerktObjectId']).localeCompare(String(b['verwerktObjectId'])));
  return { count: results.length, next: null, previous: null, results };
}

export {
  OFFSET_PATTERN,
  OIN_PATTERN,
  UUID_PATTERN,
  VERWERKINGENLOGGING_NAMESPACE,
  verwerkingenloggingDeclaration,
  verwerkingenloggingDeclarationFor,
} from './declaration.js';
export { InzageApiError, type FoutBody, type InvalidParam } from './fout.js';
export { inzageRecords } from './envelope.js';

/** What the verwerkingenlogging builder of VerwerktObject takes (`g.VerwerktObject(input)`). */
export type VerwerktObjectInput = InputOf<D, 'VerwerktObject'>;
/** What the verwerkingenlogging builder of VerwerktObjectBasis takes (`g.VerwerktObjectBasis(input)`). */
export type VerwerktObjectBasisInput = InputOf<D, 'VerwerktObjectBasis'>;
/** What the verwerkingenlogging builder of VerwerktSoortGegeven takes (`g.VerwerktSoortGegeven(input)`). */
export type VerwerktSoortGegevenInput = InputOf<D, 'VerwerktSoortGegeven'>;
/** What the verwerkingenlogging builder of VerwerkingsactieBeperkt takes (`g.VerwerkingsactieBeperkt(input)`). */
export type VerwerkingsactieBeperktInput = InputOf<D, 'VerwerkingsactieBeperkt'>;

/**
 * A VerwerktObject as the verwerkingenlogging reader returns it (`verwerkingenlogging.read(dataset).VerwerktObject`).
 */
export type VerwerktObjectRecord = OutputOf<D, 'VerwerktObject'>;
/**
 * A VerwerktObjectBasis as the verwerkingenlogging reader returns it
 * (`verwerkingenlogging.read(dataset).VerwerktObjectBasis`).
 */
export type VerwerktObjectBasisRecord = OutputOf<D, 'VerwerktObjectBasis'>;
/**
 * A VerwerktSoortGegeven as the verwerkingenlogging reader returns it
 * (`verwerkingenlogging.read(dataset).VerwerktSoortGegeven`).
 */
export type VerwerktSoortGegevenRecord = OutputOf<D, 'VerwerktSoortGegeven'>;
/**
 * A VerwerkingsactieBeperkt as the verwerkingenlogging reader returns it
 * (`verwerkingenlogging.read(dataset).VerwerkingsactieBeperkt`).
 */
export type VerwerkingsactieBeperktRecord = OutputOf<D, 'VerwerkingsactieBeperkt'>;
