// The shapes hold every rule of the profile: a valid record conforms, and each rule broken on its own
// yields exactly that one violation. The cases are derived from the declaration, so a property added
// to it is covered here without a new test.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Store, DataFactory as N3 } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { parseRdf, validate, type ValidationResult } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { modelOf } from '../../src/core/schema/model.js';
import { IRI, validGraph } from '../support/records.js';

const { namedNode, literal, quad } = N3;
const SH = 'http://www.w3.org/ns/shacl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const model = modelOf(toestemming.declaration);

function clone(store: Store): Store {
  return new Store([...store]);
}

function violations(results: readonly ValidationResult[]) {
  return results
    .filter((r) => r.severity === 'Violation')
    .map((r) => ({ focusNode: r.focusNode, path: r.path, constraint: r.constraint }));
}

/** A fresh node of the given class: a copy of a valid one in the store, so that it is valid too. */
function typedNode(store: Store, classIri: string, local: string): Term {
  const node = namedNode(`https://example.org/extra/${local}`);
  const model = store.getSubjects(namedNode(RDF_TYPE), namedNode(classIri), null)[0];
  if (!model) store.addQuad(quad(node, namedNode(RDF_TYPE), namedNode(classIri)));
  else for (const q of store.getQuads(model, null, null, null)) store.addQuad(quad(node, q.predicate, q.object));
  return node;
}

/** A second value that fits the property's range (to break a maximum cardinality alone). */
function fittingValue(
  store: Store,
  key: string,
  nth: number,
  range: (typeof model.classes extends ReadonlyMap<string, infer C>
    ? C
    : never)['properties'][number]['declaration']['range'],
): Term {
  switch (range.kind) {
    case 'literal':
      return range.datatype === 'date'
        ? literal(`203${nth}-01-01`, namedNode(`${XSD}date`))
        : literal(`another ${key} ${nth}`);
    case 'reference':
    case 'object':
      return typedNode(store, model.classes.get(range.class)!.declaration.iri, `${key}-${nth}`);
    case 'concept':
      return range.codeList
        ? namedNode(`${range.codeList.forms[0]}${Object.keys(range.codeList.concepts)[nth]}`)
        : namedNode(`https://example.org/concept/${key}-${nth}`);
  }
}

/** A value of the wrong kind for the property (to break its value rule alone). */
function wrongValue(range: Parameters<typeof fittingValue>[3]): { term: Term; constraint: string } {
  switch (range.kind) {
    case 'literal':
      return range.datatype === 'literal'
        ? { term: namedNode('https://example.org/not-a-literal'), constraint: `${SH}NodeKindConstraintComponent` }
        : {
            term: literal('2024-03-01T10:00:00', namedNode(`${XSD}dateTime`)),
            constraint: `${SH}DatatypeConstraintComponent`,
          };
    case 'reference':
    case 'object':
      // the -klasse shape: sh:or ( [ sh:nodeKind sh:Literal ] [ sh:class …] … )
      return { term: namedNode('https://example.org/untyped-node'), constraint: `${SH}OrConstraintComponent` };
    case 'concept':
      return { term: literal('toegelaten'), constraint: `${SH}NodeKindConstraintComponent` };
  }
}

// the nodes of the valid graph that carry each class's properties
const subjects: Record<string, string> = { Contactvoorkeur: IRI.voorkeur, ContactvoorkeurDescriptor: IRI.descriptor };

