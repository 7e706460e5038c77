/**
 * The status capability over the municipal-rest contract: the case looked
 * up by reference and PIN (`POST /status`, status-request.ts).
 *
 * - What the status tracker reads before any lookup — the PIN as second
 *   factor, the city's reference format — is here, at hand at once.
 * - A reference that cannot exist (format or check digit, when the
 *   connector knows the city's format) is refused as `not-found` without a
 *   request, so a typo costs the citizen none of the failed lookups the
 *   backend allows.
 * - The request and the reading of its answer (with the case-status schema)
 *   load with the first lookup that passes these checks: a finder or form
 *   page never downloads them.
 */
import {
  HttpClient,
  OzgError,
  loadPart,
  type CallOptions,
  type CaseStatus,
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
    const { requestStatus } = await loadPart(() => import('./status-request.js'), 'municipal-rest status lookup');
    return requestStatus(this.#client, lookup, (reference) => this.#normalize(reference), options);
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
