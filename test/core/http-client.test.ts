import { expect } from '@open-wc/testing';
import { HttpResponse, delay, http } from 'msw';
import * as z from 'zod/mini';
import { HttpClient, isOzgError, type OzgError } from '../../src/index.js';
import { apiBase, startMockWorker } from '../helpers/mock-worker.js';

const base = apiBase('http-api');
const Thing = z.object({ id: z.string(), size: z.number() });

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  try {
    await promise;
  } catch (error) {
    if (isOzgError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('HttpClient', () => {
  let worker: Awaited<ReturnType<typeof startMockWorker>>;
  const client = new HttpClient({ baseUrl: base, timeoutMs: 300, retries: 2, retryDelayMs: 1 });

  before(async () => {
    worker = await startMockWorker();
  });
  afterEach(() => worker.resetHandlers());

  it('parses a JSON answer with the schema', async () => {
    worker.use(http.get(`${base}things/a`, () => HttpResponse.json({ id: 'a', size: 3, extra: true })));
    expect(await client.getJson('/things/a', Thing)).to.deep.equal({ id: 'a', size: 3 });
  });

  it('puts query parameters, repeated ones included, into the URL', async () => {
    let seen = '';
    worker.use(
      http.get(`${base}search`, ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({ id: 'x', size: 0 });
      }),
    );
    await client.getJson('search', Thing, { query: { q: 'Hund anmelden', tag: ['a', 'b'], skip: undefined, n: 5 } });
    expect(seen).to.equal('?q=Hund+anmelden&tag=a&tag=b&n=5');
  });

  it('sends no cookies', async () => {
    let credentials = '';
    worker.use(
      http.get(`${base}things/c`, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json({ id: 'c', size: 1 });
      }),
    );
    await client.getJson('things/c', Thing);
    expect(credentials).to.equal('omit');
  });

  it('reports data of the wrong shape as invalid-response naming the field', async () => {
    worker.use(http.get(`${base}things/b`, () => HttpResponse.json({ id: 'b', size: 'big' })));
    const error = await failure(client.getJson('things/b', Thing));
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('size');
  });

  it('reports malformed JSON as invalid-response', async () => {
    worker.use(http.get(`${base}things/m`, () => new HttpResponse('{"id": ', { headers: { 'content-type': 'application/json' } })));
    expect((await failure(client.getJson('things/m', Thing))).kind).to.equal('invalid-response');
  });

  it('maps 404 and 410 to not-found without retrying', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}gone/:status`, ({ params }) => {
        calls++;
        return new HttpResponse(null, { status: Number(params['status']) });
      }),
    );
    expect((await failure(client.getJson('gone/404', Thing))).kind).to.equal('not-found');
    expect((await failure(client.getJson('gone/410', Thing))).kind).to.equal('not-found');
    expect(calls).to.equal(2);
  });

  it('maps 500 to unavailable after retrying idempotent requests', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}broken`, () => {
        calls++;
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const error = await failure(client.getJson('broken', Thing));
    expect(error.kind).to.equal('unavailable');
    expect(error.status).to.equal(500);
    expect(error.retryable).to.equal(true);
    expect(calls).to.equal(3);
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}flaky`, () => {
        calls++;
        return calls === 1 ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }) : HttpResponse.json({ id: 'f', size: 2 });
      }),
    );
    expect(await client.getJson('flaky', Thing)).to.deep.equal({ id: 'f', size: 2 });
    expect(calls).to.equal(2);
  });

  it('fails at once with the wait time when Retry-After is longer than the limit', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}busy`, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '90' } });
      }),
    );
    const error = await failure(client.getJson('busy', Thing));
    expect(error.kind).to.equal('unavailable');
    expect(error.rateLimited).to.equal(true);
    expect(error.retryAfterSeconds).to.equal(90);
    expect(calls).to.equal(1);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    worker.use(http.get(`${base}later`, () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': inTwoMinutes } })));
    const error = await failure(client.getJson('later', Thing));
    expect(error.retryAfterSeconds).to.be.within(115, 121);
  });

  it('does not retry a POST without idempotency key', async () => {
    let calls = 0;
    worker.use(
      http.post(`${base}applications`, () => {
        calls++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    expect((await failure(client.post('applications', { a: 1 }, Thing))).kind).to.equal('unavailable');
    expect(calls).to.equal(1);
  });

  it('retries a POST with idempotency key and sends the key every time', async () => {
    const keys: (string | null)[] = [];
    worker.use(
      http.post(`${base}applications`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        expect(await request.json()).to.deep.equal({ a: 1 });
        return keys.length === 1 ? new HttpResponse(null, { status: 502 }) : HttpResponse.json({ id: 'r', size: 1 });
      }),
    );
    const result = await client.post('applications', { a: 1 }, Thing, { idempotencyKey: 'key-1' });
    expect(result.id).to.equal('r');
    expect(keys).to.deep.equal(['key-1', 'key-1']);
  });

  it('maps 422 to rejected with the field errors of a problem+json body', async () => {
    worker.use(
      http.post(`${base}applications`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Invalid', 'invalid-params': [{ name: 'G60000086.F60000246', reason: 'Postleitzahl ungültig' }] },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(client.post('applications', {}, Thing));
    expect(error.kind).to.equal('rejected');
    expect(error.retryable).to.equal(false);
    expect(error.fieldErrors).to.deep.equal([{ field: '/G60000086/F60000246', message: 'Postleitzahl ungültig' }]);
  });

  it('maps a dropped connection to network', async () => {
    worker.use(http.get(`${base}drop`, () => HttpResponse.error()));
    expect((await failure(new HttpClient({ baseUrl: base, retries: 0 }).getJson('drop', Thing))).kind).to.equal('network');
  });

  it('maps a slow answer to timeout', async () => {
    worker.use(
      http.get(`${base}slow`, async () => {
        await delay(3000);
        return HttpResponse.json({ id: 's', size: 1 });
      }),
    );
    const quick = new HttpClient({ baseUrl: base, timeoutMs: 100, retries: 0 });
    expect((await failure(quick.getJson('slow', Thing))).kind).to.equal('timeout');
  });

  it('rejects with the AbortError of an aborted signal, sending nothing', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}things/x`, () => {
        calls++;
        return HttpResponse.json({ id: 'x', size: 1 });
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await client.getJson('things/x', Thing, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect(calls).to.equal(0);
  });

  it('rejects with AbortError when aborted while waiting', async () => {
    let arrived: () => void = () => {};
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    worker.use(
      http.get(`${base}hang`, async () => {
        arrived();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = new HttpClient({ baseUrl: base, timeoutMs: 10_000 }).getJson('hang', Thing, { signal: controller.signal });
    await requestArrived;
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect(isOzgError(error)).to.equal(false);
  });

  it('resolves paths below the base path and takes absolute URLs as they are', () => {
    const api = new HttpClient({ baseUrl: 'https://api.example/v1' });
    expect(api.url('/services').href).to.equal('https://api.example/v1/services');
    expect(api.url('services/a b').href).to.equal('https://api.example/v1/services/a%20b');
    expect(api.url('https://other.example/x.json').href).to.equal('https://other.example/x.json');
  });
});
