/**
 * Sending through the proxy: the submission lifecycle, bodies forwarded
 * byte for byte (and still encrypted), the PIN handed out on submit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { compactDecrypt, importJWK } from 'jose';
import { CLIENT_SECRET, DESTINATION_ID, encryptFor, startHarness, submitThroughProxy } from './helpers/harness.mjs';

const JWE_COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

describe('sender proxy: sending a submission', () => {
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  test('the destination and its encryption key come through with the proxy’s token', async () => {
    const response = await harness.request(`submission/v1/destinations/${DESTINATION_ID}`);
    assert.equal(response.status, 200);
    const destination = await response.json();
    assert.equal(destination.destinationId, DESTINATION_ID);

    const keyResponse = await harness.request(`submission/v1/destinations/${DESTINATION_ID}/keys/${destination.encryptionKid}`);
    assert.equal(keyResponse.status, 200);
    const jwk = await keyResponse.json();
    assert.equal(jwk.alg, 'RSA-OAEP-256');
    assert.deepEqual(jwk.key_ops, ['wrapKey']);
    assert.ok(jwk.n.length >= 683, 'a 4096-bit modulus, as the spec demands');
    await importJWK({ kty: jwk.kty, n: jwk.n, e: jwk.e, alg: jwk.alg }, 'RSA-OAEP-256');

    const forwarded = harness.standIn.apiRequests().filter((r) => r.path.startsWith('/v1/destinations/'));
    assert.equal(forwarded.length, 2);
    for (const request of forwarded) assert.match(String(request.headers.authorization), /^Bearer stand-in-token-/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  test('attachments, metadata and data reach FIT-Connect byte-identical and still encrypted; the receipt brings a PIN', async () => {
    const plaintexts = ['%PDF-1.7 Lageplan Musterstraße 1', 'Vollmacht: Erika Mustermann'];
    const sent = await submitThroughProxy(harness, { attachments: plaintexts });
    assert.equal(sent.submitted.status, 202);
    assert.match(String(sent.pin), /^\d{6}$/);
    const receipt = await sent.submitted.json();
    assert.equal(receipt.caseId, sent.caseId);

    const atStandIn = harness.standIn.submissions.get(sent.submissionId);
    assert.ok(atStandIn);
    const { privateKey } = harness.standIn.keys.destinationEncryption;
    for (const [index, attachmentId] of sent.attachmentIds.entries()) {
      const received = /** @type {Buffer} */ (atStandIn.attachments.get(attachmentId));
      assert.ok(received.equals(Buffer.from(/** @type {string} */ (sent.encryptedAttachments[index]))), 'attachment bytes unchanged');
      assert.match(received.toString('latin1'), JWE_COMPACT);
      const { plaintext } = await compactDecrypt(received.toString('latin1'), privateKey);
      assert.equal(new TextDecoder().decode(plaintext), plaintexts[index]);
    }
    assert.ok(atStandIn.submitBody?.equals(Buffer.from(sent.submitBody)), 'submit body unchanged');
    const { encryptedMetadata, encryptedData } = JSON.parse(String(atStandIn.submitBody));
    assert.match(encryptedMetadata, JWE_COMPACT);
    assert.match(encryptedData, JWE_COMPACT);
    const data = await compactDecrypt(encryptedData, privateKey);
    assert.equal(JSON.parse(new TextDecoder().decode(data.plaintext)).name, 'Erika Mustermann');

    const forwardedHeaders = harness.standIn.requests.filter((r) => r.method === 'PUT').map((r) => r.headers['content-type']);
    assert.deepEqual(forwardedHeaders, ['application/jose', 'application/jose', 'application/json']);
  });

  test('no PIN, token, secret, case id or submission id appears in the log', async () => {
    const sent = await submitThroughProxy(harness);
    const logText = harness.logs.map((entry) => JSON.stringify(entry)).join('\n');
    assert.ok(sent.pin);
    assert.ok(!logText.includes(sent.pin), 'no PIN in the log');
    assert.ok(!logText.includes(CLIENT_SECRET));
    assert.ok(!logText.includes('stand-in-token-'));
    assert.ok(!logText.includes(sent.caseId), 'no case id in the log');
    assert.ok(!logText.includes(sent.submissionId), 'no submission id in the log');
    const submits = harness.logs.filter((entry) => entry.route === 'submission.submit');
    assert.ok(submits.some((entry) => entry.status === 202 && entry.upstreamStatus === 202));
    assert.ok(harness.logs.some((entry) => entry.event === 'pin-issued'));
  });

  test('a submit that FIT-Connect refuses (attachments missing) brings no PIN', async () => {
    const jwk = harness.standIn.keys.destinationEncryption.publicJwk;
    const created = await harness.request('submission/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        destinationId: DESTINATION_ID,
        announcedAttachments: [crypto.randomUUID()],
        serviceType: { name: 'Test', identifier: 'urn:de:fim:leika:leistung:99010003001006' },
      }),
    });
    assert.equal(created.status, 201);
    const { submissionId } = await created.json();
    const response = await harness.request(`submission/v1/submissions/${submissionId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ encryptedMetadata: await encryptFor(jwk, '{}') }),
    });
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('x-ozg-status-pin'), null);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  test('a submission the proxy did not create gets sent but brings no PIN', async () => {
    const jwk = harness.standIn.keys.destinationEncryption.publicJwk;
    // Created directly at FIT-Connect (another sender of the city), submitted through the proxy.
    const submissionId = crypto.randomUUID();
    const caseId = crypto.randomUUID();
    harness.standIn.submissions.set(submissionId, {
      destinationId: DESTINATION_ID,
      caseId,
      announced: [],
      attachments: new Map(),
      serviceType: { identifier: 'urn:de:fim:leika:leistung:99010003001006' },
    });
    const response = await harness.request(`submission/v1/submissions/${submissionId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ encryptedMetadata: await encryptFor(jwk, '{}') }),
    });
    assert.equal(response.status, 202);
    assert.equal(response.headers.get('x-ozg-status-pin'), null);
    assert.ok(harness.logs.some((entry) => entry.event === 'pin-not-issued' && entry.reason === 'unknown-submission'));
  });

  test('a PIN is issued once per submission: submitting again brings none', async () => {
    const sent = await submitThroughProxy(harness, { attachments: [] });
    assert.match(String(sent.pin), /^\d{6}$/);
    const again = await harness.request(`submission/v1/submissions/${sent.submissionId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: sent.submitBody,
    });
    assert.equal(again.status, 409);
    assert.equal(again.headers.get('x-ozg-status-pin'), null);
  });

  test('a repeated submit with the same Idempotency-Key and body gets the first answer and PIN, without asking FIT-Connect', async () => {
    const idempotencyKey = crypto.randomUUID();
    const sent = await submitThroughProxy(harness, { attachments: [], idempotencyKey });
    assert.match(String(sent.pin), /^\d{6}$/);
    const submitsAtStandIn = () => harness.standIn.requests.filter((r) => r.method === 'PUT' && r.path === `/v1/submissions/${sent.submissionId}`).length;
    assert.equal(submitsAtStandIn(), 1);
    const repeat = (key, body = sent.submitBody) =>
      harness.request(`submission/v1/submissions/${sent.submissionId}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body,
      });

    const again = await repeat(idempotencyKey);
    assert.equal(again.status, 202);
    assert.equal(again.headers.get('x-ozg-status-pin'), sent.pin);
    assert.equal((await again.json()).caseId, sent.caseId);
    assert.equal(submitsAtStandIn(), 1, 'the repeat was answered by the proxy');

    const otherKey = await repeat(crypto.randomUUID());
    assert.equal(otherKey.status, 409);
    assert.equal(otherKey.headers.get('x-ozg-status-pin'), null);
    const otherBody = await repeat(idempotencyKey, sent.submitBody.replace('"encryptedData"', '"encryptedData" '));
    assert.equal(otherBody.headers.get('x-ozg-status-pin'), null);

    harness.clock.advance(16 * 60 * 1000);
    const late = await repeat(idempotencyKey);
    assert.equal(late.status, 409, 'after 15 minutes the answer is forgotten');
    assert.equal(late.headers.get('x-ozg-status-pin'), null);
  });

  test('GET submission/v1/submissions/{id} is forwarded', async () => {
    const sent = await submitThroughProxy(harness, { attachments: [] });
    const response = await harness.request(`submission/v1/submissions/${sent.submissionId}`);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).caseId, sent.caseId);
  });

  test('an unknown destination: FIT-Connect’s 404 problem is passed on', async () => {
    const response = await harness.request(`submission/v1/destinations/${crypto.randomUUID()}`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal((await response.json()).title, 'Destination not found');
  });
});
