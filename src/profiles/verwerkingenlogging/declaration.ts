/**
 * The Verwerkingenlogging profile (VNG, Inzage API 0.9.0): its one declaration. Field names, required
 * fields, enums, formats, maxLengths and the OIN pattern are those of the OpenAPI document
 * (components.schemas); docs/profiles/verwerkingenlogging.md lists every term, its IRI and why, and every
 * deviation from the OpenAPI document.
 *
 * VNG publishes no RDF vocabulary for it. Terms are reused where one means exactly the same
 * (schema:url, schema:name); every other term lives in one namespace of profielkit's own, which a caller
 * can replace: `verwerkingenloggingDeclarationFor('https://example.org/vl#')`.
 */
import { defineProfile, text, UUID_PATTERN, UUID_PATTERN_TEXT } from '../../core/schema/define.js';

/** profielkit's namespace for the Verwerkingenlogging terms, until VNG publishes its own. */
export const VERWERKINGENLOGGING_NAMESPACE = 'https://w3id.org/profielkit/verwerkingenlogging#';

const SCHEMA = 'http://schema.org/';

export { UUID_PATTERN };
/**
 * An OIN is twenty digits. The OpenAPI document writes the pattern unanchored (`[0-9]{20}`), which any
 * string containing twenty digits in a row would match; profielkit anchors it.
 */
export const OIN_PATTERN = '^[0-9]{20}$';
/**
 * OpenAPI `format: date-time` is RFC 3339's date-time, whose time zone offset is required; an
 * xsd:dateTime may leave it out. The lexical form must therefore end in `Z` or `±hh:mm`.
 */
export const OFFSET_PATTERN = '(Z|[+-][0-9]{2}:[0-9]{2})$';

/**
 * The declaration for a given namespace (the terms not reused from schema.org get `ns + fieldName`).
 * The default profile uses `VERWERKINGENLOGGING_NAMESPACE`.
 */
