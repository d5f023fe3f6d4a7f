// A small consent export built with the builders, shared by the tests.
import { Contactkanaal, toestemming, ToestemmingStatus } from '../../src/toestemming.js';

export const IRI = {
  vlo: 'https://data.vlaanderen.be/id/organisatie/OVO000001',
  verwerker: 'https://example.org/organisatie/verwerker',
  dienst: 'https://example.org/dienst/studietoelagen',
  agent: 'https://example.org/persoon/1',
  descriptor: 'https://example.org/descriptor/nieuwsbrief',
  vraag: 'https://example.org/vraag/nieuwsbrief',
  voorkeur: 'https://example.org/contactvoorkeur/1',
};

/** A valid graph: one Contactvoorkeur with its descriptor, data subject and organisations. */
export function validGraph() {
  const g = toestemming.graph();
  const vlo = g.PubliekeOrganisatie({ id: IRI.vlo });
  const verwerker = g.Organisatie({ id: IRI.verwerker });
  const dienst = g.PubliekeDienstverlening({ id: IRI.dienst });
  const agent = g.Agent({ id: IRI.agent });
  const descriptor = g.ContactvoorkeurDescriptor({
    id: IRI.descriptor,
    label: 'Nieuwsbrief studietoelagen',
    dataController: vlo,
    dataProcessor: [verwerker, vlo],
    databron: vlo,
    isGerelateerdMet: dienst,
    toestemmingsvraag: IRI.vraag,
    contactkanaal: [Contactkanaal.Email, Contactkanaal.Sms],
  });
  g.Contactvoorkeur({
    id: IRI.voorkeur,
    dataSubject: agent,
    descriptor,
    gegevenOp: '2024-03-01',
    vervalt: '2026-03-01',
    status: ToestemmingStatus.toegelaten,
    dossier: ['dossier-2024-117'],
    contactkanaal: Contactkanaal.Email,
    email: 'jan.peeters@example.org',
  });
  return g;
}
