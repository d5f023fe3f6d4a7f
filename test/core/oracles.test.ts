// The truth is the specification; the engines are witnesses. profielkit's results (both its engines)
// are compared with two independent SHACL engines, rdf-validate-shacl and shacl-engine, on every
// fixture and on generated data with faults of every kind of rule. Where a witness differs, the
// difference must be one of its documented bugs (test/support/engine-bugs.ts, docs/engines.md), each
// of which holds only where the specification's own reading (test/support/xsd-spec.ts, written apart
// from src/core/rdf/xsd.ts) says that profielkit is right.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { DataFactory as N3, Store } from 'n3';
import type { DatasetCore, Quad } from '@rdfjs/types';
import { defineProfile, parseRdf, Profile, profiles, validate, type AnyProfile } from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { verwerkingenlogging } from '../../src/verwerkingenlogging.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';
import { shapesDataset } from '../../src/core/shapes/dataset.js';
import { faultyData, LEXICAL_EDGES } from '../support/faulty-data.js';
import { testProfile } from '../support/test-profile.js';
import { difference, findingsOfReport, key, witness, type Finding } from '../support/oracles.js';
import { ENGINE_BUGS, explain } from '../support/engine-bugs.js';
import { specWellFormed } from '../support/xsd-spec.js';

const SH = 'http://www.w3.org/ns/shacl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const WITNESSES = ['rdf-validate-shacl', 'shacl-engine'] as const;

/** The bugs seen while comparing, so that a test can show each documented bug is real. */
const demonstrated = new Set<string>();

/**
 * profielkit's two engines give the same findings; each witness's findings differ from them only
 * by its documented bugs. Returns profielkit's findings.
 */
async function agree(profile: AnyProfile, data: Store): Promise<Finding[]> {
  const fast = findingsOfReport((await validate(data, { profile })).report);
  const reference = findingsOfReport((await validate(data, { profile, engine: 'reference' })).report);
  expect(fast.map(key).sort()).toEqual(reference.map(key).sort());
  await witnessesDifferByBugsOnly(shapesDataset(profile.declaration), data, fast);
  return fast;
}

/** Each witness's findings differ from profielkit's only by its documented bugs (each one seen is noted). */
async function witnessesDifferByBugsOnly(
  shapes: DatasetCore,
  data: DatasetCore,
  fast: readonly Finding[],
): Promise<void> {
  for (const engine of WITNESSES) {
    const theirs = await witness(engine, shapes, data);
    for (const [direction, findings] of [
      ['missing', difference(fast, theirs)],
      ['extra', difference(theirs, fast)],
    ] as const) {
      for (const f of findings) {
        const bug = explain(engine, direction, f);
        expect(
          bug,
          `${engine} ${direction === 'missing' ? 'does not report' : 'reports'} ${key(f)}, ` +
            'and no documented bug of it explains that',
        ).toBeDefined();
        demonstrated.add(bug!.id);
      }
    }
  }
}

// one property per datatype the profiles use, and an order rule, on one class: every edge of every
// lexical space, checked on one node each
const D = 'https://example.org/datatypes#';
const text = (nl: string) => ({ nl, en: nl });
const datatypes = ['date', 'dateTime', 'integer', 'boolean', 'duration', 'anyURI', 'string'] as const;
const datatypeProfile = new Profile(
  defineProfile({
    name: 'datatypes',
    title: 'Datatypes',
    version: 'test',
    shapesBase: 'https://example.org/datatype-shapes#',
    prefixes: { d: D },
    context: { urls: ['https://example.org/datatypes.jsonld'], document: { '@context': {} } },
    classes: {
      Waarden: {
        iri: `${D}Waarden`,
        term: 'Waarden',
        label: text('Waarden'),
        description: text('Een waarde van elk datatype.'),
        properties: {
          ...Object.fromEntries(
            datatypes.map((dt) => [
              dt,
              {
                iri: `${D}${dt}`,
                term: dt,
                card: '0..1',
                range: {
                  kind: 'literal',
                  datatype: dt,
                  ...(dt === 'integer' ? { minInclusive: 1, maxInclusive: 5 } : {}),
                },
                label: text(dt),
                description: text(dt),
              },
            ]),
          ),
          later: {
            iri: `${D}later`,
            term: 'later',
            card: '0..1',
            range: { kind: 'literal', datatype: 'date' },
            label: text('later'),
            description: text('later'),
            notBefore: 'date',
          },
        },
      },
    },
  } as Parameters<typeof defineProfile>[0]),
);