export function verwerkingenloggingDeclarationFor<const NS extends string>(ns: NS) {
  const uri = { kind: 'literal', datatype: 'anyURI', maxLength: 2042 } as const;
  const uuid = {
    kind: 'literal',
    datatype: 'string',
    pattern: UUID_PATTERN,
    patternText: UUID_PATTERN_TEXT,
  } as const;
  const string242 = { kind: 'literal', datatype: 'string', maxLength: 242 } as const;
  const dateTime = {
    kind: 'literal',
    datatype: 'dateTime',
    pattern: OFFSET_PATTERN,
    patternText: { nl: 'met tijdzone: eindigend op Z of +01:00', en: 'with a time zone: ending in Z or +01:00' },
  } as const;
  // one `url` term for both resources: the same field, meaning the same (and it is also the node's IRI)
  const url = {
    iri: `${SCHEMA}url`,
    term: 'url',
    card: '0..1',
    range: uri,
    label: text('URL', 'URL'),
    description: text(
      'URL-referentie naar deze resource; ook de IRI van de knoop. Ontbreekt ze, dan is de IRI urn:uuid:<id>.',
      "URL reference to this resource; also the node's IRI. Where it is absent, the IRI is urn:uuid:<id>.",
    ),
  } as const;

  return defineProfile({
    name: 'verwerkingenlogging',
    title: 'VNG Verwerkingenlogging (Inzage API)',
    version: 'Inzage API voor logging van verwerkingen 0.9.0 (VNG-Realisatie/gemma-verwerkingenlogging @ d195fea)',
    shapesBase: 'https://w3id.org/profielkit/shapes/verwerkingenlogging#',
    prefixes: {
      vl: ns,
      schema: SCHEMA,
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    context: { urls: ['https://w3id.org/profielkit/contexts/verwerkingenlogging.jsonld'] },
    classes: {
      VerwerktObjectBasis: {
        iri: `${ns}VerwerktObjectBasis`,
        term: 'VerwerktObjectBasis',
        label: text('Verwerkt object basis', 'Processed object (basic)'),
        description: text(
          'Een persoon of object betrokken bij de verwerkingsactie.',
          'A person or object involved in the processing action.',
        ),
        properties: {
          objecttype: {
            iri: `${ns}objecttype`,
            term: 'objecttype',
            card: '1',
            range: { kind: 'literal', datatype: 'string', in: ['persoon'] },
            label: text('Objecttype', 'object type'),
            description: text(
              'Soort object dat bij de verwerkingsactie betrokken is.',
              'Kind of object involved in the processing action.',
            ),
            // no alias for Nijmegen's `objectType`: as a context term it would win JSON-LD compaction
            // (shorter-or-equal and lexically first) and toJsonLd would write the deviating spelling
          },
          soortObjectId: {
            iri: `${ns}soortObjectId`,
            term: 'soortObjectId',
            card: '1',
            range: string242,
            label: text('Soort object ID', 'kind of object id'),
            description: text(
              'Soort identificator waarmee het object geïdentificeerd wordt (bv. BSN).',
              'Kind of identifier that identifies the object (e.g. BSN).',
            ),
          },
          objectId: {
            iri: `${ns}objectId`,
            term: 'objectId',
            card: '1',
            range: { kind: 'literal', datatype: 'string', maxLength: 40 },
            label: text('Object ID', 'object id'),
            description: text('Identificator van het object.', 'Identifier of the object.'),
          },
          betrokkenheid: {
            iri: `${ns}betrokkenheid`,
            term: 'betrokkenheid',
            card: '0..1',
            range: string242,
            label: text('Betrokkenheid', 'involvement'),
            description: text(
              'Geeft aan in welke hoedanigheid de persoon of het object betrokken was bij de verwerkingsactie.',
              'In what capacity the person or object was involved in the processing action.',
            ),
          },
          verwerkteSoortenGegevens: {
            iri: `${ns}verwerkteSoortenGegevens`,
            term: 'verwerkteSoortenGegevens',
            card: '0..*',
            range: { kind: 'object', class: 'VerwerktSoortGegeven' },
            label: text('Verwerkte soorten gegevens', 'kinds of data processed'),
            description: text(
              'De soorten gegevens die over het object verwerkt zijn.',
              'The kinds of data processed about the object.',
            ),
          },
        },
      },
      VerwerktObject: {
        iri: `${ns}VerwerktObject`,
        term: 'VerwerktObject',
        label: text('Verwerkt object', 'Processed object'),
        description: text(
          'Een verwerkt object zoals de Inzage API het geeft (VerwerktObjectUitgebreid: met zijn verwerkingsactie).',
          'A processed object as the Inzage API returns it (VerwerktObjectUitgebreid: with its processing action).',
        ),
        subClassOf: 'VerwerktObjectBasis',
        identity: { property: 'url', mint: 'iri', fallback: { property: 'verwerktObjectId', mint: 'uuid' } },
        properties: {
          url,
          verwerktObjectId: {
            iri: `${ns}verwerktObjectId`,
            term: 'verwerktObjectId',
            card: '1',
            range: uuid,
            label: text('Verwerkt object ID', 'processed object id'),
            description: text(
              'Identificator (UUID) van het verwerkte object, aangemaakt door het log.',
              'Identifier (UUID) of the processed object, made by the log.',
            ),
          },
          verwerkingsactie: {
            iri: `${ns}verwerkingsactie`,
            term: 'verwerkingsactie',
            card: '0..1',
            range: { kind: 'object', class: 'VerwerkingsactieBeperkt' },
            label: text('Verwerkingsactie', 'processing action'),
            description: text(
              'De verwerkingsactie waarbij het object betrokken was.',
              'The processing action the object was involved in.',
            ),
          },
        },
      },
      VerwerktSoortGegeven: {
        iri: `${ns}VerwerktSoortGegeven`,
        term: 'VerwerktSoortGegeven',
        label: text('Verwerkt soort gegeven', 'Kind of data processed'),
        description: text(
          'Een soort gegeven dat over een persoon of object betrokken bij een verwerkingsactie verwerkt is.',
          'A kind of data processed about a person or object involved in a processing action.',
        ),
        properties: {
          soortGegeven: {
            iri: `${ns}soortGegeven`,
            term: 'soortGegeven',
            card: '1',
            range: string242,
            label: text('Soort gegeven', 'kind of data'),
            description: text(
              'Soort gegeven dat verwerkt is (bv. BSN).',
              'Kind of data that was processed (e.g. BSN).',
            ),
          },
        },
      },
      VerwerkingsactieBeperkt: {
        // the Beperkt view only leaves fields out: the thing described is the Verwerkingsactie itself
        iri: `${ns}Verwerkingsactie`,
        term: 'Verwerkingsactie',
        label: text('Verwerkingsactie (beperkt)', 'Processing action (restricted)'),
        description: text(
          'Een operatie van een geautomatiseerd systeem waarbij ' +
            '(persoons)gegevens verwerkt worden; zonder systeem, gebruiker en gegevensbron.',
          'An operation of an automated system that processes (personal) data; without system, user and data source.',
        ),
        identity: { property: 'url', mint: 'iri', fallback: { property: 'actieId', mint: 'uuid' } },
        properties: {
          url,
          actieId: {
            iri: `${ns}actieId`,
            term: 'actieId',
            card: '1',
            range: uuid,
            label: text('Actie ID', 'action id'),
            description: text(
              'Identificator (UUID) van de verwerkingsactie, aangemaakt door het log.',
              'Identifier (UUID) of the processing action, made by the log.',
            ),
          },
          actieNaam: {
            iri: `${SCHEMA}name`,
            term: 'actieNaam',
            card: '0..1',
            range: string242,
            label: text('Actie naam', 'action name'),
            description: text('Naam van de verwerkingsactie.', 'Name of the processing action.'),
          },
          handelingNaam: {
            iri: `${ns}handelingNaam`,
            term: 'handelingNaam',
            card: '0..1',
            range: string242,
            label: text('Handeling naam', 'operation name'),
            description: text(
              'Naam van de handeling waar de verwerkingsactie onderdeel van is.',
              'Name of the operation the action is part of.',
            ),
          },
          verwerkingNaam: {
            iri: `${ns}verwerkingNaam`,
            term: 'verwerkingNaam',
            card: '0..1',
            range: string242,
            label: text('Verwerking naam', 'processing name'),
            description: text(
              'Naam van de verwerking waar de handeling een onderdeel van is.',
              'Name of the processing the operation is part of.',
            ),
          },
          verwerkingId: {
            iri: `${ns}verwerkingId`,
            term: 'verwerkingId',
            card: '0..1',
            range: uuid,
            label: text('Verwerking ID', 'processing id'),
            description: text(
              'Identificator van de verwerking waar de handeling een onderdeel van is.',
              'Identifier of the processing the operation is part of.',
            ),
          },
          verwerkingsactiviteitId: {
            iri: `${ns}verwerkingsactiviteitId`,
            term: 'verwerkingsactiviteitId',
            card: '0..1',
            range: uuid,
            label: text('Verwerkingsactiviteit ID', 'processing activity id'),
            description: text(
              'Identificator van de verwerkingsactiviteit die de verwerking rechtvaardigt.',
              'Identifier of the processing activity that justifies the processing.',
            ),
          },
          verwerkingsactiviteitUrl: {
            iri: `${ns}verwerkingsactiviteitUrl`,
            term: 'verwerkingsactiviteitUrl',
            card: '0..1',
            range: uri,
            label: text('Verwerkingsactiviteit URL', 'processing activity URL'),
            description: text(
              'URL-referentie naar de verwerkingsactiviteit.',
              'URL reference to the processing activity.',
            ),
          },
          vertrouwelijkheid: {
            iri: `${ns}vertrouwelijkheid`,
            term: 'vertrouwelijkheid',
            card: '1',
            range: { kind: 'literal', datatype: 'string', in: ['normaal', 'vertrouwelijk', 'opgeheven'] },
            label: text('Vertrouwelijkheid', 'confidentiality'),
            description: text(
              'Geeft de mate van vertrouwelijkheid van de verwerking aan.',
              'The degree of confidentiality of the processing.',
            ),
          },
          bewaartermijn: {
            iri: `${ns}bewaartermijn`,
            term: 'bewaartermijn',
            card: '0..1',
            range: { kind: 'literal', datatype: 'duration' },
            label: text('Bewaartermijn', 'retention period'),
            description: text(
              'Periode waarin de verwerking bewaard moet blijven (ISO 8601-duur, bv. P10Y).',
              'Period for which the processing must be kept (ISO 8601 duration, e.g. P10Y).',
            ),
          },
          uitvoerder: {
            iri: `${ns}uitvoerder`,
            term: 'uitvoerder',
            card: '0..1',
            range: {
              kind: 'literal',
              datatype: 'string',
              pattern: OIN_PATTERN,
              patternText: { nl: 'een OIN: twintig cijfers', en: 'an OIN: twenty digits' },
            },
            label: text('Uitvoerder', 'performer'),
            description: text(
              'Organisatie in OIN-formaat (twintig cijfers) die de verwerking uitgevoerd heeft.',
              'Organisation, as an OIN (twenty digits), that performed the processing.',
            ),
          },
          soortAfnemerId: {
            iri: `${ns}soortAfnemerId`,
            term: 'soortAfnemerId',
            card: '0..1',
            range: string242,
            label: text('Soort afnemer ID', 'kind of recipient id'),
            description: text(
              'Soort identificator waarmee de afnemer geïdentificeerd wordt (bv. OIN).',
              'Kind of identifier that identifies the recipient (e.g. OIN).',
            ),
          },
          afnemerId: {
            iri: `${ns}afnemerId`,
            term: 'afnemerId',
            card: '0..1',
            range: { kind: 'literal', datatype: 'string', maxLength: 40 },
            label: text('Afnemer ID', 'recipient id'),
            description: text(
              'Identificator van de organisatie of persoon die de gegevens ontvangt (OIN of BSN).',
              'Identifier of the organisation or person receiving the data (OIN or BSN).',
            ),
          },
          verwerkingsactiviteitIdAfnemer: {
            iri: `${ns}verwerkingsactiviteitIdAfnemer`,
            term: 'verwerkingsactiviteitIdAfnemer',
            card: '0..1',
            range: uuid,
            label: text('Verwerkingsactiviteit ID afnemer', 'recipient processing activity id'),
            description: text(
              'Identificator van de verwerkingsactiviteit aan de kant van de afnemer.',
              "Identifier of the processing activity on the recipient's side.",
            ),
          },
          verwerkingsactiviteitUrlAfnemer: {
            iri: `${ns}verwerkingsactiviteitUrlAfnemer`,
            term: 'verwerkingsactiviteitUrlAfnemer',
            card: '0..1',
            range: uri,
            label: text('Verwerkingsactiviteit URL afnemer', 'recipient processing activity URL'),
            description: text(
              'URL-referentie naar de verwerkingsactiviteit van de afnemer.',
              "URL reference to the recipient's processing activity.",
            ),
          },
          verwerkingIdAfnemer: {
            iri: `${ns}verwerkingIdAfnemer`,
            term: 'verwerkingIdAfnemer',
            card: '0..1',
            range: uuid,
            label: text('Verwerking ID afnemer', 'recipient processing id'),
            description: text(
              'Identificator van de verwerking aan de kant van de afnemer.',
              "Identifier of the processing on the recipient's side.",
            ),
          },
          tijdstip: {
            iri: `${ns}tijdstip`,
            term: 'tijdstip',
            card: '1',
            range: dateTime,
            label: text('Tijdstip', 'time'),
            description: text(
              'Tijdstip waarop de verwerkingsactie is uitgevoerd (met tijdzone).',
              'When the processing action was performed (with time zone offset).',
            ),
          },
          tijdstipRegistratie: {
            iri: `${ns}tijdstipRegistratie`,
            term: 'tijdstipRegistratie',
            card: '1',
            range: dateTime,
            label: text('Tijdstip registratie', 'time of registration'),
            description: text(
              'Tijdstip waarop de verwerkingsactie in het log is geregistreerd (met tijdzone).',
              'When the processing action was registered in the log (with time zone offset).',
            ),
          },
          verwerkteObjecten: {
            iri: `${ns}verwerkteObjecten`,
            term: 'verwerkteObjecten',
            // required in the OpenAPI document but not defined there; optional here, see the docs
            card: '0..*',
            range: { kind: 'object', class: 'VerwerktObjectBasis' },
            label: text('Verwerkte objecten', 'processed objects'),
            description: text(
              'De objecten die bij de verwerkingsactie betrokken zijn (zoals de Bewerking API ze definieert).',
              'The objects involved in the processing action (as the Bewerking API defines them).',
            ),
          },
        },
      },
    },
  });
}

/** The declaration in profielkit's own namespace. */
export const verwerkingenloggingDeclaration = verwerkingenloggingDeclarationFor(VERWERKINGENLOGGING_NAMESPACE);
