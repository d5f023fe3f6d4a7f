// The steward's report: a payload's profile found from its fields, its findings grouped by rule with
// the records each affects, and the spreadsheet (CSV for Excel with Dutch settings) and printable
// HTML a data steward shares. The command's `validate --format csv|html` and the validator page make
// the same from the same functions.
import { profiles, profilesOfJson, validate } from 'profielkit';
import { reportCsv, reportHtml, stewardReport } from 'profielkit/report';

const payload = [
  {
    id: '123e4567-e89b-12d3-a456-426614174000',
    organisatieId: '123e4567-e89b-12d3-a456-426614174010',
    voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
    status: 'Actief',
  },
  {
    id: '223e4567-e89b-12d3-a456-426614174000',
    voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
    status: 'Weg',
    bbnScore: 'hoog',
  },
];

// which profile: from the fields, never a guess (none or several: ask whoever brought the file)
const found = profilesOfJson(profiles, payload);
if (found.length !== 1) throw new Error(`the fields fit ${found.length} profiles: ask which one`);
const [profile] = found;
const conversion = profile.fromJson(payload);
const report = await validate(conversion.dataset, { profile, json: conversion });

const steward = stewardReport({
  file: 'gebruik.json',
  syntax: 'json',
  outcomes: [{ profile: profile.name, ...report }],
  lang: 'nl',
  version: 'example',
  // the main lines are built from the declaration: the field, the record's kind, the fix in the input's syntax
  declarations: [profile.declaration],
});
console.log(`${steward.file}: ${steward.verdicts[0].text}`);
for (const group of steward.groups) console.log(`  ${group.records} record(s): ${group.title}`);
// bbnScore "hoog" breaks three rules (datatype, minimum, maximum): one finding
const bbn = steward.findings.find((f) => f.field === 'bbnScore');
console.log(`  ${bbn.record} · ${bbn.field} · gevonden "${bbn.value}" · ${bbn.where}\n    detail: ${bbn.detail}`);

const csv = reportCsv(steward);
const html = reportHtml(steward);
console.log(
  `CSV: ${csv.trimEnd().split('\r\n').length - 1} rows, starts with a BOM: ` +
    `${csv.startsWith('\uFEFF')}; HTML: ${html.length} characters, no script: ${!/<script/iu.test(html)}`,
);
