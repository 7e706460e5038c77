/**
 * `POST status` — contract version 1 (docs/connectors/fit-connect.md):
 * `{ caseId, pin }` → `{ caseId, eventLog, statusUpdates }`, the same 404
 * for an unknown case and a wrong PIN, 429 + Retry-After after too many
 * failed lookups, every SET's signature verified.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { compactVerify, decodeJwt, importJWK } from 'jose';
import { startHarness, submitThroughProxy } from './helpers/harness.mjs';
import { EVENT } from './helpers/security-event-tokens.mjs';

/** @type {import('./helpers/harness.mjs').Harness | undefined} */
let harness;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/**
 * @param {import('./helpers/harness.mjs').Harness} h
 * @param {Record<string, unknown>} body
 * @param {Record<string, string>} [headers]
 */
function lookUp(h, body, headers = {}) {
  return h.request('status', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: JSON.stringify(body),
  });
}

/** A PIN that is not `pin` (six digits). @param {string} pin */
function wrongPin(pin, n = 1) {
  return String((Number(pin) + n) % 1_000_000).padStart(6, '0');
}

describe('sender proxy: status lookup', () => {
  test('the right PIN gets the whole event log, all pages, each token as FIT-Connect signed it', async () => {
    harness = await startHarness({ standIn: { maxPageSize: 1 } });
    const sent = await submitThroughProxy(harness);
    // The authority's system accepts: a SET signed by the destination (iss = its UUID).
    await harness.standIn.addEvent(sent.caseId, 'accept-submission', { issuer: 'destination', submissionId: sent.submissionId });

    const response = await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const answer = await response.json();
    assert.deepEqual(Object.keys(answer).sort(), ['caseId', 'eventLog', 'statusUpdates']);
    assert.equal(answer.caseId, sent.caseId);
    assert.deepEqual(answer.statusUpdates, []);
    assert.deepEqual(answer.eventLog, harness.standIn.cases.get(sent.caseId), 'all tokens, unchanged, oldest first');
    assert.deepEqual(
      answer.eventLog.map((/** @type {string} */ token) => Object.keys(decodeJwt(token).events ?? {})[0]),
      [`${EVENT}create-submission`, `${EVENT}submit-submission`, `${EVENT}accept-submission`],
    );

    // One page per token (the stand-in gives one per page), each call with the proxy's token.
    const pages = harness.standIn.apiRequests().filter((r) => r.path === `/v1/cases/${sent.caseId}/events`);
    assert.deepEqual(pages.map((r) => r.query.get('offset')), ['0', '1', '2']);
    for (const page of pages) assert.match(String(page.headers.authorization), /^Bearer /);

    // The signatures are real: the delivery service's and the destination's public keys verify them.
    const [created, , accepted] = answer.eventLog;
    await compactVerify(created, await importJWK(harness.standIn.keys.deliveryService.publicJwk, 'PS512'));
    await compactVerify(accepted, await importJWK(harness.standIn.keys.destinationSigning.publicJwk, 'PS512'));
  });

  test('keys are read once and reused for later lookups', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    await harness.standIn.addEvent(sent.caseId, 'accept-submission', { issuer: 'destination' });
    for (let i = 0; i < 3; i++) assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) })).status, 200);
    const keyReads = harness.standIn.requests.filter((r) => r.path === '/.well-known/jwks.json' || r.path.includes('/keys/'));
    // The browser read the encryption key once in submitThroughProxy; the proxy read the JWKS and the signing key once each.
    assert.equal(keyReads.filter((r) => r.path === '/.well-known/jwks.json').length, 1);
    assert.equal(keyReads.filter((r) => r.path.endsWith(`/keys/${harness?.standIn.keys.destinationSigning.kid}`)).length, 1);
  });

  test('concurrent first lookups share one read of the delivery service’s keys', async () => {
    const h = (harness = await startHarness());
    const sent = await submitThroughProxy(h, { attachments: [] });
    const responses = await Promise.all(Array.from({ length: 3 }, () => lookUp(h, { caseId: sent.caseId, pin: String(sent.pin) })));
    assert.deepEqual(responses.map((r) => r.status), [200, 200, 200]);
    assert.equal(h.standIn.requests.filter((r) => r.path === '/.well-known/jwks.json').length, 1);
  });

  test('the PIN may be typed with spaces or a dash, the case id in capitals', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const pin = String(sent.pin);
    for (const typed of [`${pin.slice(0, 3)} ${pin.slice(3)}`, `${pin.slice(0, 3)}-${pin.slice(3)}`]) {
      const response = await lookUp(harness, { caseId: sent.caseId.toUpperCase(), pin: typed });
      assert.equal(response.status, 200, typed);
      assert.equal((await response.json()).caseId, sent.caseId);
    }
  });

  test('a wrong PIN and an unknown case get the very same 404, and FIT-Connect is not asked', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const before = harness.standIn.apiRequests().length;

    const wrong = await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(String(sent.pin)) });
    const unknown = await lookUp(harness, { caseId: crypto.randomUUID(), pin: String(sent.pin) });
    const malformedPin = await lookUp(harness, { caseId: sent.caseId, pin: 'HUND-2611' });
    for (const response of [wrong, unknown, malformedPin]) assert.equal(response.status, 404);
    const bodies = await Promise.all([wrong.text(), unknown.text(), malformedPin.text()]);
    assert.equal(bodies[0], bodies[1]);
    assert.equal(bodies[0], bodies[2]);
    for (const name of ['content-type', 'content-length', 'cache-control', 'retry-after']) {
      assert.equal(wrong.headers.get(name), unknown.headers.get(name), name);
    }
    assert.equal(harness.standIn.apiRequests().length, before, 'no call to FIT-Connect');
  });

  test('the PIN of one case does not open another', async () => {
    harness = await startHarness();
    const first = await submitThroughProxy(harness, { attachments: [] });
    const second = await submitThroughProxy(harness, { attachments: [] });
    assert.notEqual(first.caseId, second.caseId);
    assert.equal((await lookUp(harness, { caseId: second.caseId, pin: String(first.pin) })).status, first.pin === second.pin ? 200 : 404);
    assert.equal((await lookUp(harness, { caseId: second.caseId, pin: String(second.pin) })).status, 200);
  });

  test('after five failed lookups the sixth gets 429 with Retry-After — even with the right PIN — until the window has passed', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const pin = String(sent.pin);
    for (let n = 1; n <= 5; n++) assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, n) })).status, 404);

    const sixth = await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, 6) });
    assert.equal(sixth.status, 429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin })).status, 429, 'a locked client learns nothing');
    assert.equal((await lookUp(harness, { caseId: crypto.randomUUID(), pin })).status, 429);

    harness.clock.advance(retryAfter * 1000);
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin })).status, 200);
  });

  test('a retried lookup (same Idempotency-Key, case and PIN) counts once', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const pin = String(sent.pin);
    const key = crypto.randomUUID();
    for (let i = 0; i < 5; i++) {
      assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin) }, { 'Idempotency-Key': key })).status, 404);
    }
    // One failure so far: four more fit in.
    for (let n = 2; n <= 5; n++) assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, n) })).status, 404);
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, 6) })).status, 429);
  });

  test('the same key with another PIN is another attempt', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const pin = String(sent.pin);
    const key = crypto.randomUUID();
    for (let n = 1; n <= 5; n++) await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, n) }, { 'Idempotency-Key': key });
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin }, { 'Idempotency-Key': key })).status, 429);
  });

  test('failures are counted per client; a case also locks after too many failures from all clients', async () => {
    harness = await startHarness({ proxy: { trustForwardedFor: true, statusMaxFailuresPerCase: 8 } });
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const pin = String(sent.pin);
    const from = (/** @type {string} */ address) => ({ 'X-Forwarded-For': `198.51.100.77, ${address}` });

    for (let n = 1; n <= 5; n++) await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, n) }, from('203.0.113.1'));
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin }, from('203.0.113.1'))).status, 429);
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin }, from('203.0.113.2'))).status, 200, 'another client is not locked');

    for (let n = 6; n <= 8; n++) await lookUp(harness, { caseId: sent.caseId, pin: wrongPin(pin, n) }, from(`203.0.113.${n}`));
    const locked = await lookUp(harness, { caseId: sent.caseId, pin }, from('203.0.113.99'));
    assert.equal(locked.status, 429, 'eight failures on the case from all clients');
    assert.ok(Number(locked.headers.get('retry-after')) > 600, 'the case window is an hour');
    assert.equal((await lookUp(harness, { caseId: crypto.randomUUID(), pin }, from('203.0.113.99'))).status, 404, 'other cases are open');
  });

  test('a malformed request is 400 and not counted as a failure', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const bad = [{ caseId: sent.caseId }, { pin: '123456' }, { caseId: 'not-a-uuid', pin: '123456' }, { caseId: sent.caseId, pin: 123456 }, []];
    for (const body of bad) {
      const response = await harness.request('status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(response.status, 400, JSON.stringify(body));
    }
    const notJson = await harness.request('status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{caseId:' });
    assert.equal(notJson.status, 400);
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) })).status, 200);
  });

  test('a token signed with an unknown key makes the lookup fail with 502 and passes nothing on', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    await harness.standIn.addEvent(sent.caseId, 'accept-submission', { issuer: 'forger' });
    const response = await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) });
    assert.equal(response.status, 502);
    const body = await response.json();
    assert.equal(body.eventLog, undefined);
    assert.ok(harness.logs.some((entry) => entry.event === 'event-log-refused'));
  });

  test('a token of another case in the log makes the lookup fail with 502', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    await harness.standIn.addEvent(sent.caseId, 'accept-submission', { issuer: 'delivery-service', txnCase: crypto.randomUUID() });
    const response = await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) });
    assert.equal(response.status, 502);
    assert.equal((await response.json()).eventLog, undefined);
  });

  test('a token whose payload was altered after signing fails', async () => {
    harness = await startHarness();
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const log = /** @type {string[]} */ (harness.standIn.cases.get(sent.caseId));
    const [header, , signature] = String(log[1]).split('.');
    const claims = decodeJwt(String(log[1]));
    const altered = Buffer.from(JSON.stringify({ ...claims, events: { [`${EVENT}reject-submission`]: {} } })).toString('base64url');
    log[1] = `${header}.${altered}.${signature}`;
    assert.equal((await lookUp(harness, { caseId: sent.caseId, pin: String(sent.pin) })).status, 502);
  });

  test('the status route takes POST only, with JSON', async () => {
    harness = await startHarness();
    const get = await harness.request('status');
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    const form = await harness.request('status', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'caseId=x&pin=1' });
    assert.equal(form.status, 415);
  });
});
