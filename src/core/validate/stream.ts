/**
 * Validation of an RDF file or stream as it is read, in memory that does not grow with the input: the
 * fast path's way in for whole exports. When the input is not grouped by subject (or needs the
 * reference engine), it is read again into a dataset and validated there, with the same results.
 */
import { Store } from 'n3';
import type { RdfInputFormat } from '../parse/rdf.js';
import { forEachQuad, forEachTriple, type RdfSource } from '../stream/source.js';
import { FallbackNeeded, FastValidator, targetParts, type FastBudget, type FastTarget } from './fast/engine.js';
import { GroupingCheck } from './fast/grouping-check.js';
import { reportGraph } from './fast/report.js';
import { makeReport, validateAgainst, type ValidateOptions, type ValidationReport } from './validate.js';

/** How a stream or file is validated: the options of `validate`, the syntax, and a progress callback. */
export interface StreamValidateOptions extends Omit<ValidateOptions, 'json'> {
  /** the syntax of a byte or text stream: `turtle` (the default), `ntriples`, `nquads` or `trig` */
  readonly format?: RdfInputFormat;
  /** called now and then with the number of triples read so far (for progress) */
  readonly onProgress?: (triples: number) => void;
}

/** The fast path's budget, and how many subjects are kept in memory to check the grouping. */
export interface StreamBudget extends FastBudget {
  readonly subjects?: number;
}

/** What one read of a stream found, for each declaration in the order given. */
export interface StreamOutcome {
  readonly reports: readonly ValidationReport[];
  /** the classes nodes were typed with (rdf:type objects), for telling which profiles apply */
  readonly classesSeen: ReadonlySet<string>;
  /** the triples read */
  readonly triples: number;
}

/**
 * Validates an RDF stream against several targets (profiles, or shapes of one's own with or without
 * a profile) in one read on the fast path. Resolves to `undefined` when the input cannot be validated
 * as it comes (its triples are not grouped by subject, it has `rdfs:subClassOf` triples, or the shapes
 * need the whole graph): the caller then validates it in memory. Given a function, it opens the input
 * only when the shapes can be validated as it comes.
 */
export async function validateStreamFast(
  targets: readonly FastTarget[],
  source: RdfSource | (() => RdfSource),
  options: StreamValidateOptions = {},
  budget: StreamBudget = {},
): Promise<StreamOutcome | undefined> {
  const format = options.format ?? 'turtle';
  const lang = options.lang ?? 'nl';
  const results = options.maxResults ?? budget.results;
  const validators: FastValidator[] = [];
  const grouping = new GroupingCheck(budget.subjects);
  try {
    for (const target of targets)
      validators.push(new FastValidator(target, lang, { ...budget, ...(results === undefined ? {} : { results }) }));
    const input = typeof source === 'function' ? source() : source;
    let triples = 0;
    let next = 100_000;
    await forEachTriple(input, format, (s, p, o) => {
      if (!grouping.next(s)) throw new FallbackNeeded('the triples of a subject are not together');
      for (const validator of validators) validator.addTriple(s, p, o);
      if (options.onProgress && ++triples >= next) {
        next += 100_000;
        options.onProgress(triples);
      }
    });
    if (grouping.anySeenTwice()) return undefined;
    const reports = validators.map((validator) => {
      validator.finish();
      return makeReport(
        validator.results,
        () => reportGraph(validator.results, validator.valueTerms, lang, validator.focusTerms, validator.details),
        validator.nodesChecked,
        options.maxResults,
        validator.counts,
      );
    });
    return { reports, classesSeen: validators[0]?.classesSeen ?? new Set(), triples };
  } catch (error) {
    if (error instanceof FallbackNeeded) return undefined;
    throw error;
  } finally {
    grouping.dispose();
    for (const validator of validators) validator.dispose();
  }
}

/**
 * Validates an RDF stream against a profile, shapes of one's own, or both. `open` opens the input; it
 * is called a second time only if the fast path cannot take the input as it comes.
 */
export async function validateStream(
  to: FastTarget,
  open: () => RdfSource,
  options: StreamValidateOptions = {},
  budget: StreamBudget = {},
): Promise<ValidationReport> {
  const target = targetParts(to);
  if (options.engine !== 'reference') {
    const outcome = await validateStreamFast([target], open, options, budget);
    if (outcome?.reports[0]) return outcome.reports[0];
  }
  // in memory the fast path groups the triples itself; it hands data with rdfs:subClassOf to the reference engine
  const store = new Store();
  await forEachQuad(open(), options.format ?? 'turtle', (quad) => store.addQuad(quad));
  return validateAgainst(target.declaration, store, {
    ...options,
    ...(target.shapes ? { shapes: target.shapes } : {}),
  });
}
