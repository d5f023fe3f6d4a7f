/**
 * The JSON report, in the shape of `profielkit validate --format json` (src/cli/commands/validate.ts):
 * `{file, conforms, profile, results: [{focusNode, path, severity, constraint, value, message, jsonPath?}],
 * totalResults, nodesChecked}`; `profile` is an array, and each result names its profile, when
 * several profiles applied.
 */
import type { ValidationResult } from 'profielkit';
import type { Outcome } from './protocol.js';

/** Nothing was checked: no focus node, and no result from the JSON either. Never "conforms". */
export function nothingChecked(outcome: Outcome): boolean {
  return outcome.nodesChecked === 0 && outcome.totalResults === 0;
}

function jsonResult(r: ValidationResult, profile: string | undefined): Record<string, unknown> {
  return {
    ...(profile === undefined ? {} : { profile }),
    focusNode: r.focusNode,
    path: r.path ?? null,
    severity: r.severity,
    constraint: r.constraint,
    value: r.value ?? null,
    message: r.message,
    ...(r.jsonPath === undefined ? {} : { jsonPath: r.jsonPath }),
  };
}

export function jsonReport(file: string, outcomes: readonly Outcome[]): string {
  const several = outcomes.length > 1;
  return `${JSON.stringify({
    file,
    conforms: outcomes.every((o) => o.conforms && !nothingChecked(o)),
    profile: several ? outcomes.map((o) => o.profile) : outcomes[0]?.profile,
    results: outcomes.flatMap((o) => o.results.map((r) => jsonResult(r, several ? o.profile : undefined))),
    totalResults: outcomes.reduce((n, o) => n + o.totalResults, 0),
    nodesChecked: outcomes.reduce((n, o) => n + o.nodesChecked, 0),
  })}\n`;
}
