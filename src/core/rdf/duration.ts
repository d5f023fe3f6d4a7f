/**
 * Durations as APIs send them. OpenAPI's `format: duration` is RFC 3339's (appendix A): ISO 8601's
 * `P…Y…M…DT…H…M…S` forms, which are all xsd:durations, and the week form `P<n>W`, which xsd:duration
 * does not have. A week is exactly seven days, so `P3W` is written as the equal xsd:duration `P21D`.
 * Whether a lexical form is an xsd:duration is for `xsd.ts` to say; this module only rewrites weeks.
 */
import { isXsdDuration } from './xsd.js';

// RFC 3339 appendix A: dur-week = 1*DIGIT "W", and `duration = "P" (dur-date / dur-time / dur-week)`
const WEEKS = /^P(\d+)W$/u;

/** Valid examples, for messages. */
export const DURATION_EXAMPLES = 'P10Y, P1Y6M, P21D, P3W, PT36H';

/**
 * The xsd:duration equal to a duration the API's format allows (`P3W` -> `P21D`; an xsd:duration as
 * it is), or `undefined` for a string that is neither.
 */
export function asXsdDuration(value: string): string | undefined {
  if (isXsdDuration(value)) return value;
  const weeks = WEEKS.exec(value);
  // BigInt: `P9007199254740993W` is a duration too, and must not lose days to rounding
  return weeks ? `P${(BigInt(weeks[1] as string) * 7n).toString()}D` : undefined;
}
