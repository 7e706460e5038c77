/**
 * `POST /status` of the demo's municipal-rest backend, written from the
 * contract (docs/municipal-rest.openapi.yaml):
 *
 * - the body is JSON `{ reference, secondFactor: { kind: 'pin', value } }`
 *   (`415` for another content type, `400` for a body of another shape or a
 *   reference that is not `PREFIX-YYYY-NNNNNN-C` with a valid check digit);
 * - `200` with the `CaseStatus`, `Cache-Control: no-store`; no `ETag`, and
 *   `If-None-Match` is ignored (no conditional requests for status);
 * - `404` with the very same problem details whether the reference is
 *   unknown or the PIN wrong, so nobody can find out which references exist;
 * - after {@link FAILED_LOOKUP_LIMIT} such failures within
 *   {@link FAILED_LOOKUP_WINDOW_SECONDS}, `429` with `Retry-After` for every
 *   lookup of the client until the oldest failure leaves the window.
 *
 * Cases come from municipal-rest-cases.ts; time from the mock clock.
 */
import { HttpResponse } from 'msw';
// From the modules, not the connector's index: its re-exports would load the parts the connector loads on first use.
import { StatusLookup } from '../../connectors/municipal-rest/api-schemas.js';
import { formatReference, parseReference } from '../../connectors/municipal-rest/reference.js';
import { FailedLookupLimit } from './failed-lookup-limit.js';
import { mockNow } from './mock-clock.js';
import { findCase, statusAt } from './municipal-rest-cases.js';
import { CONTENT_LANGUAGE, problem } from './municipal-rest-responses.js';

/** Failed lookups a client may make within the window … */
export const FAILED_LOOKUP_LIMIT = 5;
/** … of this many seconds. */
export const FAILED_LOOKUP_WINDOW_SECONDS = 600;

/**
 * The demo backend sees one client: the browser it runs in (a service worker
 * has no addresses). A real backend counts per IP address.
 */
const CLIENT = 'browser';

const limit = new FailedLookupLimit({ limit: FAILED_LOOKUP_LIMIT, windowSeconds: FAILED_LOOKUP_WINDOW_SECONDS });

/** Forgets every failed lookup, so the next lookup is not refused with `429`. */
export function resetFailedLookups(): void {
  limit.reset();
}

/** Failed lookups within the current window. */
export function failedLookupCount(): number {
  return limit.failures(CLIENT, mockNow());
}

/** What the endpoint needs to know about services. */
export interface StatusContext {
  serviceName(serviceId: string): string | undefined;
  authorityName(serviceId: string): string | undefined;
}

/** The one answer to "reference and PIN do not match", whichever of them is wrong. */
const NO_MATCH = 'No case matches this reference and PIN';

export function statusEndpoint(context: StatusContext): (request: Request) => Promise<Response> {
  return async (request) => {
    const now = mockNow();
    const wait = limit.waitSeconds(CLIENT, now);
    if (wait > 0) {
      return problem(request, 429, `Too many failed lookups; try again in ${wait} seconds`, { 'retry-after': String(wait), 'cache-control': 'no-store' });
    }
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return problem(request, 415, 'Send the lookup as application/json');
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(request, 400, 'The body is not JSON');
    }
    const parsed = StatusLookup.safeParse(body);
    if (!parsed.success) {
      const invalid = parsed.error.issues.map((issue) => ({ name: issue.path.join('.') || '(body)', reason: issue.message }));
      return problem(request, 400, 'The body is not a status lookup', {}, invalid);
    }
    const parts = parseReference(parsed.data.reference);
    if (!parts) {
      // Says nothing about any case: a number with a wrong check digit cannot exist.
      return problem(request, 400, 'Not a reference number', {}, [
        { name: 'reference', reason: 'must be PREFIX-YYYY-NNNNNN-C with a valid ISO/IEC 7064 MOD 11-10 check digit' },
      ]);
    }
    const record = findCase(formatReference(parts));
    if (!record || !samePin(record.pin, parsed.data.secondFactor.value)) {
      limit.recordFailure(CLIENT, now);
      return problem(request, 404, NO_MATCH, { 'cache-control': 'no-store' });
    }
    // The fixed demo cases name their service by id only.
    const status = statusAt(record, now, { serviceName: context.serviceName(record.serviceId), authorityName: context.authorityName(record.serviceId) });
    return HttpResponse.json(status, { headers: { 'cache-control': 'no-store', 'content-language': CONTENT_LANGUAGE } });
  };
}

/** Compares every character whatever the first difference, as a real backend must (timing would tell digits apart). */
function samePin(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
  return difference === 0;
}
