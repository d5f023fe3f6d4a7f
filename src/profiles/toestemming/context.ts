/**
 * The official JSON-LD context of the Toestemming AP, as Informatie Vlaanderen published it at
 * https://data.vlaanderen.be/context/toestemming.jsonld (commit 82273923, 2018-02-05), verbatim.
 * It is served from memory by the document loader; contexts/toestemming.jsonld is the same document
 * (a test keeps them equal). Note its quirk: object properties are typed with their class instead
 * of `@id`; see src/core/jsonld/context.ts for how profielkit writes references anyway.
 */
export const officialContext = {
  '@context': {
    ContactvoorkeurDescriptor: 'http://data.vlaanderen.be/ns/toestemming#ContactvoorkeurDescriptor',
    ToestemmingDescriptor: 'http://data.vlaanderen.be/ns/toestemming#ToestemmingDescriptor',
    Contactvoorkeur: 'http://data.vlaanderen.be/ns/toestemming#Contactvoorkeur',
    PubliekeDienstverlening: 'http://purl.org/vocab/cpsv#PublicService',
    Organisatie: 'http://www.w3.org/ns/org#Organization',
    PubliekeOrganisatie: 'http://data.europa.eu/m8g/PublicOrganisation',
    Agent: 'http://purl.org/dc/terms/Agent',
    Toestemming: 'http://data.vlaanderen.be/ns/toestemming#Toestemming',
    descriptor: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#descriptor',
      '@type': 'http://data.vlaanderen.be/ns/toestemming#ToestemmingDescriptor',
    },
    databron: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#databron',
      '@type': 'http://data.europa.eu/m8g/PublicOrganisation',
    },
    dataSubject: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#dataSubject',
      '@type': 'http://purl.org/dc/terms/Agent',
    },
    dataController: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#dataController',
      '@type': 'http://data.europa.eu/m8g/PublicOrganisation',
    },
    dataProcessor: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#dataProcessor',
      '@type': 'http://www.w3.org/ns/org#Organization',
      '@container': '@set',
    },
    isGerelateerdMet: {
      '@id': 'http://purl.org/dc/terms/relation',
      '@type': 'http://purl.org/vocab/cpsv#PublicService',
    },
    contactkanaal: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#contactkanaal',
      '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
      '@container': '@set',
    },
    label: {
      '@id': 'http://www.w3.org/2000/01/rdf-schema#label',
      '@type': 'http://www.w3.org/2001/XMLSchema#string',
    },
    toestemmingsvraag: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#toestemmingsvraag',
      '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
    },
    email: {
      '@id': 'http://schema.org/email',
      '@type': 'http://www.w3.org/2001/XMLSchema#string',
    },
    frequentie: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#frequentie',
      '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
    },
    notificatiecategorie: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#notificatiecategorie',
      '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
    },
    telefoon: {
      '@id': 'http://schema.org/telephone',
      '@type': 'http://www.w3.org/2001/XMLSchema#string',
    },
    beperking: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#beperking',
      '@type': 'http://www.w3.org/2000/01/rdf-schema#Literal',
      '@container': '@set',
    },
    gegevenOp: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#gegevenOp',
      '@type': 'http://www.w3.org/2001/XMLSchema#date',
    },
    status: {
      '@id': 'http://data.vlaanderen.be/ns/toestemming#status',
      '@type': 'http://www.w3.org/2004/02/skos/core#Concept',
    },
    vervalt: {
      '@id': 'http://schema.org/expires',
      '@type': 'http://www.w3.org/2001/XMLSchema#date',
    },
  },
} as const;
