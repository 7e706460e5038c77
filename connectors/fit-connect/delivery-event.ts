/**
 * One event of a case's FIT-Connect event log, read from its Security Event
 * Token: what happened to which submission, when, and — for a rejection —
 * why. Independent of the SET payload version it came from.
 */

/** The events of the FIT-Connect event log (URIs `https://schema.fitko.de/fit-connect/events/<name>`). */
export const DELIVERY_EVENT_NAMES = [
  'create-submission',
  'submit-submission',
  'notify-submission',
  'forward-submission',
  'accept-submission',
  'reject-submission',
  'delete-submission',
] as const;
export type DeliveryEventName = (typeof DELIVERY_EVENT_NAMES)[number];

/** A problem of a rejected submission, after RFC 7807 (`type`, `title`, `detail`, `instance`). */
export interface SubmissionProblem {
  type: string;
  title: string;
  detail?: string | undefined;
  /** What the problem is about, e.g. `metadata`, `data` or `attachment:<id>`. */
  instance?: string | undefined;
}

export interface DeliveryEvent {
  name: DeliveryEventName;
  /** The token's id (`jti`). */
  id: string;
  /** The delivery service's URL, or the destination's id for events of the receiving system. */
  issuer: string;
  /** When the event happened (`iat`), ISO 8601 in UTC. */
  at: string;
  /** Lower case. */
  submissionId: string;
  /** Lower case. */
  caseId: string;
  /** Only for `reject-submission`: why, at least one. */
  problems: SubmissionProblem[];
}
