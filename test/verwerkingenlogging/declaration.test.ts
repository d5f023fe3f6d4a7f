// The declaration says what the OpenAPI document says: every field of VerwerktObject (and Uitgebreid),
// VerwerktObjectBasis, VerwerktSoortGegeven and VerwerkingsactieBeperkt, with its required-ness, enum,
// format, maxLength and pattern; the documented deviations, and only those, differ.
import { describe, expect, it } from 'vitest';
import { OFFSET_PATTERN, OIN_PATTERN, UUID_PATTERN, verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { modelOf } from '../../src/core/schema/model.js';
import { fixture } from './support.js';
import { parseYaml } from './yaml.js';

type Schema = { required?: string[]; properties?: Record<string, Prop>; allOf?: Schema[] };
type Prop = {
  type?: string;
  format?: string;
  maxLength?: string;
  pattern?: string;
  enum?: string[];
  items?: { $ref: string };
  $ref?: string;
};

// only the components: the paths hold nothing the declaration follows
const text = fixture('inzage-api-0.9.0.openapi.yaml');
const spec = parseYaml(text.slice(text.indexOf('\ncomponents:') + 1)) as {
  components: { schemas: Record<string, Schema> };
};
const schemas = spec.components.schemas;
const model = modelOf(verwerkingenlogging.declaration);

// VerwerktObject's own part is allOf[0]; VerwerktObjectUitgebreid adds verwerkingsactie (allOf[1])
const own: Record<string, Schema> = {
  VerwerktObjectBasis: schemas['VerwerktObjectBasis']!,
  VerwerktObject: {
    required: schemas['VerwerktObject']!.allOf![0]!.required!,
    properties: {
      ...schemas['VerwerktObject']!.allOf![0]!.properties,
      ...schemas['VerwerktObjectUitgebreid']!.allOf![1]!.properties,
    },
  },
  VerwerktSoortGegeven: schemas['VerwerktSoortGegeven']!,
  VerwerkingsactieBeperkt: schemas['VerwerkingsactieBeperkt']!,
};

/** What the declaration must say for a field, derived from the OpenAPI schema. */
function expected(prop: Prop, required: boolean) {
  const ref = (prop.items?.$ref ?? prop.$ref)?.replace('#/components/schemas/', '');
  const many = prop.type === 'array';
  const card = many ? (required ? '1..*' : '0..*') : required ? '1' : '0..1';
  if (ref !== undefined) return { card, range: { kind: 'object', class: ref } };
  const datatype =
    { uuid: 'string', uri: 'anyURI', 'date-time': 'dateTime', duration: 'duration' }[prop.format ?? ''] ?? 'string';
  const pattern =
    prop.format === 'uuid'
      ? UUID_PATTERN
      : prop.format === 'date-time'
        ? OFFSET_PATTERN
        : prop.pattern === '[0-9]{20}'
          ? OIN_PATTERN
          : prop.pattern;
  return {
    card,
    range: {
      kind: 'literal',
      datatype,
      ...(pattern === undefined ? {} : { pattern }),
      ...(prop.maxLength === undefined ? {} : { maxLength: Number(prop.maxLength) }),
      ...(prop.enum === undefined ? {} : { in: prop.enum }),
    },
  };
}

// The deviations docs/profiles/verwerkingenlogging.md explains.
const DEVIATIONS: Record<string, string> = {
  // url is the node's IRI; where absent the IRI is minted from the id, so the field itself is optional
  'VerwerktObject.url': '0..1',
  'VerwerkingsactieBeperkt.url': '0..1',
};

describe('the declaration follows the OpenAPI document', () => {
  it('(the document was read: all fields of the four schemas)', () => {
    expect(Object.values(own).map((s) => Object.keys(s.properties ?? {}).length)).toEqual([5, 3, 1, 18]);
  });

  for (const [className, schema] of Object.entries(own)) {
    const c = model.classes.get(className)!;
    const declared = Object.fromEntries(
      c.properties.filter((p) => p.declaredOn === className).map((p) => [p.key, p.declaration]),
    );
    it(`${className}: every field, with its rules`, () => {
      for (const [field, prop] of Object.entries(schema.properties ?? {})) {
        const p = declared[field];
        expect(p, `${className}.${field}`).toBeDefined();
        expect(p!.term).toBe(field);
        const want = expected(prop, (schema.required ?? []).includes(field));
        // a pattern's words (patternText) are the report's, not a rule of the document
        const { patternText: _words, ...range } = p!.range as { patternText?: unknown };
        expect(
          { card: DEVIATIONS[`${className}.${field}`] ?? want.card, range: want.range },
          `${className}.${field}`,
        ).toEqual({ card: p!.card, range });
      }
    });
    it(`${className}: no field the document does not have, except verwerkteObjecten`, () => {
      const extra = Object.keys(declared).filter((k) => !(k in (schema.properties ?? {})));
      expect(extra).toEqual(className === 'VerwerkingsactieBeperkt' ? ['verwerkteObjecten'] : []);
    });
  }

  it('verwerkteObjecten: required but undefined in the document; optional VerwerktObjectBasis objects here', () => {
    expect(schemas['VerwerkingsactieBeperkt']!.required).toContain('verwerkteObjecten');
    expect(schemas['VerwerkingsactieBeperkt']!.properties).not.toHaveProperty('verwerkteObjecten');
    const p = model.classes
      .get('VerwerkingsactieBeperkt')!
      .properties.find((q) => q.key === 'verwerkteObjecten')!.declaration;
    expect([p.card, p.range]).toEqual(['0..*', { kind: 'object', class: 'VerwerktObjectBasis' }]);
  });

  it("the OIN pattern is the document's, anchored", () => {
    expect(schemas['VerwerkingsactieBeperkt']!.properties!['uitvoerder']!.pattern).toBe('[0-9]{20}');
    expect(new RegExp(OIN_PATTERN).test('x00000001821002193000x')).toBe(false);
    expect(new RegExp(OIN_PATTERN).test('00000001821002193000')).toBe(true);
  });
});

describe('JSON-LD context', () => {
  it('has a term for every field name of the API, and one IRI per term', () => {
    const ctx = verwerkingenlogging.contextDocument()['@context'] as Record<string, unknown>;
    const fields = Object.values(own).flatMap((s) => Object.keys(s.properties ?? {}));
    for (const f of [...fields, 'verwerkteObjecten']) expect(ctx, f).toHaveProperty(f);
    const iris = Object.entries(ctx)
      .filter(([k, v]) => typeof v === 'object' && k !== 'url')
      .map(([, v]) => (v as { '@id': string })['@id']);
    expect(new Set(iris).size).toBe(iris.length);
  });
});
