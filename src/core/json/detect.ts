/**
 * Which profile a standard's own JSON is of, found from its fields (each profile's
 * `JsonAdapter.recognisedBy`): the command and the validator page ask this, so that a payload is
 * never checked against a profile nobody chose.
 */
import type { AnyProfile } from '../profile.js';

/** objects looked at: enough for a list response's first records, never the whole of a large export */
const LOOKED_AT = 200;
/** how deep: a list response's `results[i]`, a register export's `components.objects[i]` */
const DEPTH = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a payload, breadth first, down to DEPTH levels and at most LOOKED_AT of them. */
function objectsOf(payload: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let level: unknown[] = [payload];
  for (let depth = 0; depth <= DEPTH && level.length > 0 && found.length < LOOKED_AT; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (found.length >= LOOKED_AT) break;
      if (Array.isArray(value)) next.push(...value.slice(0, LOOKED_AT));
      else if (isObject(value)) {
        found.push(value);
        next.push(...Object.values(value).filter((v) => typeof v === 'object' && v !== null));
      }
    }
    level = next;
  }
  return found;
}

/**
 * The profiles whose records are in a parsed JSON payload (one record, an array of them, a list
 * response, a register export, or NDJSON's records as an array), in the order given: a profile fits
 * when an object of the payload has every field of one of its `recognisedBy` sets. None, or more than
 * one, means that the payload does not say: ask the person who brought it, never guess.
 */
export function profilesOfJson(
  profiles: Readonly<Record<string, AnyProfile>> | readonly AnyProfile[],
  payload: unknown,
): AnyProfile[] {
  const all = (Array.isArray(profiles) ? profiles : Object.values(profiles)) as readonly AnyProfile[];
  const readers = all.filter((p) => p.readsJson && p.recognisedBy.length > 0);
  const objects = objectsOf(payload);
  return readers.filter((p) =>
    objects.some((o) => p.recognisedBy.some((fields) => fields.length > 0 && fields.every((f) => Object.hasOwn(o, f)))),
  );
}
