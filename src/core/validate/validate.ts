/**
 * Validation of a graph against a profile's shapes with rdf-validate-shacl, turned into a typed
 * report. A graph that breaks the profile is never an exception: it is a report.
 */
import SHACLValidator from 'rdf-validate-shacl';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { shapeOrigins, type ShapeOrigin } from '../shapes/generate.js';
import { shapesDataset } from '../shapes/dataset.js';
import { nodeId, SH } from '../rdf/terms.js';
import type { InputProblem } from '../build/walk.js';
import { FallbackNeeded, validateDatasetFast } from './fast/engine.js';
import { reportGraph } from './fast/report.js';

export { shapesDataset };

/** Languages the shapes' messages are written in. */
export type Lang = 'nl' | 'en';

/** The severity of a result, as SHACL names it. */
export type Severity = 'Violation' | 'Warning' | 'Info';

/** One result of a validation. */
export interface ValidationResult {
  /** the node that breaks a rule: its IRI, or `_:label` for a blank node */
  readonly focusNode: string;
  /** the property's IRI, where the rule is about a property */
  readonly path: string | undefined;
  readonly severity: Severity;
  /** the SHACL constraint component, e.g. `http://www.w3.org/ns/shacl#MinCountConstraintComponent` */
  readonly constraint: string;
  /** the offending value (an IRI, `_:label` or a literal's lexical form), where there is one */
  readonly value: string | undefined;
  /** the shape's message in the requested language */
  readonly message: string;
  /** the shape that produced the result */
  readonly sourceShape: string;
  /** for profielkit's own shapes: the class and property (as declared) the rule belongs to */
  readonly origin: ShapeOrigin | undefined;
  /** when the graph came from an API's JSON (`json` option): the JSON path of the field */
  readonly jsonPath?: string;
}

/** What `validate` needs of a JSON conversion to name JSON paths (a `JsonConversion` is one). */
export interface JsonSource {
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
  /** the W3C SHACL validation report, as RDF */
  readonly report: DatasetCore;
}

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
   * `fast` (the default): the profile's rules compiled to functions, with the same results as the
   * reference engine; data it cannot take (with `rdfs:subClassOf` triples) goes to the reference engine.
   * `reference`: rdf-validate-shacl with the generated shapes.
   */
  readonly engine?: 'fast' | 'reference';
}

function severityOf(term: Term | null): Severity {
  const local = term?.value.slice(SH('').length);
  return local === 'Warning' || local === 'Info' ? local : 'Violation';
}

function pickMessage(messages: readonly Term[], lang: Lang): string | undefined {
  const literals = messages.filter((m): m is Term & { language: string } => m.termType === 'Literal');
  return (literals.find((m) => m.language === lang) ?? literals.find((m) => m.language === '') ?? literals[0])?.value;
}

/** The profile's shapes, the caller's own, or both in one shapes graph (so that they may refer to each other). */
function shapesFor(declaration: ProfileDeclaration | undefined, own: DatasetCore | undefined): DatasetCore {
  if (own === undefined) {
    if (declaration === undefined) throw new TypeError('validate: give a profile, shapes of your own, or both');
    return shapesDataset(declaration);
  }
  return declaration === undefined ? own : new Store([...shapesDataset(declaration), ...(own as Iterable<Quad>)]);
}

/** The reference path: rdf-validate-shacl with the generated shapes (and the caller's own). */
async function referenceResults(declaration: ProfileDeclaration | undefined, data: DatasetCore, lang: Lang, ownShapes?: DatasetCore): Promise<{ results: ValidationResult[]; report: () => DatasetCore }> {
  const origins = declaration ? shapeOrigins(declaration) : new Map<string, ShapeOrigin>();
  const validator = new SHACLValidator(shapesFor(declaration, ownShapes));
  const report = await validator.validate(data);
  const results = report.results.map((r): ValidationResult => {
    const constraint = r.sourceConstraintComponent?.value ?? '';
    const path = r.path?.value;
    const sourceShape = r.sourceShape ? nodeId(r.sourceShape) : '';
    return {
      focusNode: r.focusNode ? nodeId(r.focusNode) : '',
      path,
      severity: severityOf(r.severity),
      constraint,
      value: r.value ? nodeId(r.value) : undefined,
      message: pickMessage(r.message, lang) ?? `${constraint.replace(SH(''), 'sh:')}${path === undefined ? '' : ` on ${path}`}`,
      sourceShape,
      origin: origins.get(sourceShape),
    };
  });
  return { results, report: () => report.dataset };
}

