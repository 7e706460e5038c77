/**
 * Security Event Tokens as FIT-Connect writes them, signed PS512 with a
 * stand-in key. The claims follow the real tokens of the FIT-Connect
 * testing environment vendored in test/fixtures/fit-connect/
 * (jose-tokens.decoded-examples.json): `$schema`, `sub`, `iss`, `txn`,
 * `iat`, `jti`, one event — only ids, times and the issuer are replaced.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CompactSign } from 'jose';

const examples = JSON.parse(readFileSync(new URL('../../fixtures/fit-connect/jose-tokens.decoded-examples.json', import.meta.url), 'utf8'));
const createExample = examples.set_create_submission_example;
const submitExample = examples.set_submit_submission_example;
const routeExample = examples.routing_destinationSignature_example;

export const EVENT = 'https://schema.fitko.de/fit-connect/events/';

/**
 * @typedef {object} SetOptions
 * @property {{ kid: string, privateKey: CryptoKey }} key
 * @property {string} [kid]            header kid, default the key's
 * @property {string} iss              a URL (delivery service) or a destination UUID
 * @property {string} submissionId
 * @property {string} caseId
 * @property {string} event            e.g. `create-submission`
 * @property {Record<string, unknown>} [detail]  the event's object
 * @property {number} iat              seconds
 */

/**
 * @param {SetOptions} options
 * @returns {Promise<string>} compact JWS
 */
export function signSet({ key, kid, iss, submissionId, caseId, event, detail = {}, iat }) {
  const template = event === 'submit-submission' ? submitExample.payload : createExample.payload;
  const payload = {
    ...template,
    sub: `submission:${submissionId}`,
    iss,
    txn: `case:${caseId}`,
    iat,
    jti: randomUUID(),
    events: { [`${EVENT}${event}`]: detail },
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ ...createExample.header, kid: kid ?? key.kid })
    .sign(key.privateKey);
}

/** The header of the real tokens: `typ` `secevent+jwt`, `alg` `PS512`. */
export const SET_HEADER = createExample.header;

/**
 * A route's `destinationSignature` as the Self-Service-Portal signs it: the
 * real example's header (`typ` `jwt`, `alg` `PS512`) and claims
 * (`submissionHost`, `iss`, `services`, `destinationId`, `iat`, `jti`),
 * with this destination and service.
 * @param {{ key: { kid: string, privateKey: CryptoKey }, kid?: string, destinationId: string, leikaKey: string, iat: number }} options
 */
export function signDestination({ key, kid, destinationId, leikaKey, iat }) {
  const [service] = routeExample.payload.services;
  const payload = {
    ...routeExample.payload,
    services: [{ ...service, leistungIDs: [`urn:de:fim:leika:leistung:${leikaKey}`] }],
    destinationId,
    iat,
    jti: randomUUID(),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ ...routeExample.header, kid: kid ?? key.kid })
    .sign(key.privateKey);
}
