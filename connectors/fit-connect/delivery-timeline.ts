/**
 * FIT-Connect event log → the citizen's timeline.
 *
 * | event | state | why |
 * | --- | --- | --- |
 * | `create-submission` | — | the online service opened the submission; nothing is sent yet |
 * | `submit-submission` | `submitted` | the submission is complete at the delivery service |
 * | `notify-submission` | `delivered` | the receiving system was told it can fetch it |
 * | `forward-submission` | `delivered` | a downstream system took it over to pass it on |
 * | `accept-submission` | `delivered` | the authority's system fetched, decrypted and checked it: a receipt confirmation, not yet processing |
 * | `reject-submission` | `rejected` | with the problems as reason |
 * | `delete-submission` | `withdrawn` | deleted before anyone accepted or rejected it; after that it is only the delivery service tidying up and is not shown |
 *
 * Processing itself (`in-progress`, `action-required`, `completed`) comes from
 * the authority's status updates (processing-timeline.ts).
 */
import type { CaseEvent, CaseState } from '../../src/model/case-status.js';
import type { DeliveryEvent, DeliveryEventName, SubmissionProblem } from './delivery-event.js';
import { plainText } from './plain-text.js';

export const STATE_OF_DELIVERY_EVENT: Readonly<Record<DeliveryEventName, CaseState | undefined>> = {
  'create-submission': undefined,
  'submit-submission': 'submitted',
  'notify-submission': 'delivered',
  'forward-submission': 'delivered',
  'accept-submission': 'delivered',
  'reject-submission': 'rejected',
  'delete-submission': 'withdrawn',
};

/** The shown events of a log, in log order. */
export function deliveryTimeline(events: readonly DeliveryEvent[]): CaseEvent[] {
  const timeline: CaseEvent[] = [];
  for (const event of events) {
    const state = STATE_OF_DELIVERY_EVENT[event.name];
    if (state === undefined) continue;
    if (event.name === 'delete-submission' && wasSettled(event, events)) continue;
    const entry: CaseEvent = { state, at: event.at };
    if (event.name === 'reject-submission') {
      const reason = rejectionReason(event.problems);
      if (reason) entry.reason = reason;
    }
    timeline.push(entry);
  }
  return timeline;
}

/** Whether the receiving side had accepted or rejected the submission before it was deleted. */
function wasSettled(deletion: DeliveryEvent, events: readonly DeliveryEvent[]): boolean {
  return events.some(
    (e) =>
      (e.name === 'accept-submission' || e.name === 'reject-submission') &&
      e.submissionId === deletion.submissionId &&
      Date.parse(e.at) <= Date.parse(deletion.at),
  );
}

/** One line per problem: "title: detail". */
export function rejectionReason(problems: readonly SubmissionProblem[]): string | undefined {
  const lines = problems
    .map((p) => plainText(p.detail && p.detail.trim() !== '' ? `${p.title.trim().replace(/[.:]$/, '')}: ${p.detail.trim()}` : p.title))
    .filter((line): line is string => line !== undefined);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
