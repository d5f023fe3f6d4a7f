/**
 * How `fromJson` reads the Inzage API's responses: the list response of GET /verwerkte-objecten
 * (`{count, next, previous, results}`), one VerwerktObjectUitgebreid (GET /verwerkte-objecten/{id}),
 * or an array of them; an error body is thrown as an `InzageApiError`. `count`, `next` and `previous`
 * describe the page, not the objects, so they never become triples.
 */
import { JsonInputError } from '../../core/errors.js';
import { objectOrArray, type JsonRecord } from '../../core/json/convert.js';
import type { JsonAdapter } from '../../core/profile.js';
import { foutBody, InzageApiError } from './fout.js';

const ROOT = 'VerwerktObject';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records of an Inzage API response, each with its JSON path (`results[3]`, `[3]` or ``). */
export function inzageRecords(payload: unknown): JsonRecord[] {
  const fout = foutBody(payload);
  if (fout) throw new InzageApiError(fout);
  if (isRecord(payload) && 'results' in payload) {
    const results = payload['results'];
    if (!Array.isArray(results)) {
      throw new JsonInputError(
        'results',
        ROOT,
        undefined,
        'type',
        `expected the list of verwerkte objecten (an array), got ${JSON.stringify(results) ?? typeof results}`,
      );
    }
    return objectOrArray(results, 'results');
  }
  return objectOrArray(payload);
}

/** The JSON adapter of the profile. */
export const inzageJson: JsonAdapter = {
  root: ROOT,
  records: inzageRecords,
  listKey: 'results',
  // a VerwerktObject(Uitgebreid): its own id, or the object it is about
  recognisedBy: [['verwerktObjectId'], ['objecttype', 'soortObjectId', 'objectId']],
};
