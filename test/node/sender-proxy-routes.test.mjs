/**
 * What the proxy forwards and what it refuses: only the listed routes and
 * methods, checked path segments and queries; the Routing API without a
 * token; a configurable base path. Refused requests never reach FIT-Connect.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESTINATION_ID, startHarness } from './helpers/harness.mjs';
import { rawRequest } from './helpers/raw-request.mjs';

const SUBMISSION = '0b5c8d3e-6f1a-4b2c-9d3e-4f5a6b7c8d9e';
const ATTACHMENT = '1c6d9e4f-7a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('sender proxy: routes', () => {
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  /**
   * Sends each request with its path as written (fetch would resolve `..`)
   * and checks the status and that nothing reached the stand-in.
   * @param {[method: string, path: string, status: number][]} cases
   */
  async function expectRefused(cases) {
    const before = harness.standIn.requests.length;
    for (const [method, path, status] of cases) {
      const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{}' : undefined;
      const response = await rawRequest(harness.proxyUrl, method, path, body === undefined ? {} : { 'Content-Type': 'application/json' }, body);
      assert.equal(response.status, status, `${method} ${path}`);
      assert.equal(response.headers['content-type'], 'application/problem+json', `${method} ${path}`);
    }
    assert.equal(harness.standIn.requests.length, before, 'nothing reached FIT-Connect');
  }

  test('unlisted paths are 404 and never forwarded', async () => {
    await expectRefused([
      ['GET', '/', 404],
      ['GET', '/submission/v1/destinations', 404],
      ['GET', '/submission/v1/info', 404],
      ['GET', '/submission/.well-known/jwks.json', 404],
      ['GET', `/submission/v1/cases/${SUBMISSION}/events`, 404],
      ['POST', `/submission/v1/cases/${SUBMISSION}/events`, 404],
      ['GET', `/submission/v1/submissions/${SUBMISSION}/events`, 404],
      ['GET', `/v1/destinations/${DESTINATION_ID}`, 404],
      ['GET', '/routing/v1/info', 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}/`, 404],
      ['GET', `/submission//v1/destinations/${DESTINATION_ID}`, 404],
      ['GET', `/submission/v1/destinations/../submissions/${SUBMISSION}`, 404],
      ['GET', `/submission/v1/destinations/x%2F..%2F${DESTINATION_ID}`, 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}/keys`, 404],
      ['GET', '/status/', 404],
    ]);
  });

  test('listed paths with other methods are 405 with Allow, never forwarded', async () => {
    await expectRefused([
      ['DELETE', `/submission/v1/destinations/${DESTINATION_ID}`, 405],
      ['PUT', `/submission/v1/destinations/${DESTINATION_ID}`, 405],
      ['PATCH', `/submission/v1/destinations/${DESTINATION_ID}`, 405],
      ['POST', `/submission/v1/destinations/${DESTINATION_ID}/keys/c66e4423-e28d-4a1f-911d-818f9ab60221`, 405],
      ['GET', '/submission/v1/submissions', 405],
      ['DELETE', `/submission/v1/submissions/${SUBMISSION}`, 405],
      ['GET', `/submission/v1/submissions/${SUBMISSION}/attachments/${ATTACHMENT}`, 405],
      ['POST', '/routing/v1/routes', 405],
      ['GET', '/status', 405],
      ['HEAD', `/submission/v1/destinations/${DESTINATION_ID}`, 405],
    ]);
    const response = await fetch(`${harness.proxyUrl}/submission/v1/submissions/${SUBMISSION}`, { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'PUT, GET, OPTIONS');
  });

  test('malformed ids and key ids do not match a route', async () => {
    await expectRefused([
      ['GET', '/submission/v1/destinations/not-a-uuid', 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}x`, 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}/keys/short`, 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}/keys/${'k'.repeat(65)}`, 404],
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}/keys/abc%20defgh`, 404],
      ['PUT', `/submission/v1/submissions/${SUBMISSION}/attachments/../../x`, 404],
    ]);
  });

  test('a query string on a Submission API route is refused (400), never forwarded', async () => {
    await expectRefused([
      ['GET', `/submission/v1/destinations/${DESTINATION_ID}?expand=all`, 400],
      ['POST', '/submission/v1/submissions?destinationId=x', 400],
      ['POST', '/status?pin=123456', 400],
    ]);
  });

  test('GET with a body is refused', async () => {
    const before = harness.standIn.requests.length;
    const response = await rawRequest(harness.proxyUrl, 'GET', `/submission/v1/destinations/${DESTINATION_ID}`, { 'Content-Type': 'application/json' }, '{}');
    assert.equal(response.status, 400);
    assert.equal(harness.standIn.requests.length, before);
  });

  test('routes are looked up at the Routing API without a token, with the checked query', async () => {
    const response = await harness.request('routing/v1/routes?leikaKey=99010003001006&ars=064350014014&offset=0&limit=10');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.routes[0].destinationId, DESTINATION_ID);
    const [forwarded] = harness.standIn.requests.filter((r) => r.path === '/routing-api/v1/routes').slice(-1);
    assert.ok(forwarded);
    assert.equal(forwarded.headers.authorization, undefined, 'the Routing API is public: no token');
    assert.deepEqual([...forwarded.query], [
      ['leikaKey', '99010003001006'],
      ['ars', '064350014014'],
      ['offset', '0'],
      ['limit', '10'],
    ]);
  });

  test('areas are searched with one to ten expressions', async () => {
    const response = await harness.request('routing/v1/areas?areaSearchexpression=Muster*&areaSearchexpression=63065&limit=5');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/problem+json', 'the Routing API’s own (odd) content type is passed on');
    const [forwarded] = harness.standIn.requests.filter((r) => r.path === '/routing-api/v1/areas').slice(-1);
    assert.deepEqual(forwarded?.query.getAll('areaSearchexpression'), ['Muster*', '63065']);
  });

  test('routing queries outside the spec are refused (400), never forwarded', async () => {
    const tooMany = Array.from({ length: 11 }, (_, i) => `areaSearchexpression=Ort${i}`).join('&');
    await expectRefused([
      ['GET', '/routing/v1/routes?ars=064350014014', 400],
      ['GET', '/routing/v1/routes?leikaKey=12345&ars=064350014014', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&ars=064350014014&ags=06435014', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&ars=0643500', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&ars=064350014014&limit=501', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&ars=064350014014&offset=-1', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&ars=064350014014&callback=x', 400],
      ['GET', '/routing/v1/routes?leikaKey=99010003001006&leikaKey=99010003001007&ars=064350014014', 400],
      ['GET', '/routing/v1/areas', 400],
      ['GET', '/routing/v1/areas?areaSearchexpression=a', 400],
      ['GET', '/routing/v1/areas?areaSearchexpression=***', 400],
      ['GET', `/routing/v1/areas?${tooMany}`, 400],
    ]);
  });

  test('the area expression check stays fast on inputs that make the spec’s pattern backtrack', async () => {
    const started = performance.now();
    const response = await harness.request(`routing/v1/areas?areaSearchexpression=${'a'.repeat(98)}*b`);
    assert.equal(response.status, 400);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('sender proxy: route signatures', () => {
  const routes = 'routing/v1/routes?leikaKey=99010003001006&ars=064350014014';
  /** @type {import('./helpers/harness.mjs').Harness} */
  let harness;
  before(async () => {
    harness = await startHarness({ proxy: (standIn) => ({ portalJwksUrl: `${standIn.url}/portal/.well-known/jwks.json` }) });
  });
  after(() => harness.close());

  test('with the portal’s key set configured, routes signed by the portal pass unchanged', async () => {
    harness.standIn.routeSigner = 'portal';
    harness.standIn.routeSignedDestination = DESTINATION_ID;
    for (let i = 0; i < 2; i++) {
      const response = await harness.request(routes);
      assert.equal(response.status, 200);
      assert.equal((await response.json()).routes[0].destinationId, DESTINATION_ID);
    }
    assert.equal(harness.standIn.requests.filter((r) => r.path === '/portal/.well-known/jwks.json').length, 1, 'the key set is read once');
  });

  test('a route signed with another key fails the lookup (502)', async () => {
    harness.standIn.routeSigner = 'forger';
    harness.standIn.routeSignedDestination = DESTINATION_ID;
    const response = await harness.request(routes);
    assert.equal(response.status, 502);
    assert.equal((await response.json()).routes, undefined);
    assert.ok(harness.logs.some((entry) => entry.event === 'route-signature-refused'));
  });

  test('a signature that names another destination fails the lookup (502)', async () => {
    harness.standIn.routeSigner = 'portal';
    harness.standIn.routeSignedDestination = crypto.randomUUID();
    assert.equal((await harness.request(routes)).status, 502);
  });

  test('without the key set configured, routes pass unverified', async () => {
    const plain = await startHarness();
    try {
      plain.standIn.routeSigner = 'forger';
      assert.equal((await plain.request(routes)).status, 200);
    } finally {
      await plain.close();
    }
  });
});

describe('sender proxy: base path and routing switched off', () => {
  test('with basePath /fit-connect-proxy/ the routes live below it and nowhere else', async () => {
    const harness = await startHarness({ proxy: { basePath: '/fit-connect-proxy' } });
    try {
      assert.equal((await harness.request(`submission/v1/destinations/${DESTINATION_ID}`)).status, 200);
      const outside = await fetch(`${harness.proxyUrl}/submission/v1/destinations/${DESTINATION_ID}`);
      assert.equal(outside.status, 404);
      assert.equal((await fetch(`${harness.proxyUrl}/fit-connect-proxyx/status`, { method: 'POST' })).status, 404);
    } finally {
      await harness.close();
    }
  });

  test('without a routing URL the routing routes do not exist', async () => {
    const harness = await startHarness({ proxy: { routingBaseUrl: undefined } });
    try {
      const response = await harness.request('routing/v1/routes?leikaKey=99010003001006&ars=064350014014');
      assert.equal(response.status, 404);
      assert.equal(harness.standIn.requests.length, 0);
    } finally {
      await harness.close();
    }
  });

  test('FIT-Connect not answering in time: 504', async () => {
    const harness = await startHarness({ proxy: { upstreamTimeoutMs: 200 } });
    try {
      harness.standIn.hangPaths.add(`/v1/destinations/${DESTINATION_ID}`);
      const response = await harness.request(`submission/v1/destinations/${DESTINATION_ID}`);
      assert.equal(response.status, 504);
      assert.ok(harness.logs.some((entry) => entry.upstreamError === 'timeout'));
    } finally {
      await harness.close();
    }
  });

  test('FIT-Connect unreachable: 502', async () => {
    const harness = await startHarness({ proxy: { submissionBaseUrl: 'http://127.0.0.1:9' } });
    try {
      const response = await harness.request(`submission/v1/destinations/${DESTINATION_ID}`);
      assert.equal(response.status, 502);
    } finally {
      await harness.close();
    }
  });
});
