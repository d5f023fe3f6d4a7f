// The declaration follows the Softwarecatalogus schema (the OpenRegister export, which has the same
// VoorzieningGebruik fields as gemma.yaml): field names, required fields, value lists, score ranges,
// defaults and formats. Every IRI is either a published vocabulary's or in the one own namespace, and
// every one is documented in docs/profiles/voorzieninggebruik.md.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defineProfile, Profile, ProfielkitError } from '../../src/index.js';
import { VOORZIENINGGEBRUIK_NAMESPACE, voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { modelOf } from '../../src/core/schema/model.js';
import type { LiteralRange, PropertyDeclaration } from '../../src/core/schema/declaration.js';
import { fixture } from './support.js';

interface JsonSchema {
  readonly required?: readonly string[];
  readonly properties: Readonly<
    Record<
      string,
      {
        type: string;
        format?: string;
        enum?: string[];
        minimum?: number | null;
        maximum?: number | null;
        default?: unknown;
        properties?: JsonSchema['properties'];
      }
    >
  >;
}

const schema = fixture('schema-voorzieninggebruik-openregister-v0.0.5.json') as JsonSchema;
const model = modelOf(voorzieninggebruik.declaration);
const props = (key: string): Record<string, PropertyDeclaration> =>
  Object.fromEntries(model.classes.get(key)!.properties.map((p) => [p.key, p.declaration]));
const gebruik = props('VoorzieningGebruik');
const literal = (p: PropertyDeclaration | undefined): LiteralRange => p?.range as LiteralRange;

// register-only fields (not in gemma.yaml, not on the documentation page): unknown fields here
const REGISTER_ONLY = ['hosting', 'deelneming', 'contact'];

describe('the VoorzieningGebruik declaration', () => {
  it('has every field of the Softwarecatalogus schema, and referentieComponenten from the page', () => {
    const fields = Object.keys(schema.properties).filter((f) => !REGISTER_ONLY.includes(f));
    expect(Object.keys(gebruik).sort()).toEqual([...fields, 'referentieComponenten'].sort());
    // the JSON-LD term of each is its JSON field name
    for (const [key, p] of Object.entries(gebruik)) expect(p.term).toBe(key);
  });

  it('requires exactly the required fields', () => {
    const required = Object.entries(gebruik)
      .filter(([, p]) => p.card === '1')
      .map(([k]) => k);
    expect(required.sort()).toEqual([...(schema.required ?? [])].sort());
  });

  it("has the schema's value lists, score ranges and formats", () => {
    for (const [field, s] of Object.entries(schema.properties)) {
      const p = gebruik[field];
      if (!p) continue;
      if (s.enum) expect([...(literal(p).in ?? [])].sort(), field).toEqual([...s.enum].sort());
      if (typeof s.minimum === 'number') expect(literal(p).minInclusive, field).toBe(s.minimum);
      if (typeof s.maximum === 'number') expect(literal(p).maxInclusive, field).toBe(s.maximum);
      if (s.format === 'date') expect(literal(p).datatype, field).toBe('date');
      if (s.type === 'boolean') expect(literal(p).datatype, field).toBe('boolean');
      if (s.type === 'integer') expect(literal(p).datatype, field).toBe('integer');
      if (s.format === 'uuid')
        expect(p.range.kind === 'reference' ? p.range.by : literal(p).pattern, field).toMatch(
          /uuid|\[0-9a-fA-F\]\{8\}/u,
        );
    }
    const biv = props('BivClassificatie');
    for (const [axis, s] of Object.entries(schema.properties['bivClassificatie']!.properties!))
      expect([...(literal(biv[axis]).in ?? [])].sort(), axis).toEqual([...s.enum!].sort());
  });

  it("has the schema's defaults, but not a status default outside its own list", () => {
    expect(gebruik['bedrijfsKritisch']?.default).toBe(schema.properties['bedrijfsKritisch']?.default);
    expect(gebruik['privacyGevoelig']?.default).toBe(schema.properties['privacyGevoelig']?.default);
    expect(schema.properties['status']?.default).toBe('concept');
    expect(gebruik['status']?.default).toBeUndefined();
  });

  it("beheerder is a schema:Person with the schema's four fields, also read as contactpersoon", () => {
    expect(model.classes.get('Persoon')!.declaration.iri).toBe('http://schema.org/Person');
    expect(Object.keys(props('Persoon')).sort()).toEqual(
      Object.keys(schema.properties['beheerder']!.properties!).sort(),
    );
    expect(gebruik['beheerder']?.aliases).toEqual(['contactpersoon']);
  });

  it('uses published vocabularies or the one own namespace, nothing else', () => {
    const published = ['http://schema.org/', 'http://purl.org/dc/terms/', 'http://www.w3.org/ns/org#'];
    const iris = [...model.classes.values()].flatMap((c) => [
      c.declaration.iri,
      ...c.properties.map((p) => p.declaration.iri),
    ]);
    for (const iri of iris)
      expect(published.some((ns) => iri.startsWith(ns)) || iri.startsWith(VOORZIENINGGEBRUIK_NAMESPACE), iri).toBe(
        true,
      );
  });

  it('documents every term, with its IRI, in docs/profiles/voorzieninggebruik.md', () => {
    const docs = readFileSync(new URL('../../docs/profiles/voorzieninggebruik.md', import.meta.url), 'utf8');
    const compact = (iri: string) =>
      Object.entries(voorzieninggebruik.declaration.prefixes).reduce(
        (v, [prefix, ns]) => (v.startsWith(ns) ? `${prefix}:${v.slice(ns.length)}` : v),
        iri,
      );
    for (const c of model.classes.values()) {
      expect(docs, c.key).toContain(`\`${compact(c.declaration.iri)}\``);
      for (const p of c.properties) expect(docs, `${c.key}.${p.key}`).toContain(`\`${compact(p.declaration.iri)}\``);
    }
  });
});

describe('notBefore (the order rule of the core)', () => {
  const declare = (earlier: 'date' | 'string', other = 'start') =>
    defineProfile({
      ...voorzieninggebruik.declaration,
      name: 'test-volgorde',
      classes: {
        Periode: {
          iri: 'https://example.org/Periode',
          term: 'Periode',
          label: { nl: 'Periode', en: 'Period' },
          description: { nl: 'Periode', en: 'Period' },
          properties: {
            start: {
              iri: 'https://example.org/start',
              term: 'start',
              card: '0..1',
              range: { kind: 'literal', datatype: earlier },
              label: { nl: 's', en: 's' },
              description: { nl: 's', en: 's' },
            },
            eind: {
              iri: 'https://example.org/eind',
              term: 'eind',
              card: '0..1',
              range: { kind: 'literal', datatype: 'date' },
              notBefore: other,
              label: { nl: 'e', en: 'e' },
              description: { nl: 'e', en: 'e' },
            },
          },
        },
      },
    });

  it('is refused for properties that cannot be compared, or that do not exist', () => {
    expect(() => new Profile(declare('string'))).toThrow(ProfielkitError);
    expect(() => new Profile(declare('date', 'begin'))).toThrow(/may not precede begin/u);
    expect(() => new Profile(declare('date'))).not.toThrow();
  });
});
