/**
 * The typed validation report and its options: shared by the reference engine (validate.ts), the fast
 * path (fast/) and the streaming validator, so that none of them imports another for its types.
 */
import type { DatasetCore } from '@rdfjs/types';
import type { InputProblem } from '../record/walk.js';
import type { ShapeOrigin } from '../shapes/generate.js';

/** Languages the shapes' messages are written in. */
export type Lang = 'nl' | 'en';

/** The severity of a result, as SHACL names it. */
export type Severity = 'Violation' | 'Warning' | 'Info';

/** One result of a validation. */
export interface ValidationResult {
  /**
   * the node that breaks a rule: its IRI, or `_:label` for a blank node, labelled as every report
   * writes it (a label as written in the input; `_:pk_b0` for the first node written without one)
   */
  readonly focusNode: string;
  /** a literal focus node's language tag (sh:targetNode "x"@en), when it has one */
  readonly focusLanguage?: string;
  /** a literal focus node's base direction (RDF 1.2: `"x"@ar--rtl`), when it has one */
  readonly focusDirection?: 'ltr' | 'rtl';
  /** the property's IRI, where the rule is about a property */
  readonly path: string | undefined;
  readonly severity: Severity;
  /** the SHACL constraint component, e.g. `http://www.w3.org/ns/shacl#MinCountConstraintComponent` */
  readonly constraint: string;
  /**
   * the offending value (an IRI, `_:label`, a literal's lexical form, a triple term in N-Triples as
   * `<<( s p o )>>`), where there is one
   */
  readonly value: string | undefined;
  /** the value's language tag, when it is a literal with one */
  readonly valueLanguage?: string;
  /** the value's base direction (RDF 1.2: `"x"@ar--rtl`), when it has one */
  readonly valueDirection?: 'ltr' | 'rtl';
  /** the shape's message in the requested language */
  readonly message: string;
  /**
   * for a cardinality result (`sh:minCount`, `sh:maxCount`): how many values the focus node has for
   * the path, which the message ends with ("…, found 2"); absent where the count is not known
   */
  readonly found?: number;
  /** the shape that produced the result */
  readonly sourceShape: string;
  /** for profielkit's own shapes: the class and property (as declared) the rule belongs to */
  readonly origin: ShapeOrigin | undefined;
  /** when the graph came from an API's JSON (`json` option): the JSON path of the field */
  readonly jsonPath?: string;
}

/** What `validate` needs of a JSON conversion to name JSON paths (a `JsonConversion` is one). */
export interface JsonSource {
  /** The JSON path of a node's field (or of the node itself), if the node came from the JSON. */
  jsonPathOf(node: string, field?: string): string | undefined;
  readonly problems: readonly InputProblem[];
  readonly unknownFields: readonly string[];
}

/** Constraint IRIs of results that come from the JSON itself rather than from a shape. */
export const JSON_CONSTRAINT = {
  /** a problem RDF cannot hold (a record that is not an object, a field given twice) */
  input: 'https://w3id.org/profielkit/json#InputConstraint',
  /** a field the profile does not know; it was not converted */
  unknownField: 'https://w3id.org/profielkit/json#UnknownField',
  /** an encoding whose meaning is evident (a JSON string holding the object, 1 for true), read for what it holds */
  encoding: 'https://w3id.org/profielkit/json#Encoding',
} as const;

/** How many results there are of each severity. */
export type ResultCounts = Readonly<Record<Severity, number>>;

/** The outcome of `validate`. */
export interface ValidationReport {
  /**
   * `true` when no result has severity Violation. Warnings (such as a concept outside the published
   * code list) do not make a graph non-conforming here; the W3C report graph follows SHACL, where any
   * result sets `sh:conforms false`.
   */
  readonly conforms: boolean;
  readonly results: readonly ValidationResult[];
  /** how many results there are in all; more than `results.length` when `maxResults` cut the list */
  readonly totalResults: number;
  /** how many results there are of each severity, counting those `maxResults` left out */
  readonly counts: ResultCounts;
  /**
   * how many focus nodes the shapes selected (nodes of a class the profile targets). `0` means that
   * nothing was checked: the data may be of another profile or namespace, and `conforms` (true, as
   * SHACL has it for a graph with no focus node) says nothing about it.
   */
  readonly nodesChecked: number;
  /** the W3C SHACL validation report, as RDF */
  readonly report: DatasetCore;
  /**
   * which engine answered: `fast` (compiled rules, also for most shapes of one's own) or `reference`
   * (rdf-validate-shacl, in memory): asked for, or because the fast path cannot take the shapes or data
   */
  readonly engine: 'fast' | 'reference';
  /** why the reference engine answered although the fast path was asked for (e.g. a recursive shape) */
  readonly engineReason?: string;
}

/** Which engine answered a validation, and why the reference engine when the fast path was asked for. */
export interface EngineUsed {
  readonly engine: 'fast' | 'reference';
  readonly reason?: string;
}

/** Options of `validate`: the language of messages, the engine, a cap on kept results, the JSON converted. */
export interface ValidateOptions {
  /** language of the messages; Dutch by default */
  readonly lang?: Lang;
  /**
   * the conversion the graph came from (`fromJson`): results then name their JSON path, and what the
   * conversion could not put in the graph (a field given twice, unknown fields) is reported too
   */
  readonly json?: JsonSource;
  /**
   * keep at most this many results in `results` (violations first); `totalResults` still counts all.
   * When validating a stream or file, the others are counted, never kept (nor in the report graph),
   * so that memory stays flat on an export with a fault in every record.
   */
  readonly maxResults?: number;
  /**
   * `fast` (the default): the profile's rules, and shapes of one's own, compiled to functions, with the
   * same results as the reference engine; shapes that use what it does not implement (a shape that
   * refers to itself) go to the reference engine, and the report's `engineReason` says why. SHACL-SPARQL
   * is a `ShapesError` on either engine. Data with `rdfs:subClassOf` triples is validated in memory (a stream is
   * read into it).
   * `reference`: rdf-validate-shacl with the generated shapes (and one's own).
   */
  readonly engine?: 'fast' | 'reference';
}
