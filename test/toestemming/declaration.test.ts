// The declaration is the one source of truth; these tests hold it to the official artefacts of the
// 2018-02-05 draft (model table, JSON-LD context, code lists), so that it cannot drift from them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataFactory as N3 } from 'n3';
import { parseRdf } from '../../src/index.js';
import { Contactkanaal, Notificatiecategorie, toestemming, ToestemmingStatus } from '../../src/toestemming.js';
import { officialContext } from '../../src/profiles/toestemming/context.js';
import {
  ContactkanaalList,
  NotificatiecategorieList,
  ToestemmingStatusList,
} from '../../src/profiles/toestemming/codelists.js';
import { conceptIris, modelOf } from '../../src/core/schema/model.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/oslo/${name}`, import.meta.url), 'utf8');
const model = modelOf(toestemming.declaration);

/** Rows of the official model table (toestemming-ap.tsv), as objects. */
function modelTable(): Record<string, string>[] {
  // every cell is quoted, and a definition may hold a newline: split on quote-tab-quote and quote-newline-quote
  const [header, ...rows] = fixture('toestemming-ap-2018-02-05.tsv')
    .trim()
    .slice(1, -1)
    .split(/"\r?\n"/u)
    .map((line) => line.split('"\t"'));
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

const CARD: Record<string, string> = { '1 1': '1', '0 1': '0..1', '0 *': '0..*', '1 *': '1..*' };

describe('the Toestemming declaration', () => {
  const table = modelTable();

  it('has exactly the classes of the model table, with their IRIs and superclasses', () => {
    const classes = table.filter((r) => r['EA-Type'] === 'CLASS');
    expect([...model.classes.keys()].sort()).toEqual(classes.map((r) => r['EA-Name']).sort());
    for (const row of classes) {
      const c = model.classes.get(row['EA-Name']!)!;
      expect(c.declaration.iri).toBe(row['namespace']! + row['localname']!);
      const parent = c.declaration.subClassOf ? model.classes.get(c.declaration.subClassOf)!.declaration.iri : '';
      expect(parent, row['EA-Name']).toBe(row['parent']);
    }
  });

  it('has exactly the properties of the model table, with IRI, cardinality and label', () => {
    const rows = table.filter(
      (r) => r['EA-Type'] === 'connector' || (r['EA-Type'] === 'attribute' && model.classes.has(r['EA-Domain']!)),
    );
    const declared = [...model.classes.values()].flatMap((c) =>
      c.properties.filter((p) => p.declaredOn === c.key).map((p) => ({ c: c.key, ...p })),
    );
    expect(declared.length).toBe(rows.length);
    for (const row of rows) {
      const p = declared.find((d) => d.c === row['EA-Domain'] && d.declaration.term === row['EA-Name']);
      expect(p, `${row['EA-Domain']}.${row['EA-Name']}`).toBeDefined();
      expect(p!.declaration.iri).toBe(row['namespace']! + row['localname']!);
      expect(p!.declaration.card).toBe(CARD[`${row['min card']} ${row['max card']}`]);
      expect(p!.declaration.label.nl).toBe(row['ap-label-nl']);
    }
  });

  it('names dossier as the specification does, with the IRI and term beperking', () => {
    const dossier = model.classes.get('Toestemming')!.properties.find((p) => p.key === 'dossier')!;
    expect(dossier.declaration.iri).toBe('http://data.vlaanderen.be/ns/toestemming#beperking');
    expect(dossier.declaration.term).toBe('beperking');
  });

  it('uses exactly the terms of the official context, with the same IRIs', () => {
    const terms = officialContext['@context'] as Record<string, string | { '@id': string }>;
    const declared = new Map<string, string>();
    for (const c of model.classes.values()) {
      declared.set(c.declaration.term, c.declaration.iri);
      for (const p of c.properties) declared.set(p.declaration.term, p.declaration.iri);
    }
    expect([...declared.keys()].sort()).toEqual(Object.keys(terms).sort());
    for (const [term, iri] of declared) {
      const def = terms[term]!;
      expect(typeof def === 'string' ? def : def['@id'], term).toBe(iri);
    }
  });

  it('bundles the official context verbatim in contexts/', () => {
    const file = JSON.parse(readFileSync(new URL('../../contexts/toestemming.jsonld', import.meta.url), 'utf8'));
    expect(file).toEqual(officialContext);
  });

  it.each([
    ['ToestemmingStatus', ToestemmingStatusList, 'codelist-ToestemmingStatus.43b173cf-2018-07-23.ttl'],
    ['ToestemmingStatus', ToestemmingStatusList, 'codelist-ToestemmingStatus.5d337dcd-2019-03-14.ttl'],
    ['Contactkanaal', ContactkanaalList, 'codelist-Contactkanaal.43b173cf-2018-07-23.ttl'],
    ['Notificatiecategorie', NotificatiecategorieList, 'codelist-Notificatiecategorie.43b173cf-2018-07-23.ttl'],
  ] as const)('%s holds the concepts of the published list %s', (_name, list, file) => {
    const skos = parseRdf(fixture(file));
    const concepts = skos.getSubjects(
      N3.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      N3.namedNode('http://www.w3.org/2004/02/skos/core#Concept'),
      null,
    );
    expect(concepts.length).toBe(Object.keys(list.concepts).length);
    const accepted = new Set(conceptIris(list));
    for (const concept of concepts) {
      expect(accepted.has(concept.value), concept.value).toBe(true);
      const notation = skos.getObjects(concept, N3.namedNode('http://www.w3.org/2004/02/skos/core#notation'), null)[0]!
        .value;
      const label = skos.getObjects(concept, N3.namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'), null)[0]!
        .value;
      expect(list.concepts[notation as keyof typeof list.concepts]).toEqual({ notation, label });
    }
    expect(skos.getObjects(null, N3.namedNode('http://www.w3.org/2004/02/skos/core#inScheme'), null)[0]!.value).toBe(
      list.scheme,
    );
  });

  it('offers the concepts as typed constants in the newest published form', () => {
    expect(ToestemmingStatus.toegelaten).toBe('https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten');
    expect(Contactkanaal.Sms).toBe('https://data.vlaanderen.be/id/concept/Contactkanaal/Sms');
    expect(Object.keys(Notificatiecategorie)).toHaveLength(8);
  });
});
