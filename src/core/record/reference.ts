/**
 * How a JSON value names the node a reference by UUID points at: the UUID itself, the referenced object
 * as an API that expands references writes it (OpenRegister's `_extend`), or a slug, bare or in a seed
 * file's `{name, oin, slug}`. One reading, shared by `fromJson` (the walk) and the JSON-LD readers, so
 * that the same reference becomes the same IRI on either path.
 */
import type { ReferenceRange } from '../schema/declaration.js';
import { isAbsoluteIri } from '../rdf/terms.js';
import { isUuid } from '../rdf/lexical.js';

/** What a slug may hold: unreserved URI characters, so that `slugBase + slug` is an IRI as it stands. */
export const SLUG_PATTERN = '[A-Za-z0-9][A-Za-z0-9._~-]*';
const SLUG = new RegExp(`^${SLUG_PATTERN}$`, 'u');

/** The node a reference names, and how it was given. */
export interface ReferenceReading {
  readonly iri: string;
  readonly form: 'uuid' | 'extended' | 'slug' | 'seed';
  /** a seed's reference: its fields besides `slug`, which describe the referenced object, not the record */
  readonly others?: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The IRI a slug names under `base`; `undefined` for a value that is no slug (a UUID is none). */
export function slugIri(base: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || !SLUG.test(value) || isUuid(value) || !isAbsoluteIri(base + value)) return undefined;
  return base + value;
}

/** The UUID of an extended object (OpenRegister's `_extend`): its `id`, or its `@self.id`. */
function extendedId(value: Record<string, unknown>): string | undefined {
  const self = value['@self'];
  const id = value['id'] ?? (isRecord(self) ? self['id'] : undefined);
  return typeof id === 'string' && isUuid(id) ? id : undefined;
}

/**
 * The node a value of a reference by UUID names, `base` being the referenced class's identity base
 * (`urn:uuid:` by default); `undefined` for a value that is none of the forms the range allows.
 */
export function readReference(range: ReferenceRange, value: unknown, base: string): ReferenceReading | undefined {
  if (range.by !== 'uuid') return undefined;
  // by-UUID means a UUID: `urn:uuid:` + anything would still be an IRI, and slip past unnoticed
  if (typeof value === 'string' && isUuid(value) && isAbsoluteIri(base + value))
    return { iri: base + value, form: 'uuid' };
  const slug = range.slugBase === undefined ? undefined : slugIri(range.slugBase, value);
  if (slug !== undefined) return { iri: slug, form: 'slug' };
  if (!range.extended || !isRecord(value)) return undefined;
  const id = extendedId(value);
  if (id !== undefined && isAbsoluteIri(base + id)) return { iri: base + id, form: 'extended' };
  const bySlug = range.slugBase === undefined ? undefined : slugIri(range.slugBase, value['slug']);
  if (bySlug === undefined) return undefined;
  return { iri: bySlug, form: 'seed', others: Object.keys(value).filter((k) => k !== 'slug') };
}
