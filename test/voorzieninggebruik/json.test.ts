// The Softwarecatalogus JSON to RDF: the spec page's example gives exactly the expected triples;
// `contactpersoon` and `beheerder` are one field; defaults are filled; unknown fields are reported;
// every kind of bad input is a violation (lenient) or a typed error (strict) that names its JSON path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSON_CONSTRAINT, JsonInputError, ProfielkitError, validate, type ValidationResult } from '../../src/index.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { complete, fixture, lines, specExample, U } from './support.js';

const VG = 'https://w3id.org/profielkit/voorzieninggebruik#';
const SCHEMA = 'http://schema.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function found(results: readonly ValidationResult[]): [string | undefined, string, string][] {
  return results
    .map((r): [string | undefined, string, string] => [r.jsonPath, r.severity, r.constraint.replace(SH, 'sh:')])
    .sort();
}

async function report(payload: unknown) {
  const conversion = voorzieninggebruik.fromJson(payload);
  return { conversion, report: await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion }) };
}

describe('fromJson: the spec page example', () => {
  it('gives exactly the expected triples, and conforms', async () => {
    const { conversion, report: r } = await report(specExample);
    expect(conversion.problems).toEqual([]);
    expect(conversion.unknownFields).toEqual([]);
    expect(r.conforms).toBe(true);
    expect(r.results).toEqual([]);
    const s = `<urn:uuid:${U.gebruik}>`;
    expect(await lines(conversion.dataset)).toEqual(
      [
        `${s} <${RDF_TYPE}> <${VG}VoorzieningGebruik> .`,
        `${s} <http://purl.org/dc/terms/identifier> "${U.gebruik}" .`,
        `${s} <${VG}organisatie> <urn:uuid:${U.organisatie}> .`,
        `${s} <${VG}voorziening> <urn:uuid:${U.voorziening}> .`,
        `${s} <${VG}versie> <urn:uuid:${U.versie}> .`,
        `${s} <${VG}beheerder> _:b .`,
        `_:b <${RDF_TYPE}> <${SCHEMA}Person> .`,
        `_:b <${SCHEMA}name> "Jan Jansen" .`,
        `_:b <${SCHEMA}email> "j.jansen@amsterdam.nl" .`,
        `_:b <${SCHEMA}telephone> "020-1234567" .`,
        `_:b <${SCHEMA}jobTitle> "Applicatiebeheerder" .`,
        `${s} <${SCHEMA}startDate> "2023-01-15"^^<${XSD}date> .`,
        // "eindDatum": null is an absent end date: no triple
        `${s} <${VG}status> "Actief" .`,
        `${s} <http://purl.org/dc/terms/description> "Gebruik voor burgerportaal" .`,
        `${s} <${VG}bbnScore> "3"^^<${XSD}integer> .`,
        `${s} <${VG}ibpScore> "2"^^<${XSD}integer> .`,
        `${s} <${VG}bivClassificatie> _:b .`,
        `_:b <${RDF_TYPE}> <${VG}BivClassificatie> .`,
        `_:b <${VG}beschikbaarheid> "Hoog" .`,
        `_:b <${VG}integriteit> "Midden" .`,
        `_:b <${VG}vertrouwelijkheid> "Laag" .`,
        `${s} <${VG}bedrijfsKritisch> "true"^^<${XSD}boolean> .`,
        `${s} <${VG}privacyGevoelig> "false"^^<${XSD}boolean> .`,
      ].sort(),
    );
  });

  it('reads the same from its JSON text as from the parsed value', async () => {
    const text = JSON.stringify(specExample);
    expect(await lines(voorzieninggebruik.fromJson(text).dataset)).toEqual(
      await lines(voorzieninggebruik.fromJson(specExample).dataset),
    );
  });

  it('contactpersoon (the example) and beheerder (the table) are the same field', async () => {
    const { contactpersoon, ...rest } = specExample;
    const asBeheerder = voorzieninggebruik.fromJson({ ...rest, beheerder: contactpersoon });
    expect(await lines(asBeheerder.dataset)).toEqual(await lines(voorzieninggebruik.fromJson(specExample).dataset));
    // written back under the table's name
    expect(voorzieninggebruik.toJson(voorzieninggebruik.fromJson(specExample).dataset)[0]).toHaveProperty(
      'beheerder',
      contactpersoon,
    );
  });

  it('both names at once is a problem named by path, not a silent choice', async () => {
    const { report: r } = await report({ ...complete, contactpersoon: { naam: 'Piet' } });
    expect(found(r.results)).toEqual([['contactpersoon', 'Violation', JSON_CONSTRAINT.input]]);
  });
});

