// Generated data for a profile with injected faults: the differential tests' input.
import fc from 'fast-check';
import { DataFactory as N3, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { AnyProfile } from '../../src/index.js';
import type { toestemming } from '../../src/toestemming.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from './arbitrary.js';

/**
 * Faults: drop a triple, add a second value, put a literal, an IRI or a typed odd value in its place, or give a literal
 * another lexical form.
 */
export const fault = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(
    'drop',
    'duplicate',
    'literal',
    'iri',
    'integer',
    'date',
    'datetime',
    'lang',
    'blank',
    'type',
    'lexical',
    'lexical',
  ),
  text: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '-1',
      '3',
      '+3',
      '03',
      '1.5',
      'Actief',
      'P10Y',
      'P3W',
      'PT',
      'P1YT',
      '2024-01-01T10:00:00+01:00',
      'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
    ),
    // dates that do not exist, and the edges of XSD's lexical space
    fc.constantFrom(
      '2026-13-01',
      '2026-00-10',
      '2024-02-30',
      '2023-02-29',
      '2100-02-29',
      '2024-04-31',
      '2024-02-29',
      '2000-02-29',
      '02024-03-01',
      '0000-01-01',
      '12024-03-01',
    ),
    fc.constantFrom(
      '2024-03-01+15:00',
      '2024-03-01+14:00',
      '2024-03-01T24:00:00',
      '2024-03-01T24:00:01',
      '2024-02-30T10:00:00Z',
      '2024-03-01T10:00:00+14:30',
    ),
  ),
});

/** Lexical forms at the edges of each datatype's lexical space (XSD 1.1 Part 2), valid and not. */
export const LEXICAL_EDGES: Readonly<Record<string, readonly string[]>> = {
  date: [
    '2026-13-01',
    '2026-00-10',
    '2024-02-30',
    '2023-02-29',
    '2100-02-29',
    '2024-04-31',
    '2024-02-29',
    '2000-02-29',
    '02024-03-01',
    '0000-01-01',
    '12024-03-01',
    '-0044-03-15',
    '2024-03-01+15:00',
    '2024-03-01+14:00',
    '2024-03-01-14:01',
    '2024-03-01Z',
    '2024-3-01',
    ' 2024-03-01',
  ],
  dateTime: [
    '2024-03-01T24:00:00',
    '2024-03-01T24:00:01',
    '2024-03-01T24:00:00.000Z',
    '2024-02-30T10:00:00Z',
    '2024-03-01T10:00:00+14:30',
    '2024-03-01T10:00:60Z',
    '2024-03-01T10:00:00.5+01:00',
    '2024-02-29T23:59:59Z',
    '2023-02-29T00:00:00Z',
    '2024-03-01T10:00Z',
    '2024-03-01T10:00:00',
  ],
  integer: ['03', '+3', '-0', '1.5', '3 ', '', '99999999999999999999999', '2', '6'],
  boolean: ['true', 'false', '1', '0', 'TRUE', 'yes', ''],
  duration: ['P3W', 'PT', 'P1YT', 'P', '-P1D', 'PT0.5S', 'P1Y2M3DT4H5M6.7S', 'P0D', 'PT1.S', 'P1.5Y'],
  anyURI: ['https://example.org/a b', 'urn:x', '', 'http://x/\u0001'],
};

export function inject(
  store: Store,
  faults: readonly { at: number; kind: string; text: string }[],
  typeIris: readonly string[],
): Store {
  const quads = [...store];
  for (const { at, kind, text } of faults) {
    if (quads.length === 0) break;
    const i = at % quads.length;
    const q = quads[i]!;
    const put = (o: Term) => (quads[i] = N3.quad(q.subject, q.predicate, o as Quad['object']) as Quad);
    const XSD = 'http://www.w3.org/2001/XMLSchema#';
    switch (kind) {
      case 'drop':
        quads.splice(i, 1);
        break;
      case 'duplicate':
        quads.push(N3.quad(q.subject, q.predicate, N3.literal(text)) as Quad);
        break;
      case 'literal':
        put(N3.literal(text));
        break;
      case 'iri':
        put(N3.namedNode(`https://example.org/${encodeURIComponent(text)}`));
        break;
      case 'integer':
        put(N3.literal(text, N3.namedNode(`${XSD}integer`)));
        break;
      case 'date':
        put(N3.literal(text, N3.namedNode(`${XSD}date`)));
        break;
      case 'datetime':
        put(N3.literal(text, N3.namedNode(`${XSD}dateTime`)));
        break;
      case 'lang':
        put(N3.literal(text, 'nl'));
        break;
      // the same datatype, another lexical form: the datatype rules' edges (a literal's quad is looked for from `at`)
      case 'lexical': {
        const j = quads.findIndex(
          (x, k) =>
            k >= i &&
            x.object.termType === 'Literal' &&
            x.object.language === '' &&
            x.object.datatype.value !== `${XSD}string`,
        );
        const target = quads[j];
        if (target && target.object.termType === 'Literal') {
          const edges = LEXICAL_EDGES[target.object.datatype.value.slice(XSD.length)] ?? [text];
          quads[j] = N3.quad(
            target.subject,
            target.predicate,
            N3.literal(edges[at % edges.length]!, target.object.datatype),
          ) as Quad;
        }
        break;
      }
      case 'blank':
        put(N3.blankNode(`b${at}`));
        break;
      case 'type':
        quads.push(
          N3.quad(
            q.subject,
            N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
            N3.namedNode(typeIris[at % typeIris.length]!),
          ) as Quad,
        );
        break;
    }
  }
  return new Store(quads);
}

/** A graph of a few generated records of any class of the profile, with up to five faults injected. */
export function faultyData(profile: AnyProfile): fc.Arbitrary<Store> {
  const model = modelOf(profile.declaration);
  const typeIris = [...model.classes.values()].map((c) => c.declaration.iri);
  const refs = Object.fromEntries(
    [...model.classes.keys()].map((k) => [k, [`https://example.org/${k}/1`, `https://example.org/${k}/2`]]),
  );
  const classes = [...model.classes.keys()];
  const records = fc.array(
    fc.constantFrom(...classes).chain((c) => recordOf(profile.declaration, c, refs).map((r) => [c, r] as const)),
    { minLength: 1, maxLength: 6 },
  );
  return fc.tuple(records, fc.array(fault, { maxLength: 5 })).map(([rs, faults]) => {
    const g = (profile as typeof toestemming).graph();
    const builders = g as unknown as Record<string, (i: unknown) => unknown>;
    for (const k of classes)
      for (const id of refs[k]!) {
        try {
          builders[k]!({ id });
        } catch {
          /* classes with required properties are built below */
        }
      }
    rs.forEach(([c, r], i) => {
      try {
        builders[c]!({
          ...r,
          ...(model.classes.get(c)!.declaration.identity ? {} : { id: `https://example.org/record/${i}` }),
        });
      } catch {
        // a generated record the builder refuses (e.g. a duplicate identity) is simply left out
      }
    });
    return inject(g.dataset, faults, typeIris);
  });
}
