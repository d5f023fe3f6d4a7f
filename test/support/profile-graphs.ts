// Generated graphs of a profile's classes (built as a user builds them), with odd values injected:
// language strings, other datatypes, unknown properties, blank nodes, numbers, IRI values.
import fc from 'fast-check';
import { DataFactory as N3, type Store } from 'n3';
import type { AnyProfile } from '../../src/index.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from './arbitrary.js';

const odd = fc.record({
  kind: fc.constantFrom('lang', 'datatype', 'unknown', 'blank', 'number', 'iri-value'),
  text: fc.string({ maxLength: 10 }),
  at: fc.nat(),
});

export function graphFor(profile: AnyProfile): fc.Arbitrary<Store> {
  const model = modelOf(profile.declaration);
  const classes = [...model.classes.keys()];
  const refs = Object.fromEntries(classes.map((k) => [k, [`https://example.org/${k}/1`]]));
  const records = fc.array(
    fc.constantFrom(...classes).chain((c) => recordOf(profile.declaration, c, refs).map((r) => [c, r] as const)),
    { minLength: 1, maxLength: 4 },
  );
  return fc.tuple(records, fc.array(odd, { maxLength: 4 })).map(([rs, odds]) => {
    const g = (profile as unknown as { graph(): { dataset: Store } & Record<string, (i: unknown) => unknown> }).graph();
    rs.forEach(([c, r], i) => {
      try {
        g[c]!({
          ...r,
          ...(model.classes.get(c)!.declaration.identity ? {} : { id: `https://example.org/record/${i}` }),
        });
      } catch {
        // a record the builder refuses is left out
      }
    });
    const quads = [...g.dataset];
    for (const { kind, text, at } of odds) {
      const q = quads[at % Math.max(quads.length, 1)];
      const s = q?.subject ?? N3.namedNode('https://example.org/s');
      const p = q?.predicate ?? N3.namedNode('https://example.org/p');
      if (kind === 'lang') g.dataset.addQuad(N3.quad(s, p, N3.literal(text, 'nl-BE')));
      if (kind === 'datatype')
        g.dataset.addQuad(N3.quad(s, p, N3.literal(text, N3.namedNode('https://example.org/dt'))));
      if (kind === 'unknown')
        g.dataset.addQuad(N3.quad(s, N3.namedNode('https://example.org/onbekend'), N3.literal(text)));
      if (kind === 'blank') g.dataset.addQuad(N3.quad(s, p, N3.blankNode(`extra${at}`)));
      if (kind === 'number')
        g.dataset.addQuad(
          N3.quad(s, p, N3.literal(String(at), N3.namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
        );
      if (kind === 'iri-value') g.dataset.addQuad(N3.quad(s, p, N3.namedNode(`https://example.org/waarde/${at}`)));
    }
    return g.dataset;
  });
}
