/**
 * One timeline from both sources: the FIT-Connect event log (delivery) and
 * the authority's BundID status updates (processing).
 *
 * - Entries are ordered by time; at the same second, by their place in the
 *   plain-language order (submitted before delivered …), then as the
 *   sources listed them.
 * - A run of entries in the same state keeps its first one, plus every later
 *   one that brings a note, an action or a reason: "delivered" three times
 *   (notified, accepted, received) is one step for the citizen.
 * - The current state is the latest entry's; `updatedAt` is the time of the
 *   latest news from either source.
 * - A log with nothing to show but `create-submission` is a submission still
 *   being sent: `submitted`, without history.
 */
import { OzgError } from '../../src/connector/errors.js';
import { parseBody } from '../../src/http/client.js';
import { CaseState, CaseStatus, type CaseEvent } from '../../src/model/case-status.js';
import type { DeliveryEvent } from './delivery-event.js';
import { deliveryTimeline } from './delivery-timeline.js';
import { caseNames, processingTimeline } from './processing-timeline.js';
import type { ZbpStatusUpdate } from './zbp-status-update.js';

export interface CaseSources {
  caseId: string;
  delivery: readonly DeliveryEvent[];
  updates: readonly ZbpStatusUpdate[];
  language?: string | undefined;
}

const RANK = new Map(CaseState.options.map((state, index) => [state, index]));

export function buildCaseStatus({ caseId, delivery, updates, language }: CaseSources): CaseStatus {
  const entries = [...deliveryTimeline(delivery), ...processingTimeline(updates, language)];
  const history = collapse(sortByTime(entries));
  const times = [...delivery.map((e) => e.at), ...updates.map((u) => u.createdDate)];
  if (times.length === 0) throw new OzgError('invalid-response', `The sender proxy answered no events for case ${caseId}`);
  const latest = history.at(-1);
  const status = {
    reference: caseId,
    state: latest?.state ?? 'submitted',
    ...caseNames(updates, language),
    updatedAt: new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString(),
    history,
  };
  return parseBody(CaseStatus, status, `the FIT-Connect status of case ${caseId}`);
}

/** Stable sort by time, then by the state's place in the timeline. */
export function sortByTime(entries: readonly CaseEvent[]): CaseEvent[] {
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => a.time - b.time || RANK.get(a.entry.state)! - RANK.get(b.entry.state)! || a.index - b.index)
    .map(({ entry }) => entry);
}

function collapse(entries: readonly CaseEvent[]): CaseEvent[] {
  const kept: CaseEvent[] = [];
  for (const entry of entries) {
    const previous = kept.at(-1);
    const saysMore = entry.note !== undefined || entry.action !== undefined || entry.reason !== undefined;
    if (previous?.state === entry.state && !saysMore) continue;
    kept.push(entry);
  }
  return kept;
}
