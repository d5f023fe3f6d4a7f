// Verdicts a data steward can trust: a date that does not exist is a violation (stock
// rdf-validate-shacl calls it conforming), data of no node of the profile is "nothing checked", not
// "conforms", and a plain string where the official context expects a reference is one violation with
// the fix, or repaired on request. The same on the command:
//   profielkit validate export.ttl --profile toestemming        (exit 3 when nothing was checked)
//   profielkit convert export.jsonld --profile toestemming --repair-references
// Run: node examples/correct-verdicts.mjs
import { BuilderError, parseJsonLd, parseRdf, validate } from 'profielkit';
import { toestemming } from 'profielkit/toestemming';

const export_ = parseRdf(
  `
@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/org/1> a <http://data.europa.eu/m8g/PublicOrganisation> .
<https://example.org/descriptor/1> a t:ToestemmingDescriptor ; ` +
    `<http://www.w3.org/2000/01/rdf-schema#label> "Nieuwsbrief" ;
  t:dataController <https://example.org/org/1> ; t:dataProcessor <https://example.org/org/1> ; ` +
    `t:toestemmingsvraag <https://example.org/vraag/1> .
<https://example.org/persoon/1> a <http://purl.org/dc/terms/Agent> .
<https://example.org/toestemming/1> a t:Toestemming ; t:dataSubject <https://example.org/persoon/1> ;
  t:descriptor <https://example.org/descriptor/1> ; t:gegevenOp "2024-02-30"^^xsd:date ;
  t:status <https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten> .
`,
);
const report = await validate(export_, { profile: toestemming, lang: 'en' });
console.log(`an export with 2024-02-30: conforms ${report.conforms}, ${report.nodesChecked} nodes checked`);
for (const r of report.results) console.log(`  ${r.severity} ${r.focusNode} ${r.message} [${r.value}]`);

// the builder gives the same answer, before anything is written
try {
  toestemming.graph().Toestemming({
    dataSubject: 'https://example.org/persoon/2',
    descriptor: 'https://example.org/descriptor/1',
    gegevenOp: '2023-02-29',
    status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
  });
} catch (error) {
  if (!(error instanceof BuilderError)) throw error;
  console.log(`the builder: ${error.message}`);
}

// data of another vocabulary: no focus node, so no verdict (the command exits 3)
const other = parseRdf('<https://example.org/x> a <https://example.org/AndereKlasse> .');
const empty = await validate(other, { profile: toestemming });
console.log(
  `data of another vocabulary: ${empty.nodesChecked} nodes checked, so "conforms ${empty.conforms}" says nothing`,
);

// "status": "https://…" as the official context invites it: kept, it is one violation with the fix; repaired, an IRI
const jsonld = JSON.stringify({
  '@context': 'https://data.vlaanderen.be/context/toestemming.jsonld',
  '@id': 'https://example.org/toestemming/3',
  '@type': 'Toestemming',
  status: 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten',
});
const kept = await parseJsonLd(jsonld, { profile: toestemming, stringReferences: 'keep' });
const status = (await validate(kept, { profile: toestemming, lang: 'en' })).results.filter((r) =>
  r.path?.endsWith('#status'),
);
console.log(`a plain string as status: ${status.map((r) => r.message).join('; ')}`);
let repaired = 0;
const fixed = await parseJsonLd(jsonld, {
  profile: toestemming,
  stringReferences: 'repair',
  onStringReference: (_ref, ok) => void (ok && repaired++),
});
const after = (await validate(fixed, { profile: toestemming })).results.filter((r) => r.path?.endsWith('#status'));
console.log(`repaired ${repaired}: ${after.length} status results left`);
