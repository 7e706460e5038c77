/**
 * The status lookup's request and answer over the municipal-rest contract:
 * `POST /status` with the reference and the PIN in a JSON body — never in
 * the URL, which ends up in server and proxy logs and in the browser history.
 * Loaded with the first lookup (status.ts): a page that never looks up a
 * status downloads neither this nor the case-status schema.
 *
 * - `404` (reference and PIN do not match, whichever of them is wrong) is
 *   `not-found`; `429` is `unavailable` with `rateLimited` and
 *   `retryAfterSeconds` (the HTTP client's mapping).
 * - Lookups are never repeated automatically: the HTTP client retries a POST
 *   only with an idempotency key, and this one is sent without, so the wait
 *   of a `429` reaches the citizen at once instead of being spent on
 *   attempts that cannot succeed.
 * - No conditional requests: the answer is personal data the backend marks
 *   `no-store`, and RFC 9110 does not allow `304` for a POST.
 */
import { CaseStatus, HttpClient, OzgError, type CallOptions } from '../../src/index.js';
import type { StatusLookup } from './api-schemas.js';

/** The case's status; `normalize` writes a reference the way `lookup.reference` is written. */
export async function requestStatus(
  client: HttpClient,
  lookup: StatusLookup,
  normalize: (reference: string) => string,
  options: CallOptions,
): Promise<CaseStatus> {
  const status = await client.post('status', lookup, CaseStatus, { signal: options.signal, language: options.language });
  // Another case's status would show a stranger's application: never pass it on.
  if (normalize(status.reference) !== lookup.reference) {
    throw new OzgError('invalid-response', `Asked the backend for the status of one case, got the status of "${status.reference}"`);
  }
  return { ...status, history: oldestFirst(status.history) };
}

/** The contract lists history oldest first; a backend that sends newest first is put in order. */
function oldestFirst(history: CaseStatus['history']): CaseStatus['history'] {
  return history
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event);
}
