// A municipality's own rule on top of the Toestemming profile: every consent must carry the case number
// it was given under. The rule is SHACL of its own, checked together with the profile's shapes, on the
// fast path (compiled, as the profile's rules are). The same on the command:
//   profielkit validate export.ttl --profile toestemming --shapes eigen-regels.ttl
// Run: node examples/own-shapes.mjs
import { parseRdf, ShapesError, validate } from 'profielkit';
import { toestemming } from 'profielkit/toestemming';

const eigenRegels = parseRdf(`
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
@prefix gem: <https://gemeente.example.org/ns#> .

gem:ToestemmingMetDossier a sh:NodeShape ;
  sh:targetClass t:Toestemming ;
  sh:property [
    sh:path gem:dossiernummer ; sh:minCount 1 ; sh:maxCount 1 ; sh:pattern "^D-[0-9]{6}$" ;
    sh:message "een toestemming heeft één dossiernummer (D-123456)"@nl, "a consent has one case number (D-123456)"@en
  ] .
`);

const data = parseRdf(
  `
@prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix gem: <https://gemeente.example.org/ns#> .

<https://gemeente.example.org/org> a <http://data.europa.eu/m8g/PublicOrganisation> .
<https://gemeente.example.org/nieuwsbrief> a t:ToestemmingDescriptor ; <http://www.w3.org/2000/01/rdf-schema#label> ` +
    `"Nieuwsbrief" ;
  t:dataController <https://gemeente.example.org/org> ; t:dataProcessor <https://gemeente.example.org/org> ;
  t:toestemmingsvraag <https://gemeente.example.org/vraag/1> .
<https://gemeente.example.org/persoon/1> a <http://purl.org/dc/terms/Agent> .
<https://gemeente.example.org/persoon/2> a <http://purl.org/dc/terms/Agent> .

<https://gemeente.example.org/toestemming/1> a t:Toestemming ;
  t:dataSubject <https://gemeente.example.org/persoon/1> ; t:descriptor <https://gemeente.example.org/nieuwsbrief> ;
  t:gegevenOp "2024-05-01"^^xsd:date ; t:status <https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten> ;
  gem:dossiernummer "D-004711" .
<https://gemeente.example.org/toestemming/2> a t:Toestemming ;
  t:dataSubject <https://gemeente.example.org/persoon/2> ; t:descriptor <https://gemeente.example.org/nieuwsbrief> ;
  t:gegevenOp "2024-05-02"^^xsd:date ; t:status <https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten> ;
  gem:dossiernummer "4712" .
`,
);

const profielAlleen = await validate(data, { profile: toestemming, lang: 'en' });
console.log(
  `The profile alone: ${profielAlleen.conforms ? 'conforms' : 'does not conform'} ` +
    `(${profielAlleen.totalResults} results)`,
);
const metEigenRegels = await validate(data, { profile: toestemming, shapes: eigenRegels, lang: 'en' });
console.log(
  `With the municipality's rule: ${metEigenRegels.conforms ? 'conforms' : 'does not conform'} ` +
    `(validated by the ${metEigenRegels.engine} engine)`,
);
for (const r of metEigenRegels.results)
  console.log(`  ${r.severity} ${r.focusNode}: ${r.message}${r.value === undefined ? '' : `  [${r.value}]`}`);

// A path expression (here: the descriptors no consent points at) is followed on the fast path too
const metPad = await validate(data, {
  shapes: parseRdf(`@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
    <https://gemeente.example.org/ns#DescriptorGebruikt> a sh:NodeShape ; sh:targetClass t:ToestemmingDescriptor ;
      sh:property [ sh:path [ sh:inversePath t:descriptor ] ; sh:minCount 1 ] .`),
  lang: 'en',
});
console.log(`An inverse path: ${metPad.conforms ? 'conforms' : 'does not conform'}, by the ${metPad.engine} engine`);

// SHACL-SPARQL is not implemented: refused by name, never skipped (a false "conforms")
try {
  await validate(data, {
    shapes:
      parseRdf(`@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix t: <http://data.vlaanderen.be/ns/toestemming#> .
      <https://gemeente.example.org/ns#Sparql> a sh:NodeShape ; sh:targetClass t:Toestemming ;
        sh:sparql [ sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this t:gegevenOp ?d } }" ] .`),
  });
} catch (error) {
  if (!(error instanceof ShapesError)) throw error;
  console.log(`SHACL-SPARQL: ${error.construct} refused`);
}
