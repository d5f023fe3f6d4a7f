// What a builder takes, writes and refuses.
import { describe, expect, it } from 'vitest';
import { DataFactory as N3 } from 'n3';
import { BuilderError, toTurtle } from '../../src/index.js';
import { Contactkanaal, toestemming, ToestemmingStatus } from '../../src/toestemming.js';
import { IRI, validGraph } from '../support/records.js';

const T = 'http://data.vlaanderen.be/ns/toestemming#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function contactvoorkeur(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'https://example.org/cv/9',
    dataSubject: IRI.agent,
    descriptor: IRI.descriptor,
    gegevenOp: '2024-03-01',
    status: ToestemmingStatus.toegelaten,
    contactkanaal: Contactkanaal.Email,
    ...overrides,
  };
}

/** Runs a builder with untyped input, as a JavaScript caller would, and returns its error. */
function refusal(input: Record<string, unknown>, className = 'Contactvoorkeur'): BuilderError {
  const g = toestemming.graph();
  const build = g[className as 'Contactvoorkeur'] as unknown as (i: unknown) => unknown;
  try {
    build(input);
  } catch (error) {
    expect(g.dataset.size, 'nothing is written for a refused record').toBe(0);
    expect(error).toBeInstanceOf(BuilderError);
    return error as BuilderError;
  }
  throw new Error('the builder accepted the input');
}

