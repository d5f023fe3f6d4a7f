// Writes a synthetic consent export: N Toestemming records (each with its own data subject) that
// share one descriptor and its organisations; every 50th record breaks a rule. 8 triples a record.
// Every writer returns {expected}: the number of SHACL results the profile's shapes must give, counted
// from the faults it injects (one result a fault), so that the bench knows the correct count without
// asking any engine.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const T = 'http://data.vlaanderen.be/ns/toestemming#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const STATUS = 'https://data.vlaanderen.be/id/concept/ToestemmingStatus/toegelaten';

// faults.expected counts the results the injected faults must give with shapes/toestemming.ttl;
// faults.official those that the profile's shapes and the official OSLO SHACL
// (test/fixtures/oslo/toestemming-SHACL.ttl) give together, counted from its rules below
function* triples(n, { agents = true } = {}, faults = { expected: 0, official: 0 }) {
  // OSLO: dataProcessor sh:class org:Organization (the organisation is only a PublicOrganisation, with no
  // rdfs:subClassOf in the data) and toestemmingsvraag sh:class skos:Concept (the question is untyped)
  faults.official += 2;
  const d = 'https://example.org/descriptor/1';
  const org = 'https://example.org/org/1';
  yield [
    org,
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
    { iri: 'http://data.europa.eu/m8g/PublicOrganisation' },
  ];
  yield [d, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', { iri: `${T}ToestemmingDescriptor` }];
  yield [d, 'http://www.w3.org/2000/01/rdf-schema#label', { lit: 'Nieuwsbrief' }];
  yield [d, `${T}dataController`, { iri: org }];
  yield [d, `${T}dataProcessor`, { iri: org }];
  yield [d, `${T}toestemmingsvraag`, { iri: 'https://example.org/vraag/1' }];
  for (let i = 0; i < n; i++) {
    const t = `https://example.org/toestemming/${i}`;
    const agent = `https://example.org/persoon/${i}`;
    if (agents)
      yield [agent, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', { iri: 'http://purl.org/dc/terms/Agent' }];
    // without agents, the data subject is a node without rdf:type: Toestemming-dataSubject-klasse (violation);
    // OSLO's dataSubject sh:class dcterms:Agent as well
    else faults.expected++, (faults.official += 2);
    // OSLO: status sh:class skos:Concept (a code-list IRI is not typed in the export) and beperking
    // sh:datatype rdfs:Literal (the dossier is an xsd:string): two results a record
    faults.official += 2;
    yield [t, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', { iri: `${T}Toestemming` }];
    yield [t, `${T}dataSubject`, { iri: agent }];
    yield [t, `${T}descriptor`, { iri: d }];
    // no gegevenOp: Toestemming-gegevenOp-aantal, sh:minCount 1 (violation)
    if (i % 50 !== 7) yield [t, `${T}gegevenOp`, { lit: `2024-0${1 + (i % 9)}-1${i % 10}`, dt: `${XSD}date` }];
    else faults.expected++, (faults.official += 2); // and OSLO's gegevenOp sh:minCount 1
    // a status of one's own list: Toestemming-status-codelijst, sh:in (warning)
    yield [t, `${T}status`, { iri: i % 50 === 13 ? 'https://example.org/eigen/status' : STATUS }];
    if (i % 50 === 13) faults.expected++, faults.official++;
    yield [t, `${T}beperking`, { lit: `dossier ${i}` }];
    // month 13, typed xsd:date: Toestemming-vervalt-waarde, sh:datatype xsd:date (violation; an ill-typed
    // literal, which stock rdf-validate-shacl does not see: rdf-validate-datatype takes any two-digit month)
    yield [t, 'http://schema.org/expires', { lit: i % 50 === 21 ? '2026-13-01' : '2026-01-01', dt: `${XSD}date` }];
    if (i % 50 === 21) faults.expected++, (faults.official += 2); // and OSLO's expires sh:datatype xsd:date
  }
}

const term = (o) => (o.iri ? `<${o.iri}>` : `"${o.lit}"${o.dt ? `^^<${o.dt}>` : ''}`);

/**
 * Writes the export as N-Triples or as Turtle (subjects grouped, as N3.Writer writes them). With
 * `agents: false` the data subjects are left out: every record then points at a node the export lacks.
 * Returns {expected}: the results the Toestemming shapes must give (3 in 50 records, plus one a record
 * without agents); {official}: those the profile's shapes and the official OSLO SHACL give together.
 */
export async function writeExport(path, n, format, options = {}) {
  const out = createWriteStream(path);
  let chunk = '';
  let open;
  const faults = { expected: 0, official: 0 };
  const flush = async (force) => {
    if (chunk.length > 1 << 20 || force) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  };
  for (const [s, p, o] of triples(n, options, faults)) {
    if (format === 'ntriples') chunk += `<${s}> <${p}> ${term(o)} .\n`;
    else {
      if (s !== open) chunk += `${open === undefined ? '' : ' .\n'}<${s}> <${p}> ${term(o)}`;
      else chunk += ` ;\n  <${p}> ${term(o)}`;
      open = s;
    }
    await flush(false);
  }
  if (format !== 'ntriples') chunk += ' .\n';
  await flush(true);
  out.end();
  await once(out, 'finish');
  return { expected: faults.expected, official: faults.official };
}

/**
 * Writes a Softwarecatalogus payload: one JSON array of N VoorzieningGebruik records; with `faults`,
 * every 50th record has a status outside the list, a score out of range or a date that does not exist.
 * Returns {expected}: the results shapes/voorzieninggebruik.ttl must give for the N-Triples profielkit
 * makes of it (3 in 50 records with faults, none without). With `ndjson`, the records one a line instead.
 */
export async function writeVoorzieningGebruik(path, n, { faults = false, ndjson = false } = {}) {
  const out = createWriteStream(path);
  if (!ndjson) out.write('[\n');
  let expected = 0;
  for (let i = 0; i < n; i++) {
    const id = `${(i + 0x10000000).toString(16)}-e89b-42d3-a456-${(i + 0x100000000000).toString(16)}`;
    const record = {
      id,
      organisatieId: `${((i % 300) + 0x20000000).toString(16)}-e89b-42d3-a456-426614174000`,
      voorzieningId: `${((i % 5000) + 0x30000000).toString(16)}-e89b-42d3-a456-426614174001`,
      beheerder: {
        naam: `Beheerder ${i}`,
        email: `beheer${i}@gemeente.nl`,
        telefoonnummer: '020-1234567',
        functie: 'Applicatiebeheerder',
      },
      startDatum: '2023-01-15',
      status: ['Actief', 'Gepland', 'Beëindigd'][i % 3],
      opmerkingen: `Gebruik ${i}`,
      bbnScore: 1 + (i % 3),
      ibpScore: 1 + (i % 5),
      bivClassificatie: { beschikbaarheid: 'Hoog', integriteit: 'Midden', vertrouwelijkheid: 'Laag' },
      bedrijfsKritisch: i % 2 === 0,
      privacyGevoelig: false,
    };
    // not in the list: VoorzieningGebruik-status-waarde, sh:in (violation)
    if (faults && i % 50 === 7) (record.status = 'Onbekend'), expected++;
    // above 3: VoorzieningGebruik-bbnScore-waarde, sh:maxInclusive (violation)
    if (faults && i % 50 === 13) (record.bbnScore = 9), expected++;
    // no such day: profielkit writes it as a plain string, VoorzieningGebruik-startDatum-waarde,
    // sh:datatype xsd:date (violation)
    if (faults && i % 50 === 21) (record.startDatum = '2023-02-30'), expected++;
    if (!out.write(`${i === 0 || ndjson ? '' : ',\n'}${JSON.stringify(record)}${ndjson ? '\n' : ''}`))
      await once(out, 'drain');
  }
  out.end(ndjson ? '' : '\n]\n');
  await once(out, 'finish');
  return { expected };
}

/**
 * Writes an Inzage API list response with N verwerkte objecten (with `faults`, the default, every 50th with
 * a broken tijdstip), from the fixture's first result. Returns {expected}: the results
 * shapes/verwerkingenlogging.ttl must give for the N-Triples profielkit makes of it (1 in 50 records with
 * faults). With `ndjson`, the verwerkte objecten one a line instead of the list response.
 */
export async function writeVerwerkteObjecten(path, n, { faults = true, ndjson = false } = {}) {
  const { readFileSync } = await import('node:fs');
  const template = JSON.parse(
    readFileSync(
      new URL('../test/fixtures/verwerkingenlogging/lijst-verwerkte-objecten.json', import.meta.url),
      'utf8',
    ),
  ).results[0];
  const out = createWriteStream(path);
  if (!ndjson) out.write(`{"count": ${n}, "next": null, "previous": null, "results": [\n`);
  let expected = 0;
  for (let i = 0; i < n; i++) {
    const id = `${(i + 0x10000000).toString(16)}-7ed1-4714-92d4-1850453eda5d`;
    const actie = `${(i + 0x20000000).toString(16)}-bca6-463f-9955-54ab040287cb`;
    const record = {
      ...template,
      url: `https://logging.example.org/api/v1/verwerkte-objecten/${id}`,
      verwerktObjectId: id,
      objectId: String(100000000 + i),
      verwerkingsactie: {
        ...template.verwerkingsactie,
        url: `https://logging.example.org/api/v1/verwerkingsacties/${actie}`,
        actieId: actie,
        ...(faults && i % 50 === 7 ? { tijdstip: '2024-04-05T14:35:42' } : {}),
      },
    };
    // no time zone: VerwerkingsactieBeperkt-tijdstip-waarde, sh:pattern (violation)
    if (faults && i % 50 === 7) expected++;
    if (!out.write(`${i === 0 || ndjson ? '' : ',\n'}${JSON.stringify(record)}${ndjson ? '\n' : ''}`))
      await once(out, 'drain');
  }
  out.end(ndjson ? '' : '\n]}\n');
  await once(out, 'finish');
  return { expected };
}
