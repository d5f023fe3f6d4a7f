// JSON -> RDF -> JSON gives back the API's JSON, through every output syntax (properties over
// generated list responses), and a generated payload always conforms to the shapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonLd, parseRdf, toJsonLd, toNTriples, toTurtle, validate } from '../../src/index.js';
import { toListResponse, verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { lijstResponse, normalize } from './arbitrary.js';

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a['verwerktObjectId']).localeCompare(String(b['verwerktObjectId']));

describe('round trip', () => {
  it('JSON -> RDF -> JSON gives back the results (property)', () => {
    fc.assert(
      fc.property(lijstResponse(), (payload) => {
        const { dataset, problems, unknownFields } = verwerkingenlogging.fromJson(payload);
        expect(problems).toEqual([]);
        expect(unknownFields).toEqual([]);
        const back = verwerkingenlogging.toJson(dataset).sort(byId);
        expect(normalize(back)).toEqual(normalize([...payload.results].sort(byId)));
      }),
      { numRuns: 200 },
    );
  });

  it('through Turtle, N-Triples and JSON-LD the graph and the JSON stay the same (property)', async () => {
    await fc.assert(
      // at least one result: an empty graph's JSON-LD ({"@context"} alone) is refused by parseJsonLd's safe mode
      fc.asyncProperty(lijstResponse(3, 1), async (payload) => {
        const { dataset } = verwerkingenlogging.fromJson(payload);
        const expected = normalize(toListResponse(dataset).results);
        const viaTurtle = parseRdf(await toTurtle(dataset, { profile: verwerkingenlogging }), 'turtle');
        const viaNTriples = parseRdf(await toNTriples(dataset), 'ntriples');
        const viaJsonLd = await parseJsonLd(await toJsonLd(dataset, { profile: verwerkingenlogging }), {
          profile: verwerkingenlogging,
        });
        for (const copy of [viaTurtle, viaNTriples, viaJsonLd]) {
          expect(copy.size).toBe(dataset.size);
          expect(normalize(toListResponse(copy).results)).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a generated payload conforms to the shapes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(lijstResponse(2), async (payload) => {
        const conversion = verwerkingenlogging.fromJson(payload);
        const report = await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion });
        expect(report.results).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('toListResponse writes one page of the list response', () => {
    const payload = {
      count: 1,
      next: null,
      previous: null,
      results: [
        {
          verwerktObjectId: '5f089abb-7ed1-4714-92d4-1850453eda5d',
          objecttype: 'persoon',
          soortObjectId: 'BSN',
          objectId: '1',
        },
      ],
    };
    expect(toListResponse(verwerkingenlogging.fromJson(payload).dataset)).toEqual(payload);
  });
});
