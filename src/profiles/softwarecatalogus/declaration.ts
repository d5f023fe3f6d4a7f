/**
 * The Softwarecatalogus's current usage model (ConductionNL/stackiq, OpenRegister): its one declaration,
 * for the three generations of the object that circulate, each read as what it means:
 *
 * | version         | register (file)                   | schema          | keys          | status values |
 * |-----------------|-----------------------------------|-----------------|---------------|---------------|
 * | `gebruik` 1.0.x | `voorzieningen` 1.0.9 (@008801fe) | `gebruik` 1.0.5 | Dutch         | Dutch         |
 * | `gebruik` 2.4.x | `voorzieningen` 2.4.3 (@d3fa65aa) | `gebruik` 1.4.0 | English (1)   | Dutch         |
 * | `usage` 2.5.x   | `stackiq` 2.5.3 (@1835fb08)       | `usage` 1.5.1   | English       | English       |
 *
 * (1) but `contactpersoon` and `moduleVersie`.
 *
 * (schema files: /work/shared/specs/vng/sources/stackiq-{gebruik,usage}-schema-register-v*.json, from
 * `lib/Settings/softwarecatalogus_register.json` at those commits). The field names and values are the
 * newest (`usage` 1.5.1); each field's and value's earlier spelling is its alias, as the catalogue's own
 * migration renamed them (`RenameDutchCatalogColumns`, `RenameDutchCatalogValues`). Every rule below says
 * which schema it comes from. docs/profiles/softwarecatalogus.md has the table.
 *
 * No RDF vocabulary is published for it: where schema.org has the class the register names
 * (`x-schema-org`), it is used; every other term lives in profielkit's own namespace.
 */
import { defineProfile } from '../../core/schema/define.js';

/** profielkit's namespace for the terms of the usage model. */
export const SOFTWARECATALOGUS_NAMESPACE = 'https://w3id.org/profielkit/softwarecatalogus#';

/**
 * Where a reference given by slug (a seed file's `"module": "topdesk-itsm"`) names its node: base +
 * schema + `/` + slug.
 */
export const SLUG_BASE = 'https://w3id.org/profielkit/softwarecatalogus/slug/';

/** The UUID form of OpenRegister's object ids (8-4-4-4-12 hexadecimal). */
export const OBJECT_UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** `usage` 1.5.1 `status` enum (register 2.5.3). */
export const USAGE_STATUS = ['Acquisition', 'Planned', 'In production', 'To be phased out', 'Phased out'] as const;

/**
 * The Dutch status values of `gebruik` 1.0.5 and 1.4.0, each to the value it became
 * (`RenameDutchCatalogValues::VALUE_MAP['status']` @2abe1756).
 */
export const GEBRUIK_STATUS: Readonly<Record<string, (typeof USAGE_STATUS)[number]>> = {
  Verwerving: 'Acquisition',
  Gepland: 'Planned',
  'In productie': 'In production',
  'Uit te faseren': 'To be phased out',
  Uitgefaseerd: 'Phased out',
};

/** `cloudDienstverleningsmodel` enum of `gebruik` 1.4.0 and `usage` 1.5.1 (not translated by the migration). */
export const CLOUD_MODELLEN = ['On-premises (self-managed)', 'IaaS', 'PaaS', 'SaaS'] as const;
/** `timeClassification` enum (Gartner TIME) of `gebruik` 1.4.0 and `usage` 1.5.1. */
export const TIME_CLASSIFICATIONS = ['Tolerate', 'Invest', 'Migrate', 'Eliminate'] as const;

const SCHEMA = 'http://schema.org/';
const DCTERMS = 'http://purl.org/dc/terms/';
const ns = SOFTWARECATALOGUS_NAMESPACE;

const text = (nl: string, en: string) => ({ nl, en }) as const;

