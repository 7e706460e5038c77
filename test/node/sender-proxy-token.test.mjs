/**
 * The OAuth token: fetched once and reused, renewed shortly before it
 * expires, one refresh shared by concurrent callers, a 401 answered by
 * exactly one refresh and retry. The client secret never leaves the proxy
 * except to the token endpoint.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { TokenSource } from '../../connectors/fit-connect/sender-proxy/token-source.mjs';
import { CLIENT_ID, CLIENT_SECRET, DESTINATION_ID, startHarness, testClock } from './helpers/harness.mjs';

/** @type {import('./helpers/harness.mjs').Harness | undefined} */
let harness;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const destinationPath = `submission/v1/destinations/${DESTINATION_ID}`;

/** @param {import('./helpers/harness.mjs').Harness} h */
function bearerTokensSeen(h) {
  return h.standIn.apiRequests().map((r) => String(r.headers.authorization));
}

describe('sender proxy: OAuth token', () => {
  test('one token is fetched and reused for later calls', async () => {
    harness = await startHarness();
    for (let i = 0; i < 4; i++) assert.equal((await harness.request(destinationPath)).status, 200);
    assert.equal(harness.standIn.tokenRequests, 1);
    assert.equal(new Set(bearerTokensSeen(harness)).size, 1);
  });

  test('the token is renewed shortly before expires_in ends, not earlier', async () => {
    harness = await startHarness({ standIn: { tokenLifetimeSeconds: 300 } });
    assert.equal((await harness.request(destinationPath)).status, 200);
    // A tenth of the lifetime, at most 30 s, before the end: renewed from 270 s on.
    harness.clock.advance(269_000);
    assert.equal((await harness.request(destinationPath)).status, 200);
    assert.equal(harness.standIn.tokenRequests, 1);
    harness.clock.advance(2_000);
    assert.equal((await harness.request(destinationPath)).status, 200);
    assert.equal(harness.standIn.tokenRequests, 2);
    const seen = bearerTokensSeen(harness);
    assert.notEqual(seen[1], seen[2], 'the new token is used');
  });

  test('after expiry a new token is fetched', async () => {
    harness = await startHarness({ standIn: { tokenLifetimeSeconds: 60 } });
    assert.equal((await harness.request(destinationPath)).status, 200);
    harness.clock.advance(61_000);
    assert.equal((await harness.request(destinationPath)).status, 200);
    assert.equal(harness.standIn.tokenRequests, 2);
    assert.equal(harness.standIn.apiRequests().length, 2, 'no call went out with the expired token (it would have been refused and repeated)');
  });

  test('a 401 from FIT-Connect leads to exactly one refresh and one retry', async () => {
    harness = await startHarness();
    assert.equal((await harness.request(destinationPath)).status, 200);
    harness.standIn.revokeTokens();
    const response = await harness.request(destinationPath);
    assert.equal(response.status, 200);
    assert.equal(harness.standIn.tokenRequests, 2);
    assert.equal(harness.standIn.apiRequests().length, 3, 'first call, refused call, retry');
    assert.ok(harness.logs.some((entry) => entry.route === 'submission.destination' && entry.tokenRefreshed === true));
  });

  test('a 401 for a PUT retries the same body once', async () => {
    harness = await startHarness();
    const create = () =>
      harness?.request('submission/v1/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ destinationId: DESTINATION_ID, announcedAttachments: [], serviceType: { identifier: 'urn:de:fim:leika:leistung:99010003001006' } }),
      });
    assert.equal((await create())?.status, 201);
    harness.standIn.revokeTokens();
    assert.equal((await create())?.status, 201);
    const posts = harness.standIn.apiRequests().filter((r) => r.method === 'POST');
    assert.equal(posts.length, 3);
    assert.ok(posts[1]?.body.equals(/** @type {Buffer} */ (posts[2]?.body)));
  });

  test('FIT-Connect refusing the fresh token too: one refresh, then 502 — no loop', async () => {
    harness = await startHarness();
    harness.standIn.refuseAllTokens = true;
    const response = await harness.request(destinationPath);
    assert.equal(response.status, 502);
    assert.equal(harness.standIn.tokenRequests, 2, 'the first token and one refresh');
    assert.equal(harness.standIn.apiRequests().length, 2);
    const text = await response.text();
    assert.ok(!text.includes(CLIENT_SECRET) && !text.includes('stand-in-token-'));
  });

  test('the token endpoint gets grant_type, client_id and client_secret as a form by default', async () => {
    harness = await startHarness();
    await harness.request(destinationPath);
    const [tokenRequest] = harness.standIn.requests.filter((r) => r.path === '/token');
    assert.ok(tokenRequest);
    assert.equal(tokenRequest.method, 'POST');
    assert.equal(tokenRequest.headers['content-type'], 'application/x-www-form-urlencoded');
    const form = new URLSearchParams(tokenRequest.body.toString('utf8'));
    assert.equal(form.get('grant_type'), 'client_credentials');
    assert.equal(form.get('client_id'), CLIENT_ID);
    assert.equal(form.get('client_secret'), CLIENT_SECRET);
  });

  test('with clientAuth basic the credentials go in an Authorization header, not the form', async () => {
    harness = await startHarness({ proxy: { clientAuth: 'basic', scope: 'send:region:DE09' }, standIn: { clientAuth: 'basic' } });
    assert.equal((await harness.request(destinationPath)).status, 200);
    const [tokenRequest] = harness.standIn.requests.filter((r) => r.path === '/token');
    const form = new URLSearchParams(tokenRequest?.body.toString('utf8'));
    assert.equal(form.get('client_secret'), null);
    assert.equal(form.get('scope'), 'send:region:DE09');
    assert.match(String(tokenRequest?.headers.authorization), /^Basic /);
  });

  test('a failing token endpoint: 502 without details, the next call tries again', async () => {
    harness = await startHarness({ proxy: { clientSecret: 'wrong-secret-value-1234' } });
    const response = await harness.request(destinationPath);
    assert.equal(response.status, 502);
    const text = await response.text();
    assert.ok(!text.includes('wrong-secret-value-1234') && !text.includes(CLIENT_ID), 'nothing of the token endpoint’s answer is passed on');
    assert.equal(harness.standIn.apiRequests().length, 0, 'no call without a token');
    assert.ok(harness.logs.some((entry) => entry.event === 'token-refused' && entry.upstreamStatus === 401));
    await harness.request(destinationPath);
    assert.equal(harness.standIn.tokenRequests, 2);
  });

  test('a token answer without access_token is refused (502)', async () => {
    harness = await startHarness();
    harness.standIn.tokenBody = JSON.stringify({ token_type: 'Bearer', expires_in: 300 });
    assert.equal((await harness.request(destinationPath)).status, 502);
    harness.standIn.tokenBody = JSON.stringify({ access_token: 'abc', token_type: 'mac', expires_in: 300 });
    assert.equal((await harness.request(destinationPath)).status, 502);
    assert.equal(harness.standIn.apiRequests().length, 0);
  });
});

