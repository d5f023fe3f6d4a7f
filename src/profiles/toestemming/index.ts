/**
 * The OSLO Toestemming application profile (draft of 2018-02-05): the profile object, its code
 * lists as typed constants, and the builder and reader types of its eight classes.
 */
import { Profile } from '../../core/profile.js';
import { conceptConstants } from '../../core/schema/define.js';
import type { InputOf, OutputOf } from '../../core/schema/infer.js';
import { ContactkanaalList, NotificatiecategorieList, ToestemmingStatusList } from './codelists.js';
import { toestemmingDeclaration } from './declaration.js';

type D = typeof toestemmingDeclaration;

/** The Toestemming profile: pass it to `validate`, `toJsonLd`, `toTurtle`; build with `.graph()`. */
export const toestemming = new Profile(toestemmingDeclaration);

/** ToestemmingStatus concepts by notation: `ToestemmingStatus.toegelaten` is the concept's IRI. */
export const ToestemmingStatus = conceptConstants(ToestemmingStatusList);
/** Contactkanaal concepts by notation: `Contactkanaal.Email` is the concept's IRI. */
export const Contactkanaal = conceptConstants(ContactkanaalList);
/** Notificatiecategorie concepts by notation. */
export const Notificatiecategorie = conceptConstants(NotificatiecategorieList);

export { ContactkanaalList, NotificatiecategorieList, ToestemmingStatusList, toestemmingDeclaration };

export type ToestemmingInput = InputOf<D, 'Toestemming'>;
export type ContactvoorkeurInput = InputOf<D, 'Contactvoorkeur'>;
export type ToestemmingDescriptorInput = InputOf<D, 'ToestemmingDescriptor'>;
export type ContactvoorkeurDescriptorInput = InputOf<D, 'ContactvoorkeurDescriptor'>;
export type AgentInput = InputOf<D, 'Agent'>;
export type OrganisatieInput = InputOf<D, 'Organisatie'>;
export type PubliekeOrganisatieInput = InputOf<D, 'PubliekeOrganisatie'>;
export type PubliekeDienstverleningInput = InputOf<D, 'PubliekeDienstverlening'>;

export type ToestemmingRecord = OutputOf<D, 'Toestemming'>;
export type ContactvoorkeurRecord = OutputOf<D, 'Contactvoorkeur'>;
export type ToestemmingDescriptorRecord = OutputOf<D, 'ToestemmingDescriptor'>;
export type ContactvoorkeurDescriptorRecord = OutputOf<D, 'ContactvoorkeurDescriptor'>;
