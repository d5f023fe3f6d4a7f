// Builds a Contactvoorkeur with its descriptor, prints it as Turtle and as JSON-LD with the official
// context, and validates it.  Run: npm run example
import { toJsonLd, toTurtle, validate } from 'profielkit';
import { Contactkanaal, toestemming, ToestemmingStatus } from 'profielkit/toestemming';

const g = toestemming.graph();

// shared nodes: built once, referenced by every record
const vlaamseOverheid = g.PubliekeOrganisatie({ id: 'https://data.vlaanderen.be/id/organisatie/OVO000001' });
const verwerker = g.Organisatie({ id: 'https://example.org/organisatie/verwerker' });
const descriptor = g.ContactvoorkeurDescriptor({
  id: 'https://example.org/descriptor/nieuwsbrief-studietoelagen',
  label: 'Nieuwsbrief studietoelagen',
  dataController: vlaamseOverheid,
  dataProcessor: [verwerker],
  toestemmingsvraag: 'https://example.org/vraag/nieuwsbrief',
  contactkanaal: [Contactkanaal.Email, Contactkanaal.Sms],
});
const burger = g.Agent({ id: 'https://example.org/persoon/1' });

g.Contactvoorkeur({
  id: 'https://example.org/contactvoorkeur/1',
  dataSubject: burger,
  descriptor,
  gegevenOp: new Date('2024-03-01'),
  status: ToestemmingStatus.toegelaten,
  contactkanaal: Contactkanaal.Email,
  email: 'jan.peeters@example.org',
  dossier: ['aanvraag 2024/117'],
});

console.log('# Turtle\n');
console.log(await toTurtle(g.dataset, { profile: toestemming }));

console.log('# JSON-LD\n');
console.log(JSON.stringify(await toJsonLd(g.dataset, { profile: toestemming }), null, 2));

const report = await validate(g.dataset, { profile: toestemming });
console.log(`\n# Validation: ${report.conforms ? 'conforms' : 'does not conform'} (${report.results.length} results)`);
if (!report.conforms) process.exitCode = 1;
