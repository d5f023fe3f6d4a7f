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
export function createVoorzieninggebruik(options: VoorzieningGebruikOptions = {}): Profile<D> {
  // the Softwarecatalogus publishes through OpenRegister: its objects of schema `voorzieninggebruik`
  return new Profile(voorzieningGebruikDeclaration(options), {
    root: 'VoorzieningGebruik',
    // a record names the voorziening it uses, and who uses it or how far the use is
    recognisedBy: [
      ['voorzieningId', 'organisatieId'],
      ['voorzieningId', 'status'],
    ],
    openRegister: { schemas: ['voorzieninggebruik'] },
  });
}

/** The VoorzieningGebruik profile: `fromJson`, `toJson`, `.graph()`; pass it to `validate`, `toTurtle`. */
export const voorzieninggebruik = createVoorzieninggebruik();

export {
  BIV_WAARDEN,
  GEMMA_ONLINE_BASE,
  STATUS_WAARDEN,
  UUID_PATTERN,
  VOORZIENINGGEBRUIK_NAMESPACE,
  voorzieningGebruikDeclaration,
  type VoorzieningGebruikOptions,
};

/** What the voorzieninggebruik builder of VoorzieningGebruik takes (`g.VoorzieningGebruik(input)`). */
export type VoorzieningGebruikInput = InputOf<D, 'VoorzieningGebruik'>;
/** What the voorzieninggebruik builder of Persoon takes (`g.Persoon(input)`). */
export type BeheerderInput = InputOf<D, 'Persoon'>;
/** What the voorzieninggebruik builder of BivClassificatie takes (`g.BivClassificatie(input)`). */
export type BivClassificatieInput = InputOf<D, 'BivClassificatie'>;
/**
 * A VoorzieningGebruik as the voorzieninggebruik reader returns it
 * (`voorzieninggebruik.read(dataset).VoorzieningGebruik`).
 */
export type VoorzieningGebruikRecord = OutputOf<D, 'VoorzieningGebruik'>;
/** A Persoon as the voorzieninggebruik reader returns it (`voorzieninggebruik.read(dataset).Persoon`). */
export type BeheerderRecord = OutputOf<D, 'Persoon'>;
/**
 * A BivClassificatie as the voorzieninggebruik reader returns it (`voorzieninggebruik.read(dataset).BivClassificatie`).
 */
export type BivClassificatieRecord = OutputOf<D, 'BivClassificatie'>;
