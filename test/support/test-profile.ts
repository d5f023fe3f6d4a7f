// A small profile that uses every feature of a declaration an API profile needs (identity by UUID,
// references by UUID, nested objects, aliases, defaults, value lists, facets), to test the core
// machinery apart from any real profile.
import { defineProfile, Profile } from '../../src/index.js';

const EX = 'https://example.org/ns#';
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const text = (nl: string) => ({ nl, en: nl });

export const testDeclaration = defineProfile({
  name: 'testprofiel',
  title: 'Test',
  version: 'test',
  shapesBase: 'https://example.org/shapes#',
  prefixes: { ex: EX },
  context: { urls: ['https://example.org/context.jsonld'], document: { '@context': {} } },
  classes: {
    Organisatie: {
      iri: `${EX}Organisatie`,
      term: 'Organisatie',
      label: text('Organisatie'),
      description: text('Een organisatie.'),
      identity: { property: 'id', mint: 'uuid' },
      properties: {
        id: {
          iri: `${EX}id`,
          term: 'id',
          card: '1',
          range: { kind: 'literal', datatype: 'string', pattern: UUID },
          label: text('id'),
          description: text('id'),
        },
      },
    },
    Persoon: {
      iri: 'http://schema.org/Person',
      term: 'Persoon',
      label: text('Persoon'),
      description: text('Een persoon.'),
      properties: {
        naam: {
          iri: 'http://schema.org/name',
          term: 'naam',
          card: '1',
          range: { kind: 'literal', datatype: 'string' },
          label: text('naam'),
          description: text('naam'),
        },
        email: {
          iri: 'http://schema.org/email',
          term: 'email',
          card: '0..1',
          range: { kind: 'literal', datatype: 'string' },
          label: text('email'),
          description: text('email'),
        },
      },
    },
    Gebruik: {
      iri: `${EX}Gebruik`,
      term: 'Gebruik',
      label: text('Gebruik'),
      description: text('Een gebruik.'),
      identity: { property: 'id', mint: 'uuid' },
      properties: {
        id: {
          iri: `${EX}id`,
          term: 'id',
          card: '1',
          range: { kind: 'literal', datatype: 'string', pattern: UUID },
          label: text('id'),
          description: text('id'),
        },
        organisatieId: {
          iri: `${EX}organisatie`,
          term: 'organisatieId',
          card: '1',
          range: { kind: 'reference', class: 'Organisatie', by: 'uuid' },
          label: text('organisatie'),
          description: text('organisatie'),
        },
        status: {
          iri: `${EX}status`,
          term: 'status',
          card: '1',
          range: { kind: 'literal', datatype: 'string', in: ['Actief', 'Gepland'] },
          label: text('status'),
          description: text('status'),
        },
        score: {
          iri: `${EX}score`,
          term: 'score',
          card: '0..1',
          range: { kind: 'literal', datatype: 'integer', minInclusive: 0 },
          label: text('score'),
          description: text('score'),
        },
        kritisch: {
          iri: `${EX}kritisch`,
          term: 'kritisch',
          card: '0..1',
          range: { kind: 'literal', datatype: 'boolean' },
          label: text('kritisch'),
          description: text('kritisch'),
          default: false,
        },
        startDatum: {
          iri: `${EX}start`,
          term: 'startDatum',
          card: '0..1',
          range: { kind: 'literal', datatype: 'date' },
          label: text('start'),
          description: text('start'),
        },
        beheerder: {
          iri: `${EX}beheerder`,
          term: 'beheerder',
          card: '0..1',
          range: { kind: 'object', class: 'Persoon' },
          label: text('beheerder'),
          description: text('beheerder'),
          aliases: ['contactpersoon'],
        },
        tags: {
          iri: `${EX}tag`,
          term: 'tags',
          card: '0..*',
          range: { kind: 'literal', datatype: 'string', maxLength: 10 },
          label: text('tags'),
          description: text('tags'),
        },
      },
    },
  },
});

export const testProfile = new Profile(testDeclaration, {
  root: 'Gebruik',
  recognisedBy: [['organisatieId', 'status']],
});
