/**
 * profielkit/verwerkingenlogging: VNG Verwerkingenlogging (Inzage API 0.9.0). The profile object (reads
 * the API's responses), the profile in a namespace of one's own, the API's list response and error
 * body, its patterns, and the builder and reader types of its classes.
 *
 * @packageDocumentation
 */
export {
  verwerkingenlogging,
  createVerwerkingenlogging,
  toListResponse,
  InzageApiError,
  VERWERKINGENLOGGING_NAMESPACE,
  OIN_PATTERN,
  UUID_PATTERN,
  OFFSET_PATTERN,
  type VerwerkteObjectenLijst,
  type FoutBody,
  type InvalidParam,
  type VerwerktObjectInput,
  type VerwerktObjectBasisInput,
  type VerwerktSoortGegevenInput,
  type VerwerkingsactieBeperktInput,
  type VerwerktObjectRecord,
  type VerwerktObjectBasisRecord,
  type VerwerktSoortGegevenRecord,
  type VerwerkingsactieBeperktRecord,
} from './profiles/verwerkingenlogging/index.js';
