// The core's JSON conversion: fields to triples, nested objects, aliases, defaults, UUID identities;
// lenient conversion that leaves every problem for validation, with JSON paths; strict conversion.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonInputError, JSON_CONSTRAINT, toNTriples, validate } from '../../src/index.js';
import { testProfile } from '../support/test-profile.js';
import { childPath } from '../../src/core/record/walk.js';

const SH = 'http://www.w3.org/ns/shacl#';
const U1 = '123e4567-e89b-12d3-a456-426614174000';
const U2 = '123e4567-e89b-12d3-a456-426614174001';
const gebruik = {
  id: U1,
  organisatieId: U2,
  status: 'Actief',
  score: 3,
  startDatum: '2023-01-15',
  contactpersoon: { naam: 'Jan Jansen', email: 'j@example.org' },
  tags: ['a', 'b'],
};

describe('fromJson (core)', () => {
  it('turns fields into exactly the expected triples', async () => {
    const { dataset, problems, unknownFields } = testProfile.fromJson(gebruik);
    expect(problems).toEqual([]);
    expect(unknownFields).toEqual([]);
    const lines = (await toNTriples(dataset))
      .trim()
      .split('\n')
      .map((l) => l.replace(/_:\w+/g, '_:b'))
      .sort();
    const s = `<urn:uuid:${U1}>`;
    expect(lines).toEqual(
      [
        `${s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/ns#Gebruik> .`,
        `${s} <https://example.org/ns#id> "${U1}" .`,
        `${s} <https://example.org/ns#organisatie> <urn:uuid:${U2}> .`,
        `${s} <https://example.org/ns#status> "Actief" .`,
        `${s} <https://example.org/ns#score> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `${s} <https://example.org/ns#kritisch> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
        `${s} <https://example.org/ns#start> "2023-01-15"^^<http://www.w3.org/2001/XMLSchema#date> .`,
        `${s} <https://example.org/ns#beheerder> _:b .`,
        `${s} <https://example.org/ns#tag> "a" .`,
        `${s} <https://example.org/ns#tag> "b" .`,
        `_:b <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .`,
        `_:b <http://schema.org/name> "Jan Jansen" .`,
        `_:b <http://schema.org/email> "j@example.org" .`,
      ].sort(),
    );
  });

  it('mints IRIs under a base the caller gives per class', () => {
    const { dataset } = testProfile.fromJson(gebruik, {
      bases: { Gebruik: 'https://example.org/gebruik/', Organisatie: 'https://example.org/org/' },
    });
    expect(
      dataset.getQuads(
        `https://example.org/gebruik/${U1}`,
        'https://example.org/ns#organisatie',
        `https://example.org/org/${U2}`,
        null,
      ),
    ).toHaveLength(1);
  });

  it('reports every problem of a payload at once, each with its JSON path', async () => {
    const payload = [
      gebruik,
      {
        ...gebruik,
        id: 'geen-uuid',
        status: 'Onbekend',
        score: 'drie',
        startDatum: '2023-02-30',
        beheerder: { email: 'x@example.org' },
        contactpersoon: undefined,
        tags: ['veel te lange tag'],
      },
      { organisatieId: U2, status: 'Gepland', extra: 1 },
    ];
    const conversion = testProfile.fromJson(payload);
    const report = await validate(conversion.dataset, { profile: testProfile, json: conversion });
    const found = report.results.map((r) => [r.jsonPath, r.severity, r.constraint.replace(SH, 'sh:')]).sort();
    expect(found).toEqual(
      [
        ['[1].id', 'Violation', 'sh:PatternConstraintComponent'],
        ['[1].status', 'Violation', 'sh:InConstraintComponent'],
        ['[1].score', 'Violation', 'sh:DatatypeConstraintComponent'],
        // a string is also not at least 0: SHACL reports both rules for the one field
        ['[1].score', 'Violation', 'sh:MinInclusiveConstraintComponent'],
        ['[1].startDatum', 'Violation', 'sh:DatatypeConstraintComponent'],
        ['[1].beheerder.naam', 'Violation', 'sh:MinCountConstraintComponent'],
        ['[1].tags', 'Violation', 'sh:MaxLengthConstraintComponent'],
        ['[2].id', 'Violation', 'sh:MinCountConstraintComponent'],
        ['[2].extra', 'Warning', JSON_CONSTRAINT.unknownField],
      ].sort(),
    );
    expect(conversion.unknownFields).toEqual(['[2].extra']);
  });

  it('a field given under its name and its alias is a problem, not a silent choice', async () => {
    const conversion = testProfile.fromJson({ ...gebruik, beheerder: { naam: 'Piet' } });
    const report = await validate(conversion.dataset, { profile: testProfile, json: conversion });
    // the field that comes second is the one reported
    expect(report.results.map((r) => [r.jsonPath, r.constraint])).toEqual([['beheerder', JSON_CONSTRAINT.input]]);
  });

  it('a record that is not an object is reported with its path', async () => {
    const conversion = testProfile.fromJson([gebruik, 'tekst']);
    const report = await validate(conversion.dataset, { profile: testProfile, json: conversion });
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.jsonPath)).toEqual(['[1]']);
  });

  it.each([
    [{ ...gebruik, status: 'Onbekend' }, 'status', 'code-list'],
    [{ ...gebruik, score: 'drie' }, 'score', 'type'],
    [{ ...gebruik, score: -1 }, 'score', 'range'],
    [{ ...gebruik, startDatum: 'gisteren' }, 'startDatum', 'date'],
    [{ ...gebruik, contactpersoon: 'Jan' }, 'contactpersoon', 'type'],
    [{ ...gebruik, contactpersoon: { email: 'x' } }, 'contactpersoon.naam', 'missing'],
    [{ ...gebruik, tags: 'a' }, 'tags', 'type'],
    [{ ...gebruik, extra: true }, 'extra', 'unknown-property'],
  ] as const)('strict: %# throws at %s', (payload, path, reason) => {
    let error: unknown;
    try {
      testProfile.fromJson(payload, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonInputError);
    expect(error).toMatchObject({ path, reason });
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
  });

  it('fills defaults, and reads back the same JSON (property)', () => {
    const uuid = fc.uuid();
    const record = fc.record(
      {
        id: uuid,
        organisatieId: uuid,
        status: fc.constantFrom('Actief', 'Gepland'),
        score: fc.nat(),
        kritisch: fc.boolean(),
        startDatum: fc
          .date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        beheerder: fc.record(
          { naam: fc.string({ minLength: 1 }), email: fc.emailAddress() },
          { requiredKeys: ['naam'] },
        ),
        tags: fc.uniqueArray(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['id', 'organisatieId', 'status'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 5 }), (records) => {
        const { dataset, problems } = testProfile.fromJson(records);
        expect(problems).toEqual([]);
        const back = testProfile.toJson(dataset);
        const expected = records.map((r) => ({
          kritisch: false,
          ...r,
          ...(r.tags ? { tags: [...r.tags].sort() } : {}),
        }));
        const sorted = back.map((r) => ({ ...r, ...(r['tags'] ? { tags: [...(r['tags'] as string[])].sort() } : {}) }));
        const byId = (a: object, b: object) =>
          String((a as { id?: unknown }).id).localeCompare(String((b as { id?: unknown }).id));
        expect(sorted.sort(byId)).toEqual(expected.sort(byId));
      }),
      { numRuns: 100 },
    );
  });

  it('never changes its input', () => {
    const payload = [structuredClone(gebruik), { ...gebruik, id: U2, score: 'x' }];
    const copy = structuredClone(payload);
    testProfile.fromJson(payload);
    expect(payload).toEqual(copy);
  });
});

