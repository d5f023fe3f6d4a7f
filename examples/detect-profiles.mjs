// An export whose profile nobody named: validated as it is read against every profile profielkit ships,
// in one read, and the profiles it is of recognised by the classes of its records (what
// `profielkit validate export.nt` does without --profile). Profile detection by hand: profilesTyping for
// RDF, profilesOfJson for an API's JSON.
// Run: node examples/detect-profiles.mjs
import { Readable } from 'node:stream';
import { profiles, profilesOfJson, validateStreamProfiles } from 'profielkit';

const T = 'http://data.vlaanderen.be/ns/toestemming#';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
// a consent record without the properties the profile requires
const export_ = `<https://example.org/toestemming/1> <${TYPE}> <${T}Toestemming> .
<https://example.org/toestemming/1> <${T}dataSubject> <https://example.org/persoon/1> .
<https://example.org/persoon/1> <${TYPE}> <http://purl.org/dc/terms/Agent> .
`;
const open = () => Readable.from([export_]);
const found = await validateStreamProfiles(open, { profiles, format: 'ntriples', lang: 'en' });
for (const [i, profile] of found.profiles.entries()) {
  const report = found.reports[i];
  const verdict = report.conforms ? 'conforms' : `${report.totalResults} results`;
  console.log(`${profile.name}: ${verdict}, e.g. ${report.results[0]?.message}`);
}

// an API's JSON says its profile by its fields
const payload = { voorzieningId: '5f6b1a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', status: 'Actief' };
console.log(
  `JSON payload: ${profilesOfJson(profiles, payload)
    .map((p) => p.name)
    .join(', ')}`,
);
