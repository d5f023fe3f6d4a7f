/**
 * VoorzieningGebruik of the VNG Softwarecatalogus: its one declaration. Field names, cardinalities,
 * value lists and score ranges are those of the Softwarecatalogus OpenAPI (`gemma.yaml`,
 * `components.schemas.VoorzieningGebruik`) and its documentation page (commit 978489a); the page's
 * table adds `referentieComponenten`.
 *
 * VNG publishes no RDF vocabulary for it. Where a published vocabulary has a term that means the
 * same, it is used (schema.org for the person and the dates, Dublin Core for the id and the remarks);
 * every other term lives in one namespace of profielkit's own, which a caller may replace
 * (`voorzieningGebruikDeclaration({ namespace })`). docs/profiles/voorzieninggebruik.md lists every term.
 */
import { defineProfile, text, UUID_PATTERN, UUID_PATTERN_TEXT } from '../../core/schema/define.js';

/** profielkit's namespace for the terms no published vocabulary has (until VNG publishes its own). */
export const VOORZIENINGGEBRUIK_NAMESPACE = 'https://w3id.org/profielkit/voorzieninggebruik#';

/** The base of GEMMA Online pages: base + a component's Object ID (a UUID) is its page. */
export const GEMMA_ONLINE_BASE = 'https://gemmaonline.nl/index.php/GEMMA/id-';

const SCHEMA = 'http://schema.org/';
const DCTERMS = 'http://purl.org/dc/terms/';

export { UUID_PATTERN };

/** `gemma.yaml` `status` enum. */
export const STATUS_WAARDEN = ['Actief', 'Gepland', 'Beëindigd'] as const;
/** `gemma.yaml` enum of each of the three BIV axes. */
export const BIV_WAARDEN = ['Hoog', 'Midden', 'Laag'] as const;

/** `dcterms:identifier` holding the API's UUID: the same term for every class, as the API uses `id` for all. */
const id = (what: string) =>
  ({
    iri: `${DCTERMS}identifier`,
    term: 'id',
    card: '1',
    range: {
      kind: 'literal',
      datatype: 'string',
      pattern: UUID_PATTERN,
      patternText: UUID_PATTERN_TEXT,
    },
    label: text('id', 'id'),
    description: text(`Unieke identifier (UUID) van de ${what}.`, `Unique identifier (UUID) of the ${what}.`),
  }) as const;

/** A class that the API only ever refers to by UUID: named `base + UUID`, holding its UUID. */
const referenced = <N extends string>(
  ns: string,
  name: N,
  label: { nl: string; en: string },
  description: { nl: string; en: string },
  iri = `${ns}${name}`,
) =>
  ({
    iri,
    term: name,
    label,
    description,
    identity: { property: 'id', mint: 'uuid' },
    properties: { id: id(label.nl) },
  }) as const;

const biv = (ns: string, key: string, nl: string, en: string) =>
  ({
    iri: `${ns}${key}`,
    term: key,
    card: '0..1',
    range: { kind: 'literal', datatype: 'string', in: BIV_WAARDEN },
    label: text(key, en.toLowerCase()),
    description: text(
      `De ${nl} van het voorzieninggebruik: Hoog, Midden of Laag.`,
      `The ${en.toLowerCase()} level of the use: Hoog, Midden or Laag.`,
    ),
  }) as const;

/** Options of `voorzieningGebruikDeclaration`. */
export interface VoorzieningGebruikOptions {
  /** the namespace of the terms profielkit mints (default `VOORZIENINGGEBRUIK_NAMESPACE`) */
  readonly namespace?: string;
}

/**
 * The declaration of the VoorzieningGebruik profile, with profielkit's own terms in `namespace`.
 * Only the IRIs change with the namespace; field names, rules and types stay the same.
 */
