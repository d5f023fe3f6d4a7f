// The generated JSON-LD context: the API's own JSON plus the context is JSON-LD that says what fromJson
// says (the same properties and values; JSON-LD cannot add the rdf:types and node IRIs fromJson adds).
import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { parseJsonLd, toJsonLd } from '../../src/index.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { fixtureJson } from './support.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const lijst = fixtureJson<{ results: Record<string, unknown>[] }>('lijst-verwerkte-objecten.json');

/** Predicate and object of every triple but rdf:type; nodes as `<node>`, since JSON-LD names them otherwise. */
const statements = (quads: Iterable<Quad>) =>
  [...quads]
    .filter((q) => q.predicate.value !== RDF_TYPE)
    .map(
      (q) =>
        `${q.predicate.value} ` +
        (q.object.termType === 'Literal' ? `${JSON.stringify(q.object.value)}^^${q.object.datatype.value}` : '<node>'),
    )
    .sort();

describe('the context', () => {
  it('the API JSON of a list response plus the context gives the same statements as fromJson', async () => {
    const url = verwerkingenlogging.declaration.context.urls[0];
    const jsonLd = await parseJsonLd({ '@context': url, '@graph': lijst.results }, { profile: verwerkingenlogging });
    expect(statements(jsonLd)).toEqual(statements(verwerkingenlogging.fromJson(lijst).dataset));
  });

  it("writes the API's field names back in toJsonLd", async () => {
    const doc = JSON.stringify(
      await toJsonLd(verwerkingenlogging.fromJson(lijst).dataset, { profile: verwerkingenlogging }),
    );
    for (const field of [
      '"objecttype"',
      '"verwerktObjectId"',
      '"actieId"',
      '"actieNaam"',
      '"soortGegeven"',
      '"tijdstipRegistratie"',
      '"url"',
    ])
      expect(doc).toContain(field);
    expect(doc).not.toContain('"objectType"');
  });
});
