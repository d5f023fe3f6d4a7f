// The browser test's page (bundled by scripts/bundle.mjs for a browser, run in headless Chromium by
// test/browser/chromium.test.ts, and in Node by the same test for the expected values): builders,
// every writer, both parsers, fromJson, validate on the fast path, and validateStream on a Web stream.
import {
  parseJsonLd,
  parseRdf,
  toJsonLd,
  toJsonLdStream,
  toNQuads,
  toNTriples,
  toTriG,
  toTurtle,
  validate,
  validateStream,
} from 'profielkit';
import { Contactkanaal, toestemming, ToestemmingStatus } from 'profielkit/toestemming';
import { voorzieninggebruik } from 'profielkit/voorzieninggebruik';

const sorted = (text) => text.trim().split('\n').sort();

export async function run() {
  const g = toestemming.graph();
  const vo = g.PubliekeOrganisatie({ id: 'https://data.vlaanderen.be/id/organisatie/OVO000001' });
  const descriptor = g.ContactvoorkeurDescriptor({
    id: 'https://example.org/descriptor/nieuwsbrief',
    label: 'Nieuwsbrief studietoelagen',
    dataController: vo,
    dataProcessor: [vo],
    toestemmingsvraag: 'https://example.org/vraag/nieuwsbrief',
    contactkanaal: [Contactkanaal.Email, Contactkanaal.Sms],
  });
  const burger = g.Agent({ id: 'https://example.org/persoon/1' });
  g.Contactvoorkeur({
    id: 'https://example.org/contactvoorkeur/1',
    dataSubject: burger,
    descriptor,
    gegevenOp: '2024-03-01',
    status: ToestemmingStatus.toegelaten,
    contactkanaal: Contactkanaal.Email,
    email: 'jan.peeters@example.org',
  });
  // one broken record, so that validation has something to say
  g.Toestemming({
    id: 'https://example.org/toestemming/kapot',
    dataSubject: 'https://example.org/onbekend',
    descriptor,
    gegevenOp: '2024-03-01',
    status: 'https://example.org/eigen-lijst/akkoord',
  });

  const turtle = await toTurtle(g.dataset, { profile: toestemming });
  const jsonld = await toJsonLd(g.dataset, { profile: toestemming });
  const report = await validate(g.dataset, { profile: toestemming, lang: 'en' });
  const fromTurtle = parseRdf(turtle);
  const fromJsonLd = await parseJsonLd(JSON.stringify(jsonld), { profile: toestemming });
  const bytes = new TextEncoder().encode(turtle);
  const streamed = await validateStream(
    () =>
      new ReadableStream({
        start(controller) {
          // in pieces of 50 bytes: characters of several bytes are cut
          for (let at = 0; at < bytes.length; at += 50) controller.enqueue(bytes.slice(at, at + 50));
          controller.close();
        },
      }),
    { profile: toestemming, lang: 'en' },
  );
  const payload = [
    {
      id: '323e4567-e89b-12d3-a456-426614174000',
      organisatieId: '123e4567-e89b-12d3-a456-426614174010',
      voorzieningId: '123e4567-e89b-12d3-a456-426614174001',
      status: 'Stopgezet',
    },
  ];
  const conversion = voorzieninggebruik.fromJson(payload);
  const vgReport = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion, lang: 'en' });
  // the streaming writers: text pieces from quads as they come
  const pieces = async (iterable) => {
    let text = '';
    for await (const piece of iterable) text += piece;
    return text;
  };
  const streamedJsonLd = await parseJsonLd(await pieces(toJsonLdStream(g.dataset, { profile: toestemming })), {
    profile: toestemming,
  });
  const streamedJson = JSON.parse(await pieces(voorzieninggebruik.toJsonStream(conversion.dataset)));
  const results = (r) =>
    r.results.map((x) => `${x.severity} ${x.focusNode} ${x.message}${x.jsonPath ? ` @${x.jsonPath}` : ''}`).sort();
  return {
    triples: g.dataset.size,
    turtle: sorted(await toNTriples(fromTurtle)),
    ntriples: sorted(await toNTriples(g.dataset)),
    nquads: sorted(await toNQuads(g.dataset)),
    trig: (await toTriG(g.dataset, { profile: toestemming })).length > 0,
    jsonld,
    jsonldBack: sorted(await toNTriples(fromJsonLd)),
    jsonldStreamBack: sorted(await toNTriples(streamedJsonLd)),
    jsonStream: streamedJson,
    json: [...voorzieninggebruik.toJson(conversion.dataset)],
    conforms: report.conforms,
    results: results(report),
    streamed: results(streamed),
    fromJson: results(vgReport),
    read: toestemming.read(fromTurtle).Contactvoorkeur.map((c) => c.id),
  };
}
