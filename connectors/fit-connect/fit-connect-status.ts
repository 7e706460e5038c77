/**
 * The `status` capability of the `fit-connect` connector: where an
 * application sent through FIT-Connect stands, from its case id (on the
 * receipt) and PIN, read through the city's sender proxy. The answer is
 * read by status-reading.ts, loaded with the first lookup.
 */
import type { CallOptions, StatusCapability } from '../../src/connector/contract.js';
import { OzgError } from '../../src/connector/errors.js';
import { loadPart } from '../../src/connector/load-part.js';
import type { CaseStatus, StatusQuery } from '../../src/model/case-status.js';
import { caseIdFormat, isCaseId, normalizeCaseId } from './case-id.js';
import type { SenderProxy } from './sender-proxy.js';

export class FitConnectStatus implements StatusCapability {
  readonly secondFactor = 'pin';
  readonly reference = caseIdFormat;
  readonly #proxy: SenderProxy;

  constructor(proxy: SenderProxy) {
    this.#proxy = proxy;
  }

  /**
   * Rejects with `not-found` when the reference cannot be a case id (without
   * asking the proxy) or the proxy knows no case with this id and PIN;
   * `rejected` without a PIN; `invalid-response` when the answer or any
   * token in it is malformed or belongs to another case.
   */
  async getStatus(query: StatusQuery, options: CallOptions = {}): Promise<CaseStatus> {
    options.signal?.throwIfAborted();
    const caseId = normalizeCaseId(query.reference);
    if (!isCaseId(caseId)) throw new OzgError('not-found', `"${query.reference}" is not a FIT-Connect case id`);
    const pin = query.secondFactor?.kind === 'pin' ? query.secondFactor.value.trim() : '';
    if (pin === '') throw new OzgError('rejected', 'A FIT-Connect status lookup needs the PIN from the receipt');

    const reading = loadPart(() => import('./status-reading.js'), 'FIT-Connect status reading');
    const answer = await this.#proxy.lookUpStatus({ caseId, pin }, options);
    return (await reading).readCaseStatus(answer, caseId, options.language);
  }
}
