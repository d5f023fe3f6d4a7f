// The shipped shapes and contexts are what the declarations generate (`npm run artifacts` rewrites them).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import { parseRdf, profiles } from '../src/index.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe.each(Object.values(profiles).map((p) => [p.name, p] as const))('artifacts of %s', (name, profile) => {
  it(`shapes/${name}.ttl is generated from the declaration`, () => {
    expect(readFileSync(new URL(`../shapes/${name}.ttl`, import.meta.url), 'utf8')).toBe(profile.shapes());
  });

  it('every property shape has a name, a description and a message in Dutch and in English', () => {
    const shapes = parseRdf(profile.shapes());
    const propertyShapes = shapes.getSubjects(
      DataFactory.namedNode(RDF_TYPE),
      DataFactory.namedNode(`${SH}PropertyShape`),
      null,
    );
    expect(propertyShapes.length).toBeGreaterThan(10);
    for (const shape of propertyShapes) {
      for (const p of ['name', 'message', 'description']) {
        const langs = shapes
          .getObjects(shape, DataFactory.namedNode(SH + p), null)
          .map((o) => (o as { language: string }).language)
          .sort();
        expect(langs, `${shape.value} sh:${p}`).toEqual(['en', 'nl']);
      }
    }
  });

  it(`contexts/${name}.jsonld is the context the profile serves`, () => {
    expect(JSON.parse(readFileSync(new URL(`../contexts/${name}.jsonld`, import.meta.url), 'utf8'))).toEqual(
      profile.contextDocument(),
    );
  });
});
