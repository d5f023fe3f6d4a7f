// fast-check payloads of the Inzage API: VerwerktObjectUitgebreid records as the API writes them, every
// optional field present or not, every UUID distinct (so no two records name the same node by accident).
import fc from 'fast-check';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: Math.min(max, 60) });
const offset = fc.constantFrom('Z', '+01:00', '+02:00', '-05:30', '+14:00');
const dateTime = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }),
    offset,
    fc.boolean(),
  )
  .map(([d, z, ms]) => `${(ms ? d.toISOString() : d.toISOString().replace(/\.\d{3}/, '')).slice(0, -1)}${z}`);
const duration = fc.oneof(
  fc.constantFrom('P10Y', 'P1Y6M', 'PT36H', 'P21D', 'P1DT12H30M5.5S'),
  fc.nat({ max: 100 }).map((n) => `P${n}Y`),
);
const oin = fc.stringMatching(/^[0-9]{20}$/);

/** Distinct UUIDs: a random one with the record's number written into its last digits. */
const uuid = (n: number) => fc.uuid().map((u) => `${u.slice(0, -6)}${n.toString(16).padStart(6, '0')}`);
const url = (kind: string, id: string) =>
  fc.option(
    fc.webUrl().map((u) => `${u.replace(/\/$/, '')}/${kind}/${id}`),
    { nil: undefined },
  );

function optional<T extends Record<string, fc.Arbitrary<unknown>>>(required: (keyof T)[], shape: T) {
  return fc.record(shape, { requiredKeys: required as never });
}

const soortGegeven = optional(['soortGegeven'], { soortGegeven: text(242) });

const basis = {
  objecttype: fc.constant('persoon'),
  soortObjectId: text(242),
  objectId: fc.string({ maxLength: 40 }),
  betrokkenheid: text(242),
  verwerkteSoortenGegevens: fc.array(soortGegeven, { maxLength: 4 }),
};

const verwerkingsactie = (n: number) =>
  uuid(n).chain((actieId) =>
    optional(['actieId', 'vertrouwelijkheid', 'tijdstip', 'tijdstipRegistratie'], {
      url: url('verwerkingsacties', actieId),
      actieId: fc.constant(actieId),
      actieNaam: text(242),
      handelingNaam: text(242),
      verwerkingNaam: text(242),
      verwerkingId: fc.uuid(),
      verwerkingsactiviteitId: fc.uuid(),
      verwerkingsactiviteitUrl: fc.webUrl(),
      vertrouwelijkheid: fc.constantFrom('normaal', 'vertrouwelijk', 'opgeheven'),
      bewaartermijn: duration,
      uitvoerder: oin,
      soortAfnemerId: text(242),
      afnemerId: fc.string({ maxLength: 40 }),
      verwerkingsactiviteitIdAfnemer: fc.uuid(),
      verwerkingsactiviteitUrlAfnemer: fc.webUrl(),
      verwerkingIdAfnemer: fc.uuid(),
      tijdstip: dateTime,
      tijdstipRegistratie: dateTime,
      verwerkteObjecten: fc.array(optional(['objecttype', 'soortObjectId', 'objectId'], basis), { maxLength: 2 }),
    }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
  );

/** The `n`th VerwerktObjectUitgebreid of a payload. */
export const verwerktObject = (n: number) =>
  uuid(2 * n).chain((verwerktObjectId) =>
    optional(['verwerktObjectId', 'objecttype', 'soortObjectId', 'objectId'], {
      url: url('verwerkte-objecten', verwerktObjectId),
      verwerktObjectId: fc.constant(verwerktObjectId),
      ...basis,
      verwerkingsactie: verwerkingsactie(2 * n + 1),
    }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
  );

/** A list response of GET /verwerkte-objecten with up to `max` results. */
export const lijstResponse = (max = 4, min = 0) =>
  fc.integer({ min, max }).chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => verwerktObject(i)), fc.option(fc.webUrl(), { nil: null }))
      .map((parts) => {
        const next = parts.pop() as string | null;
        const results = parts as Record<string, unknown>[];
        return { count: results.length, next, previous: null, results };
      }),
  );

/** A record as RDF gives it back: lists are sets (sorted here), empty lists are absent. */
export function normalize(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(normalize)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
  if (typeof value !== 'object' || value === null) return value;
  // keys sorted too: the sort of a list compares the JSON text of its items
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, normalize(v)]),
  );
}
