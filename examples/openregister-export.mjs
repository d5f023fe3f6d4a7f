// A Softwarecatalogus register export as it is (OpenRegister: `components.objects` of many schemas,
// each object with its `@self` metadata): the objects of schema voorzieninggebruik are converted, the
// others counted; evident encodings (beheerder as a JSON string, privacyGevoelig as 1) are read for
// what they hold, with a warning; every problem names its path in the file. Then the same export
// converted as a stream, leniently (what `profielkit convert --lenient` does), and to the API's own JSON.
// Run: node examples/openregister-export.mjs
import { createReadStream, readFileSync } from 'node:fs';
import { validate } from 'profielkit';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';

const file = new URL('../test/fixtures/cli/openregister-export.json', import.meta.url);
const conversion = voorzieninggebruik.fromJson(readFileSync(file, 'utf8'));
console.log(`converted: ${voorzieninggebruik.toJson(conversion.dataset).length} VoorzieningGebruik records`);
console.log(`not converted: ${conversion.skipped.map((s) => `${s.schema} (${s.count})`).join(', ')}`);

const report = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion, lang: 'en' });
console.log(`\n# Validation: ${report.conforms ? 'conforms' : 'does not conform'}`);
for (const r of report.results) console.log(`${r.severity.padEnd(9)} ${r.jsonPath}  ${r.message}`);

// @self's dates are the records' dcterms:created and dcterms:modified, and come back under @self
const [first] = voorzieninggebruik.toJson(conversion.dataset);
console.log(`\n# Back to the API's JSON: @self ${JSON.stringify(first['@self'])}`);

// as a stream, leniently: never stops at a field; the summary lists what it found
let triples = '';
const summary = await voorzieninggebruik.fromJsonStream(createReadStream(file), (text) => void (triples += text), {
  format: 'ntriples',
});
console.log(`\n# Streamed: ${summary.records} records, ${summary.triples} triples`);
for (const p of summary.problems) console.log(`${p.severity.padEnd(9)} ${p.path}  ${p.message}`);

// the register export as the API's own JSON, record by record: the encodings read, `@self` kept
let json = '';
await voorzieninggebruik.fromJsonStream(createReadStream(file), (text) => void (json += text), { format: 'json' });
const records = JSON.parse(json);
console.log(`\n# Streamed to the API's JSON: ${records.length} records, privacyGevoelig ${records[0].privacyGevoelig}`);
