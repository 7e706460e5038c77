/**
 * Typed failures. Every connector call either resolves with schema-valid data,
 * rejects with an {@link OzgError}, or — when its signal was aborted — rejects
 * with the signal's `AbortError`. Widgets pick their message and whether to
 * offer a retry from `kind` alone.
 */

export const ERROR_KINDS = ['network', 'timeout', 'not-found', 'invalid-response', 'rejected', 'unavailable'] as const;

/**
 * - `network`: no connection, connection dropped, CORS refused.
 * - `timeout`: the backend did not answer in time.
 * - `not-found`: the requested thing does not exist (404/410).
 * - `invalid-response`: the backend answered with something that is not valid JSON or does not match the schema.
 * - `rejected`: the backend refused the request (400, 401, 403, 409, 422, …); see `fieldErrors`.
 * - `unavailable`: the backend is down or overloaded (5xx, 429); see `retryAfterSeconds`.
 */
export type OzgErrorKind = (typeof ERROR_KINDS)[number];

/** A backend message about one field, e.g. from a 422 response. */
export interface FieldError {
  /** JSON Pointer of the field, e.g. `/G60000086/F60000246`. */
  field: string;
  message: string;
}

export interface OzgErrorOptions {
  status?: number | undefined;
  retryAfterSeconds?: number | undefined;
  fieldErrors?: FieldError[] | undefined;
  cause?: unknown;
}

/** Marks errors across two copies of the library on one page, where `instanceof` fails. */
const BRAND = Symbol.for('ozg-widgets.error');

export class OzgError extends Error {
  readonly kind: OzgErrorKind;
  /** HTTP status when there was one. */
  readonly status: number | undefined;
  /** From a `Retry-After` header on 429/503. */
  readonly retryAfterSeconds: number | undefined;
  readonly fieldErrors: readonly FieldError[];
  readonly [BRAND] = true;

  constructor(kind: OzgErrorKind, message: string, options: OzgErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OzgError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.fieldErrors = options.fieldErrors ?? [];
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return this.kind !== 'not-found' && this.kind !== 'rejected';
  }

  /** True for 429 Too Many Requests: the citizen should wait, not retry at once. */
  get rateLimited(): boolean {
    return this.status === 429;
  }
}

export function isOzgError(error: unknown): error is OzgError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
