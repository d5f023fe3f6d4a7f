/**
 * Validation of a graph against a profile's shapes, on the fast path or the reference engine
 * (rdf-validate-shacl, reference.ts), turned into a typed report. A graph that breaks the profile is
 * never an exception: it is a report.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import type { ProfileDeclaration } from '../schema/declaration.js';
import { shapeOrigins, type ShapeOrigin } from '../shapes/generate.js';
import { shapesDataset } from '../shapes/dataset.js';
import { factory, focusLiteralOf, nodeId, SH, valueOf } from '../rdf/terms.js';
import { reportNodeId } from '../rdf/blank-label.js';
import { problemMessage } from '../record/problem-words.js';
import {
  JSON_CONSTRAINT,
  type EngineUsed,
  type Lang,
  type ResultCounts,
  type Severity,
  type ValidateOptions,
  type ValidationReport,
  type ValidationResult,
} from './types.js';
import { FallbackNeeded, validateDatasetFast } from './fast/engine.js';
import { countFocusNodes } from './focus-nodes.js';
import { constraintMessage, foundCount } from '../shapes/messages.js';
import { reportGraph } from './fast/report.js';
import { ProfielkitError, ShapesError } from '../errors.js';
import { checkShapesGraph } from './shapes-check.js';
import { withResultPaths } from './report-paths.js';
import { datasetGraph, PathError, pathValues, readPath } from './fast/paths.js';

export { shapesDataset };
export * from './types.js';

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
async function referenceResults(
  declaration: ProfileDeclaration | undefined,
  data: DatasetCore,
  lang: Lang,
  ownShapes?: DatasetCore,
): Promise<EngineOutcome> {
  const origins = declaration ? shapeOrigins(declaration) : new Map<string, ShapeOrigin>();
  const shapes = shapesFor(declaration, ownShapes);
  // rdf-validate-shacl loads on first use: the fast path and everything else never load it
  const { referenceValidator, refuseUnkeyedLiterals } = await import('./reference.js');
  refuseUnkeyedLiterals(data, shapes);
  let report: Awaited<ReturnType<ReturnType<typeof referenceValidator>['validate']>>;
  try {
    report = await referenceValidator(shapes).validate(data);
  } catch (error) {
    // profielkit's own refusals (a pattern, a recursive shape, a limit) as they are
    if (error instanceof ProfielkitError) throw error;
    // rdf-validate-shacl's own words, as a typed error that says what in the shapes it could not take
    const message = error instanceof Error ? error.message : String(error);
    const component = /Cannot find validator for constraint component (\S+)/u.exec(message)?.[1];
    throw new ShapesError(
      component
        ? `they use ${component.replace(SH(''), 'sh:')},` +
            ' which profielkit does not implement (SHACL Core only: no SHACL-SPARQL)'
        : message,
      { cause: error },
    );
  }
  const results = report.results.map((r): ValidationResult => {
    const constraint = r.sourceConstraintComponent?.value ?? '';
    // a path expression (sh:inversePath …) is no IRI: the typed result has no path, the report graph keeps it
    const path = r.path?.termType === 'NamedNode' ? r.path.value : undefined;
    const sourceShape = r.sourceShape ? nodeId(r.sourceShape) : '';
    // a shape's own sh:message, else the fast path's default text (rdf-validate-shacl's are English only)
    const own = r.sourceShape ? shapes.match(r.sourceShape as never, SH_MESSAGE, null).size > 0 : false;
    const message = (own ? pickMessage(r.message, lang) : undefined) ?? constraintMessage(constraint, path, lang);
    // a cardinality result says what it found, as the fast path's do
    const counted =
      CARDINALITY.has(constraint) && r.focusNode && r.path ? foundValues(shapes, data, r.focusNode, r.path) : undefined;
    return {
      focusNode: r.focusNode
        ? r.focusNode.termType === 'Literal'
          ? r.focusNode.value
          : reportNodeId(nodeId(r.focusNode))
        : '',
      ...focusLiteralOf(r.focusNode ?? undefined),
      path,
      severity: severityOf(r.severity),
      constraint,
      ...(r.value ? valueOf(r.value) : { value: undefined }),
      message: counted === undefined ? message : foundCount(message, lang, counted),
      ...(counted === undefined ? {} : { found: counted }),
      sourceShape,
      origin: origins.get(sourceShape),
    };
  });
  return {
    results,
    report: () => withResultPaths(report.dataset),
    nodesChecked: countFocusNodes(shapes, data),
    engine: { engine: 'reference' },
  };
}

const SH_MESSAGE = factory.namedNode(SH('message'));

/** How many value nodes a focus node has for a path (a predicate, or a path expression of the shapes graph). */
function foundValues(shapes: DatasetCore, data: DatasetCore, focus: Term, path: Term): number | undefined {
  if (path.termType === 'NamedNode') return data.match(focus as never, path, null).size;
  try {
    return pathValues(readPath(shapes, path), focus, datasetGraph(data)).length;
  } catch (error) {
    if (error instanceof PathError) return undefined;
    throw error;
  }
}
const CARDINALITY = new Set([SH('MinCountConstraintComponent'), SH('MaxCountConstraintComponent')]);

