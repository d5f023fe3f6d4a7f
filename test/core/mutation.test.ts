// Property: in a valid record of any profile, every single-field mutation that breaks a rule (the
// field left out, given twice, or given a value of the wrong kind) yields a violation for that field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DataFactory as N3, type Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { validate, type AnyProfile } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { modelOf } from '../../src/core/schema/model.js';
import { validGraph } from '../support/records.js';
import { complete } from '../voorzieninggebruik/support.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const listResponse = JSON.parse(
  readFileSync(new URL('../fixtures/verwerkingenlogging/lijst-verwerkte-objecten.json', import.meta.url), 'utf8'),
);

const cases: [string, AnyProfile, () => Store][] = [
  ['toestemming', toestemming, () => validGraph().dataset],
  ['voorzieninggebruik', voorzieninggebruik, () => voorzieninggebruik.fromJson(complete).dataset],
  ['verwerkingenlogging', verwerkingenlogging, () => verwerkingenlogging.fromJson(listResponse).dataset],
];

/** Every (node, property) pair a valid graph has rules for: nodes typed with a class of the profile. */
function fields(profile: AnyProfile, data: Store): { node: Term; iri: string; card: string; literal: boolean }[] {
  const model = modelOf(profile.declaration);
  const out: { node: Term; iri: string; card: string; literal: boolean }[] = [];
  for (const c of model.classes.values()) {
    for (const node of data.getSubjects(RDF_TYPE, c.declaration.iri, null)) {
      for (const { declaration: p } of c.properties)
        out.push({ node, iri: p.iri, card: p.card, literal: p.range.kind === 'literal' });
    }
  }
  return out;
}

describe.each(cases)('single-field mutations of a valid %s record', (_name, profile, make) => {
  it('the record is valid to start with', async () => {
    expect((await validate(make(), { profile })).conforms).toBe(true);
  });

  it('each breaking mutation yields a violation for its field (property)', async () => {
    const all = fields(profile, make());
    const mutation = fc.record({
      field: fc.constantFrom(...all),
      kind: fc.constantFrom('drop', 'twice', 'wrong-kind'),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ field, kind }) => {
        const data = make();
        const quads = data.getQuads(field.node, field.iri, null, null) as Quad[];
        const node = field.node as Quad['subject'];
        const predicate = N3.namedNode(field.iri);
        if (kind === 'drop') {
          // leaving out breaks a rule only for a required field that was there
          if (!(field.card === '1' || field.card === '1..*') || quads.length === 0) return;
          data.removeQuads(quads);
        } else if (kind === 'twice') {
          if (!(field.card === '1' || field.card === '0..1') || quads.length === 0) return;
          const value = quads[0]!.object;
          data.addQuad(
            N3.quad(
              node,
              predicate,
              value.termType === 'Literal'
                ? N3.literal(`${value.value} (2)`, value.datatype)
                : N3.namedNode(`${value.value}-2`),
            ),
          );
        } else {
          if (quads.length === 0) return;
          data.removeQuads(quads);
          // a literal where a node belongs, a node where a literal belongs
          data.addQuad(
            N3.quad(
              node,
              predicate,
              field.literal ? N3.namedNode('https://example.org/geen-literal') : N3.literal('geen verwijzing'),
            ),
          );
        }
        const report = await validate(data, { profile });
        const hit = report.results.some(
          (r) =>
            r.severity === 'Violation' &&
            r.path === field.iri &&
            r.focusNode === (node.termType === 'BlankNode' ? `_:${node.value}` : node.value),
        );
        expect(hit, `${kind} ${field.iri} of ${node.value}`).toBe(true);
      }),
      { numRuns: 150, seed: 2026 },
    );
  });
});
