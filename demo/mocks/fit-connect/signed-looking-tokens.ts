/**
 * Security Event Tokens for the demo and the tests, shaped like the real ones:
 * the header and payload claims are those of a real `create-submission` SET
 * of the FIT-Connect testing environment, the event details (authentication
 * tags) those of a real `submit-submission` SET (both vendored in
 * test/fixtures/fit-connect/). Only the case, submission, event, time and id
 * change. The signature part is a dummy: the demo holds no key, and the
 * browser does not verify signatures anyway (the sender proxy does).
 */
import { EVENT_URI_PREFIX, encodeBase64Url, type DeliveryEventName } from '../../../connectors/fit-connect/index.js';
import examples from '../../../test/fixtures/fit-connect/jose-tokens.decoded-examples.json';

const created = examples.set_create_submission_example;
const submitted = examples.set_submit_submission_example;

/** The header of the real token: `kid` of the testing environment's key, `typ` `secevent+jwt`, `alg` `PS512`. */
export const REAL_SET_HEADER: Readonly<Record<string, unknown>> = created.header;
/** The real submit event's details: authentication tags of data, metadata and two attachments. */
export const REAL_SUBMIT_DETAILS: Readonly<Record<string, unknown>> =
  submitted.payload.events['https://schema.fitko.de/fit-connect/events/submit-submission'];

export const DUMMY_SIGNATURE = encodeBase64Url('demo signature: not signed, the mock holds no key');

export interface SetSpec {
  event: DeliveryEventName;
  caseId: string;
  submissionId: string;
  /** ISO 8601; becomes `iat` in whole seconds. */
  at: string;
  jti: string;
  /** Default: the delivery service of the testing environment, as in the real token. */
  issuer?: string;
  /** The event's details; default `{}`, and the real authentication tags for submit, notify and accept. */
  details?: Record<string, unknown>;
}

const WITH_TAGS: readonly DeliveryEventName[] = ['submit-submission', 'notify-submission', 'accept-submission'];

/** The payload claims of a SET, as the real ones are written. */
export function setPayload(spec: SetSpec): Record<string, unknown> {
  return {
    sub: `submission:${spec.submissionId}`,
    $schema: created.payload.$schema,
    iss: spec.issuer ?? created.payload.iss,
    txn: `case:${spec.caseId}`,
    iat: Math.floor(Date.parse(spec.at) / 1000),
    jti: spec.jti,
    events: { [`${EVENT_URI_PREFIX}${spec.event}`]: spec.details ?? (WITH_TAGS.includes(spec.event) ? REAL_SUBMIT_DETAILS : {}) },
  };
}

/** `header.payload.signature`, base64url, with the dummy signature unless another is given. */
export function compactToken(header: unknown, payload: unknown, signature: string = DUMMY_SIGNATURE): string {
  return `${encodeBase64Url(JSON.stringify(header))}.${encodeBase64Url(JSON.stringify(payload))}.${signature}`;
}

/** A signed-looking SET for `spec`. */
export function signedLookingSet(spec: SetSpec): string {
  return compactToken(REAL_SET_HEADER, setPayload(spec));
}
