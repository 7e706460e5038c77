/**
 * The `status` capability of the `fit-connect` connector: where an
 * application sent through FIT-Connect stands, from its case id (on the
 * receipt) and PIN, read through the city's sender proxy.
 */
import type { CallOptions, StatusCapability } from '../../src/connector/contract.js';
import { OzgError } from '../../src/connector/errors.js';
import type { CaseStatus, StatusQuery } from '../../src/model/case-status.js';
import { buildCaseStatus } from './case-timeline.js';
import { caseIdFormat, isCaseId, normalizeCaseId, sameCaseId } from './case-id.js';
import type { DeliveryEvent } from './delivery-event.js';
import { readSecurityEventToken } from './security-event-token.js';
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

    const answer = await this.#proxy.lookUpStatus({ caseId, pin }, options);
    if (!sameCaseId(answer.caseId, caseId)) {
      throw new OzgError('invalid-response', `The sender proxy answered for case ${answer.caseId}, not for ${caseId}`);
    }
    const delivery = answer.eventLog.map((token, index) => readSecurityEventToken(token, caseId, index + 1));
    checkOneLog(delivery);
    checkOneApplication(answer.statusUpdates.map((u) => u.applicationId));
    return buildCaseStatus({ caseId, delivery, updates: answer.statusUpdates, language: options.language });
  }
}

/** The same token twice means the proxy pieced the log together wrongly (overlapping pages). */
function checkOneLog(events: readonly DeliveryEvent[]): void {
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) throw new OzgError('invalid-response', `The FIT-Connect event log lists token ${event.id} twice`);
    seen.add(event.id);
  }
}

/** Status updates of two applications would mix two people's news into one timeline. */
function checkOneApplication(applicationIds: readonly string[]): void {
  const ids = new Set(applicationIds.map((id) => id.toLowerCase()));
  if (ids.size > 1) throw new OzgError('invalid-response', `The status updates belong to ${ids.size} applications, not one`);
}
