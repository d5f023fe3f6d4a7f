/**
 * profielkit/voorzieninggebruik: VoorzieningGebruik of the VNG Softwarecatalogus. The profile object
 * (reads and writes the API's JSON), the profile in a namespace of one's own, its value lists, and the
 * builder and reader types of its classes.
 *
 * @packageDocumentation
 */
export {
  voorzieninggebruik,
  createVoorzieninggebruik,
  VOORZIENINGGEBRUIK_NAMESPACE,
  GEMMA_ONLINE_BASE,
  STATUS_WAARDEN,
  BIV_WAARDEN,
  type VoorzieningGebruikOptions,
  type VoorzieningGebruikInput,
  type BeheerderInput,
  type BivClassificatieInput,
  type VoorzieningGebruikRecord,
  type BeheerderRecord,
  type BivClassificatieRecord,
} from './profiles/voorzieninggebruik/index.js';
