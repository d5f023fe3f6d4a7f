/**
 * profielkit: Flemish and Dutch public-sector records as linked data. This entry is the machinery every
 * profile shares: validate, read, write, the registry and profile detection, the errors, the report's
 * types. Each profile is behind its own entry (`profielkit/toestemming`, `profielkit/voorzieninggebruik`,
 * `profielkit/verwerkingenlogging`, `profielkit/softwarecatalogus`); the steward's report is
 * `profielkit/report`; the types one rarely names (a declaration's parts, a profile's method options)
 * are `profielkit/types`; what needs Node's file system is `profielkit/node`.
 *
 * @packageDocumentation
 */
export { Profile, type AnyProfile } from './core/profile.js';
export { defineProfile, defineCodeList, conceptConstants } from './core/schema/define.js';
export type { ProfileDeclaration } from './core/schema/declaration.js';
export type { InputOf, OutputOf } from './core/schema/infer.js';
export { profiles } from './profiles/index.js';
export { profilesOfJson } from './core/json/detect.js';
export { profilesTyping } from './core/profiles-in-data.js';
export {
  validate,
  validateStream,
  validateStreamProfiles,
  toJsonLd,
  toJsonLdStream,
  toTurtle,
  toNTriples,
  toNQuads,
  toTriG,
  parseJsonLd,
  type ValidationTarget,
  type StreamValidationOptions,
  type ProfilesValidation,
  type RdfOutputOptions,
  type ParseJsonLdOptions,
} from './core/api.js';
export { parseRdf, type RdfInputFormat } from './core/parse/rdf.js';
export { parseJson } from './core/parse/jsonld.js';
export type { RdfSource } from './core/stream/source.js';
export { joinConversions, type JsonConversion } from './core/json/convert.js';
export { bundledDocumentLoader, type DocumentLoader } from './core/jsonld/document-loader.js';
export type { JsonLdDocument, JsonLdOutputOptions, ExpandedJsonLd } from './core/serialize/jsonld.js';
export type { JsonLdStreamOptions } from './core/serialize/jsonld-stream.js';
export {
  JSON_CONSTRAINT,
  type ValidationReport,
  type ResultCounts,
  type ValidationResult,
  type ValidateOptions,
  type Severity,
  type Lang,
} from './core/validate/validate.js';
export {
  ProfielkitError,
  BuilderError,
  ParseError,
  JsonInputError,
  RemoteContextError,
  StringReferenceError,
  ReadError,
  TemporaryFileError,
  InputFileError,
  StreamInputError,
  LimitError,
  ShapesError,
  EngineError,
  SerializeError,
} from './core/errors.js';