describe('nothing lost', () => {
  it('every field of a payload becomes a triple or is reported (property)', () => {
    const field = fc.oneof(
      fc.constantFrom(
        'id',
        'organisatieId',
        'status',
        'score',
        'kritisch',
        'startDatum',
        'beheerder',
        'contactpersoon',
        'tags',
      ),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
    );
    const payload = fc.dictionary(field, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });
    const predicates: Record<string, string> = {
      id: 'https://example.org/ns#id',
      organisatieId: 'https://example.org/ns#organisatie',
      status: 'https://example.org/ns#status',
      score: 'https://example.org/ns#score',
      kritisch: 'https://example.org/ns#kritisch',
      startDatum: 'https://example.org/ns#start',
      beheerder: 'https://example.org/ns#beheerder',
      contactpersoon: 'https://example.org/ns#beheerder',
      tags: 'https://example.org/ns#tag',
    };
    fc.assert(
      fc.property(payload, (record) => {
        const conversion = testProfile.fromJson(JSON.parse(JSON.stringify(record)));
        const problems = new Set(conversion.problems.map((p) => p.path));
        for (const [key, value] of Object.entries(record)) {
          if (value === null) continue;
          const predicate = Object.hasOwn(predicates, key) ? predicates[key] : undefined;
          const written =
            predicate !== undefined && conversion.dataset.getQuads(null, predicate, null, null).length > 0;
          const emptyList = Array.isArray(value) && value.length === 0;
          const path = childPath('', key);
          const reported =
            conversion.unknownFields.includes(path) ||
            [...problems].some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
          expect(written || reported || emptyList, `field ${key}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
