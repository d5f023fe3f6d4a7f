// fast-check arbitraries derived from a profile declaration: records of any class, with values that
// fit each property's range and cardinality. Shared nodes are referenced by the IRIs in `refs`.
import fc from 'fast-check';
import type { ProfileDeclaration } from '../../src/index.js';
import type { PropertyDeclaration } from '../../src/types.js';
import { modelOf } from '../../src/core/schema/model.js';

// XML's Char production: the lexical space of xsd:string, all a builder writes
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** Strings that have broken serializers: quotes, backslashes, newlines, `"""`, `>`, astral characters, DEL. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !notXmlChar.test(s)),
  fc.constantFrom(
    '"',
    '\\',
    '"""',
    "'''",
    '\n\r\t',
    '<script>',
    '>',
    '@nl',
    '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '\u007f',
    '\u2028',
    ' leading and trailing ',
  ),
);

export const xsdDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const iri = fc.webUrl({ withFragments: true, withQueryParameters: true });

function valueOf(
  declaration: ProfileDeclaration,
  p: PropertyDeclaration,
  refs: Readonly<Record<string, readonly string[]>>,
): fc.Arbitrary<unknown> {
  const range = p.range;
  switch (range.kind) {
    case 'literal':
      switch (range.datatype) {
        case 'date':
          return xsdDate;
        case 'integer':
          return fc.integer({ min: range.minInclusive ?? -1_000_000, max: range.maxInclusive ?? 1_000_000 });
        case 'boolean':
          return fc.boolean();
        default:
          return hostileString;
      }
    case 'reference':
      return fc.constantFrom(...(refs[range.class] ?? []));
    case 'object':
      return recordOf(declaration, range.class, refs);
    case 'concept': {
      const published = range.codeList
        ? range.codeList.forms.flatMap((f) => Object.keys(range.codeList!.concepts).map((k) => f + k))
        : [];
      return published.length > 0 ? fc.oneof(fc.constantFrom(...published), iri) : iri;
    }
  }
}

/** Records of class `key`: every required property, each optional one present or not. */
export function recordOf(
  declaration: ProfileDeclaration,
  key: string,
  refs: Readonly<Record<string, readonly string[]>>,
): fc.Arbitrary<Record<string, unknown>> {
  const c = modelOf(declaration).classes.get(key)!;
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const optional: string[] = [];
  for (const { key: k, declaration: p } of c.properties) {
    const one = valueOf(declaration, p, refs);
    if (p.card === '0..*' || p.card === '1..*') {
      shape[k] = fc.uniqueArray(one, {
        minLength: p.card === '1..*' ? 1 : 0,
        maxLength: 4,
        selector: (v) => JSON.stringify(v),
      });
    } else shape[k] = one;
    if (p.card === '0..1' || p.card === '0..*') optional.push(k);
  }
  return fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => !optional.includes(k)) });
}

/**
 * Sorts list values so that records compare as RDF does (values are sets), and drops empty lists
 * (a reader always gives a list, a builder input may leave it out).
 */
export function normalize<T>(records: readonly T[]): T[] {
  return records
    .map(
      (r) =>
        Object.fromEntries(
          Object.entries(r as Record<string, unknown>)
            .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
            .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
        ) as T,
    )
    .sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
}
