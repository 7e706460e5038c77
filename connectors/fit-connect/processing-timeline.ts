/**
 * BundID status updates (ZBP) → the citizen's timeline.
 *
 * | ZBP status | state | note / action |
 * | --- | --- | --- |
 * | `INITIATED` | `submitted` | `statusDetails`, `additionalInformation` as note |
 * | `SUBMITTED` | `submitted` | 〃 |
 * | `RECEIVED` | `delivered` | 〃 |
 * | `PROCESSING` | `in-progress` | 〃 |
 * | `ACTION_REQUIRED` | `action-required` | `additionalInformation` as what to do, `statusDetails` as note (as what to do when it is the only text) |
 * | `COMPLETED` | `completed` | `statusDetails`, `additionalInformation` as note |
 *
 * Texts are picked in the citizen's language where the update has it.
 */
import type { CaseEvent, CaseState } from '../../src/model/case-status.js';
import { pickText } from './pick-text.js';
import { plainText } from './plain-text.js';
import type { ZbpStatus, ZbpStatusUpdate } from './zbp-status-update.js';

export const STATE_OF_ZBP_STATUS: Readonly<Record<ZbpStatus, CaseState>> = {
  INITIATED: 'submitted',
  SUBMITTED: 'submitted',
  RECEIVED: 'delivered',
  PROCESSING: 'in-progress',
  ACTION_REQUIRED: 'action-required',
  COMPLETED: 'completed',
};

export function processingTimeline(updates: readonly ZbpStatusUpdate[], language: string | undefined): CaseEvent[] {
  return updates.map((update) => {
    const state = STATE_OF_ZBP_STATUS[update.status];
    const details = plainTextOf(pickText(update.statusDetails, language));
    const information = plainTextOf(pickText(update.additionalInformation, language));
    const entry: CaseEvent = { state, at: update.createdDate };
    if (state === 'action-required') {
      // What to do is the additional information; without it the details say it, once.
      const todo = information ?? details;
      if (todo) entry.action = { description: todo };
      if (details && information) entry.note = details;
    } else {
      const note = [details, information].filter((text): text is string => text !== undefined).join('\n');
      if (note) entry.note = note;
    }
    return entry;
  });
}

/** Service and authority names from the newest update that has them. */
export function caseNames(updates: readonly ZbpStatusUpdate[], language: string | undefined): { serviceName?: string; authorityName?: string } {
  const newestFirst = [...updates].sort((a, b) => Date.parse(b.createdDate) - Date.parse(a.createdDate));
  const serviceName = newestFirst.map((u) => plainTextOf(pickText(u.publicServiceName, language))).find((name) => name !== undefined);
  const authorityName = newestFirst.map((u) => plainTextOf(u.senderName)).find((name) => name !== undefined);
  return { ...(serviceName ? { serviceName } : {}), ...(authorityName ? { authorityName } : {}) };
}

function plainTextOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : plainText(text);
}
