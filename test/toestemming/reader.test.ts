// The reader gives typed objects for a valid graph and refuses, naming node and property, a graph
// that cannot be read into those types.
import { describe, expect, it } from 'vitest';
import { parseRdf, ReadError } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';

const head =
  '@prefix t: <http://data.vlaanderen.be/ns/toestemming#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .';

describe('reader', () => {
  it('groups nodes under their most specific class', () => {
    const read = toestemming.read(
      parseRdf(
        `${head}
      <https://example.org/o> a <http://data.europa.eu/m8g/PublicOrganisation>, ` +
          `<http://www.w3.org/ns/org#Organization> .`,
      ),
    );
    expect(read.PubliekeOrganisatie.map((o) => o.id)).toEqual(['https://example.org/o']);
    expect(read.Organisatie).toEqual([]);
  });

  it.each([
    [
      'a required value is missing',
      '<https://example.org/t> a t:Toestemming ; t:dataSubject <https://example.org/a> ; ' +
        't:descriptor <https://example.org/d> ; t:status <https://example.org/s> .',
      'gegevenOp',
    ],
    [
      'a single value is given twice',
      '<https://example.org/t> a t:Toestemming ; t:dataSubject <https://example.org/a> ; ' +
        't:descriptor <https://example.org/d> ; t:status <https://example.org/s> ; ' +
        't:gegevenOp "2024-01-01"^^xsd:date, "2024-01-02"^^xsd:date .',
      'gegevenOp',
    ],
    [
      'a concept is a string',
      '<https://example.org/t> a t:Toestemming ; t:dataSubject <https://example.org/a> ; ' +
        't:descriptor <https://example.org/d> ; t:status "toegelaten" ; t:gegevenOp "2024-01-01"^^xsd:date .',
      'status',
    ],
  ])('refuses a graph where %s', (_what, ttl, property) => {
    let error: unknown;
    try {
      toestemming.read(parseRdf(`${head}\n${ttl}`));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ node: 'https://example.org/t', className: 'Toestemming', property });
  });
});
