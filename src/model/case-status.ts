/**
 * CaseStatus: where an application stands, with its history.
 *
 * The states are one plain-language timeline across delivery (FIT-Connect
 * event log: create/submit/forward/accept/reject) and processing (BundID
 * status monitor: SUBMITTED, RECEIVED, PROCESSING, ACTION_REQUIRED,
 * COMPLETED; ZGW `statussen`).
 */
import * as z from 'zod/mini';
import { CASE_STATES } from './case-states.js';
import { Text, list } from './common.js';
import { HttpUrl, IsoDate, IsoDateTime } from './formats.js';

export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;

export { FINAL_CASE_STATES, isFinalCaseState } from './case-states.js';

/** What the authority asks the citizen to do. */
export const RequiredAction = z.object({
  description: Text,
  dueDate: z.optional(IsoDate),
  url: z.optional(HttpUrl),
});
export type RequiredAction = z.infer<typeof RequiredAction>;

export const CaseEvent = z.object({
  state: CaseState,
  at: IsoDateTime,
  /** Note from the office, plain text. */
  note: z.optional(z.string()),
  action: z.optional(RequiredAction),
  /** Why an application was rejected. */
  reason: z.optional(z.string()),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseStatus = z.object({
  reference: Text,
  state: CaseState,
  serviceName: z.optional(z.string()),
  authorityName: z.optional(z.string()),
  updatedAt: IsoDateTime,
  /** A target date, not a promise. */
  expectedCompletion: z.optional(IsoDate),
  /** Oldest first. */
  history: list(CaseEvent),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** What the citizen enters to look up a case. */
export const StatusQuery = z.object({
  reference: Text,
  secondFactor: z.optional(
    z.union([
      z.object({ kind: z.literal('pin'), value: Text }),
      z.object({ kind: z.literal('birth-date'), value: IsoDate }),
    ]),
  ),
});
export type StatusQuery = z.infer<typeof StatusQuery>;
