// The fast path must give exactly the results of the reference path (rdf-validate-shacl with the same
// shapes): checked on every fixture and on generated exports with injected faults.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { DataFactory as N3, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { parseRdf, profiles, toestemming, validate, type AnyProfile, type ValidationResult } from '../../src/index.js';
import { modelOf } from '../../src/core/schema/model.js';
import { recordOf } from '../support/arbitrary.js';
import { testProfile } from '../support/test-profile.js';

const key = (r: ValidationResult) => JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity, r.sourceShape, r.message]);

async function same(profile: AnyProfile, data: Store): Promise<void> {
  const fast = await validate(data, { profile, engine: 'fast' });
  const reference = await validate(data, { profile, engine: 'reference' });
  expect(fast.results.map(key).sort()).toEqual(reference.results.map(key).sort());
  expect(fast.conforms).toBe(reference.conforms);
}

/** Faults: drop a triple, add a second value, or put a literal, an IRI or a typed odd value in its place. */
const fault = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('drop', 'duplicate', 'literal', 'iri', 'integer', 'date', 'datetime', 'lang', 'blank', 'type'),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2024-02-30', '-1', '3', 'Actief', 'P10Y', '2024-01-01T10:00:00+01:00', 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten')),
});

function inject(store: Store, faults: readonly { at: number; kind: string; text: string }[], typeIris: readonly string[]): Store {
  const quads = [...store];
  for (const { at, kind, text } of faults) {
    if (quads.length === 0) break;
    const i = at % quads.length;
    const q = quads[i]!;
    const put = (o: Term) => (quads[i] = N3.quad(q.subject, q.predicate, o as Quad['object']) as Quad);
    const XSD = 'http://www.w3.org/2001/XMLSchema#';
    switch (kind) {
      case 'drop': quads.splice(i, 1); break;
      case 'duplicate': quads.push(N3.quad(q.subject, q.predicate, N3.literal(text)) as Quad); break;
      case 'literal': put(N3.literal(text)); break;
      case 'iri': put(N3.namedNode(`https://example.org/${encodeURIComponent(text)}`)); break;
      case 'integer': put(N3.literal(text, N3.namedNode(`${XSD}integer`))); break;
      case 'date': put(N3.literal(text, N3.namedNode(`${XSD}date`))); break;
      case 'datetime': put(N3.literal(text, N3.namedNode(`${XSD}dateTime`))); break;
      case 'lang': put(N3.literal(text, 'nl')); break;
      case 'blank': put(N3.blankNode(`b${at}`)); break;
      case 'type': quads.push(N3.quad(q.subject, N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), N3.namedNode(typeIris[at % typeIris.length]!)) as Quad); break;
    }
  }
  return new Store(quads);
}

describe('the fast path gives exactly the reference results', () => {
  it.each(readdirSync(new URL('../fuzz/corpus/', import.meta.url)).filter((f) => /\.(ttl|nt)$/.test(f) && !/utf8|space|truncated/.test(f)))('on fixture %s', async (file) => {
    const text = readFileSync(new URL(`../fuzz/corpus/${file}`, import.meta.url), 'utf8');
    await same(toestemming, parseRdf(text, file.endsWith('.nt') ? 'ntriples' : 'turtle'));
  });

  it.each(Object.values(profiles).map((p) => [p.name, p] as const).concat([['test profile', testProfile]]))('on generated %s data with injected faults', async (_name, profile) => {
    const model = modelOf(profile.declaration);
    const typeIris = [...model.classes.values()].map((c) => c.declaration.iri);
    const refs = Object.fromEntries([...model.classes.keys()].map((k) => [k, [`https://example.org/${k}/1`, `https://example.org/${k}/2`]]));
    const classes = [...model.classes.keys()];
    const records = fc.array(fc.constantFrom(...classes).chain((c) => recordOf(profile.declaration, c, refs).map((r) => [c, r] as const)), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(records, fc.array(fault, { maxLength: 5 }), async (rs, faults) => {
        const g = (profile as typeof toestemming).graph();
        for (const k of classes) for (const id of refs[k]!) { try { (g as unknown as Record<string, (i: unknown) => unknown>)[k]!({ id }); } catch { /* classes with required properties are built below */ } }
        rs.forEach(([c, r], i) => {
          try {
            (g as unknown as Record<string, (i: unknown) => unknown>)[c]!({ ...r, ...(model.classes.get(c)!.declaration.identity ? {} : { id: `https://example.org/record/${i}` }) });
          } catch {
            // a generated record the builder refuses (e.g. a duplicate identity) is simply left out
          }
        });
        await same(profile, inject(g.dataset, faults, typeIris));
      }),
      { numRuns: 150, seed: 1123 },
    );
  });

  it('takes the reference path for data with rdfs:subClassOf, with the same results', async () => {
    const data = parseRdf(`
      @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      <https://example.org/MijnToestemming> <http://www.w3.org/2000/01/rdf-schema#subClassOf> t:Toestemming .
      <https://example.org/x> a <https://example.org/MijnToestemming> .`);
    const report = await validate(data, { profile: toestemming });
    expect(report.results.length).toBe(4); // the subclass instance is held to Toestemming's rules
    await same(toestemming, data);
  });
});

describe('coverage of the fast path', () => {
  it.each(Object.values(profiles).map((p) => [p.name, p] as const))('compiles every rule of %s (no fallback to the reference engine)', async (_name, profile) => {
    const { compileProfile } = await import('../../src/core/validate/fast/compile.js');
    expect(compileProfile(profile.declaration).covered).toBe(true);
  });
});
