/**
 * The Softwarecatalogus's current usage model (`gebruik` 1.0.x and 2.4.x, `usage` 2.5.x, published
 * through OpenRegister): the profile object, which reads every generation's JSON with `fromJson` and
 * writes the newest (`usage` 2.5.x) with `toJson`, and the builder and reader types of its usage class.
 */
import { Profile } from '../../core/profile.js';
import type { InputOf, OutputOf } from '../../core/schema/infer.js';
import {
  CLOUD_MODELLEN,
  GEBRUIK_STATUS,
  OBJECT_UUID_PATTERN,
  SLUG_BASE,
  SOFTWARECATALOGUS_NAMESPACE,
  softwarecatalogusDeclaration,
  TIME_CLASSIFICATIONS,
  USAGE_STATUS,
} from './declaration.js';

type D = ReturnType<typeof softwarecatalogusDeclaration>;

/**
 * The fields that identify a usage object where its `@self.schema` is no slug the profile knows (an API
 * response's numeric id): the consumer (required from 1.4.0 on) or 1.0.x's `afnemer`, with one more field
 * every generation writes (status, module, or 1.0.x's required product).
 */
export const USAGE_FIELDS: readonly (readonly string[])[] = [
  ['consumer', 'status'],
  ['consumer', 'module'],
  ['afnemer', 'status'],
  ['afnemer', 'product'],
];

/** The usage profile: `fromJson`, `toJson`, `.graph()`; pass it to `validate`, `toTurtle`. */
export const softwarecatalogus: Profile<D> = new Profile(softwarecatalogusDeclaration(), {
  root: 'Usage',
  // the schema slug before and after the English migration (RenameDutchSchemaSlugs: gebruik -> usage)
  openRegister: { schemas: ['usage', 'gebruik'] },
  recognisedBy: USAGE_FIELDS,
});

export {
  CLOUD_MODELLEN,
  GEBRUIK_STATUS,
  OBJECT_UUID_PATTERN,
  SLUG_BASE,
  SOFTWARECATALOGUS_NAMESPACE,
  softwarecatalogusDeclaration,
  TIME_CLASSIFICATIONS,
  USAGE_STATUS,
};
export {
  usageFromVoorzieningGebruik,
  voorzieningGebruikFromUsage,
  type ModelConversion,
  type NotCorresponding,
} from './voorzieninggebruik-mapping.js';

/** What the softwarecatalogus builder of Usage takes (`g.Usage(input)`). */
export type UsageInput = InputOf<D, 'Usage'>;
/** A Usage as the softwarecatalogus reader returns it (`softwarecatalogus.read(dataset).Usage`). */
export type UsageRecord = OutputOf<D, 'Usage'>;