describe('builders', () => {
  it('write a Contactvoorkeur with both its types', () => {
    const g = toestemming.graph();
    const node = g.Contactvoorkeur(contactvoorkeur() as never);
    const types = g.dataset
      .getObjects(node, N3.namedNode(RDF_TYPE), null)
      .map((t) => t.value)
      .sort();
    expect(types).toEqual([`${T}Contactvoorkeur`, `${T}Toestemming`]);
  });

  it('let a shared node be built once and referenced from many records', () => {
    const g = toestemming.graph();
    const agent = g.Agent({ id: IRI.agent });
    for (let i = 0; i < 3; i++) {
      g.Toestemming({
        id: `https://example.org/t/${i}`,
        dataSubject: agent,
        descriptor: IRI.descriptor,
        gegevenOp: '2024-01-01',
        status: ToestemmingStatus.geweigerd,
      });
    }
    expect(g.dataset.getSubjects(N3.namedNode(`${T}dataSubject`), agent, null)).toHaveLength(3);
    expect(g.dataset.getQuads(agent, null, null, null)).toHaveLength(1);
  });

  it('make a blank node when no id is given, usable as a reference', () => {
    const g = toestemming.graph();
    const agent = g.Agent({});
    expect(agent.termType).toBe('BlankNode');
    g.Toestemming({
      dataSubject: agent,
      descriptor: IRI.descriptor,
      gegevenOp: '2024-01-01',
      status: ToestemmingStatus.toegelaten,
    });
    expect(g.dataset.getSubjects(N3.namedNode(`${T}dataSubject`), agent, null)).toHaveLength(1);
  });

  it('accept a Date for a date, written as its UTC day', () => {
    const g = toestemming.graph();
    const node = g.Contactvoorkeur(contactvoorkeur({ gegevenOp: new Date(Date.UTC(2024, 1, 29, 23, 30)) }) as never);
    const [date] = g.dataset.getObjects(node, N3.namedNode(`${T}gegevenOp`), null);
    expect(date?.value).toBe('2024-02-29');
    expect((date as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#date');
  });

  it("accept both published IRI forms of a concept, and an IRI of a list of the caller's own", () => {
    const g = toestemming.graph();
    expect(() =>
      g.Contactvoorkeur(
        contactvoorkeur({
          status: 'https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus/nietGekend',
        }) as never,
      ),
    ).not.toThrow();
    expect(() =>
      g.Contactvoorkeur(
        contactvoorkeur({ id: 'https://example.org/cv/10', status: 'https://example.org/eigen-lijst/actief' }) as never,
      ),
    ).not.toThrow();
  });

  it('write the dossier under its official IRI beperking', async () => {
    const g = toestemming.graph();
    g.Contactvoorkeur(contactvoorkeur({ dossier: ['aanvraag 2024/17'] }) as never);
    expect(await toTurtle(g.dataset, { profile: toestemming })).toContain('toestemming:beperking "aanvraag 2024/17"');
  });

  it('never change their input', () => {
    const input = contactvoorkeur({ dossier: ['a', 'b'], gegevenOp: new Date(Date.UTC(2024, 0, 1)) });
    const copy = structuredClone(input);
    toestemming.graph().Contactvoorkeur(input as never);
    expect(input).toEqual(copy);
  });

  describe('refuse bad input with a typed error naming class and property', () => {
    it.each([
      [
        'a missing required property',
        contactvoorkeur({ gegevenOp: undefined }),
        'Contactvoorkeur',
        'gegevenOp',
        'missing',
      ],
      ['an invalid date', contactvoorkeur({ gegevenOp: '2024-02-30' }), 'Contactvoorkeur', 'gegevenOp', 'date'],
      [
        'a date-time where a date belongs',
        contactvoorkeur({ vervalt: '2024-02-03T10:00:00Z' }),
        'Contactvoorkeur',
        'vervalt',
        'date',
      ],
      [
        'an invalid Date object',
        contactvoorkeur({ gegevenOp: new Date('nonsense') }),
        'Contactvoorkeur',
        'gegevenOp',
        'date',
      ],
      ['a number where a string belongs', contactvoorkeur({ email: 42 }), 'Contactvoorkeur', 'email', 'type'],
      [
        'a list where one value belongs',
        contactvoorkeur({ email: ['a@example.org'] }),
        'Contactvoorkeur',
        'email',
        'too-many',
      ],
      ['a single value where a list belongs', contactvoorkeur({ dossier: 'x' }), 'Contactvoorkeur', 'dossier', 'type'],
      [
        'a concept of the published namespace that is not in the list',
        contactvoorkeur({ status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/misschien' }),
        'Contactvoorkeur',
        'status',
        'code-list',
      ],
      [
        'a notation instead of a concept IRI',
        contactvoorkeur({ contactkanaal: 'Email' }),
        'Contactvoorkeur',
        'contactkanaal',
        'iri',
      ],
      [
        'a reference that is no IRI',
        contactvoorkeur({ dataSubject: 'jan peeters' }),
        'Contactvoorkeur',
        'dataSubject',
        'iri',
      ],
      ['an id that is no IRI', contactvoorkeur({ id: 'cv 1' }), 'Contactvoorkeur', 'id', 'iri'],
      [
        'an unknown property',
        contactvoorkeur({ emial: 'x@example.org' }),
        'Contactvoorkeur',
        'emial',
        'unknown-property',
      ],
      ['null for an optional property', contactvoorkeur({ telefoon: null }), 'Contactvoorkeur', 'telefoon', 'type'],
      [
        'an empty required list',
        {
          label: 'x',
          dataController: IRI.vlo,
          dataProcessor: [],
          toestemmingsvraag: IRI.vraag,
          contactkanaal: [Contactkanaal.Email],
        },
        'ContactvoorkeurDescriptor',
        'dataProcessor',
        'empty-list',
      ],
    ] as const)('%s', (_what, input, className, property, reason) => {
      const error = refusal(input as Record<string, unknown>, className);
      expect(error.className).toBe(className);
      expect(error.property?.replace(/\[\d+\]$/, '')).toBe(property);
      expect(error.reason).toBe(reason);
      expect(error.message.startsWith(`${className}.${property}`)).toBe(true);
    });

    it('names the list position of a bad list value', () => {
      const error = refusal(
        {
          label: 'x',
          dataController: IRI.vlo,
          dataProcessor: [IRI.vlo, 'geen iri'],
          toestemmingsvraag: IRI.vraag,
          contactkanaal: [Contactkanaal.Email],
        },
        'ContactvoorkeurDescriptor',
      );
      expect(error.property).toBe('dataProcessor[1]');
    });

    it('suggests the constant for a known notation', () => {
      expect(refusal(contactvoorkeur({ contactkanaal: 'Email' })).message).toContain('Contactkanaal.Email');
    });
  });

  it('keep the dataset of an earlier record when a later one is refused', () => {
    const g = validGraph();
    const before = g.dataset.size;
    expect(() => (g.Contactvoorkeur as (i: unknown) => unknown)(contactvoorkeur({ status: 42 }))).toThrow(BuilderError);
    expect(g.dataset.size).toBe(before);
  });
});
