/**
 * profielkit/toestemming: OSLO Toestemming (consent and contact preferences). The profile object, the
 * code lists' concepts as constants, and the builder and reader types of its classes.
 *
 * @packageDocumentation
 */
export {
  toestemming,
  ToestemmingStatus,
  Contactkanaal,
  Notificatiecategorie,
  type ToestemmingInput,
  type ContactvoorkeurInput,
  type ToestemmingDescriptorInput,
  type ContactvoorkeurDescriptorInput,
  type AgentInput,
  type OrganisatieInput,
  type PubliekeOrganisatieInput,
  type PubliekeDienstverleningInput,
  type ToestemmingRecord,
  type ContactvoorkeurRecord,
  type ToestemmingDescriptorRecord,
  type ContactvoorkeurDescriptorRecord,
} from './profiles/toestemming/index.js';
