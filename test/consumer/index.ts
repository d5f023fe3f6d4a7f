// A strict consumer of the packed package (scripts/consumer-types.mjs type-checks it with
// skipLibCheck: false, under node16 and bundler resolution). Every public type must be a real type:
// the @ts-expect-error lines fail to compile if a dataset, a report or a builder were `any`.
import { DataFactory, Parser, StreamParser, Store } from 'n3';
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Readable } from 'node:stream';
import {
  parseJsonLd,
  parseRdf,
  InputFileError,
  profiles,
  StreamInputError,
  toJsonLd,
  toNTriples,
  toTriG,
  toTurtle,
  validate,
  validateStream,
  validateStreamProfiles,
  type ValidationReport,
} from 'profielkit';
import { Contactkanaal, toestemming, ToestemmingStatus, type ContactvoorkeurInput } from 'profielkit/toestemming';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';
import { validateFile } from 'profielkit/node';
import { toListResponse, verwerkingenlogging, type VerwerktObjectRecord } from 'profielkit/verwerkingenlogging';
import { softwarecatalogus, type UsageRecord } from 'profielkit/softwarecatalogus';
import { reportCsv, stewardReport, type StewardReport } from 'profielkit/report';
import type { ClassDeclaration, ReadOptions } from 'profielkit/types';

const g = toestemming.graph();
const vo = g.PubliekeOrganisatie({ id: DataFactory.namedNode('https://data.vlaanderen.be/id/organisatie/OVO000001') });
const descriptor = g.ContactvoorkeurDescriptor({
  id: 'https://example.org/descriptor/1',
  label: 'Nieuwsbrief',
  dataController: vo,
  dataProcessor: [vo],
  toestemmingsvraag: 'https://example.org/vraag/1',
  contactkanaal: [Contactkanaal.Email],
});
const input: ContactvoorkeurInput = {
  dataSubject: 'https://example.org/persoon/1',
  descriptor,
  gegevenOp: new Date('2024-03-01'),
  status: DataFactory.namedNode(ToestemmingStatus.toegelaten),
  contactkanaal: Contactkanaal.Email,
};
g.Contactvoorkeur(input);

// the dataset is an N3.Store, not `any`
const store: Store = g.dataset;
const size: number = g.dataset.size;
// @ts-expect-error a Store is no number: this line compiles only if g.dataset were `any`
const notANumber: number = g.dataset;

// a DatasetCore of one's own: g.dataset has its type
const own: DatasetCore = new Store();
const h = toestemming.graph(own);
const same: DatasetCore = h.dataset;
// @ts-expect-error a DatasetCore has no getQuads (only an N3.Store has)
h.dataset.getQuads(null, null, null, null);

// @ts-expect-error a required property is missing (cardinality 1)
g.Contactvoorkeur({
  dataSubject: 'https://example.org/persoon/1',
  descriptor,
  status: ToestemmingStatus.toegelaten,
  contactkanaal: Contactkanaal.Email,
});

export async function use(): Promise<void> {
  const report: ValidationReport = await validate(g.dataset, { profile: toestemming });
  const conforms: boolean = report.conforms;
  // @ts-expect-error conforms is a boolean
  const c: string = report.conforms;
  const turtle: string = await toTurtle(g.dataset, { profile: toestemming });
  await toNTriples(parseRdf(turtle));
  await toTriG(g.dataset);
  const doc = await toJsonLd(g.dataset, { profile: toestemming });
  const back: Store = await parseJsonLd(doc, { profile: toestemming });
  const fromText = new Parser().parse(turtle);
  const quads: Quad[] = fromText;
  await validateStream(() => new ReadableStream<Uint8Array>(), { profile: toestemming });
  await validateStream(() => new StreamParser(), { profile: toestemming });
  // a Node.js Readable under whatever @types/node a fresh install brings (its typed event maps among them)
  await validateStream(() => Readable.from(['<a:s> <a:p> <a:o> .\n']), { profile: toestemming, format: 'ntriples' });
  await validateFile('export.ttl', { profile: toestemming, format: 'turtle' });
  // @ts-expect-error a number is no stream
  await validateStream(() => 42, { profile: toestemming });
  const conversion = voorzieninggebruik.fromJson('[]');
  const triples: number = conversion.dataset.size;
  const error: Error = new StreamInputError('x');
  const reason: 'changed' | 'read' | 'memory' = new InputFileError('export.nt', 'changed', 'x').reason;
  // @ts-expect-error a reason is one of three
  void new InputFileError('export.nt', 'vanished', 'x');
  // the other entries: real types too, and their profiles are the registry's
  const found = await validateStreamProfiles(() => new ReadableStream<Uint8Array>(), { profiles, format: 'ntriples' });
  const reports: readonly ValidationReport[] = found.reports;
  const list: number = toListResponse(new Store()).count;
  const logged: VerwerktObjectRecord[] = verwerkingenlogging.read(new Store()).VerwerktObject;
  const usage: UsageRecord[] = softwarecatalogus.read(new Store()).Usage;
  const input = { file: 'x', syntax: 'turtle', outcomes: [], lang: 'en', version: '0', declarations: [] } as const;
  const steward: StewardReport = stewardReport(input);
  // @ts-expect-error CSV is text: compiles only if reportCsv's result were `any`
  const csv: number = reportCsv(steward);
  const options: ReadOptions = {};
  const declared: ClassDeclaration = toestemming.declaration.classes.Agent;
  void [store, size, notANumber, same, conforms, c, back, quads, triples, error, reports, list, logged, usage, csv];
  void [options, declared, reason];
}