/** `dcterms:identifier` holding the object's UUID (OpenRegister's top-level `id`; the schemas declare none). */
const id = (what: string, card: '0..1') =>
  ({
    iri: `${DCTERMS}identifier`,
    term: 'id',
    card,
    range: {
      kind: 'literal',
      datatype: 'string',
      pattern: OBJECT_UUID_PATTERN,
      patternText: text(
        'een UUID, bv. 123e4567-e89b-12d3-a456-426614174000',
        'a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000',
      ),
    },
    label: text('id', 'id'),
    description: text(
      `De UUID die OpenRegister aan het ${what}-object gaf.`,
      `The UUID OpenRegister gave the ${what} object.`,
    ),
  }) as const;

/** A register object this model only refers to (`objectConfiguration.handling: related-object`): named by its UUID. */
const referenced = (
  name: string,
  iri: string,
  label: { nl: string; en: string },
  description: { nl: string; en: string },
) =>
  ({
    iri,
    term: name,
    label,
    description,
    identity: { property: 'id', mint: 'uuid' },
    properties: { id: id(label.nl, '0..1') },
  }) as const;

/** A related-object field: a UUID, the object itself (`_extend`), or a slug (seed files). */
const ref = <C extends string>(target: C, schema: string) =>
  ({ kind: 'reference', class: target, by: 'uuid', extended: true, slugBase: `${SLUG_BASE}${schema}/` }) as const;

const date = (key: string, alias: string, nl: string, en: string) =>
  ({
    iri: `${ns}${key}`,
    term: key,
    card: '0..1',
    range: { kind: 'literal', datatype: 'date' },
    // 1.0.5 `startDatum*`; 1.4.0 and 1.5.1 `startDate*` (string, format date)
    aliases: [alias],
    label: text(nl, en),
    description: text(
      `De startdatum van de status "${nl}" (in 1.0.x \`${alias}\`).`,
      `The date the status "${en}" began (in 1.0.x \`${alias}\`).`,
    ),
  }) as const;

