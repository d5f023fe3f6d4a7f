// Whole exports, in memory that does not grow with them: a Softwarecatalogus payload converted to
// Turtle as it is read, and a consent export validated as it is read, keeping the first results and
// counting all. The same as `profielkit convert big.json -p voorzieninggebruik -o big.ttl` and
// `profielkit validate big.nt --max-results 5`.
// Run: node examples/large-export.mjs
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toestemming } from 'profielkit/toestemming';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';
import { validateFile } from 'profielkit/node';

const dir = mkdtempSync(join(tmpdir(), 'profielkit-example-'));
try {
  // 1. A payload of 20,000 records (one JSON array; a list response or NDJSON work the same way).
  const payload = join(dir, 'gebruik.json');
  const records = createWriteStream(payload);
  records.write('[');
  for (let i = 0; i < 20_000; i++) {
    const id = `${(0x10000000 + i).toString(16)}-e89b-42d3-a456-426614174000`;
    const record = {
      id,
      organisatieId: '123e4567-e89b-12d3-a456-426614174010',
      voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
      beheerder: { naam: `Beheerder ${i}`, email: `beheer${i}@gemeente.nl` },
      startDatum: '2023-01-15',
      status: 'Actief',
      bbnScore: 2,
      ibpScore: 3,
      bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
    };
    if (!records.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(record)}`)) await once(records, 'drain');
  }
  records.end(']');
  await once(records, 'finish');

  // fromJsonStream writes the Turtle through `write` as each record is converted
  const turtle = join(dir, 'gebruik.ttl');
  const out = createWriteStream(turtle);
  const summary = await voorzieninggebruik.fromJsonStream(createReadStream(payload), async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  console.log(
    `${summary.records} records, ${summary.triples} triples: ` +
      `${(statSync(turtle).size / 1e6).toFixed(1)} MB of Turtle, ${summary.problems.length} problems`,
  );

  // 2. A consent export of 20,000 records in N-Triples, every 100th without its date of consent.
  const T = 'http://data.vlaanderen.be/ns/toestemming#';
  const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const exported = join(dir, 'toestemmingen.nt');
  const lines = createWriteStream(exported);
  const descriptor = 'https://example.org/descriptor/nieuwsbrief';
  const org = 'https://example.org/organisatie/gemeente';
  lines.write(`<${org}> <${TYPE}> <http://data.europa.eu/m8g/PublicOrganisation> .\n`);
  lines.write(
    `<${descriptor}> <${TYPE}> <${T}ToestemmingDescriptor> .\n<${descriptor}> ` +
      '<http://www.w3.org/2000/01/rdf-schema#label> "Nieuwsbrief" .\n',
  );
  lines.write(
    `<${descriptor}> <${T}dataController> <${org}> .\n<${descriptor}> <${T}dataProcessor> <${org}> ` +
      `.\n<${descriptor}> <${T}toestemmingsvraag> <https://example.org/vraag/nieuwsbrief> .\n`,
  );
  for (let i = 0; i < 20_000; i++) {
    const t = `https://example.org/toestemming/${i}`;
    const person = `https://example.org/persoon/${i}`;
    let text = `<${person}> <${TYPE}> <http://purl.org/dc/terms/Agent> .\n`;
    text +=
      `<${t}> <${TYPE}> <${T}Toestemming> .\n<${t}> <${T}dataSubject> ` +
      `<${person}> .\n<${t}> <${T}descriptor> <${descriptor}> .\n`;
    text += `<${t}> <${T}status> <https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten> .\n`;
    if (i % 100 !== 0) text += `<${t}> <${T}gegevenOp> "2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date> .\n`;
    if (!lines.write(text)) await once(lines, 'drain');
  }
  lines.end();
  await once(lines, 'finish');

  const report = await validateFile(exported, { profile: toestemming, format: 'ntriples', lang: 'en', maxResults: 5 });
  console.log(
    `\nThe export ${report.conforms ? 'conforms' : 'does not conform'}: ` +
      `${report.totalResults} results, the first ${report.results.length}:`,
  );
  for (const r of report.results) console.log(`  ${r.severity} ${r.focusNode}: ${r.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