describe('fromJson: defaults, null and unknown fields', () => {
  it('fills bedrijfsKritisch and privacyGevoelig with false when they are missing', () => {
    const { bedrijfsKritisch: _b, privacyGevoelig: _p, ...rest } = complete;
    const { dataset } = voorzieninggebruik.fromJson(rest);
    expect(voorzieninggebruik.toJson(dataset)[0]).toMatchObject({ bedrijfsKritisch: false, privacyGevoelig: false });
    expect(dataset.getQuads(null, `${VG}privacyGevoelig`, null, null).map((q) => q.object.value)).toEqual(['false']);
  });

  it('treats null as absent, for optional fields and defaults alike', async () => {
    const { conversion, report: r } = await report({
      ...complete,
      eindDatum: null,
      versieId: null,
      beheerder: null,
      bedrijfsKritisch: null,
    });
    expect(r.conforms).toBe(true);
    const back = voorzieninggebruik.toJson(conversion.dataset)[0]!;
    expect(back).not.toHaveProperty('eindDatum');
    expect(back).not.toHaveProperty('versieId');
    expect(back).not.toHaveProperty('beheerder');
    expect(back['bedrijfsKritisch']).toBe(false);
  });

  it('reports unknown fields with their paths (warnings), at any depth, and converts the rest', async () => {
    const { conversion, report: r } = await report([
      complete,
      { ...complete, id: U.voorziening, hosting: 'cloud', beheerder: { naam: 'Jan', telefoon: '06' } },
    ]);
    expect(conversion.unknownFields).toEqual(['[1].hosting', '[1].beheerder.telefoon']);
    expect(found(r.results)).toEqual(
      [
        ['[1].beheerder.telefoon', 'Warning', JSON_CONSTRAINT.unknownField],
        ['[1].hosting', 'Warning', JSON_CONSTRAINT.unknownField],
      ].sort(),
    );
    expect(r.conforms).toBe(true);
  });

  it('mints IRIs under the base the caller gives per class', () => {
    const bases = {
      VoorzieningGebruik: 'https://example.org/gebruik/',
      Organisatie: 'https://example.org/organisatie/',
      Referentiecomponent: 'https://gemmaonline.nl/index.php/GEMMA/id-',
    };
    const { dataset } = voorzieninggebruik.fromJson(complete, { bases });
    const s = `https://example.org/gebruik/${U.gebruik}`;
    expect(
      dataset.getQuads(s, `${VG}organisatie`, `https://example.org/organisatie/${U.organisatie}`, null),
    ).toHaveLength(1);
    expect(
      dataset.getQuads(s, `${VG}referentieComponent`, `https://gemmaonline.nl/index.php/GEMMA/id-${U.component}`, null),
    ).toHaveLength(1);
    // classes without a base given keep urn:uuid:
    expect(dataset.getQuads(s, `${VG}voorziening`, `urn:uuid:${U.voorziening}`, null)).toHaveLength(1);
    // and the reader, given the same bases, gives back the UUIDs
    expect(voorzieninggebruik.toJson(dataset, { bases })[0]).toMatchObject({
      organisatieId: U.organisatie,
      referentieComponenten: [U.component],
    });
  });
});