interface EngineOutcome {
  readonly results: ValidationResult[];
  readonly report: () => DatasetCore;
  readonly nodesChecked: number;
  readonly engine: EngineUsed;
}

/** The fast path; the reason when the shapes or the data need the reference path. */
function fastResults(
  declaration: ProfileDeclaration | undefined,
  data: DatasetCore,
  lang: Lang,
  shapes: DatasetCore | undefined,
): EngineOutcome | { readonly why: string } {
  try {
    const fast = validateDatasetFast(
      { ...(declaration ? { declaration } : {}), ...(shapes ? { shapes } : {}) },
      data,
      lang,
    );
    return {
      results: fast.results,
      report: () => reportGraph(fast.results, fast.valueTerms, lang, fast.focusTerms, fast.details),
      nodesChecked: fast.nodesChecked,
      engine: { engine: 'fast' },
    };
  } catch (error) {
    if (error instanceof FallbackNeeded) return { why: error.why };
    throw error;
  }
}

/**
 * Validates `data` against a profile's shapes, and against `shapes` of the caller's own (in one shapes
 * graph with the profile's, so that they may refer to each other). Both go on the fast path when it
 * implements what they use; else on the reference engine, and the report says why.
 */
export async function validateAgainst(
  declaration: ProfileDeclaration | undefined,
  data: DatasetCore,
  options: ValidateOptions & { readonly shapes?: DatasetCore } = {},
): Promise<ValidationReport> {
  const lang = options.lang ?? 'nl';
  if (declaration === undefined && options.shapes === undefined)
    throw new TypeError('validate: give a profile, shapes of your own, or both');
  // on either engine: SHACL-SPARQL refused by name, never skipped
  if (options.shapes !== undefined) checkShapesGraph(options.shapes);
  const fast = options.engine !== 'reference' ? fastResults(declaration, data, lang, options.shapes) : undefined;
  const engine =
    fast !== undefined && !('why' in fast)
      ? fast
      : {
          ...(await referenceResults(declaration, data, lang, options.shapes)),
          ...(fast !== undefined ? { engine: { engine: 'reference' as const, reason: fast.why } } : {}),
        };
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
      // an evident encoding was read for what it holds: a warning (older conversions carry no severity)
      const warning = problem.severity === 'Warning';
      results.push({
        focusNode: '',
        path: undefined,
        severity: warning ? 'Warning' : 'Violation',
        constraint: warning ? JSON_CONSTRAINT.encoding : JSON_CONSTRAINT.input,
        value: undefined,
        message: problemMessage(problem.message, lang),
        sourceShape: '',
        origin: undefined,
        jsonPath: problem.path,
      });
    }
    for (const field of json.unknownFields) {
      const message = lang === 'nl' ? `onbekend veld ${field}: niet omgezet` : `unknown field ${field}: not converted`;
      results.push({
        focusNode: '',
        path: undefined,
        severity: 'Warning',
        constraint: JSON_CONSTRAINT.unknownField,
        value: undefined,
        message,
        sourceShape: '',
        origin: undefined,
        jsonPath: field,
      });
    }
  }
  return makeReport(results, report, engine.nodesChecked, options.maxResults, undefined, engine.engine);
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
  nodesChecked: number,
  maxResults?: number,
  /** the counts, when `results` holds only the results kept */
  counts?: ResultCounts,
  engine: EngineUsed = { engine: 'fast' },
): ValidationReport {
  const cap = maxResults ?? Number.POSITIVE_INFINITY;
  const rank: Record<Severity, number> = { Violation: 0, Warning: 1, Info: 2 };
  const all: ResultCounts = counts ?? {
    Violation: count(results, 'Violation'),
    Warning: count(results, 'Warning'),
    Info: count(results, 'Info'),
  };
  const kept =
    results.length <= cap ? results : [...results].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, cap);
  let graph: DatasetCore | undefined;
  return {
    conforms: all.Violation === 0,
    results: kept,
    totalResults: all.Violation + all.Warning + all.Info,
    counts: all,
    nodesChecked,
    engine: engine.engine,
    ...(engine.reason === undefined ? {} : { engineReason: engine.reason }),
    get report() {
      graph ??= report();
      return graph;
    },
  };
}
