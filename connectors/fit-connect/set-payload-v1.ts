/**
 * The payload of FIT-Connect Security Event Tokens, schema `set-payload`
 * version 1.x (`https://schema.fitko.de/fit-connect/set-payload/1.x.y/set-payload.schema.json`;
 * the schema itself allows every 1.x.y). The claims are those of RFC 8417 as
 * FIT-Connect fills them:
 *
 * - `$schema` the payload schema, `jti` a UUID, `iat` seconds since 1970;
 * - `iss` the delivery service's base URL, or the destination's UUID for
 *   events the receiving system signed (accept, reject);
 * - `sub` `submission:<uuid>`, `txn` `case:<uuid>`;
 * - `events` exactly one event URI with its details — for
 *   `reject-submission` a non-empty list of `problems`.
 *
 * A later major version of the payload gets a file of its own and an entry in
 * security-event-token.ts.
 */
import * as z from 'zod/mini';
import { integer } from '../../src/model/formats.js';
import { DELIVERY_EVENT_NAMES, type DeliveryEvent, type DeliveryEventName } from './delivery-event.js';

export const SET_PAYLOAD_V1_SCHEMA = /^https:\/\/schema\.fitko\.de\/fit-connect\/set-payload\/1\.\d+\.\d+\/set-payload\.schema\.json$/;
export const EVENT_URI_PREFIX = 'https://schema.fitko.de/fit-connect/events/';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const Text = z.string().check(z.minLength(1));

/** The payload claims; `events` is checked on its own, for a message that names the event. */
export const SetPayloadV1 = z.object({
  $schema: z.string().check(z.regex(SET_PAYLOAD_V1_SCHEMA)),
  jti: z.string().check(z.regex(new RegExp(`^${UUID}$`))),
  iss: Text,
  // The schema's minimum: 2020-01-01.
  iat: integer(z.minimum(1_577_833_200)),
  sub: z.string().check(z.regex(new RegExp(`^submission:${UUID}$`))),
  txn: z.string().check(z.regex(new RegExp(`^case:${UUID}$`))),
  events: z.record(z.string(), z.unknown()),
});

export const SubmissionProblemV1 = z.looseObject({
  type: Text,
  title: Text,
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
});

/** Details of the events; only a rejection must say something (why). */
const EventDetails = z.record(z.string(), z.unknown());
const RejectDetails = z.looseObject({ problems: z.array(SubmissionProblemV1).check(z.minLength(1)) });

/** Reads a payload; returns a problem description instead of throwing, for the caller's message. */
export function readSetPayloadV1(payload: Record<string, unknown>): DeliveryEvent | string {
  const claims = z.safeParse(SetPayloadV1, payload);
  if (!claims.success) {
    const issue = claims.error.issues[0];
    return `has a bad claim ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
  }
  const uris = Object.keys(claims.data.events);
  if (uris.length !== 1) return `names ${uris.length} events, a FIT-Connect SET names exactly one`;
  const uri = uris[0]!;
  const name = eventName(uri);
  if (!name) return `names the unknown event ${uri}`;
  const details = z.safeParse(name === 'reject-submission' ? RejectDetails : EventDetails, claims.data.events[uri]);
  if (!details.success) return `has bad details for ${name}: ${details.error.issues[0]?.message ?? 'invalid'}`;
  const problems = name === 'reject-submission' ? (details.data as z.infer<typeof RejectDetails>).problems : [];
  return {
    name,
    id: claims.data.jti.toLowerCase(),
    issuer: claims.data.iss,
    at: new Date(claims.data.iat * 1000).toISOString(),
    submissionId: claims.data.sub.slice('submission:'.length).toLowerCase(),
    caseId: claims.data.txn.slice('case:'.length).toLowerCase(),
    problems: problems.map(({ type, title, detail, instance }) => ({ type, title, detail, instance })),
  };
}

function eventName(uri: string): DeliveryEventName | undefined {
  if (!uri.startsWith(EVENT_URI_PREFIX)) return undefined;
  const name = uri.slice(EVENT_URI_PREFIX.length);
  return (DELIVERY_EVENT_NAMES as readonly string[]).includes(name) ? (name as DeliveryEventName) : undefined;
}
