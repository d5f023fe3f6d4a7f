/**
 * Helpers that keep a declaration's literal types (cardinalities, class keys, code-list values)
 * so that builder and reader types can be inferred from it. They return their argument unchanged.
 */
import type { CodeList, ProfileDeclaration } from './declaration.js';
import { UUID_PATTERN } from '../rdf/lexical.js';

export { UUID_PATTERN };

/** A text in Dutch and English, as a declaration gives its labels, descriptions and patterns in words. */
export const text = (nl: string, en: string) => ({ nl, en }) as const;

/** `UUID_PATTERN` in words, for the steward's report. */
export const UUID_PATTERN_TEXT = text(
  'een UUID, bv. 123e4567-e89b-12d3-a456-426614174000',
  'a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000',
);

/** Declares a profile; see `ProfileDeclaration`. */
export function defineProfile<const D extends ProfileDeclaration>(declaration: D): D {
  return declaration;
}

/** Declares a published SKOS code list; see `CodeList`. */
export function defineCodeList<const L extends CodeList>(list: L): L {
  return list;
}

/** The IRI profielkit writes for each concept of a code list (its first published form), by notation. */
export type ConceptConstants<L extends CodeList> = {
  readonly [K in keyof L['concepts'] & string]: `${L['forms'][0]}${K}`;
};

/** Typed constants for a code list's concepts: `ToestemmingStatus.toegelaten` is the concept's IRI. */
export function conceptConstants<const L extends CodeList>(list: L): ConceptConstants<L> {
  const form = list.forms[0] ?? '';
  return Object.freeze(Object.fromEntries(Object.keys(list.concepts).map((k) => [k, form + k]))) as ConceptConstants<L>;
}
