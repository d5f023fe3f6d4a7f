/**
 * VoorzieningGebruik of the VNG Softwarecatalogus: the profile object (which reads the API's own
 * JSON with `fromJson` and writes it back with `toJson`), a maker for another namespace, and the
 * builder and reader types of its classes.
 */
import { Profile } from '../../core/profile.js';
import type { InputOf, OutputOf } from '../../core/schema/infer.js';
import {
  BIV_WAARDEN,
  GEMMA_ONLINE_BASE,
  STATUS_WAARDEN,
  UUID_PATTERN,
  VOORZIENINGGEBRUIK_NAMESPACE,
  voorzieningGebruikDeclaration,
  type VoorzieningGebruikOptions,
} from './declaration.js';

type D = ReturnType<typeof voorzieningGebruikDeclaration>;

/**
 * The VoorzieningGebruik profile with its terms in `namespace` (profielkit's own by default). The
 * API's JSON is one VoorzieningGebruik or an array of them; OpenRegister objects (with `@self`) and a
 * whole register export (`components.objects`) are read too.
 */
export function voorzieningGebruikProfile(options: VoorzieningGebruikOptions = {}): Profile<D> {
  // the Softwarecatalogus publishes through OpenRegister: its objects of schema `voorzieninggebruik`
  return new Profile(voorzieningGebruikDeclaration(options), { root: 'VoorzieningGebruik', openRegister: { schemas: ['voorzieninggebruik'] } });
}

/** The VoorzieningGebruik profile: `fromJson`, `toJson`, `.graph()`; pass it to `validate`, `toTurtle`. */
export const voorzieninggebruik = voorzieningGebruikProfile();

export { BIV_WAARDEN, GEMMA_ONLINE_BASE, STATUS_WAARDEN, UUID_PATTERN, VOORZIENINGGEBRUIK_NAMESPACE, voorzieningGebruikDeclaration, type VoorzieningGebruikOptions };

export type VoorzieningGebruikInput = InputOf<D, 'VoorzieningGebruik'>;
export type BeheerderInput = InputOf<D, 'Persoon'>;
export type BivClassificatieInput = InputOf<D, 'BivClassificatie'>;
export type VoorzieningGebruikRecord = OutputOf<D, 'VoorzieningGebruik'>;
export type BeheerderRecord = OutputOf<D, 'Persoon'>;
export type BivClassificatieRecord = OutputOf<D, 'BivClassificatie'>;
