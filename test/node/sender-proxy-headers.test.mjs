/**
 * CORS allow-list and headers: the page's origin may call, others may not;
 * no credentials; the browser's Authorization, cookies and forwarding
 * headers do not travel on; FIT-Connect's Set-Cookie and internal headers
 * do not come back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESTINATION_ID, PAGE_ORIGIN, startHarness } from './helpers/harness.mjs';
import { rawRequest } from './helpers/raw-request.mjs';

const destinationPath = `submission/v1/destinations/${DESTINATION_ID}`;

describe('sender proxy: CORS and headers', () => {
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  before(async () => {
    harness = await startHarness({ proxy: { allowedOrigins: `${PAGE_ORIGIN}, https://service.musterstadt.de` } });
  });
  after(() => harness.close());

  test('an allowed origin gets its origin back, the exposed PIN header, and no credentials', async () => {
    for (const origin of [PAGE_ORIGIN, 'https://service.musterstadt.de']) {
      const response = await harness.request(destinationPath, { headers: { Origin: origin } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
      assert.match(String(response.headers.get('vary')), /Origin/);
      const exposed = String(response.headers.get('access-control-expose-headers')).split(/,\s*/);
      assert.ok(exposed.includes('X-Ozg-Status-Pin') && exposed.includes('Retry-After'));
    }
  });

  test('another origin is refused with 403 and nothing is forwarded', async () => {
    const before = harness.standIn.requests.length;
    for (const origin of ['https://evil.example', 'http://www.musterstadt.de', 'https://www.musterstadt.de.evil.example', 'null']) {
      const response = await harness.request(destinationPath, { headers: { Origin: origin } });
      assert.equal(response.status, 403, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    }
    const status = await harness.request('status', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ caseId: crypto.randomUUID(), pin: '123456' }),
    });
    assert.equal(status.status, 403);
    assert.equal(harness.standIn.requests.length, before);
  });

  test('a preflight from an allowed origin names the path’s methods and the widgets’ headers', async () => {
    const before = harness.standIn.requests.length;
    const response = await harness.request(`submission/v1/submissions/${crypto.randomUUID()}`, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
    assert.equal(response.headers.get('access-control-allow-methods'), 'PUT, GET');
    const allowed = String(response.headers.get('access-control-allow-headers')).toLowerCase().split(/,\s*/);
    for (const name of ['content-type', 'accept-language', 'idempotency-key']) assert.ok(allowed.includes(name), name);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);

    const status = await harness.request('status', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
    assert.equal(status.status, 204);
    assert.equal(status.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(harness.standIn.requests.length, before, 'preflights stay at the proxy');
  });

  test('a preflight from another origin is 403, for an unknown path 404', async () => {
    const foreign = await harness.request('status', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const unknown = await harness.request('submission/v1/cases', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } });
    assert.equal(unknown.status, 404);
  });

  test('a request without Origin (same origin, or a server) is served without CORS headers', async () => {
    const response = await fetch(`${harness.proxyUrl}/${destinationPath}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('the browser’s Authorization, cookies, forwarding and custom headers are not forwarded', async () => {
    harness.standIn.requests.length = 0;
    // A revoked token: this request also makes the proxy fetch a new one, whose request is checked too.
    harness.standIn.revokeTokens();
    // node:http, because fetch refuses to send a Connection header.
    const response = await rawRequest(harness.proxyUrl, 'GET', `/${destinationPath}`, {
      Origin: PAGE_ORIGIN,
      Authorization: 'Bearer token-from-the-browser',
      Cookie: 'session=abc',
      'Proxy-Authorization': 'Basic eDp5',
      'X-Forwarded-For': '203.0.113.9',
      Forwarded: 'for=203.0.113.9',
      'X-Custom': 'hello',
      Connection: 'X-Custom',
      Referer: 'https://www.musterstadt.de/antrag?name=Erika',
      'Accept-Language': 'de',
    });
    assert.equal(response.status, 200);
    const forwarded = harness.standIn.requests;
    assert.deepEqual(forwarded.map((r) => r.path), [`/${destinationPath.replace('submission/', '')}`, '/token', `/${destinationPath.replace('submission/', '')}`]);
    for (const request of forwarded) {
      if (request.path !== '/token') assert.match(String(request.headers.authorization), /^Bearer stand-in-token-/);
      for (const name of ['cookie', 'proxy-authorization', 'x-forwarded-for', 'forwarded', 'x-custom', 'referer', 'origin']) {
        assert.equal(request.headers[name], undefined, `${request.path}: ${name}`);
      }
    }
  });

  test('FIT-Connect’s Set-Cookie and internal headers do not reach the browser; answers are no-store', async () => {
    const response = await harness.request(destinationPath);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal(response.headers.get('x-stand-in-internal'), null);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-type'), 'application/json');
  });
});
