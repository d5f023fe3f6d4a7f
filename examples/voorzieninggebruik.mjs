// Turns the example of the Softwarecatalogus documentation page (VoorzieningGebruik) into RDF, prints
// it as Turtle, and validates it; then shows what the same record looks like with two mistakes.
// Run: node examples/voorzieninggebruik.mjs
import { toTurtle, validate } from 'profielkit';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';

// As the page shows it: `contactpersoon` where its table says `beheerder`, and a null end date.
const voorbeeld = {
  id: '123e4567-e89b-12d3-a456-426614174000',
  organisatieId: '123e4567-e89b-12d3-a456-426614174000',
  voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
  versieId: '123e4567-e89b-12d3-a456-426614174002',
  contactpersoon: {
    naam: 'Jan Jansen',
    email: 'j.jansen@amsterdam.nl',
    telefoonnummer: '020-1234567',
    functie: 'Applicatiebeheerder',
  },
  startDatum: '2023-01-15',
  eindDatum: null,
  status: 'Actief',
  opmerkingen: 'Gebruik voor burgerportaal',
  bbnScore: 3,
  ibpScore: 2,
  bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
  bedrijfsKritisch: true,
  privacyGevoelig: false,
};

const conversion = voorzieninggebruik.fromJson(voorbeeld);
console.log(await toTurtle(conversion.dataset, { profile: voorzieninggebruik }));
const report = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
console.log(`# Validation: ${report.conforms ? 'conforms' : 'does not conform'} (${report.results.length} results)`);
if (!report.conforms) process.exitCode = 1;

// The same record in a list, with a status outside the list and an end date before the start date:
// every problem is reported at once, with its JSON path.
const fout = voorzieninggebruik.fromJson([
  voorbeeld,
  { ...voorbeeld, id: '123e4567-e89b-12d3-a456-426614174003', status: 'In gebruik', eindDatum: '2022-12-31' },
]);
const foutReport = await validate(fout.dataset, { profile: voorzieninggebruik, json: fout, lang: 'en' });
console.log(`\n# A broken record: ${foutReport.conforms ? 'conforms' : 'does not conform'}`);
for (const r of foutReport.results) console.log(`${r.severity.padEnd(9)} ${r.jsonPath}  ${r.message}`);