// One bad field per case: the lenient conversion's validation names it (and nothing else), the
// strict one throws a JsonInputError with the same path and a reason. Payload [0] is valid, so the
// paths show the record index.
// `reportPath`: where validation can only name the list, not the item (SHACL reports per property)
const bad: {
  name: string;
  field: (r: Record<string, unknown>) => Record<string, unknown>;
  path: string;
  reportPath?: string;
  constraints: string[];
  reason: string;
}[] = [
  {
    name: 'a value outside the status list',
    field: (r) => ({ ...r, status: 'In gebruik' }),
    path: '[1].status',
    constraints: ['sh:InConstraintComponent'],
    reason: 'code-list',
  },
  {
    name: 'a value outside the BIV list',
    field: (r) => ({
      ...r,
      bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Gemiddeld', vertrouwelijkheid: 'Laag' },
    }),
    path: '[1].bivClassificatie.integriteit',
    constraints: ['sh:InConstraintComponent'],
    reason: 'code-list',
  },
  {
    name: 'a non-UUID id',
    field: (r) => ({ ...r, id: 'VG-2023-001' }),
    path: '[1].id',
    constraints: ['sh:PatternConstraintComponent'],
    reason: 'pattern',
  },
  {
    name: 'a non-UUID reference',
    field: (r) => ({ ...r, voorzieningId: 'a8b7c345-d672-53e9-b023-4ef567g90c34' }),
    path: '[1].voorzieningId',
    // written as the string it is: not an IRI, and not ending in a UUID
    constraints: ['sh:NodeKindConstraintComponent', 'sh:PatternConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'an ArchiMate id where a component UUID belongs',
    field: (r) => ({ ...r, referentieComponenten: [U.component, `id-${U.component}`] }),
    path: '[1].referentieComponenten[1]',
    reportPath: '[1].referentieComponenten',
    constraints: ['sh:NodeKindConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'a date that is no date',
    field: (r) => ({ ...r, startDatum: '2023-02-30', eindDatum: undefined }),
    path: '[1].startDatum',
    constraints: ['sh:DatatypeConstraintComponent'],
    reason: 'date',
  },
  {
    name: 'a string that is no number where a number belongs',
    field: (r) => ({ ...r, bbnScore: 'drie' }),
    path: '[1].bbnScore',
    // a string cannot be compared with the bounds either: SHACL reports all three rules of the field
    constraints: [
      'sh:DatatypeConstraintComponent',
      'sh:MaxInclusiveConstraintComponent',
      'sh:MinInclusiveConstraintComponent',
    ],
    reason: 'type',
  },
  {
    name: 'a fraction where an integer belongs',
    field: (r) => ({ ...r, ibpScore: 2.5 }),
    path: '[1].ibpScore',
    constraints: ['sh:DatatypeConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'a score above its range',
    field: (r) => ({ ...r, bbnScore: 4 }),
    path: '[1].bbnScore',
    constraints: ['sh:MaxInclusiveConstraintComponent'],
    reason: 'range',
  },
  {
    name: 'a negative score',
    field: (r) => ({ ...r, ibpScore: -1 }),
    path: '[1].ibpScore',
    constraints: ['sh:MinInclusiveConstraintComponent'],
    reason: 'range',
  },
  {
    name: 'a number other than 0 and 1 where a boolean belongs',
    field: (r) => ({ ...r, privacyGevoelig: 2 }),
    path: '[1].privacyGevoelig',
    constraints: ['sh:DatatypeConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'a string that holds no object where the beheerder object belongs',
    field: (r) => ({ ...r, beheerder: 'Jan Jansen' }),
    path: '[1].beheerder',
    constraints: ['sh:NodeKindConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'a JSON string that holds the wrong thing',
    field: (r) => ({ ...r, beheerder: '["Jan Jansen"]' }),
    path: '[1].beheerder',
    constraints: ['sh:NodeKindConstraintComponent'],
    reason: 'type',
  },
  {
    name: 'a malformed email',
    field: (r) => ({ ...r, beheerder: { naam: 'Jan', email: 'jan at gemeente' } }),
    path: '[1].beheerder.email',
    constraints: ['sh:PatternConstraintComponent'],
    reason: 'pattern',
  },
  {
    name: 'a missing required field',
    field: (r) => ({ ...r, status: undefined }),
    path: '[1].status',
    constraints: ['sh:MinCountConstraintComponent'],
    reason: 'missing',
  },
  {
    name: 'a list where one value belongs',
    field: (r) => ({ ...r, opmerkingen: ['a', 'b'] }),
    path: '[1].opmerkingen',
    constraints: ['sh:MaxCountConstraintComponent'],
    reason: 'too-many',
  },
  // one UUID is one reference, so the graph is fine: only the conversion can see the missing list
  {
    name: 'one value where a list belongs',
    field: (r) => ({ ...r, referentieComponenten: U.component }),
    path: '[1].referentieComponenten',
    constraints: [],
    reason: 'type',
  },
  {
    name: 'an end before the start',
    field: (r) => ({ ...r, startDatum: '2024-01-15', eindDatum: '2023-01-15' }),
    path: '[1].eindDatum',
    constraints: ['sh:LessThanOrEqualsConstraintComponent'],
    reason: 'order',
  },
];

// Encodings whose meaning is evident: lenient reads them for what they hold (the same graph as the
// right encoding) with a warning at their path; strict refuses them.
const evident: {
  name: string;
  field: (r: Record<string, unknown>) => Record<string, unknown>;
  right: (r: Record<string, unknown>) => Record<string, unknown>;
  path: string;
}[] = [
  {
    name: 'a numeric string where an integer belongs',
    field: (r) => ({ ...r, bbnScore: '3' }),
    right: (r) => ({ ...r, bbnScore: 3 }),
    path: '[1].bbnScore',
  },
  {
    name: '1 where a boolean belongs',
    field: (r) => ({ ...r, privacyGevoelig: 1 }),
    right: (r) => ({ ...r, privacyGevoelig: true }),
    path: '[1].privacyGevoelig',
  },
  {
    name: '0 where a boolean belongs',
    field: (r) => ({ ...r, bedrijfsKritisch: 0 }),
    right: (r) => ({ ...r, bedrijfsKritisch: false }),
    path: '[1].bedrijfsKritisch',
  },
  {
    name: 'a JSON string holding the beheerder object',
    field: (r) => ({ ...r, beheerder: JSON.stringify(complete.beheerder) }),
    right: (r) => r,
    path: '[1].beheerder',
  },
  {
    name: 'a JSON string holding the list of components',
    field: (r) => ({ ...r, referentieComponenten: JSON.stringify(complete.referentieComponenten) }),
    right: (r) => r,
    path: '[1].referentieComponenten',
  },
  {
    name: 'a JSON string holding an empty list',
    field: (r) => ({ ...r, referentieComponenten: '[]' }),
    right: (r) => ({ ...r, referentieComponenten: [] }),
    path: '[1].referentieComponenten',
  },
];

describe('fromJson: encodings whose meaning is evident', () => {
  it.each(evident)('$name: read for what it holds, a warning at $path', async ({ field, right, path }) => {
    const given = [complete, field({ ...complete, id: U.voorziening })];
    const { conversion, report: r } = await report(given);
    expect(await lines(conversion.dataset)).toEqual(
      await lines(voorzieninggebruik.fromJson([complete, right({ ...complete, id: U.voorziening })]).dataset),
    );
    expect(conversion.problems.map((p) => [p.path, p.severity])).toEqual([[path, 'Warning']]);
    expect(found(r.results)).toEqual([[path, 'Warning', JSON_CONSTRAINT.encoding]]);
    expect(r.conforms).toBe(true);
  });

  it.each(evident)('$name: strict refuses it at $path', ({ field, path }) => {
    expect(() =>
      voorzieninggebruik.fromJson([complete, field({ ...complete, id: U.voorziening })], { strict: true }),
    ).toThrow(expect.objectContaining({ path, reason: 'type' }));
  });
});

describe('fromJson: bad input', () => {
  it.each(bad)('$name: the violation names $path', async ({ field, path, reportPath, constraints, reason }) => {
    const { conversion, report: r } = await report([complete, field({ ...complete, id: U.voorziening })]);
    // the conversion itself names the exact field and why
    expect(conversion.problems.map((p) => [p.path, p.reason])).toEqual([[path, reason]]);
    expect(r.conforms).toBe(false);
    const expected =
      constraints.length === 0
        ? [[path, 'Violation', JSON_CONSTRAINT.input]]
        : constraints.map((c) => [reportPath ?? path, 'Violation', c]);
    expect(found(r.results)).toEqual(expected.sort());
  });

  it.each(bad)('$name: strict throws a JsonInputError at $path', ({ field, path, reason }) => {
    let error: unknown;
    try {
      voorzieninggebruik.fromJson([complete, field({ ...complete, id: U.voorziening })], { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonInputError);
    expect(error).toMatchObject({ path, reason });
    // the message names the path and what was expected
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
  });

  it('strict mode refuses an unknown field too', () => {
    expect(() => voorzieninggebruik.fromJson({ ...complete, hosting: 'none' }, { strict: true })).toThrow(
      expect.objectContaining({ path: 'hosting', reason: 'unknown-property' }),
    );
  });

  it('a payload that is no object is reported with its path', async () => {
    const { report: r } = await report([complete, 42]);
    expect(found(r.results)).toEqual([['[1]', 'Violation', JSON_CONSTRAINT.input]]);
  });

  it('reports every problem of the real OpenRegister export at once', async () => {
    const { report: r } = await report(fixture('example-voorzieninggebruik-openregister-objects.json'));
    // the beheerder as a JSON string and privacyGevoelig as 1 are read for what they hold, each a
    // warning; @self is the objects' metadata, never an unknown field
    const expected = [0, 1, 2, 3].flatMap((i) => [
      [`[${i}].beheerder`, 'Warning', JSON_CONSTRAINT.encoding],
      [`[${i}].privacyGevoelig`, 'Warning', JSON_CONSTRAINT.encoding],
    ]);
    expect(found(r.results)).toEqual(expected.sort());
    expect(r.conforms).toBe(true);
  });

  it('never crashes, whatever a field holds: a typed error or a report (property)', async () => {
    const keys = [
      'id',
      'organisatieId',
      'versieId',
      'beheerder',
      'startDatum',
      'eindDatum',
      'status',
      'bbnScore',
      'bivClassificatie',
      'bedrijfsKritisch',
      'referentieComponenten',
      'contactpersoon',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        async (key, value, strict) => {
          const payload = { ...complete, [key]: value };
          try {
            const conversion = voorzieninggebruik.fromJson(payload, { strict });
            const r = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
            // every result of a broken field names a path within the payload
            for (const result of r.results) expect(result.jsonPath).toBeDefined();
          } catch (error) {
            expect(strict).toBe(true);
            expect(error).toBeInstanceOf(ProfielkitError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
