// Compile-time checks of the builder and reader types (run by `npm run typecheck`): each
// `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused.
import { validate } from '../../src/index.js';
import { Contactkanaal, toestemming, ToestemmingStatus, type ContactvoorkeurRecord } from '../../src/toestemming.js';

const g = toestemming.graph();
const org = g.PubliekeOrganisatie({ id: 'https://example.org/org' });
const agent = g.Agent({});

g.Toestemming({
  dataSubject: agent,
  descriptor: 'https://example.org/d',
  gegevenOp: new Date(),
  status: ToestemmingStatus.toegelaten,
});
// a concept of a list of one's own is accepted
g.Toestemming({
  dataSubject: agent,
  descriptor: 'https://example.org/d',
  gegevenOp: '2024-01-01',
  status: 'https://example.org/eigen/status',
});

// @ts-expect-error a required property (gegevenOp, cardinality 1) is missing
g.Toestemming({ dataSubject: agent, descriptor: 'https://example.org/d', status: ToestemmingStatus.toegelaten });

g.ToestemmingDescriptor({
  label: 'x',
  dataController: org,
  // @ts-expect-error a 1..* list may not be empty
  dataProcessor: [],
  toestemmingsvraag: 'https://example.org/v',
});

g.Contactvoorkeur({
  dataSubject: agent,
  descriptor: org,
  gegevenOp: '2024-01-01',
  status: ToestemmingStatus.toegelaten,
  contactkanaal: Contactkanaal.Sms,
  // @ts-expect-error a 0..1 property takes one value, not a list
  email: ['a@b.c'],
});

// @ts-expect-error a Contactvoorkeur also needs its own contactkanaal
g.Contactvoorkeur({
  dataSubject: agent,
  descriptor: org,
  gegevenOp: '2024-01-01',
  status: ToestemmingStatus.toegelaten,
});

g.Toestemming({
  dataSubject: agent,
  descriptor: org,
  gegevenOp: '2024-01-01',
  status: ToestemmingStatus.toegelaten,
  // @ts-expect-error dossier is a list of strings
  dossier: 'x',
});

// @ts-expect-error no such property
g.Agent({ naam: 'Jan' });

// @ts-expect-error no such class
g.Persoon({});

// reader types: cardinality 1 is a value, 0..1 optional, 0..* a list
const [first]: ContactvoorkeurRecord[] = toestemming.read(g.dataset).Contactvoorkeur;
if (first) {
  const status: string = first.status;
  const vervalt: string | undefined = first.vervalt;
  const dossier: string[] = first.dossier;
  void [status, vervalt, dossier];
  // @ts-expect-error an optional value may be undefined
  const email: string = first.email;
  void email;
}

// validate needs something to validate against: a profile, shapes of one's own, or both
const data = toestemming.graph().dataset;
void validate(data, { profile: toestemming });
void validate(data, { shapes: data });
void validate(data, { profile: toestemming, shapes: data });
// @ts-expect-error neither a profile nor shapes
void validate(data, { lang: 'en' });
