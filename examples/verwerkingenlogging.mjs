// Converts a list response of the Inzage API (GET /verwerkte-objecten) to Turtle and validates it;
// then shows what happens to a response with a broken field, and to an error body.
// Run: node examples/verwerkingenlogging.mjs
import { toTurtle, validate } from 'profielkit';
import { InzageApiError, verwerkingenlogging } from 'profielkit/verwerkingenlogging';

const actie = {
  url:
    'https://verwerkingenlogging-bewerking-api.vng.cloud/api/v1/verwerkingsacties/' +
    '7a22eb38-bca6-463f-9955-54ab040287cb',
  actieId: '7a22eb38-bca6-463f-9955-54ab040287cb',
  actieNaam: 'Zoeken personen',
  verwerkingNaam: 'Huwelijk',
  vertrouwelijkheid: 'normaal',
  bewaartermijn: 'P10Y',
  uitvoerder: '00000001821002193000',
  tijdstip: '2024-04-05T14:35:42+01:00',
  tijdstipRegistratie: '2024-04-05T14:36:42+01:00',
};
const lijst = {
  count: 2,
  next: null,
  previous: null,
  results: [
    {
      url: 'https://logging-inzage-api.vng.cloud/api/v1/verwerkte-objecten/5f089abb-7ed1-4714-92d4-1850453eda5d',
      verwerktObjectId: '5f089abb-7ed1-4714-92d4-1850453eda5d',
      objecttype: 'persoon',
      soortObjectId: 'BSN',
      objectId: '479580261',
      betrokkenheid: 'Aanvrager',
      verwerkteSoortenGegevens: [{ soortGegeven: 'BSN' }, { soortGegeven: 'Naam' }],
      verwerkingsactie: actie,
    },
    {
      // no url: the node is named urn:uuid:<verwerktObjectId>
      verwerktObjectId: '0b4d6f3e-2c6a-4f0e-9a51-3f1c2b7d8e90',
      objecttype: 'persoon',
      soortObjectId: 'BSN',
      objectId: '479580261',
      verwerkteSoortenGegevens: [{ soortGegeven: 'Geboortedatum' }],
    },
  ],
};

const conversion = verwerkingenlogging.fromJson(lijst);
console.log(await toTurtle(conversion.dataset, { profile: verwerkingenlogging }));
const report = await validate(conversion.dataset, { profile: verwerkingenlogging, json: conversion });
console.log(`# ${report.conforms ? 'conforms' : 'does not conform'} (${report.results.length} results)`);

// A response as some implementations send it: no time zone offset, an OIN of 19 digits, a field the Inzage API leaves
// out.
const broken = structuredClone(lijst);
Object.assign(broken.results[0].verwerkingsactie, {
  tijdstipRegistratie: '2022-06-02T11:57:34',
  uitvoerder: '0000000182100219300',
  systeem: 'FooBarApp v2.1',
});
const brokenConversion = verwerkingenlogging.fromJson(broken);
const brokenReport = await validate(brokenConversion.dataset, {
  profile: verwerkingenlogging,
  json: brokenConversion,
  lang: 'en',
});
console.log(`\n# broken: ${brokenReport.conforms ? 'conforms' : 'does not conform'}`);
for (const r of brokenReport.results) console.log(`${r.severity.padEnd(9)} ${r.jsonPath}  ${r.message}`);

// An error body is no data: fromJson throws it, typed.
try {
  verwerkingenlogging.fromJson({
    code: 'invalid',
    title: 'Invalid input.',
    status: 400,
    detail: '',
    instance: 'urn:uuid:f2a6c0b4-3e1d-4c5b-9a8f-7e6d5c4b3a21',
    invalidParams: [{ name: 'beginDatum', code: 'required', reason: 'Dit veld is vereist.' }],
  });
} catch (error) {
  if (!(error instanceof InzageApiError)) throw error;
  console.log(
    `\n# error body: ${error.status} ${error.apiCode}: ` +
      `${error.invalidParams.map((p) => `${p.name} (${p.reason})`).join(', ')}`,
  );
}
