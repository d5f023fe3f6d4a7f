// Validates a consent record that breaks the profile (as a third party might send it, in Turtle)
// and prints the report, in Dutch and in English.  Run: node examples/broken-record.mjs
import { parseRdf, validate } from 'profielkit';
import { toestemming } from 'profielkit/toestemming';

const turtle = `
@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://example.org/contactvoorkeur/7> a t:Contactvoorkeur ;      # typed only as the subclass
  t:dataSubject <https://example.org/persoon/7> ;                 # no rdf:type for the person
  t:gegevenOp "2024-03-01T10:00:00"^^xsd:dateTime ;               # a date-time, not a date
  t:status <https://example.org/eigen-lijst/akkoord> ;            # not in the published list
  t:contactkanaal "Email" .                                       # a string, not a concept IRI
`;

const data = parseRdf(turtle);
for (const lang of ['nl', 'en']) {
  const report = await validate(data, { profile: toestemming, lang });
  console.log(`\n# ${lang}: ${report.conforms ? 'conforms' : 'does not conform'}`);
  for (const r of report.results) {
    console.log(`${r.severity.padEnd(9)} ${r.focusNode}  ${r.message}${r.value === undefined ? '' : `  [${r.value}]`}`);
  }
}
