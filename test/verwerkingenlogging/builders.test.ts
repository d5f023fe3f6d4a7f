// Typed builders: the same rules as fromJson, thrown at once as a BuilderError; url is the node's IRI,
// urn:uuid:<id> where the caller has none; the reader gives back what was built, and never an invented url.
import { describe, expect, it } from 'vitest';
import { BuilderError } from '../../src/index.js';
import { verwerkingenlogging, type VerwerktObjectInput } from '../../src/verwerkingenlogging.js';

const VL = 'https://w3id.org/profielkit/verwerkingenlogging#';
const object: VerwerktObjectInput = {
  url: 'https://logging-inzage-api.vng.cloud/api/v1/verwerkte-objecten/5f089abb-7ed1-4714-92d4-1850453eda5d',
  verwerktObjectId: '5f089abb-7ed1-4714-92d4-1850453eda5d',
  objecttype: 'persoon',
  soortObjectId: 'BSN',
  objectId: '1234567',
  verwerkteSoortenGegevens: [{ soortGegeven: 'BSN' }, { soortGegeven: 'Naam' }],
  verwerkingsactie: {
    actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
    vertrouwelijkheid: 'vertrouwelijk',
    uitvoerder: '00000001821002193000',
    bewaartermijn: 'P10Y',
    tijdstip: new Date('2024-04-05T13:35:42Z'),
    tijdstipRegistratie: '2024-04-05T14:36:42+01:00',
  },
};

describe('builders', () => {
  it('build a verwerkt object with its action and soorten gegevens; the reader gives it back', () => {
    const g = verwerkingenlogging.graph();
    const node = g.VerwerktObject(object);
    expect(node.value).toBe(object.url);
    const [read] = verwerkingenlogging.read(g.dataset).VerwerktObject;
    expect(read?.verwerkingsactie).toMatchObject({
      id: 'urn:uuid:7a22eb38-bca6-463f-9955-54ab040287cb',
      vertrouwelijkheid: 'vertrouwelijk',
      tijdstip: '2024-04-05T13:35:42.000Z',
    });
    expect(read?.verwerkingsactie).not.toHaveProperty('url');
    expect(read?.verwerkteSoortenGegevens.map((s) => s.soortGegeven).sort()).toEqual(['BSN', 'Naam']);
    expect(read).toMatchObject({ id: object.url, url: object.url, objecttype: 'persoon', objectId: '1234567' });
  });

  it('without a url the node is urn:uuid:<verwerktObjectId>', () => {
    const { url: _url, ...rest } = object;
    const g = verwerkingenlogging.graph();
    expect(g.VerwerktObject(rest).value).toBe('urn:uuid:5f089abb-7ed1-4714-92d4-1850453eda5d');
    expect(g.dataset.getQuads(null, 'http://schema.org/url', null, null)).toEqual([]);
  });

  it.each([
    [
      { verwerkingsactie: { ...object.verwerkingsactie!, uitvoerder: '1821002193000' } },
      'verwerkingsactie.uitvoerder',
      'pattern',
    ],
    [
      { verwerkingsactie: { ...object.verwerkingsactie!, tijdstip: '2024-04-05T14:35:42' } },
      'verwerkingsactie.tijdstip',
      'pattern',
    ],
    [
      { verwerkingsactie: { ...object.verwerkingsactie!, bewaartermijn: 'tien jaar' } },
      'verwerkingsactie.bewaartermijn',
      'type',
    ],
    [
      { verwerkingsactie: { ...object.verwerkingsactie!, vertrouwelijkheid: 'geheim' as 'normaal' } },
      'verwerkingsactie.vertrouwelijkheid',
      'code-list',
    ],
    [{ verwerktObjectId: 'abc' }, 'verwerktObjectId', 'pattern'],
    [{ objectId: 'x'.repeat(41) }, 'objectId', 'range'],
    [{ url: 'niet absoluut' }, 'url', 'iri'],
    [
      { verwerkteSoortenGegevens: [{ soortGegeven: 'BSN' }, {} as { soortGegeven: string }] },
      'verwerkteSoortenGegevens[1].soortGegeven',
      'missing',
    ],
  ] as const)('%# refuses %s with a BuilderError and writes nothing', (change, property, reason) => {
    const g = verwerkingenlogging.graph();
    expect(() => g.VerwerktObject({ ...object, ...change } as VerwerktObjectInput)).toThrow(BuilderError);
    expect(() => g.VerwerktObject({ ...object, ...change } as VerwerktObjectInput)).toThrow(
      expect.objectContaining({ className: 'VerwerktObject', property, reason }),
    );
    expect(g.dataset.size).toBe(0);
  });

  it('types: an enum value outside the list and a missing required field do not compile', () => {
    const g = verwerkingenlogging.graph();
    // @ts-expect-error vertrouwelijkheid is one of normaal, vertrouwelijk, opgeheven
    expect(() => g.VerwerkingsactieBeperkt({ ...object.verwerkingsactie!, vertrouwelijkheid: 'geheim' })).toThrow(
      BuilderError,
    );
    // @ts-expect-error verwerktObjectId is required
    expect(() => g.VerwerktObject({ objecttype: 'persoon', soortObjectId: 'BSN', objectId: '1' })).toThrow(
      BuilderError,
    );
    expect(g.dataset.getQuads(null, `${VL}vertrouwelijkheid`, null, null)).toEqual([]);
  });
});