/** The declaration of the usage model (`gebruik` 1.0.x and 2.4.x, `usage` 2.5.x). */
export function softwarecatalogusDeclaration() {
  return defineProfile({
    name: 'softwarecatalogus',
    title: 'VNG Softwarecatalogus gebruik/usage (OpenRegister, 2026)',
    version: 'gebruik 1.0.5 (register 1.0.9), gebruik 1.4.0 (register 2.4.3), usage 1.5.1 (register 2.5.3)',
    shapesBase: 'https://w3id.org/profielkit/shapes/softwarecatalogus#',
    prefixes: { sc: ns, schema: SCHEMA, dcterms: DCTERMS, xsd: 'http://www.w3.org/2001/XMLSchema#' },
    context: { urls: ['https://w3id.org/profielkit/contexts/softwarecatalogus.jsonld'] },
    classes: {
      // `organization` 0.5.1 says `x-schema-org: schema:Organization`; identity lives in Nextcloud Contacts
      Organization: referenced(
        'Organization',
        `${SCHEMA}Organization`,
        text('Organisatie', 'Organization'),
        text(
          'Een organisatie van de catalogus (gemeente, leverancier, samenwerking), hier via haar UUID of slug bekend.',
          'An organisation of the catalogue (municipality, supplier, partnership), known here by its UUID or slug.',
        ),
      ),
      // `contactPerson` 0.0.27 (`schema:Person`): name, e-mail and phone are not in the register
      ContactPerson: referenced(
        'ContactPerson',
        `${SCHEMA}Person`,
        text('Contactpersoon', 'Contact person'),
        text(
          'Een contactpersoon-record; naam, e-mail en telefoon staan in Nextcloud Contacts, niet in het register.',
          'A contact person record; name, e-mail and phone live in Nextcloud Contacts, not in the register.',
        ),
      ),
      // `module` 0.3.3 ("Application", `schema:SoftwareApplication`)
      Module: referenced(
        'Module',
        `${SCHEMA}SoftwareApplication`,
        text('Module (applicatie)', 'Module (application)'),
        text('Een applicatie van het aanbod, via haar UUID of slug.', 'An application on offer, by its UUID or slug.'),
      ),
      ModuleVersion: referenced(
        'ModuleVersion',
        `${ns}ModuleVersion`,
        text('Moduleversie', 'Module version'),
        text('Een versie van een module, via haar UUID.', 'A version of a module, by its UUID.'),
      ),
      // `gebruik` 1.0.5 only: `product` (required there), gone from 1.4.0 on
      Product: referenced(
        'Product',
        `${ns}Product`,
        text('Product', 'Product'),
        text('Een product (alleen in gebruik 1.0.x), via zijn UUID.', 'A product (gebruik 1.0.x only), by its UUID.'),
      ),
      Element: referenced(
        'Element',
        `${ns}Element`,
        text('GEMMA-element', 'GEMMA element'),
        text(
          'Een GEMMA-referentiecomponent (element-object van het register), via zijn UUID.',
          'A GEMMA reference component (an element object of the register), by its UUID.',
        ),
      ),
      Connection: referenced(
        'Connection',
        `${ns}Connection`,
        text('Koppeling', 'Connection'),
        text(
          'Een koppeling (connection; in 1.x `koppeling`), via haar UUID.',
          'A connection (in 1.x `koppeling`), by its UUID.',
        ),
      ),
      CatalogService: referenced(
        'CatalogService',
        `${ns}CatalogService`,
        text('Dienst', 'Service'),
        text(
          'Een dienst (catalogService; in 1.x `dienst`), via haar UUID.',
          'A service (catalogService; in 1.x `dienst`), by its UUID.',
        ),
      ),
      Usage: {
        iri: `${ns}Usage`,
        term: 'Usage',
        label: text('Gebruik', 'Usage'),
        description: text(
          'Het gebruik van een applicatie door een afnemer (schema gebruik/usage van de Softwarecatalogus).',
          'The use of an application by a consumer (schema gebruik/usage of the Softwarecatalogus).',
        ),
        identity: { property: 'id', mint: 'uuid' },
        properties: {
          // OpenRegister's object UUID; seed files carry none
          id: id('gebruik', '0..1'),
          // 1.0.5 `required: [afnemer, product, status]`; 1.4.0 and 1.5.1 `required: [consumer]`
          consumer: {
            iri: `${ns}consumer`,
            term: 'consumer',
            card: '1',
            range: ref('Organization', 'organization'),
            aliases: ['afnemer'],
            label: text('afnemer', 'consumer'),
            description: text(
              'De organisatie die afnemer is van de applicatie (in 1.0.x `afnemer`).',
              'The organisation that consumes the application (in 1.0.x `afnemer`).',
            ),
          },
          // 1.4.0, 1.5.1; `aanbieder` in the column migration's map
          provider: {
            iri: `${ns}provider`,
            term: 'provider',
            card: '0..1',
            range: ref('Organization', 'organization'),
            aliases: ['aanbieder'],
            label: text('aanbieder', 'provider'),
            description: text(
              'De organisatie die aanbieder is van de applicatie.',
              'The organisation that provides the application.',
            ),
          },
          // 1.0.5 and 1.4.0 `contactpersoon`, 1.5.1 `contactPerson`: a reference to a record, not a person inline
          contactPerson: {
            iri: `${ns}contactPerson`,
            term: 'contactPerson',
            card: '0..1',
            range: ref('ContactPerson', 'contactPerson'),
            aliases: ['contactpersoon'],
            label: text('contactpersoon', 'contact person'),
            description: text(
              'De contactpersoon voor dit gebruik (een contactPerson-record).',
              'The contact person for this use (a contactPerson record).',
            ),
          },
          // 1.0.5 `deelnemers`; 1.4.0 and 1.5.1 `participants` (array of organization)
          participants: {
            iri: `${ns}participant`,
            term: 'participants',
            card: '0..*',
            range: ref('Organization', 'organization'),
            aliases: ['deelnemers'],
            label: text('deelnemers', 'participants'),
            description: text(
              'De organisaties die deelnemen aan dit gebruik (samenwerkingen).',
              'The organisations that take part in this use (partnerships).',
            ),
          },
          // 1.0.5 only (required there; not checked here, as the later versions dropped it)
          product: {
            iri: `${ns}product`,
            term: 'product',
            card: '0..1',
            range: ref('Product', 'product'),
            label: text('product', 'product'),
            description: text(
              'Het product (alleen gebruik 1.0.x, daar verplicht).',
              'The product (gebruik 1.0.x only, required there).',
            ),
          },
          startDateAcquisition: date('startDateAcquisition', 'startDatumVerwerving', 'Verwerving', 'Acquisition'),
          startDatePlanned: date('startDatePlanned', 'startDatumGepland', 'Gepland', 'Planned'),
          startDateInProduction: date(
            'startDateInProduction',
            'startDatumInProductie',
            'In productie',
            'In production',
          ),
          startDateOutPhasing: date(
            'startDateOutPhasing',
            'startDatumUitTeFaseren',
            'Uit te faseren',
            'To be phased out',
          ),
          startDateOutPhased: date('startDateOutPhased', 'startDatumUitGefaseerd', 'Uitgefaseerd', 'Phased out'),
          // 1.0.5 required; 1.4.0, 1.5.1 `required: true`. 1.5.1's English enum; the Dutch one of 1.0.5/1.4.0 as
          // aliases. `hardValidation: false` and 1.0.5's default "Concept" outside its own enum: a warning
          status: {
            iri: `${ns}status`,
            term: 'status',
            card: '1',
            range: {
              kind: 'literal',
              datatype: 'string',
              in: USAGE_STATUS,
              valueAliases: GEBRUIK_STATUS,
              outsideList: 'Warning',
            },
            label: text('status', 'status'),
            description: text(
              'De status van het gebruik in het landschap (in 1.x in het Nederlands: Verwerving, Gepland, ' +
                'In productie, Uit te faseren, Uitgefaseerd).',
              'The status of the use in the landscape (in 1.x in Dutch: Verwerving, Gepland, In productie, ' +
                'Uit te faseren, Uitgefaseerd).',
            ),
          },
          // 1.0.5 `interneAantekening`, 1.4.0 and 1.5.1 `interneAnnotation`
          interneAnnotation: {
            iri: `${ns}interneAnnotation`,
            term: 'interneAnnotation',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            aliases: ['interneAantekening'],
            label: text('interne aantekening', 'internal note'),
            description: text(
              'Interne notitie, bijvoorbeeld over kosten of eigenaarschap (alleen voor de eigen organisatie).',
              'An internal note, e.g. on cost or ownership (for the own organisation only).',
            ),
          },
          module: {
            iri: `${ns}module`,
            term: 'module',
            card: '0..1',
            range: ref('Module', 'module'),
            label: text('module', 'module'),
            description: text('De applicatie uit het aanbod.', 'The application on offer.'),
          },
          // 1.0.5 and 1.4.0 `moduleVersie`, 1.5.1 `moduleVersion`
          moduleVersion: {
            iri: `${ns}moduleVersion`,
            term: 'moduleVersion',
            card: '0..1',
            range: ref('ModuleVersion', 'moduleVersion'),
            aliases: ['moduleVersie'],
            label: text('moduleversie', 'module version'),
            description: text('De versie van de module.', 'The version of the module.'),
          },
          // 1.0.5 `gebruiktVoorReferentiecomponenten`, later `usedForReferenceComponents` (array of element)
          usedForReferenceComponents: {
            iri: `${ns}usedForReferenceComponent`,
            term: 'usedForReferenceComponents',
            card: '0..*',
            range: ref('Element', 'element'),
            aliases: ['gebruiktVoorReferentiecomponenten'],
            label: text('gebruikt voor referentiecomponenten', 'used for reference components'),
            description: text(
              'De GEMMA-referentiecomponenten waarvoor dit product wordt gebruikt.',
              'The GEMMA reference components this product is used for.',
            ),
          },
          // all three: array of string
          amefElements: {
            iri: `${ns}amefElement`,
            term: 'amefElements',
            card: '0..*',
            range: { kind: 'literal', datatype: 'string' },
            label: text('AMEF-elementen', 'AMEF elements'),
            description: text(
              'Ids van AMEF-elementen waarvoor dit product wordt gebruikt.',
              'Ids of AMEF elements this product is used for.',
            ),
          },
          // 1.5.1 only
          elementRef: {
            iri: `${ns}elementRef`,
            term: 'elementRef',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('elementverwijzing', 'element reference'),
            description: text(
              'Id van het ArchiMate-element waarop dit gebruik getoond wordt (vanaf usage 1.5).',
              'Id of the ArchiMate element this usage is shown on (from usage 1.5).',
            ),
          },
          koppelingen: {
            iri: `${ns}koppeling`,
            term: 'koppelingen',
            card: '0..*',
            range: ref('Connection', 'connection'),
            label: text('koppelingen', 'connections'),
            description: text(
              'De koppelingen die binnen dit gebruik gebruikt worden.',
              'The connections used within this use.',
            ),
          },
          diensten: {
            iri: `${ns}dienst`,
            term: 'diensten',
            card: '0..*',
            range: ref('CatalogService', 'catalogService'),
            label: text('diensten', 'services'),
            description: text(
              'De diensten die onderdeel zijn van dit gebruik.',
              'The services that are part of this use.',
            ),
          },
          // 1.4.0 and 1.5.1 (array of string, enum; its values were not translated)
          cloudDienstverleningsmodel: {
            iri: `${ns}cloudDienstverleningsmodel`,
            term: 'cloudDienstverleningsmodel',
            card: '0..*',
            range: { kind: 'literal', datatype: 'string', in: CLOUD_MODELLEN },
            label: text('cloud-dienstverleningsmodel', 'cloud service model'),
            description: text(
              'Het type hosting waarmee de applicatie wordt gebruikt.',
              'The kind of hosting the application is used with.',
            ),
          },
          // 1.4.0 and 1.5.1; `geplandeVervanging(sDatum)` in the column migration's map
          plannedReplacement: {
            iri: `${ns}plannedReplacement`,
            term: 'plannedReplacement',
            card: '0..1',
            range: ref('Module', 'module'),
            aliases: ['geplandeVervanging'],
            label: text('geplande vervanging', 'planned replacement'),
            description: text(
              'De module die dit gebruik gepland gaat vervangen.',
              'The module planned to replace this use.',
            ),
          },
          plannedReplacementDate: {
            iri: `${ns}plannedReplacementDate`,
            term: 'plannedReplacementDate',
            card: '0..1',
            range: { kind: 'literal', datatype: 'date' },
            aliases: ['geplandeVervangingsDatum'],
            label: text('datum geplande vervanging', 'planned replacement date'),
            description: text('De geplande datum van de vervanging.', 'The planned date of the replacement.'),
          },
          timeClassification: {
            iri: `${ns}timeClassification`,
            term: 'timeClassification',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string', in: TIME_CLASSIFICATIONS },
            label: text('TIME-classificatie', 'TIME classification'),
            description: text(
              'De Gartner TIME-classificatie van dit gebruik.',
              'The Gartner TIME classification of this use.',
            ),
          },
          timeRationale: {
            iri: `${ns}timeRationale`,
            term: 'timeRationale',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string' },
            label: text('onderbouwing TIME', 'TIME rationale'),
            description: text('Onderbouwing van de TIME-classificatie.', 'The rationale of the TIME classification.'),
          },
          timeReviewDate: {
            iri: `${ns}timeReviewDate`,
            term: 'timeReviewDate',
            card: '0..1',
            range: { kind: 'literal', datatype: 'date' },
            label: text('herbeoordelingsdatum TIME', 'TIME review date'),
            description: text(
              'De datum waarop de TIME-classificatie opnieuw beoordeeld moet worden.',
              'The date the TIME classification is to be reviewed.',
            ),
          },
        },
      },
    },
  });
}