/** The fast path; `undefined` when the data needs the reference path. */
function fastResults(declaration: ProfileDeclaration, data: DatasetCore, lang: Lang): { results: ValidationResult[]; report: () => DatasetCore } | undefined {
  try {
    const fast = validateDatasetFast(declaration, data, lang);
    return { results: fast.results, report: () => reportGraph(fast.results, fast.valueTerms, lang) };
  } catch (error) {
    if (error instanceof FallbackNeeded) return undefined;
    throw error;
  }
}

/**
 * Validates `data` against a profile's shapes, and against `shapes` of the caller's own. Shapes of
 * one's own go to the reference engine, together with the profile's (they may refer to each other):
 * the fast path compiles profile declarations, not arbitrary SHACL.
 */
export async function validateAgainst(declaration: ProfileDeclaration | undefined, data: DatasetCore, options: ValidateOptions & { readonly shapes?: DatasetCore } = {}): Promise<ValidationReport> {
  const lang = options.lang ?? 'nl';
  const fast = options.engine === 'reference' || options.shapes !== undefined || declaration === undefined ? undefined : fastResults(declaration, data, lang);
  const engine = fast ?? (await referenceResults(declaration, data, lang, options.shapes));
  const { report } = engine;
  // a copy: results from the JSON are added below, and the report graph holds only the shapes' results
  const results = [...engine.results];
  const json = options.json;
  if (json) {
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as ValidationResult;
      const jsonPath = json.jsonPathOf(r.focusNode, r.origin?.property);
      if (jsonPath !== undefined) results[i] = { ...r, jsonPath };
    }
    for (const problem of json.problems.filter((p) => !p.represented)) {
      results.push({ focusNode: '', path: undefined, severity: 'Violation', constraint: JSON_CONSTRAINT.input, value: undefined, message: problem.message, sourceShape: '', origin: undefined, jsonPath: problem.path });
    }
    for (const field of json.unknownFields) {
      const message = lang === 'nl' ? `onbekend veld ${field}: niet omgezet` : `unknown field ${field}: not converted`;
      results.push({ focusNode: '', path: undefined, severity: 'Warning', constraint: JSON_CONSTRAINT.unknownField, value: undefined, message, sourceShape: '', origin: undefined, jsonPath: field });
    }
  }
  return makeReport(results, report, options.maxResults);
}

function count(results: readonly ValidationResult[], severity: Severity): number {
  return results.reduce((n, r) => (r.severity === severity ? n + 1 : n), 0);
}

/**
 * The typed report: `results` cut to `maxResults` (violations first) with the exact total, and the
 * W3C report graph built on first use (most callers never read it).
 */
export function makeReport(
  results: readonly ValidationResult[],
  report: () => DatasetCore,
  maxResults?: number,
  /** the counts, when `results` holds only the results kept */
  counts?: ResultCounts,
): ValidationReport {
  const cap = maxResults ?? Number.POSITIVE_INFINITY;
  const rank: Record<Severity, number> = { Violation: 0, Warning: 1, Info: 2 };
  const all: ResultCounts = counts ?? { Violation: count(results, 'Violation'), Warning: count(results, 'Warning'), Info: count(results, 'Info') };
  const kept = results.length <= cap ? results : [...results].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, cap);
  let graph: DatasetCore | undefined;
  return {
    conforms: all.Violation === 0,
    results: kept,
    totalResults: all.Violation + all.Warning + all.Info,
    counts: all,
    get report() {
      graph ??= report();
      return graph;
    },
  };
}