const STRING_EDGES = [
  'gewone tekst',
  '😀 astral',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'tab\tand newline\n',
  '\u0001',
  '\u0000',
  '\u007f',
  '\uFFFE',
];

describe(
  "each edge of each lexical space: profielkit gives the specification's answer, " +
    'the witnesses differ only by their documented bugs',
  () => {
    const cases = datatypes.flatMap((dt) =>
      (dt === 'string' ? STRING_EDGES : (LEXICAL_EDGES[dt] ?? [])).map((lexical) => [dt, lexical] as const),
    );
    it.each(cases)('%s %j', async (dt, lexical) => {
      const node = N3.namedNode('https://example.org/waarden/1');
      const data = new Store([
        N3.quad(node, N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), N3.namedNode(`${D}Waarden`)),
        N3.quad(node, N3.namedNode(`${D}${dt}`), N3.literal(lexical, N3.namedNode(`${XSD}${dt}`))),
      ] as Quad[]);
      if (dt === 'date')
        data.addQuad(
          N3.quad(node, N3.namedNode(`${D}later`), N3.literal('9999-12-31', N3.namedNode(`${XSD}date`))) as Quad,
        );
      const findings = await agree(datatypeProfile, data);
      const wellFormed = specWellFormed(`${XSD}${dt}`, lexical);
      expect(wellFormed).toBeTypeOf('boolean');
      expect(findings.some((f) => f.constraint === `${SH}DatatypeConstraintComponent`)).toBe(!wellFormed);
      // an ill-typed value cannot be compared: the range and order rules report it too (SHACL 4.4, 4.5.4)
      // (and a date after 9999-12-31 is out of order)
      if (dt === 'date')
        expect(findings.some((f) => f.constraint === `${SH}LessThanOrEqualsConstraintComponent`)).toBe(
          !wellFormed || /^\d{5}/u.test(lexical),
        );
      if (dt === 'integer' && !wellFormed)
        expect(
          findings.filter((f) => /M(in|ax)InclusiveConstraintComponent$/u.test(f.constraint)).length,
        ).toBeGreaterThan(0);
    });
  },
);

describe("order rules follow XSD's order of dates (XSD 1.1 Part 2, D.2.3)", () => {
  // [earlier, later, whether the rule reports]: every year is ordered; a date without a time zone is
  // comparable with one with a time zone only when they lie more than 14 hours apart
  it.each([
    ['-0044-03-15', '2030-01-01', false],
    ['2024-03-01+14:00', '2030-01-01', false],
    ['2024-03-01', '2024-03-01Z', true],
    ['2024-03-01', '2024-03-03Z', false],
    ['2024-03-03-14:00', '2024-03-01', true],
    ['12024-01-01', '9999-12-31', true],
  ] as const)('%s before %s: reported %s', async (earlier, later, reported) => {
    const node = N3.namedNode('https://example.org/waarden/1');
    const date = (v: string) => N3.literal(v, N3.namedNode(`${XSD}date`));
    const data = new Store([
      N3.quad(node, N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), N3.namedNode(`${D}Waarden`)),
      N3.quad(node, N3.namedNode(`${D}date`), date(earlier)),
      N3.quad(node, N3.namedNode(`${D}later`), date(later)),
    ] as Quad[]);
    const findings = await agree(datatypeProfile, data);
    expect(findings.some((f) => f.constraint === `${SH}LessThanOrEqualsConstraintComponent`)).toBe(reported);
  });
});

describe('on every fixture', () => {
  const corpus = readdirSync(new URL('../fuzz/corpus/', import.meta.url))
    .filter((f) => /\.(ttl|nt)$/.test(f) && !/utf8|space|truncated/.test(f))
    .map((f) => `../fuzz/corpus/${f}`);
  const cli = readdirSync(new URL('../fixtures/cli/', import.meta.url))
    .filter((f) => /\.(ttl|nt)$/.test(f) && !/syntax-error|relative/.test(f))
    .map((f) => `../fixtures/cli/${f}`);
  it.each([...corpus, ...cli])('%s', async (file) => {
    const data = parseRdf(
      readFileSync(new URL(file, import.meta.url), 'utf8'),
      file.endsWith('.nt') ? 'ntriples' : 'turtle',
    );
    for (const profile of Object.values(profiles)) await agree(profile, data);
  });

  it('the VNG JSON fixtures, converted leniently', async () => {
    for (const file of [
      'voorzieninggebruik.json',
      'voorzieninggebruik-broken.json',
      'voorzieninggebruik-status.json',
    ]) {
      await agree(
        voorzieninggebruik,
        voorzieninggebruik.fromJson(readFileSync(new URL(`../fixtures/cli/${file}`, import.meta.url), 'utf8')).dataset,
      );
    }
    const verwerkingen = verwerkingenlogging;
    for (const file of ['lijst-verwerkte-objecten.json', 'verwerkt-object.json']) {
      await agree(
        verwerkingen,
        verwerkingen.fromJson(readFileSync(new URL(`../fixtures/verwerkingenlogging/${file}`, import.meta.url), 'utf8'))
          .dataset,
      );
    }
  });
});

