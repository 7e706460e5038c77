/**
 * msw handlers that play Musterstadt's FIT-Connect sender proxy (contract
 * version 1, docs/connectors/fit-connect.md) for the demo and the tests,
 * same-origin under {@link FIT_CONNECT_PROXY_BASE}:
 *
 * - `POST status` with `{ caseId, pin }` → `{ caseId, eventLog, statusUpdates }`
 *   for the cases in demo-cases.ts;
 * - `404` for an unknown case id or a wrong PIN alike;
 * - `429` with `Retry-After` once a case had {@link MAX_FAILED_LOOKUPS} failed
 *   lookups (a repeated `Idempotency-Key` counts once);
 * - `400` for a body that is not `{ caseId, pin }`, `405`/`404` elsewhere;
 * - routing and submission (submission-handlers.ts) against a stand-in
 *   FIT-Connect (submission-backend.ts); an application sent there becomes
 *   a case the status lookup knows, with the PIN handed out on sending.
 *
 * Written from the contract, not from the connector.
 */
import { HttpResponse, http } from 'msw';
import { DEMO_CASES } from './demo-cases.js';
import { forgetSubmissions, sentCase } from './submission-backend.js';
import { submissionHandlers } from './submission-handlers.js';

export { DEMO_CASES, MUSTERSTADT_DESTINATION, type DemoCase } from './demo-cases.js';
export {
  destinationKeys,
  storedSubmissions,
  musterstadtDestination,
  routesFor,
  DEMO_LEIKA_KEYS,
  MUSTERSTADT_ARS,
  MUSTERSTADT_ENCRYPTION_KID,
  type DestinationKeys,
  type StoredSubmission,
} from './submission-backend.js';
export { STATUS_PIN_HEADER } from './submission-handlers.js';
export { signedLookingSet, setPayload, compactToken, REAL_SET_HEADER, REAL_SUBMIT_DETAILS, DUMMY_SIGNATURE, type SetSpec } from './signed-looking-tokens.js';

/** Where the demo and the tests find the proxy; use it as the connector's `proxyUrl`. */
export const FIT_CONNECT_PROXY_BASE = '/demo-api/musterstadt/fit-connect/';
export const MAX_FAILED_LOOKUPS = 5;
export const LOCKOUT_SECONDS = 900;

const failures = new Map<string, Set<string>>();

/** Forgets failed lookups and received submissions (between tests). */
export function resetFitConnectProxy(): void {
  failures.clear();
  forgetSubmissions();
}

const problem = (status: number, title: string, detail: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title, status, detail }, { status, headers: { 'content-type': 'application/problem+json', ...headers } });

export const fitConnectHandlers = [
  http.post(`${FIT_CONNECT_PROXY_BASE}status`, async ({ request }) => {
    const body: unknown = await request.json().catch(() => undefined);
    const { caseId, pin } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof caseId !== 'string' || typeof pin !== 'string' || caseId === '' || pin === '') {
      return problem(400, 'Bad Request', 'The body must be {"caseId": "<uuid>", "pin": "<pin>"}');
    }
    const key = caseId.toLowerCase();
    const failed = failures.get(key) ?? new Set<string>();
    if (failed.size >= MAX_FAILED_LOOKUPS) {
      return problem(429, 'Too Many Requests', 'Too many failed lookups for this case', { 'retry-after': String(LOCKOUT_SECONDS) });
    }
    const sent = sentCase(key, pin);
    const found = DEMO_CASES.find((c) => c.caseId === key && c.pin === pin) ?? (sent && { caseId: sent.caseId, eventLog: sent.eventLog, statusUpdates: [] });
    if (!found) {
      // One attempt per lookup: a retried request carries the same key.
      failed.add(request.headers.get('idempotency-key') ?? crypto.randomUUID());
      failures.set(key, failed);
      return problem(404, 'Not Found', 'No case with this id and PIN');
    }
    failures.delete(key);
    return HttpResponse.json({ caseId: found.caseId, eventLog: found.eventLog, statusUpdates: found.statusUpdates });
  }),
  ...submissionHandlers(FIT_CONNECT_PROXY_BASE),
  http.all(`${FIT_CONNECT_PROXY_BASE}*`, ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/status')) return problem(405, 'Method Not Allowed', `${request.method} is not allowed here`, { allow: 'POST' });
    return problem(404, 'Not Found', 'No such resource');
  }),
];
