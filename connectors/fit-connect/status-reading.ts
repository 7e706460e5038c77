/**
 * The sender proxy's answer to a status lookup, read: every Security Event
 * Token checked against the case, then one timeline from the event log and
 * the BundID status updates. Loaded on the first lookup, while that request
 * runs (fit-connect-status.ts): a page that only sends applications never
 * downloads it.
 */
import { OzgError } from '../../src/connector/errors.js';
import type { CaseStatus } from '../../src/model/case-status.js';
import { buildCaseStatus } from './case-timeline.js';
import { sameCaseId } from './case-id.js';
import type { DeliveryEvent } from './delivery-event.js';
import { readSecurityEventToken } from './security-event-token.js';
import type { StatusLookupAnswer } from './sender-proxy.js';

export function readCaseStatus(answer: StatusLookupAnswer, caseId: string, language: string | undefined): CaseStatus {
  if (!sameCaseId(answer.caseId, caseId)) {
    throw new OzgError('invalid-response', `The sender proxy answered for case ${answer.caseId}, not for ${caseId}`);
  }
  const delivery = answer.eventLog.map((token, index) => readSecurityEventToken(token, caseId, index + 1));
  checkOneLog(delivery);
  checkOneApplication(answer.statusUpdates.map((u) => u.applicationId));
  return buildCaseStatus({ caseId, delivery, updates: answer.statusUpdates, language });
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
