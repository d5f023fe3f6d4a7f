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

/** What the toestemming builder of Toestemming takes (`g.Toestemming(input)`). */
export type ToestemmingInput = InputOf<D, 'Toestemming'>;
/** What the toestemming builder of Contactvoorkeur takes (`g.Contactvoorkeur(input)`). */
export type ContactvoorkeurInput = InputOf<D, 'Contactvoorkeur'>;
/** What the toestemming builder of ToestemmingDescriptor takes (`g.ToestemmingDescriptor(input)`). */
export type ToestemmingDescriptorInput = InputOf<D, 'ToestemmingDescriptor'>;
/** What the toestemming builder of ContactvoorkeurDescriptor takes (`g.ContactvoorkeurDescriptor(input)`). */
export type ContactvoorkeurDescriptorInput = InputOf<D, 'ContactvoorkeurDescriptor'>;
/** What the toestemming builder of Agent takes (`g.Agent(input)`). */
export type AgentInput = InputOf<D, 'Agent'>;
/** What the toestemming builder of Organisatie takes (`g.Organisatie(input)`). */
export type OrganisatieInput = InputOf<D, 'Organisatie'>;
/** What the toestemming builder of PubliekeOrganisatie takes (`g.PubliekeOrganisatie(input)`). */
export type PubliekeOrganisatieInput = InputOf<D, 'PubliekeOrganisatie'>;
/** What the toestemming builder of PubliekeDienstverlening takes (`g.PubliekeDienstverlening(input)`). */
export type PubliekeDienstverleningInput = InputOf<D, 'PubliekeDienstverlening'>;

/** A Toestemming as the toestemming reader returns it (`toestemming.read(dataset).Toestemming`). */
export type ToestemmingRecord = OutputOf<D, 'Toestemming'>;
/** A Contactvoorkeur as the toestemming reader returns it (`toestemming.read(dataset).Contactvoorkeur`). */
export type ContactvoorkeurRecord = OutputOf<D, 'Contactvoorkeur'>;
/** A ToestemmingDescriptor as the toestemming reader returns it (`toestemming.read(dataset).ToestemmingDescriptor`). */
export type ToestemmingDescriptorRecord = OutputOf<D, 'ToestemmingDescriptor'>;
/**
 * A ContactvoorkeurDescriptor as the toestemming reader returns it
 * (`toestemming.read(dataset).ContactvoorkeurDescriptor`).
 */
export type ContactvoorkeurDescriptorRecord = OutputOf<D, 'ContactvoorkeurDescriptor'>;