describe('on generated exports with faults of every kind of rule', () => {
  it.each(
    Object.values(profiles)
      .map((p) => [p.name, p] as const)
      .concat([['test profile', testProfile]]),
  )('%s', async (_name, profile) => {
    await fc.assert(
      fc.asyncProperty(faultyData(profile), async (data) => void (await agree(profile, data))),
      { numRuns: 100, seed: 20261201 },
    );
  });

  it("the bench export's faults: a month 13, a missing date, a status of one's own", async () => {
    const data = parseRdf(
      `
      @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      <https://example.org/org/1> a <http://data.europa.eu/m8g/PublicOrganisation> .
      <https://example.org/d/1> a t:ToestemmingDescriptor ; <http://www.w3.org/2000/01/rdf-schema#label> "x" ;
        t:dataController <https://example.org/org/1> ; t:dataProcessor <https://example.org/org/1> ; ` +
        `t:toestemmingsvraag <https://example.org/v> .
      <https://example.org/p/1> a <http://purl.org/dc/terms/Agent> .
      <https://example.org/t/1> a t:Toestemming ; t:dataSubject <https://example.org/p/1> ; ` +
        `t:descriptor <https://example.org/d/1> ;
        t:status <https://example.org/eigen/status> ; <http://schema.org/expires> "2026-13-01"^^xsd:date .`,
    );
    const findings = await agree(toestemming, data);
    expect(findings.map((f) => f.constraint.slice(SH.length)).sort()).toEqual([
      'DatatypeConstraintComponent',
      'MinCountConstraintComponent',
      'OrConstraintComponent',
    ]);
  });
});

describe("shapes of one's own (fast path, reference engine and witnesses)", () => {
  /** As `agree`, for shapes of one's own. */
  async function agreeShapes(shapes: Store, data: Store): Promise<Finding[]> {
    const fastReport = await validate(data, { shapes });
    expect(fastReport.engine).toBe('fast');
    const fast = findingsOfReport(fastReport.report);
    const reference = findingsOfReport((await validate(data, { shapes, engine: 'reference' })).report);
    expect(fast.map(key).sort()).toEqual(reference.map(key).sort());
    await witnessesDifferByBugsOnly(shapes, data, fast);
    return fast;
  }

  it(
    'sixty records pointing at one node that breaks the ' + 'shape sh:node asks for: sixty results (SHACL 4.8.1)',
    async () => {
      const shapes = parseRdf(
        `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
      ex:R a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:q ; sh:node ex:N ; ` +
          `sh:or ( [ sh:node ex:N ] [ sh:class ex:B ] ) ] .
      ex:N a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .`,
      );
      const data = parseRdf(
        '@prefix ex: ' +
          '<https://example.org/> ' +
          `.\n${Array.from({ length: 60 }, (_, i) => `ex:a${i} a ex:A ; ex:q ex:bad .`).join('\n')}`,
      );
      const findings = await agreeShapes(shapes, data);
      expect(findings.filter((f) => f.constraint === `${SH}NodeConstraintComponent`)).toHaveLength(60);
      expect(findings.filter((f) => f.constraint === `${SH}OrConstraintComponent`)).toHaveLength(60);
    },
  );
});

describe('the documented bugs', () => {
  it('each one was seen above (a fixed bug must leave the list and docs/engines.md)', () => {
    expect([...demonstrated].sort()).toEqual(ENGINE_BUGS.map((b) => b.id).sort());
  });

  it('docs/engines.md names every one', () => {
    const doc = readFileSync(new URL('../../docs/engines.md', import.meta.url), 'utf8');
    for (const bug of ENGINE_BUGS) expect(doc).toContain(bug.id);
  });
});
