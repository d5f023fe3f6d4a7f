// RDF back to the API's JSON, with nothing dropped in silence; JSON-LD that looks like the API; and
// durations in weeks (the Inzage API's `format: duration`, RFC 3339).
// Run: node examples/back-to-json.mjs
import { parseRdf, toJsonLd } from 'profielkit';
import { verwerkingenlogging } from 'profielkit/verwerkingenlogging';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';

// 1. A VoorzieningGebruik with a dcterms:title, which the API's JSON has no field for.
const data = parseRdf(
  `
  @prefix vg: <https://w3id.org/profielkit/voorzieninggebruik#>.
  @prefix dcterms: <http://purl.org/dc/terms/>.
  <urn:uuid:323e4567-e89b-12d3-a456-426614174000> a vg:VoorzieningGebruik;
    dcterms:identifier "323e4567-e89b-12d3-a456-426614174000";
    dcterms:title "Zaaksysteem, gebruik door Burgerzaken";
    vg:organisatie <urn:uuid:323e4567-e89b-12d3-a456-426614174001>;
    vg:voorziening <urn:uuid:323e4567-e89b-12d3-a456-426614174002>;
    vg:status "Actief"; vg:bbnScore 3; vg:bedrijfsKritisch true;
    vg:beheerder [ a <http://schema.org/Person>; <http://schema.org/name> "Jan Jansen" ].`,
  'turtle',
);
const json = voorzieninggebruik.toJson(data);
console.log('# toJson');
console.log(JSON.stringify(json, null, 2));
for (const { node, triples } of json.notCarried) {
  console.log(
    `not carried, on ${node}: ${triples.map((q) => `<${q.predicate.value}> "${q.object.value}"`).join(', ')}`,
  );
}

// 2. JSON-LD like the API: numbers and booleans as JSON, the beheerder inside its record (both engines).
for (const engine of ['fast', 'reference']) {
  const doc = await toJsonLd(data, { profile: voorzieninggebruik, engine });
  const [record] = doc['@graph'];
  console.log(
    `\n# toJsonLd (${engine}): bbnScore ${JSON.stringify(record.bbnScore)}, ` +
      `bedrijfsKritisch ${JSON.stringify(record.bedrijfsKritisch)}, beheerder ${JSON.stringify(record.beheerder)}`,
  );
}
// without a profile: expanded JSON-LD (no context needed)
console.log(`\n# toJsonLd without a profile: ${(await toJsonLd(data)).length} node objects, expanded`);

// 3. Durations: P3W is a duration of the API's format; it is written as the equal xsd:duration P21D.
const response = {
  verwerktObjectId: '5f089abb-7ed1-4714-92d4-1850453eda5d',
  objecttype: 'persoon',
  soortObjectId: 'BSN',
  objectId: '479580261',
  verwerkingsactie: {
    actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
    vertrouwelijkheid: 'normaal',
    bewaartermijn: 'P3W',
    tijdstip: '2024-04-05T14:35:42+01:00',
    tijdstipRegistratie: '2024-04-05T14:36:42+01:00',
  },
};
const [back] = verwerkingenlogging.toJson(verwerkingenlogging.fromJson(response, { strict: true }).dataset);
console.log(`\n# bewaartermijn P3W is written as ${back.verwerkingsactie.bewaartermijn}`);
try {
  verwerkingenlogging.fromJson(
    { ...response, verwerkingsactie: { ...response.verwerkingsactie, bewaartermijn: 'drie weken' } },
    { strict: true },
  );
} catch (error) {
  console.log(`a bad one: ${error.message}`);
}
