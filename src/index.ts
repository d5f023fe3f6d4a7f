/**
 * profielkit: Flemish and Dutch public-sector records as linked data.
 *
 * @packageDocumentation
 */
export { Profile, type AnyProfile, type JsonAdapter, type Input, type Output } from './core/profile.js';
export { profilesOfJson } from './core/json/detect.js';
export { profilesTyping } from './core/profiles-in-data.js';
export {
  objectOrArray,
  joinConversions,
  type FromJsonOptions,
  type JsonConversion,
  type JsonRecord,
} from './core/json/convert.js';
export type { JsonStreamOptions, JsonStreamSummary } from './core/json/convert-stream.js';
export type { InputProblem } from './core/record/walk.js';
export type { GraphOptions } from './core/record/graph-builder.js';
export type { ReadOptions, NotCarried, CarriesRest, ReadOutcome, JsonRecords } from './core/read/reader.js';
export { LIST_ENVELOPE, type SkippedObjects, type OpenRegisterSchemas } from './core/json/openregister.js';
export type { StreamValidateOptions } from './core/validate/stream.js';
export { validate, type ValidationTarget, validateStream, type StreamValidationOptions, toJsonLd, toJsonLdStream, toTurtle, toNTriples, toNQuads, toTriG, parseJsonLd, type RdfOutputOptions, type ParseJsonLdOptions } from './core/api.js';
export { stewardReport, reportCsv, reportHtml, recordLines, failureWords, type FailureWords, codeFrame, otherKindOf, otherKindMessage, type OtherKind, REPORT_WORDS, severityCount, type Finding, type ReportInput, type ReportOutcome, type ReportSyntax, type ReportVerdict, type RuleGroup, type StewardReport, type ReportWords } from './core/report/index.js';
export { jsonReport, nothingChecked, type JsonReportOutcome } from './core/validate/json-report.js';
export { parseRdf, type RdfInputFormat, type ParseOptions } from './core/parse/rdf.js';
export type { RdfSource, NodeReadableLike, WebReadableStreamLike, QuadStreamLike } from './core/stream/source.js';
export { parseJson, DEFAULT_MAX_DEPTH, type JsonLimits } from './core/parse/jsonld.js';
export { DEFAULT_MAX_KEYS, defaultMaxContextWork, type JsonLdLimits } from './core/jsonld/prescan.js';
export { decodeUtf8 } from './core/parse/decode.js';
export { bundledDocumentLoader, type DocumentLoader, type RemoteDocument } from './core/jsonld/document-loader.js';
export { JSON_CONSTRAINT, type ValidationReport, type ResultCounts, type ValidationResult, type ValidateOptions, type Severity, type Lang, type JsonSource } from './core/validate/validate.js';
export type { ShapeOrigin } from './core/shapes/generate.js';
export type { JsonLdDocument, JsonLdOutputOptions, ExpandedJsonLd } from './core/serialize/jsonld.js';
export type { JsonLdStreamOptions } from './core/serialize/jsonld-stream.js';
export type { JsonOutputStreamOptions, JsonTextWriter } from './core/json/to-json-stream.js';
export type { GraphBuilder, ClassBuilders } from './core/record/graph-builder.js';
export {
  ProfielkitError,
  BuilderError,
  ParseError,
  JsonInputError,
  RemoteContextError,
  StringReferenceError,
  ReadError, TemporaryFileError,
  InputFileError,
  StreamInputError,
  LimitError,
  ShapesError,
  EngineError,
  SerializeError,
  type BuilderErrorReason,
  type InputFileErrorReason,
  type ShapesErrorReason,
  type StringReference,
} from './core/errors.js';
export type * from './core/schema/declaration.js';
export type { InputOf, OutputOf, ReadResult, NodeRef, NonEmptyArray, ConceptIri, ConceptInput, ClassKey } from './core/schema/infer.js';
export { defineProfile, defineCodeList, conceptConstants, type ConceptConstants } from './core/schema/define.js';
export { profiles, profileNames } from './profiles/index.js';

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
export { voorzieninggebruik, voorzieningGebruikProfile, voorzieningGebruikDeclaration, VOORZIENINGGEBRUIK_NAMESPACE, GEMMA_ONLINE_BASE, STATUS_WAARDEN, BIV_WAARDEN, type VoorzieningGebruikOptions, type VoorzieningGebruikInput, type BeheerderInput, type BivClassificatieInput, type VoorzieningGebruikRecord, type BeheerderRecord, type BivClassificatieRecord } from './profiles/voorzieninggebruik/index.js';
export {
  softwarecatalogus,
  softwarecatalogusDeclaration,
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
export { verwerkingenlogging, verwerkingenloggingProfile, verwerkingenloggingDeclaration, verwerkingenloggingDeclarationFor, toListResponse, InzageApiError, VERWERKINGENLOGGING_NS, OIN_PATTERN, UUID_PATTERN, OFFSET_PATTERN, type VerwerkteObjectenLijst, type FoutBody, type InvalidParam, type VerwerktObjectInput, type VerwerktObjectBasisInput, type VerwerktSoortGegevenInput, type VerwerkingsactieBeperktInput, type VerwerktObjectRecord, type VerwerktObjectBasisRecord, type VerwerktSoortGegevenRecord, type VerwerkingsactieBeperktRecord } from './profiles/verwerkingenlogging/index.js';