describe('TokenSource', () => {
  /**
   * A token endpoint whose answers the test releases by hand.
   */
  function heldEndpoint() {
    /** @type {((value: Response) => void)[]} */
    const waiting = [];
    /** @type {typeof fetch} */
    const fetchToken = () => new Promise((resolve) => waiting.push(resolve));
    return {
      fetchToken,
      waiting,
      /** @param {string} token */
      answer(token) {
        const resolve = waiting.shift();
        resolve?.(Response.json({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
      },
    };
  }

  /** @param {typeof fetch} fetchToken @param {() => number} now */
  function source(fetchToken, now) {
    return new TokenSource({
      tokenUrl: 'https://auth.example/token',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      clientAuth: 'form',
      scope: undefined,
      timeoutMs: 1000,
      now,
      fetch: fetchToken,
      log: () => {},
    });
  }

  test('concurrent callers share one token request', async () => {
    const endpoint = heldEndpoint();
    const tokens = source(endpoint.fetchToken, testClock().now);
    const callers = Array.from({ length: 5 }, () => tokens.get());
    await Promise.resolve();
    assert.equal(endpoint.waiting.length, 1);
    endpoint.answer('token-1');
    assert.deepEqual(await Promise.all(callers), Array(5).fill('token-1'));
    assert.equal(tokens.requests, 1);
  });

  test('two requests refused with the same old token cause one refresh', async () => {
    const endpoint = heldEndpoint();
    const tokens = source(endpoint.fetchToken, testClock().now);
    const first = tokens.get();
    endpoint.answer('old');
    assert.equal(await first, 'old');
    tokens.invalidate('old');
    const a = tokens.get();
    tokens.invalidate('old');
    const b = tokens.get();
    await Promise.resolve();
    endpoint.answer('new');
    assert.deepEqual(await Promise.all([a, b]), ['new', 'new']);
    tokens.invalidate('old'); // a late 401 for the old token does not drop the new one
    assert.equal(await tokens.get(), 'new');
    assert.equal(tokens.requests, 2);
  });

  test('a failed token request is not cached: the next caller tries again', async () => {
    let calls = 0;
    /** @type {typeof fetch} */
    const failing = async () => {
      calls += 1;
      return calls === 1 ? new Response('{"error":"server_error"}', { status: 503 }) : Response.json({ access_token: 'later', expires_in: 300 });
    };
    const tokens = source(failing, testClock().now);
    await assert.rejects(tokens.get(), /503/);
    assert.equal(await tokens.get(), 'later');
  });
});