const cases: {
  name: string;
  mutate: (s: Store) => void;
  expected: { focusNode: string; path: string; constraint: string };
}[] = [];
for (const [classKey, focus] of Object.entries(subjects)) {
  for (const { key, declaration: p } of model.classes.get(classKey)!.properties) {
    const subject = namedNode(focus);
    const predicate = namedNode(p.iri);
    const current = (s: Store): Quad[] => s.getQuads(subject, predicate, null, null);
    if (p.card === '1' || p.card === '1..*') {
      cases.push({
        name: `${classKey}.${key} missing`,
        mutate: (s) => s.removeQuads(current(s)),
        expected: { focusNode: focus, path: p.iri, constraint: `${SH}MinCountConstraintComponent` },
      });
    }
    if (p.card === '1' || p.card === '0..1') {
      cases.push({
        name: `${classKey}.${key} twice`,
        mutate: (s) => {
          s.removeQuads(current(s));
          s.addQuad(quad(subject, predicate, fittingValue(s, key, 0, p.range) as Quad['object']));
          s.addQuad(quad(subject, predicate, fittingValue(s, key, 1, p.range) as Quad['object']));
        },
        expected: { focusNode: focus, path: p.iri, constraint: `${SH}MaxCountConstraintComponent` },
      });
    }
    const wrong = wrongValue(p.range);
    cases.push({
      name: `${classKey}.${key} of the wrong kind`,
      mutate: (s) => {
        s.removeQuads(current(s));
        s.addQuad(quad(subject, predicate, wrong.term as Quad['object']));
      },
      expected: { focusNode: focus, path: p.iri, constraint: wrong.constraint },
    });
  }
}

describe('shapes/toestemming.ttl', () => {
  // that the shapes file is generated, and that every shape speaks Dutch and English: test/artifacts.test.ts
  it('a complete record conforms', async () => {
    const report = await validate(validGraph().dataset, { profile: toestemming });
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s gives exactly that violation', async (_name, c) => {
    const store = clone(validGraph().dataset);
    c.mutate(store);
    const report = await validate(store, { profile: toestemming });
    expect(violations(report.results)).toEqual([c.expected]);
    expect(report.conforms).toBe(false);
  });

  it('covers every property of both record classes', () => {
    const covered = new Set(cases.map((c) => c.expected.path));
    const all = [...model.classes.values()].flatMap((c) => c.properties.map((p) => p.declaration.iri));
    expect([...new Set(all)].filter((iri) => !covered.has(iri))).toEqual([]);
  });

  it('a concept outside the published list is a warning, not a violation', async () => {
    const store = clone(validGraph().dataset);
    const s = namedNode(IRI.voorkeur);
    const p = namedNode('http://data.vlaanderen.be/ns/toestemming#status');
    store.removeQuads(store.getQuads(s, p, null, null));
    store.addQuad(quad(s, p, namedNode('https://example.org/eigen-codelijst/status/actief')));
    const report = await validate(store, { profile: toestemming });
    expect(report.conforms).toBe(true);
    expect(report.results.map((r) => [r.severity, r.constraint, r.value])).toEqual([
      // the -codelijst shape: sh:or ( [ sh:nodeKind sh:BlankNodeOrLiteral ] [ sh:in (…) ] )
      ['Warning', `${SH}OrConstraintComponent`, 'https://example.org/eigen-codelijst/status/actief'],
    ]);
  });

  it('accepts both published IRI forms of a concept', async () => {
    const store = clone(validGraph().dataset);
    const s = namedNode(IRI.voorkeur);
    const p = namedNode('http://data.vlaanderen.be/ns/toestemming#status');
    store.removeQuads(store.getQuads(s, p, null, null));
    store.addQuad(quad(s, p, namedNode('https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus/geweigerd')));
    expect((await validate(store, { profile: toestemming })).results).toEqual([]);
  });

  it('a node typed only as Contactvoorkeur is held to every Toestemming rule', async () => {
    const ttl = `
      @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      <https://example.org/cv/alleen> a t:Contactvoorkeur ;
        t:contactkanaal <https://data.vlaanderen.be/id/concept/Contactkanaal/Email> .`;
    const report = await validate(parseRdf(ttl), { profile: toestemming });
    const missing = report.results
      .filter((r) => r.constraint === `${SH}MinCountConstraintComponent`)
      .map((r) => r.path)
      .sort();
    expect(missing).toEqual(
      ['dataSubject', 'descriptor', 'gegevenOp', 'status']
        .map((p) => `http://data.vlaanderen.be/ns/toestemming#${p}`)
        .sort(),
    );
  });

  it(
    'a code-list value need not be typed skos:Concept, ' + 'and a public organisation counts as an organisation',
    async () => {
      // third-party data: no `a skos:Concept`, no superclass types stated
      const ttl = `
      @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      <https://example.org/org> a <http://data.europa.eu/m8g/PublicOrganisation> .
      <https://example.org/d> a t:ToestemmingDescriptor ;
        <http://www.w3.org/2000/01/rdf-schema#label> "Descriptor" ;
        t:dataController <https://example.org/org> ; t:dataProcessor <https://example.org/org> ;
        t:toestemmingsvraag <https://example.org/vraag> .
      <https://example.org/t> a t:Toestemming ;
        t:dataSubject <https://example.org/org> ; t:descriptor <https://example.org/d> ;
        t:gegevenOp "2024-01-01"^^xsd:date ; t:beperking "dossier 7" ;
        t:status <https://data.vlaanderen.be/id/concept/ToestemmingStatus/nietGekend> .`;
      const report = await validate(parseRdf(ttl), { profile: toestemming });
      expect(report.results).toEqual([]);
    },
  );

  it('reports in Dutch by default and in English on request, with the W3C report graph', async () => {
    const store = clone(validGraph().dataset);
    store.removeQuads(
      store.getQuads(
        namedNode(IRI.voorkeur),
        namedNode('http://data.vlaanderen.be/ns/toestemming#gegevenOp'),
        null,
        null,
      ),
    );
    const nl = await validate(store, { profile: toestemming });
    const en = await validate(store, { profile: toestemming, lang: 'en' });
    // a cardinality result says what it found
    expect(nl.results[0]?.message).toBe('Toestemming.gegevenOp vereist precies één waarde, gevonden: 0');
    expect(en.results[0]?.message).toBe('Toestemming.gegevenOp requires exactly one value, found 0');
    expect(nl.results[0]?.origin).toEqual({ className: 'Toestemming', property: 'gegevenOp', rule: 'aantal' });
    const conforms = [...nl.report].find((q) => q.predicate.value === `${SH}conforms`);
    expect(conforms?.object.value).toBe('false');
  });
});

