/**
 * Request limits: body size (413), media types (415), body form (400) —
 * refused before anything reaches FIT-Connect.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESTINATION_ID, PAGE_ORIGIN, encryptFor, startHarness } from './helpers/harness.mjs';
import { rawRequest } from './helpers/raw-request.mjs';

const MiB = 1024 * 1024;
const ATTACHMENT = '1c6d9e4f-7a2b-4c3d-8e4f-5a6b7c8d9e0f';

/**
 * Creates a submission through the proxy that announces ATTACHMENT.
 * @param {import('./helpers/harness.mjs').Harness} harness
 */
async function createSubmission(harness) {
  const response = await harness.request('submission/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      destinationId: DESTINATION_ID,
      announcedAttachments: [ATTACHMENT],
      serviceType: { name: 'Test', identifier: 'urn:de:fim:leika:leistung:99010003001006' },
    }),
  });
  assert.equal(response.status, 201, 'a media type with charset is fine');
  return /** @type {string} */ ((await response.json()).submissionId);
}

describe('sender proxy: default limits', () => {
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  test('an attachment of 2 MiB passes (attachments may have 20 MiB, JSON 1 MiB)', async () => {
    const submissionId = await createSubmission(harness);
    const jwe = await encryptFor(harness.standIn.keys.destinationEncryption.publicJwk, 'x'.repeat(2 * MiB));
    const response = await harness.request(`submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/jose' },
      body: jwe,
    });
    assert.equal(response.status, 204);
    assert.ok(harness.standIn.submissions.get(submissionId)?.attachments.get(ATTACHMENT)?.equals(Buffer.from(jwe)));
  });

  test('a declared length over the limit is refused with 413 before the body is read', async () => {
    const submissionId = await createSubmission(harness);
    const before = harness.standIn.requests.length;
    const attachment = await rawRequest(
      harness.proxyUrl,
      'PUT',
      `/submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`,
      { 'Content-Type': 'application/jose', 'Content-Length': String(20 * MiB + 1) },
      Buffer.alloc(16, 'a'),
    );
    assert.equal(attachment.status, 413);
    assert.equal(attachment.headers.connection, 'close');
    const submit = await rawRequest(
      harness.proxyUrl,
      'PUT',
      `/submission/v1/submissions/${submissionId}`,
      { 'Content-Type': 'application/json', 'Content-Length': String(MiB + 1) },
      '{',
    );
    assert.equal(submit.status, 413);
    assert.equal(harness.standIn.requests.length, before);
  });
});

describe('sender proxy: configured limits and body checks', () => {
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  /** @type {string} */
  let submissionId;
  before(async () => {
    harness = await startHarness({ proxy: { maxJsonBytes: 2000, maxAttachmentBytes: 8000 } });
    submissionId = await createSubmission(harness);
  });
  after(() => harness.close());

  /** @param {() => Promise<{ status: number }>} send @param {number} status */
  async function expectRefused(send, status) {
    const before = harness.standIn.requests.length;
    const response = await send();
    assert.equal(response.status, status);
    assert.equal(harness.standIn.requests.length, before, 'nothing reached FIT-Connect');
  }

  test('bodies over the limit are 413, also without Content-Length (chunked)', async () => {
    const path = `/submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`;
    const jose = { 'Content-Type': 'application/jose' };
    await expectRefused(() => rawRequest(harness.proxyUrl, 'PUT', path, jose, Buffer.alloc(8001, 'a')), 413);
    await expectRefused(() => rawRequest(harness.proxyUrl, 'PUT', path, { ...jose, 'Transfer-Encoding': 'chunked' }, [Buffer.alloc(5000, 'a'), Buffer.alloc(5000, 'a')]), 413);
    const json = { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
    await expectRefused(() => rawRequest(harness.proxyUrl, 'POST', '/status', json, [Buffer.alloc(1500, ' '), Buffer.alloc(1500, ' ')]), 413);
  });

  test('a JWE just under the limit passes', async () => {
    const jwk = harness.standIn.keys.destinationEncryption.publicJwk;
    const jwe = await encryptFor(jwk, 'x'.repeat(4000));
    assert.ok(jwe.length <= 8000, `${jwe.length}`);
    const response = await harness.request(`submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/jose' },
      body: jwe,
    });
    assert.equal(response.status, 204);
  });

  test('wrong or missing media types are 415', async () => {
    const attachment = `submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`;
    const jwe = await encryptFor(harness.standIn.keys.destinationEncryption.publicJwk, 'x');
    /** @type {[string, string, string | undefined, string][]} */
    const cases = [
      ['PUT', attachment, 'application/json', jwe],
      ['PUT', attachment, 'text/plain', jwe],
      ['PUT', attachment, 'application/octet-stream', jwe],
      ['PUT', attachment, undefined, jwe],
      ['PUT', `submission/v1/submissions/${submissionId}`, 'application/jose', jwe],
      ['PUT', `submission/v1/submissions/${submissionId}`, 'text/plain', '{}'],
      ['POST', 'submission/v1/submissions', 'application/x-www-form-urlencoded', 'destinationId=x'],
      ['POST', 'status', 'text/plain', '{}'],
      ['POST', 'status', undefined, '{}'],
    ];
    for (const [method, path, type, body] of cases) {
      await expectRefused(async () => {
        const headers = { Origin: PAGE_ORIGIN, ...(type ? { 'Content-Type': type } : {}) };
        return rawRequest(harness.proxyUrl, method, `/${path}`, headers, body);
      }, 415);
    }
  });

  test('bodies that are not (only) encrypted are 400', async () => {
    const jwk = harness.standIn.keys.destinationEncryption.publicJwk;
    const jwe = await encryptFor(jwk, '{}');
    const unencryptedHeader = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${jwe.split('.').slice(1).join('.')}`;
    const attachment = `submission/v1/submissions/${submissionId}/attachments/${ATTACHMENT}`;
    const submit = `submission/v1/submissions/${submissionId}`;
    /** @type {[string, string, string, string][]} */
    const cases = [
      ['PUT', attachment, 'application/jose', '%PDF-1.7 plain text'],
      ['PUT', attachment, 'application/jose', jwe.split('.').slice(0, 3).join('.')],
      ['PUT', attachment, 'application/jose', unencryptedHeader],
      ['PUT', attachment, 'application/jose', `${jwe}\n`],
      ['PUT', submit, 'application/json', JSON.stringify({ encryptedMetadata: '{"plain":true}' })],
      ['PUT', submit, 'application/json', JSON.stringify({ encryptedData: jwe })],
      ['PUT', submit, 'application/json', JSON.stringify({ encryptedMetadata: jwe, encryptedData: { name: 'Erika Mustermann' } })],
      ['PUT', submit, 'application/json', JSON.stringify({ encryptedMetadata: jwe, name: 'Erika Mustermann' })],
      ['PUT', submit, 'application/json', '{"encryptedMetadata":'],
      ['POST', 'submission/v1/submissions', 'application/json', JSON.stringify({ destinationId: DESTINATION_ID, announcedAttachments: [], serviceType: {}, caseId: crypto.randomUUID() })],
      ['POST', 'submission/v1/submissions', 'application/json', JSON.stringify({ destinationId: DESTINATION_ID, announcedAttachments: [], serviceType: {}, callback: { url: 'https://x', secret: 's' } })],
      ['POST', 'submission/v1/submissions', 'application/json', '[]'],
    ];
    for (const [method, path, type, body] of cases) {
      await expectRefused(async () => {
        const response = await harness.request(path, { method, headers: { 'Content-Type': type }, body });
        assert.equal(response.headers.get('content-type'), 'application/problem+json');
        await response.arrayBuffer();
        return response;
      }, 400);
    }
  });
});
