/**
 * The Toestemming application profile of OSLO (Informatie Vlaanderen), draft ("Ontwerpdocument") of
 * 2018-02-05: its one declaration. IRIs, JSON-LD terms, labels, definitions and cardinalities are
 * those of the official model table (toestemming-ap.tsv, commit 82273923), checked against it by
 * test/toestemming/declaration.test.ts.
 */
import { defineProfile } from '../../core/schema/define.js';
import { ContactkanaalList, NotificatiecategorieList, ToestemmingStatusList } from './codelists.js';
import { officialContext } from './context.js';

const T = 'http://data.vlaanderen.be/ns/toestemming#';

// One property, two cardinalities: 1 on a Contactvoorkeur, 1..* on its descriptor.
const contactkanaal = <C extends '1' | '1..*'>(card: C) =>
  ({
    iri: `${T}contactkanaal`,
    term: 'contactkanaal',
    card,
    range: { kind: 'concept', name: 'Contactkanaal', codeList: ContactkanaalList },
    label: { nl: 'contactkanaal', en: 'contact channel' },
    description: {
      nl: 'Het kanaal of medium langs waar een gebruiker gecontacteerd kan worden. Bijvoorbeeld sms of e-mail.',
      en: 'The channel or medium by which a user can be contacted, e.g. SMS or e-mail.',
    },
  }) as const;

