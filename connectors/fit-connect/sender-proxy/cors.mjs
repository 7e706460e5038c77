/**
 * CORS for the pages of the configured origins. No credentials: the widgets
 * send no cookies, and the proxy sets none. Requests from other origins are
 * refused (403) before anything is forwarded — CORS alone would only hide
 * the answer from the page, not stop the request.
 */

/** Request headers the widgets send (docs/connectors/fit-connect.md). */
const ALLOWED_REQUEST_HEADERS = 'Content-Type, Accept, Accept-Language, Idempotency-Key';
/** Response headers the page may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = 'X-Ozg-Status-Pin, Retry-After, X-Request-Id';

/**
 * @param {string | undefined} origin  the request's `Origin` header
 * @param {readonly string[]} allowedOrigins
 * @returns {{ allowed: boolean, headers: Record<string, string> }}
 *   `allowed` false only for a cross-origin request from an origin not on the list;
 *   requests without `Origin` (same-origin GETs, servers) get no CORS headers.
 */
export function corsFor(origin, allowedOrigins) {
  if (origin === undefined) return { allowed: true, headers: {} };
  if (!allowedOrigins.includes(origin)) return { allowed: false, headers: { Vary: 'Origin' } };
  return {
    allowed: true,
    headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' },
  };
}

/**
 * Headers of a preflight answer for an allowed origin.
 * @param {string} origin
 * @param {readonly string[]} methods  the methods of the requested path
 */
export function preflightHeaders(origin, methods) {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  };
}
