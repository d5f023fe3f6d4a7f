/**
 * profielkit/types: the types one names only now and then. The parts a declaration is made of (for a
 * profile of one's own, with `defineProfile` from `profielkit`), what a profile's builders, readers and
 * JSON conversion take and give, and the options of the readers and writers. Types only: this entry
 * adds no code.
 *
 * @packageDocumentation
 */
export type * from './core/schema/declaration.js';
export type { ReadResult, NodeRef, NonEmptyArray, ConceptIri, ConceptInput, ClassKey } from './core/schema/infer.js';
export type { ConceptConstants } from './core/schema/define.js';
export type { JsonAdapter } from './core/profile.js';
export type { GraphBuilder, ClassBuilders, GraphOptions } from './core/record/graph-builder.js';
export type { InputProblem } from './core/record/walk.js';
export type { ReadOptions, NotCarried, CarriesRest, ReadOutcome, JsonRecords } from './core/read/reader.js';
export type { FromJsonOptions, JsonRecord } from './core/json/convert.js';
export type { JsonStreamOptions, JsonStreamSummary } from './core/json/convert-stream.js';
export type { JsonOutputStreamOptions, JsonTextWriter } from './core/json/to-json-stream.js';
export type { SkippedObjects, OpenRegisterSchemas } from './core/json/openregister.js';
export type { ParseOptions } from './core/parse/rdf.js';
export type { NodeReadableLike, WebReadableStreamLike, QuadStreamLike } from './core/stream/source.js';
export type { JsonLimits } from './core/parse/jsonld.js';
export type { JsonLdLimits } from './core/jsonld/prescan.js';
export type { RemoteDocument } from './core/jsonld/document-loader.js';
export type { JsonSource } from './core/validate/validate.js';
// how a stream is read and validated (with a ValidationTarget: StreamValidationOptions); its name inside
// the code is StreamValidateOptions, a near twin of the latter in public
export type { StreamValidateOptions as StreamOptions } from './core/validate/stream.js';
export type { ShapeOrigin } from './core/shapes/generate.js';
export type { StringReference, BuilderErrorReason, ShapesErrorReason, InputFileErrorReason } from './core/errors.js';
