/**
 * One proxy on 127.0.0.1 (random port) in front of one stand-in FIT-Connect,
 * sharing a test clock, with the proxy's log collected in memory.
 */
import { CompactEncrypt, importJWK } from 'jose';
import { createSenderProxy } from '../../../connectors/fit-connect/sender-proxy/create-sender-proxy.mjs';
import { DESTINATION_ID, startStandIn } from './stand-in-fit-connect.mjs';

export const CLIENT_ID = 'musterstadt-onlinedienst-7f3a';
export const CLIENT_SECRET = 'stand-in-secret-Qm9vZ2x5LXdvb2dseQ-do-not-leak';
export const PAGE_ORIGIN = 'https://www.musterstadt.de';
export { DESTINATION_ID };

/** A clock the test moves by hand, starting now. */
export function testClock() {
  let time = Date.now();
  return {
    now: () => time,
    /** @param {number} ms */
    advance(ms) {
      time += ms;
    },
  };
}

/**
 * @param {object} [options]
 * @param {Record<string, unknown> | ((standIn: import('./stand-in-fit-connect.mjs').StandIn) => Record<string, unknown>)} [options.proxy]
 *   settings over the defaults below (a function when they need the stand-in's URL)
 * @param {Partial<import('./stand-in-fit-connect.mjs').StandInOptions>} [options.standIn]
 * @param {import('../../../connectors/fit-connect/sender-proxy/create-sender-proxy.mjs').SenderProxyOptions} [options.proxyOptions]
 */
export async function startHarness({ proxy = {}, standIn: standInOptions = {}, proxyOptions = {} } = {}) {
  const clock = testClock();
  const standIn = await startStandIn({ clock, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...standInOptions });
  const overrides = typeof proxy === 'function' ? proxy(standIn) : proxy;
  /** @type {Record<string, unknown>[]} */
  const logs = [];
  const server = createSenderProxy(
    {
      submissionBaseUrl: standIn.url,
      tokenUrl: `${standIn.url}/token`,
      routingBaseUrl: `${standIn.url}/routing-api`,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowedOrigins: [PAGE_ORIGIN],
      ...overrides,
    },
    { now: clock.now, log: (entry) => logs.push(entry), ...proxyOptions },
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const proxyUrl = `http://127.0.0.1:${address.port}`;
  const basePath = typeof overrides.basePath === 'string' ? overrides.basePath.replace(/\/?$/, '/') : '/';

  return {
    clock,
    standIn,
    logs,
    proxyUrl,
    /**
     * A request as the widgets' page sends it: cross-origin from the page.
     * @param {string} path  below the base path
     * @param {RequestInit & { headers?: Record<string, string> }} [init]
     */
    request(path, init = {}) {
      return fetch(`${proxyUrl}${basePath}${path}`, { ...init, headers: { Origin: PAGE_ORIGIN, ...init.headers } });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await standIn.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startHarness>>} Harness */

/**
 * Encrypts as the browser does: JWE compact, RSA-OAEP-256 + A256GCM, for
 * the destination's public key read through the proxy.
 * @param {Record<string, unknown>} jwk
 * @param {string} plaintext
 */
export async function encryptFor(jwk, plaintext) {
  const key = await importJWK(/** @type {import('jose').JWK} */ ({ kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RSA-OAEP-256' }), 'RSA-OAEP-256');
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: String(jwk.kid), cty: 'application/json' })
    .encrypt(key);
}

/**
 * The whole sending flow through the proxy, as the browser runs it: read the
 * destination and its key, encrypt, create the submission, upload the
 * attachments, submit. Returns what was sent and what came back.
 * @param {Harness} harness
 * @param {{ attachments?: string[], idempotencyKey?: string }} [options]  plaintexts of the attachments; the submit's key
 */
export async function submitThroughProxy(harness, { attachments = ['%PDF-1.7 Lageplan Musterstraße 1'], idempotencyKey } = {}) {
  const destination = await (await harness.request(`submission/v1/destinations/${DESTINATION_ID}`)).json();
  const keyResponse = await harness.request(`submission/v1/destinations/${DESTINATION_ID}/keys/${destination.encryptionKid}`);
  const jwk = await keyResponse.json();

  const attachmentIds = attachments.map(() => crypto.randomUUID());
  const created = await harness.request('submission/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      destinationId: DESTINATION_ID,
      announcedAttachments: attachmentIds,
      serviceType: { name: 'Bewohnerparkausweis beantragen', identifier: 'urn:de:fim:leika:leistung:99010003001006' },
    }),
  });
  const { submissionId, caseId } = await created.json();

  /** @type {string[]} */
  const encryptedAttachments = [];
  for (const [index, plaintext] of attachments.entries()) {
    const jwe = await encryptFor(jwk, plaintext);
    encryptedAttachments.push(jwe);
    const upload = await harness.request(`submission/v1/submissions/${submissionId}/attachments/${attachmentIds[index]}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/jose' },
      body: jwe,
    });
    if (upload.status !== 204) throw new Error(`attachment upload answered ${upload.status}`);
  }

  const submitBody = JSON.stringify({
    encryptedMetadata: await encryptFor(jwk, JSON.stringify({ $schema: 'https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json' })),
    encryptedData: await encryptFor(jwk, JSON.stringify({ name: 'Erika Mustermann', kennzeichen: 'M-EM 1234' })),
  });
  const submitted = await harness.request(`submission/v1/submissions/${submissionId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}) },
    body: submitBody,
  });
  return {
    submissionId,
    caseId,
    attachmentIds,
    encryptedAttachments,
    submitBody,
    submitted,
    pin: submitted.headers.get('x-ozg-status-pin'),
  };
}
