// fromJson on the Inzage API's responses: the list response to exactly the expected graph, the other
// response forms, error bodies as typed errors, every constraint broken on its own, and bad input
// reported with its JSON path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonInputError, JSON_CONSTRAINT, parseRdf, ProfielkitError, validate } from '../../src/index.js';
import { InzageApiError, verwerkingenlogging, createVerwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { canonical, fixture, fixtureJson } from './support.js';

const SH = 'http://www.w3.org/ns/shacl#';
const VL = 'https://w3id.org/profielkit/verwerkingenlogging#';
const lijst = fixtureJson<{ results: Record<string, unknown>[] }>('lijst-verwerkte-objecten.json');
const first = lijst.results[0] as Record<string, unknown> & { verwerkingsactie: Record<string, unknown> };

/** Violations and warnings as [jsonPath, severity, constraint], sorted. */
async function findings(payload: unknown): Promise<[string | undefined, string, string][]> {
  const conversion = verwerkingenlogging.fromJson(payload);
  const report = await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion });
  return report.results
    .map((r): [string | undefined, string, string] => [r.jsonPath, r.severity, r.constraint.replace(SH, 'sh:')])
    .sort();
}

/** The list response with one value changed (or removed, for `undefined`) at a path below `results[i]`. */
function withValue(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(lijst) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

describe('the list response of GET /verwerkte-objecten', () => {
  it('becomes exactly the expected graph (several objects, nested soorten gegevens)', () => {
    const conversion = verwerkingenlogging.fromJson(fixture('lijst-verwerkte-objecten.json'));
    expect(conversion.problems).toEqual([]);
    expect(conversion.unknownFields).toEqual([]);
    const expected = parseRdf(fixture('lijst-verwerkte-objecten.expected.ttl'), 'turtle');
    expect(conversion.dataset.size).toBe(expected.size);
    expect(canonical(conversion.dataset)).toEqual(canonical(expected));
  });

  it('conforms to the shapes', async () => {
    expect(await findings(lijst)).toEqual([]);
  });

  it('turns count, next and previous into no triples', () => {
    const { dataset } = verwerkingenlogging.fromJson(lijst);
    const paged = { ...structuredClone(lijst), count: 999, next: null, previous: 'https://example.org/vorige' };
    expect(canonical(verwerkingenlogging.fromJson(paged).dataset)).toEqual(canonical(dataset));
    expect([...dataset].some((q) => q.object.value.includes('page=2'))).toBe(false);
  });

  it('names each result by its url and keeps its JSON path', () => {
    const conversion = verwerkingenlogging.fromJson(lijst);
    expect(conversion.jsonPathOf(String(first['url']))).toBe('results[0]');
    expect(conversion.jsonPathOf(String(first.verwerkingsactie['url']), 'tijdstip')).toBe(
      'results[0].verwerkingsactie.tijdstip',
    );
  });

  it('an empty page is an empty graph', () => {
    expect(verwerkingenlogging.fromJson({ count: 0, next: null, previous: null, results: [] }).dataset.size).toBe(0);
  });
});

describe('the other response forms', () => {
  it('one VerwerktObjectUitgebreid (GET /verwerkte-objecten/{id}) and an array of them', () => {
    const one = fixtureJson('verwerkt-object.json');
    const single = verwerkingenlogging.fromJson(one);
    expect(single.problems).toEqual([]);
    expect(single.jsonPathOf(String(one['url']))).toBe('');
    const array = verwerkingenlogging.fromJson(lijst.results);
    expect(canonical(array.dataset)).toEqual(canonical(verwerkingenlogging.fromJson(lijst).dataset));
    expect(array.jsonPathOf(String(lijst.results[2]?.['url']))).toBe('[2]');
  });

  it('a results that is not a list is refused with its path', () => {
    expect(() => verwerkingenlogging.fromJson({ count: 1, results: { url: 'x' } })).toThrow(
      expect.objectContaining({ path: 'results', reason: 'type' }),
    );
  });
});

describe('error bodies (application/problem+json)', () => {
  it('a ValidatieFout is a typed error with status, code, title and invalid params, not data', () => {
    let error: unknown;
    try {
      verwerkingenlogging.fromJson(fixture('fout-400-validatiefout.json'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InzageApiError);
    expect(error).toBeInstanceOf(ProfielkitError);
    const fout = error as InzageApiError;
    expect([fout.code, fout.status, fout.apiCode, fout.title, fout.instance]).toEqual([
      'verwerkingenlogging/api-error',
      400,
      'invalid',
      'Invalid input.',
      'urn:uuid:f2a6c0b4-3e1d-4c5b-9a8f-7e6d5c4b3a21',
    ]);
    expect(fout.invalidParams).toEqual([
      { name: 'beginDatum', code: 'required', reason: 'Dit veld is vereist.' },
      { name: 'objectId', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 40 karakters bevat.' },
    ]);
    expect(fout.message).toContain('beginDatum: Dit veld is vereist.');
  });

  it('a Fout has no invalid params; strict or not, it is thrown', () => {
    const body = fixtureJson('fout-404.json');
    for (const strict of [false, true]) {
      expect(() => verwerkingenlogging.fromJson(body, { strict })).toThrow(
        expect.objectContaining({
          status: 404,
          apiCode: 'not_found',
          title: 'Niet gevonden.',
          invalidParams: [],
          detail: expect.stringContaining('5f089abb'),
        }),
      );
    }
  });

  it('a verwerkt object with stray status and title fields is data, not an error', async () => {
    expect(await findings({ ...first, status: 200, title: 'x' })).toEqual([
      ['status', 'Warning', JSON_CONSTRAINT.unknownField],
      ['title', 'Warning', JSON_CONSTRAINT.unknownField],
    ]);
  });
});

const long = (n: number) => 'x'.repeat(n);
const longUri = (n: number) => `https://example.org/${long(n - 20)}`;
const A = ['results', 0, 'verwerkingsactie'] as const;
const O = ['results', 0] as const;

// One broken rule each, and the one result it must give: [path, value (undefined: removed), constraint]
const broken: [readonly (string | number)[], unknown, string][] = [
  [[...O, 'url'], 'geen uri', 'sh:DatatypeConstraintComponent'],
  [[...O, 'url'], longUri(2043), 'sh:MaxLengthConstraintComponent'],
  [[...O, 'verwerktObjectId'], undefined, 'sh:MinCountConstraintComponent'],
  [[...O, 'verwerktObjectId'], '5f089abb-7ed1-4714-92d4', 'sh:PatternConstraintComponent'],
  [[...O, 'objecttype'], undefined, 'sh:MinCountConstraintComponent'],
  [[...O, 'objecttype'], 'organisatie', 'sh:InConstraintComponent'],
  [[...O, 'soortObjectId'], undefined, 'sh:MinCountConstraintComponent'],
  [[...O, 'soortObjectId'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...O, 'objectId'], undefined, 'sh:MinCountConstraintComponent'],
  [[...O, 'objectId'], long(41), 'sh:MaxLengthConstraintComponent'],
  [[...O, 'betrokkenheid'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...O, 'verwerkteSoortenGegevens', 1, 'soortGegeven'], undefined, 'sh:MinCountConstraintComponent'],
  [[...O, 'verwerkteSoortenGegevens', 1, 'soortGegeven'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'url'], 'relatief/pad', 'sh:DatatypeConstraintComponent'],
  [[...A, 'actieId'], undefined, 'sh:MinCountConstraintComponent'],
  [[...A, 'actieId'], '7a22eb38', 'sh:PatternConstraintComponent'],
  [[...A, 'actieNaam'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'handelingNaam'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'verwerkingNaam'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'verwerkingId'], 'geen-uuid', 'sh:PatternConstraintComponent'],
  [[...A, 'verwerkingsactiviteitId'], 'geen-uuid', 'sh:PatternConstraintComponent'],
  [[...A, 'verwerkingsactiviteitUrl'], 'geen uri', 'sh:DatatypeConstraintComponent'],
  [[...A, 'verwerkingsactiviteitUrl'], longUri(2043), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'vertrouwelijkheid'], undefined, 'sh:MinCountConstraintComponent'],
  [[...A, 'vertrouwelijkheid'], 'geheim', 'sh:InConstraintComponent'],
  // the API's prose capitalises the values; its enum does not
  [[...A, 'vertrouwelijkheid'], 'Normaal', 'sh:InConstraintComponent'],
  [[...A, 'bewaartermijn'], '10 jaar', 'sh:DatatypeConstraintComponent'],
  [[...A, 'bewaartermijn'], 'P', 'sh:DatatypeConstraintComponent'],
  // a week form is RFC 3339's too, but only alone (P3W is read as P21D; see the duration tests)
  [[...A, 'bewaartermijn'], 'P3W2D', 'sh:DatatypeConstraintComponent'],
  [[...A, 'uitvoerder'], '0000000182100219300', 'sh:PatternConstraintComponent'],
  // the OpenAPI pattern is unanchored and would accept this; twenty digits means exactly twenty
  [[...A, 'uitvoerder'], 'OIN 00000001821002193000', 'sh:PatternConstraintComponent'],
  [[...A, 'soortAfnemerId'], long(243), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'afnemerId'], long(41), 'sh:MaxLengthConstraintComponent'],
  [[...A, 'verwerkingsactiviteitIdAfnemer'], 'geen-uuid', 'sh:PatternConstraintComponent'],
  [[...A, 'verwerkingsactiviteitUrlAfnemer'], 'geen uri', 'sh:DatatypeConstraintComponent'],
  [[...A, 'verwerkingIdAfnemer'], 'geen-uuid', 'sh:PatternConstraintComponent'],
  [[...A, 'tijdstip'], undefined, 'sh:MinCountConstraintComponent'],
  // a valid xsd:dateTime, but RFC 3339 (the API's date-time) requires the offset
  [[...A, 'tijdstip'], '2024-04-05T14:35:42', 'sh:PatternConstraintComponent'],
  [[...A, 'tijdstipRegistratie'], undefined, 'sh:MinCountConstraintComponent'],
  [[...A, 'tijdstipRegistratie'], '2022-06-02T11:57:34', 'sh:PatternConstraintComponent'],
  [[...A, 'verwerkteObjecten', 0], { objecttype: 'persoon', soortObjectId: 'BSN' }, 'sh:MinCountConstraintComponent'],
];

describe('each constraint broken on its own gives exactly that violation, at its JSON path', () => {
  it.each(
    broken.map(
      ([path, value, constraint]) => [path.join('.').replace(/\.(\d+)/g, '[$1]'), value, constraint, path] as const,
    ),
  )('%s = %j: %s', async (jsonPath, value, constraint, path) => {
    // verwerkteObjecten is optional: the case adds a list with one object that lacks its objectId
    const payload = path.includes('verwerkteObjecten') ? withValue(path.slice(0, -1), [value]) : withValue(path, value);
    const expectedPath = path.includes('verwerkteObjecten') ? `${jsonPath}.objectId` : jsonPath;
    expect(await findings(payload)).toEqual([[expectedPath, 'Violation', constraint]]);
  });

  it('a tijdstip that is no date-time at all is not a date-time, and has no offset either', async () => {
    expect(await findings(withValue([...A, 'tijdstip'], 'gisteren'))).toEqual([
      ['results[0].verwerkingsactie.tijdstip', 'Violation', 'sh:DatatypeConstraintComponent'],
      ['results[0].verwerkingsactie.tijdstip', 'Violation', 'sh:PatternConstraintComponent'],
    ]);
  });
});

describe('bad input', () => {
  it('lenient: every problem of a payload at once, each with its path and what was expected', async () => {
    const payload = structuredClone(lijst) as { results: Record<string, unknown>[] };
    (payload.results[0] as { verwerkingsactie: Record<string, unknown> }).verwerkingsactie['uitvoerder'] = '123';
    (payload.results[1] as { verwerkingsactie: Record<string, unknown> }).verwerkingsactie['tijdstip'] =
      '2024-04-08 09:12';
    (payload.results[2] as { verwerkingsactie: Record<string, unknown> }).verwerkingsactie['bewaartermijn'] =
      'tien jaar';
    (payload.results[2] as { verwerkingsactie: Record<string, unknown> }).verwerkingsactie['vertrouwelijkheid'] =
      'geheim';
    payload.results.push('geen object' as never);
    const conversion = verwerkingenlogging.fromJson(payload);
    expect(conversion.problems.map((p) => [p.path, p.reason])).toEqual([
      ['results[0].verwerkingsactie.uitvoerder', 'pattern'],
      ['results[1].verwerkingsactie.tijdstip', 'date'],
      ['results[2].verwerkingsactie.vertrouwelijkheid', 'code-list'],
      ['results[2].verwerkingsactie.bewaartermijn', 'type'],
      ['results[3]', 'type'],
    ]);
    const messages = conversion.problems.map((p) => p.message).join('\n');
    for (const expected of [
      '^[0-9]{20}$',
      'date-time',
      '"normaal", "vertrouwelijk", "opgeheven"',
      'such as P10Y',
      'expected an object',
    ])
      expect(messages).toContain(expected);
    const report = await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion });
    expect(new Set(report.results.map((r) => r.jsonPath))).toEqual(new Set(conversion.problems.map((p) => p.path)));
  });

  it.each([
    ['uitvoerder', '0000000182100219300', 'pattern'],
    ['tijdstip', '2024-04-05T14:35:42', 'pattern'],
    ['tijdstip', 1712324142, 'type'],
    ['bewaartermijn', '10Y', 'type'],
    ['vertrouwelijkheid', 'opgeheven ', 'code-list'],
    ['actieId', 'x', 'pattern'],
    ['systeem', 'FooBarApp v2.1', 'unknown-property'],
  ] as const)('strict: verwerkingsactie.%s = %j throws a JsonInputError (%s) with its path', (field, value, reason) => {
    const payload = withValue([...A, field], value);
    let error: unknown;
    try {
      verwerkingenlogging.fromJson(payload, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonInputError);
    expect(error).toMatchObject({ path: `results[0].verwerkingsactie.${field}`, reason });
    expect((error as Error).message.startsWith(`results[0].verwerkingsactie.${field}: `)).toBe(true);
  });

  it(
    'a real Nijmegen verwerkingsactie, as it comes: ' + 'every deviation is reported, nothing is dropped silently',
    async () => {
      const nijmegen = JSON.parse(fixture('nijmegen-getverwerkingsacties-response.json')) as {
        Items: Record<string, unknown>[];
      };
      const item = nijmegen.Items[0] as Record<string, unknown>;
      const payload = { count: 1, next: null, previous: null, results: [{ ...first, verwerkingsactie: item }] };
      const found = await findings(payload);
      const at = (f: string) => `results[0].verwerkingsactie.${f}`;
      expect(found).toEqual(
        [
          // 9 of 10 Nijmegen tijdstipRegistratie values have no offset
          [at('tijdstipRegistratie'), 'Violation', 'sh:PatternConstraintComponent'],
          // Nijmegen writes objectType for objecttype
          [at('verwerkteObjecten[0].objecttype'), 'Violation', 'sh:MinCountConstraintComponent'],
          [at('verwerkteObjecten[0].objectType'), 'Warning', JSON_CONSTRAINT.unknownField],
          // Bewerking API fields the Inzage API leaves out, and a leaked storage key
          [at('gebruiker'), 'Warning', JSON_CONSTRAINT.unknownField],
          [at('gegevensbron'), 'Warning', JSON_CONSTRAINT.unknownField],
          [at('objectTypesoortObjectIdobjectId'), 'Warning', JSON_CONSTRAINT.unknownField],
          [at('systeem'), 'Warning', JSON_CONSTRAINT.unknownField],
        ].sort(),
      );
      // the rest of the nested object is still converted
      const conversion = verwerkingenlogging.fromJson(payload);
      // the three of results[0], and the one of the Nijmegen object
      expect(conversion.dataset.getQuads(null, `${VL}soortGegeven`, null, null)).toHaveLength(3 + 1);
    },
  );

  it("Nijmegen's DynamoDB list envelope is no list response: reported field by field, not a crash", () => {
    const conversion = verwerkingenlogging.fromJson(fixture('nijmegen-getverwerkingsacties-response.json'));
    expect(conversion.problems.map((p) => [p.path, p.reason]).sort()).toEqual([
      ['objectId', 'missing'],
      ['objecttype', 'missing'],
      ['soortObjectId', 'missing'],
      ['verwerktObjectId', 'missing'],
    ]);
    expect(conversion.unknownFields).toContain('Items');
  });

  it('never crashes on any value in any field, and reports what it could not convert (property)', () => {
    const fields = [...Object.keys(first), ...Object.keys(first.verwerkingsactie).map((k) => `verwerkingsactie.${k}`)];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), (field, value) => {
        const path = ['results', 0, ...field.split('.')];
        const conversion = verwerkingenlogging.fromJson(withValue(path, value));
        const jsonPath = `results[0].${field}`;
        const fine = conversion.problems.length === 0 && conversion.unknownFields.length === 0;
        // either it was valid, or a problem names the field (or a field below it)
        expect(
          fine ||
            conversion.problems.some(
              (p) => p.path === jsonPath || p.path.startsWith(`${jsonPath}.`) || p.path.startsWith(`${jsonPath}[`),
            ) ||
            conversion.unknownFields.some((f) => f.startsWith(jsonPath)),
        ).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('identity', () => {
  it(
    'without a url, a result is urn:uuid:<verwerktObjectId> ' +
      'and its action urn:uuid:<actieId>; toJson invents no url',
    () => {
      const { url: _u, ...object } = first;
      const { url: _a, ...actie } = first.verwerkingsactie;
      const conversion = verwerkingenlogging.fromJson({ ...object, verwerkingsactie: actie });
      expect(conversion.problems).toEqual([]);
      const s = `urn:uuid:${String(first['verwerktObjectId'])}`;
      expect(
        conversion.dataset.getQuads(s, `${VL}verwerkingsactie`, `urn:uuid:${String(actie['actieId'])}`, null),
      ).toHaveLength(1);
      const [back] = verwerkingenlogging.toJson(conversion.dataset);
      expect(back).not.toHaveProperty('url');
      expect(back?.['verwerkingsactie']).not.toHaveProperty('url');
    },
  );

  it('mints under a base the caller gives, and the namespace can be replaced', () => {
    const { url: _u, ...object } = first;
    const other = createVerwerkingenlogging('https://example.org/vl#');
    const { dataset } = other.fromJson(object, { bases: { VerwerktObject: 'https://example.org/vo/' } });
    expect(
      dataset.getQuads(
        `https://example.org/vo/${String(first['verwerktObjectId'])}`,
        'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
        'https://example.org/vl#VerwerktObject',
        null,
      ),
    ).toHaveLength(1);
  });
});
