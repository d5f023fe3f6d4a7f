// The Softwarecatalogus as it publishes in 2026: OpenRegister list responses (two pages of one list,
// objects named by a numeric schema id, so recognised by their fields), read into one graph and
// validated as one; a 2.4.x object with Dutch status values read as the 2.5.x model; and a
// VoorzieningGebruik record carried into the new model, with what has no counterpart named.
// Run: node examples/softwarecatalogus.mjs
import { readFileSync } from 'node:fs';
import { joinConversions, validate } from 'profielkit';
import { softwarecatalogus, usageFromVoorzieningGebruik } from 'profielkit/softwarecatalogus';

const page = (name) => readFileSync(new URL(`../test/softwarecatalogus/fixtures/${name}`, import.meta.url), 'utf8');
const dataset = softwarecatalogus.fromJson('[]').dataset;
const pages = ['usage-2.5-list-magic-page1.json', 'usage-2.5-list-magic-page2.json'].map((name) =>
  softwarecatalogus.fromJson(page(name), { dataset, source: name }),
);
const conversion = joinConversions(pages);
const recognised = conversion.recognised.map((r) => `schema ${r.schema} (${r.count})`).join(', ');
console.log(`records: ${softwarecatalogus.toJson(dataset).length}; recognised by their fields: ${recognised}`);
const report = await validate(dataset, { profile: softwarecatalogus, json: conversion, lang: 'en' });
console.log(`validation: ${report.conforms ? 'conforms' : 'does not conform'} (${report.counts.Warning} warnings)`);

// 2.4.x: `contactpersoon`, `moduleVersie`, "In productie"; an earlier install's "in-gebruik" is a warning
const older = softwarecatalogus.fromJson({
  consumer: '5b0c3c7e-2d41-4f0a-9b7e-1a2b3c4d5e01',
  moduleVersie: '8d2e5f90-4f63-4b2c-9da0-3c4d5e6f7a01',
  status: 'In productie',
});
console.log('2.4.x read as:', JSON.stringify(softwarecatalogus.toJson(older.dataset)[0]));
const seed = softwarecatalogus.fromJson({ consumer: 'gemeente-leiden', status: 'in-gebruik' });
for (const p of seed.problems) console.log(`${p.severity}: ${p.path}: ${p.message}`);

// the old model to the new: carried, and named
const { record, notCarried } = usageFromVoorzieningGebruik({
  id: '123e4567-e89b-12d3-a456-426614174000',
  organisatieId: '123e4567-e89b-12d3-a456-426614174001',
  voorzieningId: '123e4567-e89b-12d3-a456-426614174002',
  beheerder: { naam: 'Janine de Vries', email: 'j.devries@example.nl' },
  startDatum: '2023-01-15',
  status: 'Actief',
  bbnScore: 2,
});
console.log('\nusage:', JSON.stringify(record));
for (const n of notCarried) console.log(`not carried: ${n.field}: ${n.why}`);
