/**
 * The JSON report of one input, as `profielkit validate --format json` prints it and the validator
 * page downloads it: one shape, written once.
 */
import type { ValidationResult } from './types.js';

/**
 * One profile's outcome on an input, as the JSON report reads it (a `ValidationReport` is one, with its profile's
 * name).
 */
export interface JsonReportOutcome {
  /** the profile's name (or what was validated against, e.g. `toestemming + eigen-regels.ttl`) */
  readonly profile: string;
  readonly conforms: boolean;
  readonly results: readonly ValidationResult[];
  /** all results, counting those not kept */
  readonly totalResults: number;
  /** the focus nodes the shapes selected */
  readonly nodesChecked: number;
  /** nothing was checked; by default: no focus node and no result (from the JSON either) */
  readonly nothingChecked?: boolean;
}

/** Whether nothing was checked: no focus node, and no result from the JSON either. Never "conforms". */
export function nothingChecked(outcome: JsonReportOutcome): boolean {
  return outcome.nothingChecked ?? (outcome.nodesChecked === 0 && outcome.totalResults === 0);
}

/** A result in the JSON report: the fields the command promises, absent values as `null`. */
function jsonResult(r: ValidationResult, profile: string | undefined): Record<string, unknown> {
  return {
    ...(profile === undefined ? {} : { profile }),
    focusNode: r.focusNode,
    ...(r.focusLanguage === undefined ? {} : { focusLanguage: r.focusLanguage }),
    ...(r.focusDirection === undefined ? {} : { focusDirection: r.focusDirection }),
    path: r.path ?? null,
    severity: r.severity,
    constraint: r.constraint,
    value: r.value ?? null,
    ...(r.valueLanguage === undefined ? {} : { valueLanguage: r.valueLanguage }),
    ...(r.valueDirection === undefined ? {} : { valueDirection: r.valueDirection }),
    message: r.message,
    ...(r.jsonPath === undefined ? {} : { jsonPath: r.jsonPath }),
  };
}

/**
 * The JSON report of one input, on one line: `{file, conforms, profile, results, totalResults,
 * nodesChecked}`. `profile` is an array of names, and each result names its profile, when several
 * profiles applied. Nothing checked is not `conforms` unless `allowEmpty`.
 */
export function jsonReport(
  file: string,
  outcomes: readonly JsonReportOutcome[],
  options: { readonly allowEmpty?: boolean } = {},
): string {
  const several = outcomes.length > 1;
  return `${JSON.stringify({
    file,
    conforms: outcomes.every((o) => o.conforms && (options.allowEmpty === true || !nothingChecked(o))),
    profile: several ? outcomes.map((o) => o.profile) : outcomes[0]?.profile,
    results: outcomes.flatMap((o) => o.results.map((r) => jsonResult(r, several ? o.profile : undefined))),
    // more than results.length when maxResults cut the list
    totalResults: outcomes.reduce((n, o) => n + o.totalResults, 0),
    // the focus nodes the shapes selected: 0 means that nothing was checked
    nodesChecked: outcomes.reduce((n, o) => n + o.nodesChecked, 0),
  })}\n`;
}
