/**
 * profielkit/softwarecatalogus: the gebruik/usage records of the VNG Softwarecatalogus on OpenRegister
 * (2026). The profile object, its value lists and fields, the mapping to and from VoorzieningGebruik,
 * and the builder and reader types of its class.
 *
 * @packageDocumentation
 */
export {
  softwarecatalogus,
  usageFromVoorzieningGebruik,
  voorzieningGebruikFromUsage,
  USAGE_STATUS,
  GEBRUIK_STATUS,
  USAGE_FIELDS,
  SOFTWARECATALOGUS_NAMESPACE,
  SLUG_BASE,
  type ModelConversion,
  type NotCorresponding,
  type UsageInput,
  type UsageRecord,
} from './profiles/softwarecatalogus/index.js';