export const toestemmingDeclaration = defineProfile({
  name: 'toestemming',
  title: 'OSLO Toestemming',
  version: 'Toestemming AP, Ontwerpdocument 2018-02-05 (Informatie Vlaanderen)',
  shapesBase: 'https://w3id.org/profielkit/shapes/toestemming#',
  prefixes: {
    toestemming: T,
    dcterms: 'http://purl.org/dc/terms/',
    org: 'http://www.w3.org/ns/org#',
    m8g: 'http://data.europa.eu/m8g/',
    cpsv: 'http://purl.org/vocab/cpsv#',
    schema: 'http://schema.org/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
  },
  context: {
    urls: [
      'https://data.vlaanderen.be/context/toestemming.jsonld',
      'http://data.vlaanderen.be/context/toestemming.jsonld',
    ],
    document: officialContext,
  },
  classes: {
    Agent: {
      iri: 'http://purl.org/dc/terms/Agent',
      term: 'Agent',
      label: { nl: 'Agent', en: 'Agent' },
      description: {
        nl:
          'Iemand die of iets dat kan handelen of een effect kan teweeg brengen. ' +
          'De agent is de data subject van de Toestemming.',
        en: 'Someone or something that can act or have an effect. The agent is the data subject of the consent.',
      },
      properties: {},
    },
    Organisatie: {
      iri: 'http://www.w3.org/ns/org#Organization',
      term: 'Organisatie',
      label: { nl: 'Organisatie', en: 'Organisation' },
      description: {
        nl:
          'Een aantal mensen georganiseerd in een gemeenschap of andere sociale, ' +
          'commerciële of politieke structuur.',
        en: 'A group of people organised in a community or other social, commercial or political structure.',
      },
      subClassOf: 'Agent',
      properties: {},
    },
    PubliekeOrganisatie: {
      iri: 'http://data.europa.eu/m8g/PublicOrganisation',
      term: 'PubliekeOrganisatie',
      label: { nl: 'Publieke Organisatie', en: 'Public Organisation' },
      description: {
        nl:
          'Een Organisatie die volgens een wettelijk kader behoort tot de publieke sector, ' +
          'ongeacht het bestuursniveau waarop dat kader van kracht is.',
        en: 'An organisation that belongs to the public sector by law, at whatever level of government.',
      },
      subClassOf: 'Organisatie',
      properties: {},
    },
    PubliekeDienstverlening: {
      iri: 'http://purl.org/vocab/cpsv#PublicService',
      term: 'PubliekeDienstverlening',
      label: { nl: 'Publieke Dienstverlening', en: 'Public Service' },
      description: {
        nl:
          'Een geheel van verplichte of optioneel uitgevoerde of ' +
          'uitvoerbare acties door of in naam van een publieke organisatie.',
        en:
          'A set of mandatory or optional actions performed, ' +
          'or performable, by or on behalf of a public organisation.',
      },
      properties: {},
    },
    Toestemming: {
      iri: `${T}Toestemming`,
      term: 'Toestemming',
      label: { nl: 'Toestemming', en: 'Consent' },
      description: {
        nl:
          'Een expliciete toestemming, ' +
          'gegeven door een bepaalde Agent die het onderwerp vormt van de persoonlijke informatie.',
        en: 'An explicit consent, given by an Agent who is the subject of the personal information.',
      },
      properties: {
        dataSubject: {
          iri: `${T}dataSubject`,
          term: 'dataSubject',
          card: '1',
          range: { kind: 'reference', class: 'Agent' },
          label: { nl: 'data subject', en: 'data subject' },
          description: {
            nl:
              'Verwijst naar de Agent die het onderwerp vormt van de ' +
              'persoonlijke informatie waarvoor toestemming verleend werd.',
            en: 'The Agent who is the subject of the personal information the consent was given for.',
          },
        },
        descriptor: {
          iri: `${T}descriptor`,
          term: 'descriptor',
          card: '1',
          range: { kind: 'reference', class: 'ToestemmingDescriptor' },
          label: { nl: 'descriptor', en: 'descriptor' },
          description: {
            nl: 'Verwijzing naar de ToestemmingDescriptor die de blauwdruk vormt voor de toestemming.',
            en: 'The ToestemmingDescriptor that is the blueprint of the consent.',
          },
        },
        // The specification's table calls it "dossier"; its IRI and context term are `beperking`.
        dossier: {
          iri: `${T}beperking`,
          term: 'beperking',
          card: '0..*',
          range: { kind: 'literal', datatype: 'literal' },
          label: { nl: 'dossier', en: 'case file' },
          description: {
            nl:
              'Een beperking die wordt opgelegd aan de toestemming door het data subject, ' +
              'bv. het specifieke dossier waarvoor de toestemming geldig is.',
            en:
              'A restriction the data subject puts on the consent, ' +
              'e.g. the case file for which the consent is valid.',
          },
        },
        gegevenOp: {
          iri: `${T}gegevenOp`,
          term: 'gegevenOp',
          card: '1',
          range: { kind: 'literal', datatype: 'date' },
          label: { nl: 'gegeven op', en: 'given on' },
          description: {
            nl: 'De datum waarop de toestemming werd verleend.',
            en: 'The date on which the consent was given.',
          },
        },
        status: {
          iri: `${T}status`,
          term: 'status',
          card: '1',
          range: { kind: 'concept', name: 'ToestemmingStatus', codeList: ToestemmingStatusList },
          label: { nl: 'status', en: 'status' },
          description: {
            nl: 'De status geeft aan of de toestemming al dan niet actief is.',
            en: 'Whether the consent is active or not.',
          },
        },
        vervalt: {
          iri: 'http://schema.org/expires',
          term: 'vervalt',
          card: '0..1',
          range: { kind: 'literal', datatype: 'date' },
          label: { nl: 'vervalt', en: 'expires' },
          description: { nl: 'De datum waarop de toestemming vervalt.', en: 'The date on which the consent expires.' },
        },
      },
    },
    Contactvoorkeur: {
      iri: `${T}Contactvoorkeur`,
      term: 'Contactvoorkeur',
      label: { nl: 'Contactvoorkeur', en: 'Contact preference' },
      description: {
        nl:
          'Een expliciete toestemming voor het bijhouden en gebruiken van contactgegevens, ' +
          'gegeven door een bepaalde Agent die het onderwerp vormt van de contactgegevens of hiervoor bevoegd is.',
        en:
          'An explicit consent to keep and use contact details, ' +
          'given by an Agent who is their subject or is authorised for them.',
      },
      subClassOf: 'Toestemming',
      properties: {
        contactkanaal: contactkanaal('1'),
        email: {
          iri: 'http://schema.org/email',
          term: 'email',
          card: '0..1',
          range: { kind: 'literal', datatype: 'string' },
          label: { nl: 'email', en: 'e-mail' },
          description: {
            nl: 'Het e-mail adres waarvoor de Agent toestemming verleende om gecontacteerd te worden.',
            en: 'The e-mail address at which the Agent consented to be contacted.',
          },
        },
        frequentie: {
          iri: `${T}frequentie`,
          term: 'frequentie',
          card: '0..1',
          range: { kind: 'concept', name: 'Contactfrequentie' },
          label: { nl: 'frequentie', en: 'frequency' },
          description: {
            nl: 'De frequentie waarmee de Agent gecontacteerd mag worden.',
            en: 'How often the Agent may be contacted.',
          },
        },
        notificatiecategorie: {
          iri: `${T}notificatiecategorie`,
          term: 'notificatiecategorie',
          card: '0..1',
          range: { kind: 'concept', name: 'Notificatiecategorie', codeList: NotificatiecategorieList },
          label: { nl: 'notificatiecategorie', en: 'notification category' },
          description: {
            nl: 'De notificatie categorie waarvoor de Agent toestemming verleende om gecontacteerd te worden.',
            en: 'The category of notifications for which the Agent consented to be contacted.',
          },
        },
        telefoon: {
          iri: 'http://schema.org/telephone',
          term: 'telefoon',
          card: '0..1',
          range: { kind: 'literal', datatype: 'string' },
          label: { nl: 'telefoon', en: 'telephone' },
          description: {
            nl: 'Het telefoonnummer waarvoor de Agent toestemming verleende om gecontacteerd te worden.',
            en: 'The telephone number at which the Agent consented to be contacted.',
          },
        },
      },
    },
    ToestemmingDescriptor: {
      iri: `${T}ToestemmingDescriptor`,
      term: 'ToestemmingDescriptor',
      label: { nl: 'Toestemming Descriptor', en: 'Consent Descriptor' },
      description: {
        nl: 'De blauwdruk van een toestemming zoals geconfigureerd door de data controller.',
        en: 'The blueprint of a consent as configured by the data controller.',
      },
      properties: {
        dataController: {
          iri: `${T}dataController`,
          term: 'dataController',
          card: '1',
          range: { kind: 'reference', class: 'PubliekeOrganisatie' },
          label: { nl: 'data controller', en: 'data controller' },
          description: {
            nl:
              'De entiteit die beslist over het doel, ' +
              'de voorwaarden en de manier waarop persoonlijke informatie verwerkt wordt.',
            en: 'The entity that decides the purpose, conditions and means of processing personal information.',
          },
        },
        dataProcessor: {
          iri: `${T}dataProcessor`,
          term: 'dataProcessor',
          card: '1..*',
          range: { kind: 'reference', class: 'Organisatie' },
          label: { nl: 'data processor', en: 'data processor' },
          description: {
            nl: 'De entiteit die persoonlijke informatie verwerkt namens de data controller.',
            en: 'The entity that processes personal information on behalf of the data controller.',
          },
        },
        databron: {
          iri: `${T}databron`,
          term: 'databron',
          card: '0..1',
          range: { kind: 'reference', class: 'PubliekeOrganisatie' },
          label: { nl: 'databron', en: 'data source' },
          description: {
            nl: 'De entiteit die de technische beheerder is van de persoonlijke informatie.',
            en: 'The entity that technically manages the personal information.',
          },
        },
        isGerelateerdMet: {
          iri: 'http://purl.org/dc/terms/relation',
          term: 'isGerelateerdMet',
          card: '0..1',
          range: { kind: 'reference', class: 'PubliekeDienstverlening' },
          label: { nl: 'is gerelateerd met', en: 'is related to' },
          description: {
            nl: 'De Publieke Dienstverlening waarbinnen de toestemming kadert.',
            en: 'The Public Service the consent belongs to.',
          },
        },
        label: {
          iri: 'http://www.w3.org/2000/01/rdf-schema#label',
          term: 'label',
          card: '1',
          range: { kind: 'literal', datatype: 'string' },
          label: { nl: 'label', en: 'label' },
          description: { nl: 'Een label voor de ToestemmingDescriptor.', en: 'A label for the ToestemmingDescriptor.' },
        },
        toestemmingsvraag: {
          iri: `${T}toestemmingsvraag`,
          term: 'toestemmingsvraag',
          card: '1',
          range: { kind: 'concept', name: 'Toestemmingsvraag' },
          label: { nl: 'toestemmingsvraag', en: 'consent question' },
          description: {
            nl: 'De vraag die gesteld wordt aan gebruikers om hun toestemming te verlenen.',
            en: 'The question users are asked to give their consent.',
          },
        },
      },
    },
    ContactvoorkeurDescriptor: {
      iri: `${T}ContactvoorkeurDescriptor`,
      term: 'ContactvoorkeurDescriptor',
      label: { nl: 'Contactvoorkeur Descriptor', en: 'Contact Preference Descriptor' },
      description: {
        nl:
          'De blauwdruk van een contactvoorkeur zoals geconfigureerd door de data controller. ' +
          'Omvat de contactkanalen langs waar eindgebruikers communicatie of notificaties kunnen ontvangen.',
        en:
          'The blueprint of a contact preference as configured by the data controller, ' +
          'with the channels by which users can receive messages.',
      },
      subClassOf: 'ToestemmingDescriptor',
      properties: {
        contactkanaal: contactkanaal('1..*'),
      },
    },
  },
});