export function voorzieningGebruikDeclaration(options: VoorzieningGebruikOptions = {}) {
  const ns = options.namespace ?? VOORZIENINGGEBRUIK_NAMESPACE;
  const custom = ns !== VOORZIENINGGEBRUIK_NAMESPACE;
  return defineProfile({
    name: 'voorzieninggebruik',
    title: 'VNG Softwarecatalogus VoorzieningGebruik',
    version: 'Softwarecatalogus gemma.yaml 1.0 (VoorzieningGebruik) and documentation page of 2025-03-17 (978489a)',
    shapesBase: 'https://w3id.org/profielkit/shapes/voorzieninggebruik#',
    prefixes: {
      vg: ns,
      schema: SCHEMA,
      dcterms: DCTERMS,
      org: 'http://www.w3.org/ns/org#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    context: {
      // another namespace is another context: it must not be served under the default's URL
      urls: [custom ? `${ns}context.jsonld` : 'https://w3id.org/profielkit/contexts/voorzieninggebruik.jsonld'],
    },
    classes: {
      Organisatie: referenced(
        ns,
        'Organisatie',
        text('Organisatie', 'Organisation'),
        text(
          'Een organisatie in de Softwarecatalogus (gemeente, ' +
            'leverancier, samenwerking), hier alleen via haar UUID bekend.',
          'An organisation in the Softwarecatalogus (municipality, ' +
            'supplier, partnership), known here only by its UUID.',
        ),
        'http://www.w3.org/ns/org#Organization',
      ),
      Voorziening: referenced(
        ns,
        'Voorziening',
        text('Voorziening', 'Provision'),
        text(
          'Een voorziening (applicatie, platform, dienst) in de Softwarecatalogus, hier alleen via haar UUID bekend.',
          'A provision (application, platform, service) in the Softwarecatalogus, known here only by its UUID.',
        ),
      ),
      VoorzieningVersie: referenced(
        ns,
        'VoorzieningVersie',
        text('Voorzieningversie', 'Provision version'),
        text(
          'Een versie van een voorziening, hier alleen via haar UUID bekend.',
          'A version of a provision, known here only by its UUID.',
        ),
      ),
      Referentiecomponent: referenced(
        ns,
        'Referentiecomponent',
        text('GEMMA-referentiecomponent', 'GEMMA reference component'),
        text(
          'Een referentiecomponent van de GEMMA-architectuur, via zijn Object ID (een UUID).',
          'A reference component of the GEMMA architecture, by its Object ID (a UUID).',
        ),
      ),
      Persoon: {
        iri: `${SCHEMA}Person`,
        term: 'Persoon',
        label: text('Persoon', 'Person'),
        description: text(
          'Een persoon, gebaseerd op schema.org/Person: de beheerder of contactpersoon van een gebruik.',
          'A person, based on schema.org/Person: the administrator or contact of a use.',
        ),
        properties: {
          naam: {
            iri: `${SCHEMA}name`,
            term: 'naam',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('naam', 'name'),
            description: text('De volledige naam van de persoon.', 'The full name of the person.'),
          },
          email: {
            iri: `${SCHEMA}email`,
            term: 'email',
            card: '0..1',
            // gemma.yaml says `format: email`; this checks its form, not that the address exists
            range: {
              kind: 'literal',
              datatype: 'string',
              pattern: '^[^@\\s]+@[^@\\s]+$',
              patternText: text('een e-mailadres, bv. naam@gemeente.nl', 'an email address, e.g. name@example.org'),
            },
            label: text('e-mail', 'email'),
            description: text('Het e-mailadres van de persoon.', 'The email address of the person.'),
          },
          telefoonnummer: {
            iri: `${SCHEMA}telephone`,
            term: 'telefoonnummer',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('telefoonnummer', 'telephone'),
            description: text('Het telefoonnummer van de persoon.', 'The telephone number of the person.'),
          },
          functie: {
            iri: `${SCHEMA}jobTitle`,
            term: 'functie',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('functie', 'job title'),
            description: text('De functie van de persoon.', 'The job title of the person.'),
          },
        },
      },
      BivClassificatie: {
        iri: `${ns}BivClassificatie`,
        term: 'BivClassificatie',
        label: text('BIV-classificatie', 'BIV classification'),
        description: text(
          'De classificatie naar Beschikbaarheid, Integriteit en Vertrouwelijkheid.',
          'The classification by availability, integrity and confidentiality (BIV).',
        ),
        properties: {
          beschikbaarheid: biv(ns, 'beschikbaarheid', 'beschikbaarheid', 'Availability'),
          integriteit: biv(ns, 'integriteit', 'integriteit', 'Integrity'),
          vertrouwelijkheid: biv(ns, 'vertrouwelijkheid', 'vertrouwelijkheid', 'Confidentiality'),
        },
      },
      VoorzieningGebruik: {
        iri: `${ns}VoorzieningGebruik`,
        term: 'VoorzieningGebruik',
        label: text('Voorziening Gebruik', 'Provision use'),
        description: text(
          'Een organisatie die een voorziening gebruikt, ' +
            'met optioneel de versie die gebruikt wordt en een contactpersoon.',
          'An organisation that uses a provision, optionally with the version it uses and a contact person.',
        ),
        identity: { property: 'id', mint: 'uuid' },
        properties: {
          id: id('VoorzieningGebruik'),
          organisatieId: {
            iri: `${ns}organisatie`,
            term: 'organisatieId',
            card: '1',
            range: { kind: 'reference', class: 'Organisatie', by: 'uuid' },
            label: text('organisatie', 'organisation'),
            description: text(
              'De organisatie die de voorziening gebruikt (in JSON: haar UUID).',
              'The organisation that uses the provision (in JSON: its UUID).',
            ),
          },
          voorzieningId: {
            iri: `${ns}voorziening`,
            term: 'voorzieningId',
            card: '1',
            range: { kind: 'reference', class: 'Voorziening', by: 'uuid' },
            label: text('voorziening', 'provision'),
            description: text(
              'De voorziening die gebruikt wordt (in JSON: haar UUID).',
              'The provision that is used (in JSON: its UUID).',
            ),
          },
          versieId: {
            iri: `${ns}versie`,
            term: 'versieId',
            card: '0..1',
            range: { kind: 'reference', class: 'VoorzieningVersie', by: 'uuid' },
            label: text('versie', 'version'),
            description: text(
              'De specifieke versie van de voorziening die gebruikt wordt (in JSON: haar UUID).',
              'The specific version of the provision that is used (in JSON: its UUID).',
            ),
          },
          beheerder: {
            iri: `${ns}beheerder`,
            term: 'beheerder',
            card: '0..1',
            range: { kind: 'object', class: 'Persoon' },
            // the documentation page's table says `beheerder`, its own example `contactpersoon`
            aliases: ['contactpersoon'],
            label: text('beheerder', 'administrator'),
            description: text(
              'De contactpersoon voor dit gebruik van de voorziening (in JSON ook `contactpersoon`).',
              'The contact person for this use of the provision (in JSON also `contactpersoon`).',
            ),
          },
          startDatum: {
            iri: `${SCHEMA}startDate`,
            term: 'startDatum',
            card: '0..1',
            range: { kind: 'literal', datatype: 'date' },
            label: text('startdatum', 'start date'),
            description: text(
              'De datum waarop het gebruik van de voorziening is gestart.',
              'The date on which the use of the provision started.',
            ),
          },
          eindDatum: {
            iri: `${SCHEMA}endDate`,
            term: 'eindDatum',
            card: '0..1',
            range: { kind: 'literal', datatype: 'date' },
            notBefore: 'startDatum',
            label: text('einddatum', 'end date'),
            description: text(
              'De datum waarop het gebruik van de voorziening is beëindigd ' +
                '(indien van toepassing); niet vóór de startdatum.',
              'The date on which the use of the provision ended (if it did); not before the start date.',
            ),
          },
          status: {
            iri: `${ns}status`,
            term: 'status',
            card: '1',
            range: { kind: 'literal', datatype: 'string', in: STATUS_WAARDEN },
            label: text('status', 'status'),
            description: text(
              'De status van het gebruik: Actief, Gepland of Beëindigd.',
              'The status of the use: Actief, Gepland or Beëindigd.',
            ),
          },
          opmerkingen: {
            iri: `${DCTERMS}description`,
            term: 'opmerkingen',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('opmerkingen', 'remarks'),
            description: text(
              'Aanvullende informatie over het gebruik van de voorziening.',
              'Further information about the use of the provision.',
            ),
          },
          bbnScore: {
            iri: `${ns}bbnScore`,
            term: 'bbnScore',
            card: '0..1',
            range: { kind: 'literal', datatype: 'integer', minInclusive: 1, maxInclusive: 3 },
            label: text('BBN-score', 'BBN score'),
            description: text(
              'De BBN-score (Basis Beveiligingsniveau) van het voorzieninggebruik: 1 tot en met 3.',
              'The BBN score (baseline security level) of the use: 1 to 3.',
            ),
          },
          ibpScore: {
            iri: `${ns}ibpScore`,
            term: 'ibpScore',
            card: '0..1',
            range: { kind: 'literal', datatype: 'integer', minInclusive: 1, maxInclusive: 5 },
            label: text('IBP-score', 'IBP score'),
            description: text(
              'De IBP-score (Informatiebeveiliging en Privacy) van het voorzieninggebruik: 1 tot en met 5.',
              'The IBP score (information security and privacy) of the use: 1 to 5.',
            ),
          },
          bivClassificatie: {
            iri: `${ns}bivClassificatie`,
            term: 'bivClassificatie',
            card: '0..1',
            range: { kind: 'object', class: 'BivClassificatie' },
            label: text('BIV-classificatie', 'BIV classification'),
            description: text(
              'De BIV-classificatie (Beschikbaarheid, Integriteit, Vertrouwelijkheid) van het voorzieninggebruik.',
              'The BIV classification (availability, integrity, confidentiality) of the use.',
            ),
          },
          bedrijfsKritisch: {
            iri: `${ns}bedrijfsKritisch`,
            term: 'bedrijfsKritisch',
            card: '0..1',
            range: { kind: 'literal', datatype: 'boolean' },
            default: false,
            label: text('bedrijfskritisch', 'business critical'),
            description: text(
              'Of het voorzieninggebruik bedrijfskritisch is (standaard false).',
              'Whether the use is business critical (false by default).',
            ),
          },
          privacyGevoelig: {
            iri: `${ns}privacyGevoelig`,
            term: 'privacyGevoelig',
            card: '0..1',
            range: { kind: 'literal', datatype: 'boolean' },
            default: false,
            label: text('privacygevoelig', 'privacy sensitive'),
            description: text(
              'Of het voorzieninggebruik privacygevoelige gegevens bevat (standaard false).',
              'Whether the use involves privacy-sensitive data (false by default).',
            ),
          },
          referentieComponenten: {
            iri: `${ns}referentieComponent`,
            term: 'referentieComponenten',
            card: '0..*',
            range: { kind: 'reference', class: 'Referentiecomponent', by: 'uuid' },
            label: text('referentiecomponenten', 'reference components'),
            description: text(
              "Tijdelijk: de GEMMA-referentiecomponenten die de voorziening implementeert (in JSON: hun UUID's).",
              'Temporary: the GEMMA reference components the provision implements (in JSON: their UUIDs).',
            ),
          },
        },
      },
    },
  });
}
