/**
 * The Inzage API's error bodies (`application/problem+json`): `Fout`, and `ValidatieFout` with its
 * `invalidParams`. A payload that is one of them is no data about verwerkte objecten; `fromJson`
 * throws it as an `InzageApiError` instead of converting it.
 */
import { ProfielkitError } from '../../core/errors.js';

/** One `FieldValidationError` of a `ValidatieFout`. */
export interface InvalidParam {
  /** the field with invalid data */
  readonly name: string;
  /** the API's code for the kind of error */
  readonly code: string;
  /** what is wrong with the data */
  readonly reason: string;
}

/** A `Fout` or `ValidatieFout` body as the API sent it. */
export interface FoutBody {
  readonly type: string | undefined;
  /** the API's own code for the kind of error (`Fout.code`) */
  readonly code: string;
  readonly title: string;
  /** the HTTP status code */
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  /** the fields a `ValidatieFout` names; empty for a `Fout` */
  readonly invalidParams: readonly InvalidParam[];
}

/**
 * The Inzage API answered with an error body. `code` stays profielkit's stable code
 * (`verwerkingenlogging/api-error`) like every `ProfielkitError`; the body's own code is `apiCode`
 * (and `body.code`).
 */
export class InzageApiError extends ProfielkitError {
  /** the HTTP status code the body gives */
  readonly status: number;
  /** the API's own code (`Fout.code`, e.g. `invalid`, `not_found`) */
  readonly apiCode: string;
  readonly title: string;
  readonly detail: string;
  readonly instance: string;
  readonly type: string | undefined;
  readonly invalidParams: readonly InvalidParam[];
  /** the whole body, typed */
  readonly body: FoutBody;
  constructor(body: FoutBody) {
    const params = body.invalidParams.map((p) => `${p.name}: ${p.reason} (${p.code})`).join('; ');
    super(
      'verwerkingenlogging/api-error',
      `the Inzage API answered ${body.status} ${body.title} (${body.code})` +
        `${body.detail ? `: ${body.detail}` : ''}${params ? ` [${params}]` : ''}`,
    );
    this.status = body.status;
    this.apiCode = body.code;
    this.title = body.title;
    this.detail = body.detail;
    this.instance = body.instance;
    this.type = body.type;
    this.invalidParams = body.invalidParams;
    this.body = body;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);

/**
 * The error body a payload is, or `undefined` for data. An error body has RFC 7807's `title` and a
 * numeric `status`, and none of the fields that make a verwerkt object or a list response, so that a
 * broken verwerkt object is never mistaken for an error.
 */
export function foutBody(payload: unknown): FoutBody | undefined {
  if (!isRecord(payload)) return undefined;
  if (typeof payload['status'] !== 'number' || typeof payload['title'] !== 'string') return undefined;
  if (['results', 'url', 'verwerktObjectId', 'objecttype', 'objectId', 'verwerkingsactie'].some((k) => k in payload))
    return undefined;
  const params = Array.isArray(payload['invalidParams']) ? payload['invalidParams'] : [];
  return {
    type: typeof payload['type'] === 'string' ? payload['type'] : undefined,
    code: str(payload['code']),
    title: payload['title'],
    status: payload['status'],
    detail: str(payload['detail']),
    instance: str(payload['instance']),
    invalidParams: params
      .filter(isRecord)
      .map((p) => ({ name: str(p['name']), code: str(p['code']), reason: str(p['reason']) })),
  };
}
