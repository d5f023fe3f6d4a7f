// The shapes hold every rule of the profile: a complete record conforms, and each rule broken on its
// own gives exactly that one violation. The cases are derived from the declaration, so a property
// added to it is covered without a new test.
import { describe, expect, it } from 'vitest';
import { DataFactory as N3, type Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import type { Quad, Term } from '@rdfjs/types';
import { validate, type ValidationResult } from '../../src/index.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { modelOf } from '../../src/core/schema/model.js';
import type { PropertyDeclaration } from '../../src/core/schema/declaration.js';
import { shapesDataset } from '../../src/core/validate/validate.js';
import { complete, U } from './support.js';

const { namedNode, literal, blankNode, quad } = N3;
const SH = 'http://www.w3.org/ns/shacl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const model = modelOf(voorzieninggebruik.declaration);
const OTHER_UUID = '9f77b93e-9e03-4022-af31-dd670af81656';

/** The valid graph, and its node per class (the record and its two nested objects). */
function validGraph(): { store: Store; nodes: Record<string, Term> } {
  const store = voorzieninggebruik.fromJson(complete).dataset;
  const gebruik = namedNode(`urn:uuid:${U.gebruik}`);
  const nested = (key: string) =>
    store.getObjects(
      gebruik,
      namedNode(model.classes.get('VoorzieningGebruik')!.properties.find((p) => p.key === key)!.declaration.iri),
      null,
    )[0]!;
  return {
    store,
    nodes: { VoorzieningGebruik: gebruik, Persoon: nested('beheerder'), BivClassificatie: nested('bivClassificatie') },
  };
}

function violations(results: readonly ValidationResult[]) {
  return results.map((r) => ({
    focusNode: r.focusNode,
    path: r.path,
    constraint: r.constraint.replace(SH, 'sh:'),
    severity: r.severity,
  }));
}

const id = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

/** A value that fits the property (the `nth` of several), to break a maximum count alone. */
function fitting(p: PropertyDeclaration, nth: number): Quad['object'] {
  const range = p.range;
  switch (range.kind) {
    case 'literal':
      if (range.in) return literal(range.in[nth]!);
      if (range.pattern?.includes('@')) return literal(`x${nth}@example.org`);
      if (range.pattern) return literal(nth === 0 ? U.versie : OTHER_UUID);
      switch (range.datatype) {
        case 'date':
          return literal(`2023-06-0${nth + 1}`, namedNode(`${XSD}date`));
        case 'integer':
          return literal(String((range.minInclusive ?? 0) + nth), namedNode(`${XSD}integer`));
        case 'boolean':
          return literal(String(nth === 0), namedNode(`${XSD}boolean`));
        default:
          return literal(`waarde ${nth}`);
      }
    case 'reference':
      return namedNode(`urn:uuid:${nth === 0 ? U.versie : OTHER_UUID}`);
    default:
      return blankNode(`extra${nth}`);
  }
}

/** A value of the wrong kind, and the constraints it breaks (one, except for a value list). */
function wrongKind(p: PropertyDeclaration): { term: Quad['object']; constraints: string[] } {
  const range = p.range;
  switch (range.kind) {
    case 'literal':
      switch (range.datatype) {
        // a date-time between start and end: of the wrong type (and so not comparable with the other date)
        case 'date':
          return {
            term: literal('2023-06-01T10:00:00', namedNode(`${XSD}dateTime`)),
            constraints: ['sh:DatatypeConstraintComponent'],
          };
        // a decimal within the bounds: of the wrong type, but comparable with them
        case 'integer':
          return { term: literal('2.0', namedNode(`${XSD}decimal`)), constraints: ['sh:DatatypeConstraintComponent'] };
        default: {
          // the right lexical form under another datatype; a list holds only xsd:string values, so it is also not in
          // the list
          const lexical =
            range.in?.[0] ??
            (range.datatype === 'boolean' ? 'true' : range.pattern?.includes('@') ? 'x@example.org' : U.versie);
          return {
            term: literal(lexical, namedNode(`${XSD}token`)),
            constraints: ['sh:DatatypeConstraintComponent', ...(range.in ? ['sh:InConstraintComponent'] : [])],
          };
        }
      }
    case 'reference':
      return { term: literal(OTHER_UUID), constraints: ['sh:NodeKindConstraintComponent'] };
    default:
      // the -klasse shape: sh:or ( [ sh:nodeKind sh:Literal ] [ sh:class … ] )
      return { term: namedNode('https://example.org/untyped'), constraints: ['sh:OrConstraintComponent'] };
  }
}

interface Case {
  name: string;
  mutate: (s: Store, nodes: Record<string, Term>) => void;
  expected: (
    nodes: Record<string, Term>,
  ) => { focusNode: string; path: string; constraint: string; severity: string }[];
}

const cases: Case[] = [];
for (const classKey of ['VoorzieningGebruik', 'Persoon', 'BivClassificatie']) {
  for (const { key, declaration: p } of model.classes.get(classKey)!.properties) {
    const predicate = namedNode(p.iri);
    const replace = (s: Store, node: Term, ...objects: Quad['object'][]) => {
      s.removeQuads(s.getQuads(node, predicate, null, null));
      for (const o of objects) {
        s.addQuad(quad(node as Quad['subject'], predicate, o));
        // a nested object that fits has its class
        if (p.range.kind === 'object' && o.termType === 'BlankNode')
          s.addQuad(quad(o, namedNode(RDF_TYPE), namedNode(model.classes.get(p.range.class)!.declaration.iri)));
      }
    };
    const one =
      (constraint: string, path = p.iri, ...more: string[]) =>
      (nodes: Record<string, Term>) =>
        [constraint, ...more].map((cn) => ({
          focusNode: id(nodes[classKey]!),
          path,
          constraint: cn,
          severity: 'Violation',
        }));
    if (p.card === '1' || p.card === '1..*') {
      cases.push({
        name: `${classKey}.${key} missing`,
        mutate: (s, n) => replace(s, n[classKey]!),
        expected: one('sh:MinCountConstraintComponent'),
      });
    }
    if (p.card === '1' || p.card === '0..1') {
      cases.push({
        name: `${classKey}.${key} twice`,
        mutate: (s, n) => replace(s, n[classKey]!, fitting(p, 0), fitting(p, 1)),
        expected: one('sh:MaxCountConstraintComponent'),
      });
    }
    const wrong = wrongKind(p);
    // an order rule this property takes part in cannot compare a value of another datatype (XPath has no
    // operator for a date and a date-time): that is a result of the order rule too, on its path (the earlier property)
    const cls = model.classes.get(classKey)!;
    const order = cls.properties.find(
      (q) => q.declaration.notBefore !== undefined && (q.key === key || q.declaration.notBefore === key),
    );
    const earlier = order
      ? cls.properties.find((q) => q.key === order.declaration.notBefore)!.declaration.iri
      : undefined;
    cases.push({
      name: `${classKey}.${key} of the wrong kind`,
      mutate: (s, n) => replace(s, n[classKey]!, wrong.term),
      expected: (n) => [
        ...one(wrong.constraints[0]!, p.iri, ...wrong.constraints.slice(1))(n),
        ...(earlier ? one('sh:LessThanOrEqualsConstraintComponent', earlier)(n) : []),
      ],
    });
    const range = p.range;
    if (range.kind === 'literal' && range.in) {
      cases.push({
        name: `${classKey}.${key} outside its list`,
        mutate: (s, n) => replace(s, n[classKey]!, literal('Onbekend')),
        expected: one('sh:InConstraintComponent'),
      });
    }
    if (range.kind === 'literal' && range.pattern) {
      cases.push({
        name: `${classKey}.${key} not matching its pattern`,
        mutate: (s, n) => replace(s, n[classKey]!, literal('VG 2023 001')),
        expected: one('sh:PatternConstraintComponent'),
      });
    }
    if (range.kind === 'reference') {
      cases.push({
        name: `${classKey}.${key} an IRI not ending in a UUID`,
        mutate: (s, n) => replace(s, n[classKey]!, namedNode('urn:uuid:VG-2023-001')),
        expected: one('sh:PatternConstraintComponent'),
      });
    }
    if (range.kind === 'literal' && range.minInclusive !== undefined) {
      const below = literal(String(range.minInclusive - 1), namedNode(`${XSD}integer`));
      cases.push({
        name: `${classKey}.${key} below its minimum`,
        mutate: (s, n) => replace(s, n[classKey]!, below),
        expected: one('sh:MinInclusiveConstraintComponent'),
      });
    }
    if (range.kind === 'literal' && range.maxInclusive !== undefined) {
      const above = literal(String(range.maxInclusive + 1), namedNode(`${XSD}integer`));
      cases.push({
        name: `${classKey}.${key} above its maximum`,
        mutate: (s, n) => replace(s, n[classKey]!, above),
        expected: one('sh:MaxInclusiveConstraintComponent'),
      });
    }
    if (p.notBefore !== undefined) {
      const earlier = model.classes.get(classKey)!.properties.find((q) => q.key === p.notBefore)!.declaration;
      // SHACL has only "less than or equal": the result's path is the earlier property
      cases.push({
        name: `${classKey}.${key} before ${p.notBefore}`,
        mutate: (s, n) => replace(s, n[classKey]!, literal('2022-12-31', namedNode(`${XSD}date`))),
        expected: one('sh:LessThanOrEqualsConstraintComponent', earlier.iri),
      });
    }
  }
}

describe('shapes/voorzieninggebruik.ttl', () => {
  // that the shapes file is generated, and that every shape speaks Dutch and English: test/artifacts.test.ts
  it('a complete record conforms', async () => {
    const report = await validate(validGraph().store, { profile: voorzieninggebruik });
    expect(report.results).toEqual([]);
  });

  it('covers every rule of the declaration', () => {
    expect(cases.length).toBeGreaterThan(45);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: exactly that violation', async (_name, c) => {
    const { store, nodes } = validGraph();
    c.mutate(store, nodes);
    const report = await validate(store, { profile: voorzieninggebruik });
    const sort = (v: { constraint: string }[]) => [...v].sort((a, b) => a.constraint.localeCompare(b.constraint));
    expect(sort(violations(report.results))).toEqual(sort(c.expected(nodes)));
  });

  it('the end date may equal the start date', async () => {
    const { store, nodes } = validGraph();
    const end = namedNode(
      model.classes.get('VoorzieningGebruik')!.properties.find((p) => p.key === 'eindDatum')!.declaration.iri,
    );
    store.removeQuads(store.getQuads(nodes['VoorzieningGebruik']!, end, null, null));
    store.addQuad(
      quad(nodes['VoorzieningGebruik'] as Quad['subject'], end, literal(complete.startDatum, namedNode(`${XSD}date`))),
    );
    expect((await validate(store, { profile: voorzieninggebruik })).results).toEqual([]);
  });
});

// rdf-validate-shacl (the reference engine) on the generated shapes, directly: it must support
// sh:lessThanOrEquals on xsd:date literals for the order rule to mean anything.
describe('sh:lessThanOrEquals on xsd:date in rdf-validate-shacl', () => {
  const start = '2023-01-15';
  it.each([
    ['2024-01-15', 0],
    ['2023-01-15', 0],
    ['2023-01-14', 1],
    ['2022-12-31Z', 1],
  ] as const)('eindDatum %s, startDatum 2023-01-15: %i violation(s)', async (eind, count) => {
    const { eindDatum: _e, ...rest } = complete;
    const { dataset } = voorzieninggebruik.fromJson({ ...rest, startDatum: start });
    const end = model.classes.get('VoorzieningGebruik')!.properties.find((p) => p.key === 'eindDatum')!.declaration.iri;
    dataset.addQuad(quad(namedNode(`urn:uuid:${U.gebruik}`), namedNode(end), literal(eind, namedNode(`${XSD}date`))));
    const report = await new SHACLValidator(shapesDataset(voorzieninggebruik.declaration)).validate(dataset);
    expect(report.results.map((r) => r.sourceConstraintComponent?.value)).toEqual(
      Array(count).fill(`${SH}LessThanOrEqualsConstraintComponent`),
    );
  });
});
