/**
 * The status capability over the municipal-rest contract: `POST /status`
 * with the reference and the PIN in a JSON body — never in the URL, which
 * ends up in server and proxy logs and in the browser history.
 *
 * - A reference that cannot exist (format or check digit, when the
 *   connector knows the city's format) is refused as `not-found` without a
 *   request, so a typo costs the citizen none of the failed lookups the
 *   backend allows.
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
import {
  CaseStatus,
  HttpClient,
  OzgError,
  type CallOptions,
  type ReferenceFormat,
  type StatusCapability,
  type StatusQuery,
} from '../../src/index.js';
import type { StatusLookup } from './api-schemas.js';

export class MunicipalRestStatus implements StatusCapability {
  readonly secondFactor = 'pin' as const;
  readonly reference: ReferenceFormat | undefined;
  readonly #client: HttpClient;

  /** `reference`: the city's reference format, when it uses the recommended one. */
  constructor(client: HttpClient, reference?: ReferenceFormat) {
    this.#client = client;
    this.reference = reference;
  }

  async getStatus(query: StatusQuery, options: CallOptions = {}): Promise<CaseStatus> {
    options.signal?.throwIfAborted();
    const lookup = this.#lookup(query);
    const status = await this.#client.post('status', lookup, CaseStatus, { signal: options.signal, language: options.language });
    // Another case's status would show a stranger's application: never pass it on.
    if (this.#normalize(status.reference) !== lookup.reference) {
      throw new OzgError('invalid-response', `Asked the backend for the status of one case, got the status of "${status.reference}"`);
    }
    return { ...status, history: oldestFirst(status.history) };
  }

  /** The request body, or a typed refusal of a query that cannot match any case. */
  #lookup(query: StatusQuery): StatusLookup {
    const reference = this.#normalize(query.reference);
    if (this.reference ? !this.reference.isValid(reference) : reference === '') {
      throw new OzgError('not-found', `"${reference}" is not a possible reference number (format or check digit); nothing was sent`);
    }
    // People copy PINs with spaces ("402 917"); a PIN never contains any.
    const pin = query.secondFactor?.kind === 'pin' ? query.secondFactor.value.replace(/\s+/gu, '') : '';
    if (pin === '') throw new OzgError('rejected', 'This backend looks cases up by reference and PIN; the query has no PIN');
    return { reference, secondFactor: { kind: 'pin', value: pin } };
  }

  #normalize(reference: string): string {
    return this.reference ? this.reference.normalize(reference) : reference.trim();
  }
}

/** The contract lists history oldest first; a backend that sends newest first is put in order. */
function oldestFirst(history: CaseStatus['history']): CaseStatus['history'] {
  return history
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event);
}
