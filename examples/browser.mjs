// Browser-style code: nothing here is Node's. It builds a consent record, writes it as Turtle and
// JSON-LD, validates it, and validates a Web ReadableStream (in a page, `(await fetch(url)).body` or
// `file.stream()` from an <input type="file">) — the same code runs in a browser once bundled:
//   npx esbuild examples/browser.mjs --bundle --format=esm --outfile=page.js
// (test/browser/ runs such a bundle in headless Chromium). Run here: node examples/browser.mjs
import { toJsonLd, toTurtle, validate, validateStream } from 'profielkit';
import { Contactkanaal, toestemming, ToestemmingStatus } from 'profielkit/toestemming';

const g = toestemming.graph();
const vo = g.PubliekeOrganisatie({ id: 'https://data.vlaanderen.be/id/organisatie/OVO000001' });
const descriptor = g.ContactvoorkeurDescriptor({
  id: 'https://example.org/descriptor/nieuwsbrief',
  label: 'Nieuwsbrief studietoelagen',
  dataController: vo,
  dataProcessor: [vo],
  toestemmingsvraag: 'https://example.org/vraag/nieuwsbrief',
  contactkanaal: [Contactkanaal.Email],
});
const burger = g.Agent({ id: 'https://example.org/persoon/1' });
g.Contactvoorkeur({
  id: 'https://example.org/contactvoorkeur/1',
  dataSubject: burger,
  descriptor,
  gegevenOp: '2024-03-01',
  status: ToestemmingStatus.toegelaten,
  contactkanaal: Contactkanaal.Email,
});

const turtle = await toTurtle(g.dataset, { profile: toestemming });
const jsonld = await toJsonLd(g.dataset, { profile: toestemming }); // loads jsonld.js only now
const report = await validate(g.dataset, { profile: toestemming, lang: 'en' });
console.log(`built ${g.dataset.size} triples; conforms: ${report.conforms}; JSON-LD nodes: ${jsonld['@graph'].length}`);

// an upload or a download, as a Web stream of bytes: validated as it is read
const broken = turtle.replace('"2024-03-01"^^xsd:date', '"1 maart 2024"');
const body = new Blob([broken]).stream();
const streamed = await validateStream(() => body, { profile: toestemming, lang: 'en' });
for (const r of streamed.results) console.log(`${r.severity} ${r.focusNode} ${r.message}`);