describe('deviations from the official SHACL (each listed in docs/profiles/toestemming.md)', () => {
  const official = parseRdf(readFileSync(new URL('../fixtures/oslo/toestemming-SHACL.ttl', import.meta.url), 'utf8'));
  async function officialResults(data: Store) {
    const { default: SHACLValidator } = await import('rdf-validate-shacl');
    return (await new SHACLValidator(official).validate(data)).results.map((r) => r.sourceConstraintComponent?.value);
  }

  it(
    'the official shapes reject a plain-string dossier and ' +
      'untyped concepts, which the profile allows; ours do not',
    async () => {
      const data = validGraph().dataset;
      const theirs = await officialResults(data);
      expect(theirs).toContain(`${SH}DatatypeConstraintComponent`); // beperking: sh:datatype rdfs:Literal
      expect(theirs).toContain(`${SH}ClassConstraintComponent`); // status: sh:class skos:Concept
      expect((await validate(data, { profile: toestemming })).results).toEqual([]);
    },
  );

  it('the official shapes miss databron; ours check it', async () => {
    const store = clone(validGraph().dataset);
    store.addQuad(
      quad(
        namedNode(IRI.descriptor),
        namedNode('http://data.vlaanderen.be/ns/toestemming#databron'),
        literal('geen organisatie'),
      ),
    );
    const ours = await validate(store, { profile: toestemming });
    expect(violations(ours.results).map((v) => v.path)).toContain('http://data.vlaanderen.be/ns/toestemming#databron');
  });
});
