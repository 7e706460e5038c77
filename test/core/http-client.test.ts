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

describe('HttpClient conditional requests (ETag)', () => {
  let worker: Awaited<ReturnType<typeof startMockWorker>>;
  const etagBase = apiBase('etag-api');

  before(async () => {
    worker = await startMockWorker();
  });
  afterEach(() => worker.resetHandlers());

  /**
   * A resource that answers like a real server: a strong ETag per version of
   * the body (and language), 304 when If-None-Match names the current one.
   * Records what each request sent and how it was answered.
   */
  function versionedResource(path: string, bodyFor: (language: string) => object, options: { etag?: boolean } = {}) {
    const seen: { ifNoneMatch: string | null; language: string | null; status: number }[] = [];
    let version = 1;
    worker.use(
      http.get(`${etagBase}${path}`, ({ request }) => {
        const language = request.headers.get('accept-language');
        const ifNoneMatch = request.headers.get('if-none-match');
        const etag = `"v${version}-${language ?? 'any'}"`;
        const status = options.etag !== false && ifNoneMatch === etag ? 304 : 200;
        seen.push({ ifNoneMatch, language, status });
        const headers: Record<string, string> = options.etag === false ? {} : { etag };
        return status === 304 ? new HttpResponse(null, { status, headers }) : HttpResponse.json(bodyFor(language ?? ''), { headers });
      }),
    );
    return { seen, change: () => version++ };
  }

  const cached = (size = 10) => new HttpClient({ baseUrl: etagBase, retries: 0, etagCacheSize: size });

  it('sends no If-None-Match unless the cache is turned on', async () => {
    const resource = versionedResource('plain', () => ({ id: 'p', size: 1 }));
    const client = new HttpClient({ baseUrl: etagBase, retries: 0 });
    await client.getJson('plain', Thing);
    await client.getJson('plain', Thing);
    expect(resource.seen.map((s) => s.ifNoneMatch)).to.deep.equal([null, null]);
  });

  it('revalidates with If-None-Match and resolves a 304 with the value parsed before', async () => {
    const resource = versionedResource('things/e', () => ({ id: 'e', size: 7 }));
    const client = cached();
    const first = await client.getJson('things/e', Thing);
    const second = await client.getJson('things/e', Thing);
    expect(resource.seen).to.deep.equal([
      { ifNoneMatch: null, language: null, status: 200 },
      { ifNoneMatch: '"v1-any"', language: null, status: 304 },
    ]);
    expect(second).to.deep.equal({ id: 'e', size: 7 });
    expect(second).to.equal(first);
  });

  it('takes the new body and ETag when the resource changed', async () => {
    let size = 1;
    const resource = versionedResource('things/n', () => ({ id: 'n', size }));
    const client = cached();
    await client.getJson('things/n', Thing);
    resource.change();
    size = 2;
    expect(await client.getJson('things/n', Thing)).to.deep.equal({ id: 'n', size: 2 });
    expect(await client.getJson('things/n', Thing)).to.deep.equal({ id: 'n', size: 2 });
    expect(resource.seen.map((s) => [s.ifNoneMatch, s.status])).to.deep.equal([
      [null, 200],
      ['"v1-any"', 200],
      ['"v2-any"', 304],
    ]);
  });

  it('keeps one entry per language, sent as Accept-Language', async () => {
    const resource = versionedResource('things/l', (language) => ({ id: language, size: 1 }));
    const client = cached();
    const german = await client.getJson('things/l', Thing, { language: 'de' });
    const english = await client.getJson('things/l', Thing, { language: 'en' });
    expect(await client.getJson('things/l', Thing, { language: 'de' })).to.equal(german);
    expect(await client.getJson('things/l', Thing, { language: 'en' })).to.equal(english);
    expect([german.id, english.id]).to.deep.equal(['de', 'en']);
    expect(resource.seen).to.deep.equal([
      { ifNoneMatch: null, language: 'de', status: 200 },
      { ifNoneMatch: null, language: 'en', status: 200 },
      { ifNoneMatch: '"v1-de"', language: 'de', status: 304 },
      { ifNoneMatch: '"v1-en"', language: 'en', status: 304 },
    ]);
  });

  it('keeps query strings apart', async () => {
    const resource = versionedResource('list', () => ({ id: 'l', size: 1 }));
    const client = cached();
    await client.getJson('list', Thing, { query: { page: 1 } });
    await client.getJson('list', Thing, { query: { page: 2 } });
    await client.getJson('list', Thing, { query: { page: 1 } });
    expect(resource.seen.map((s) => s.status)).to.deep.equal([200, 200, 304]);
  });

  it('does not remember answers without ETag', async () => {
    const resource = versionedResource('untagged', () => ({ id: 'u', size: 1 }), { etag: false });
    const client = cached();
    await client.getJson('untagged', Thing);
    await client.getJson('untagged', Thing);
    expect(resource.seen.map((s) => s.ifNoneMatch)).to.deep.equal([null, null]);
  });

  it('never hands a value parsed by one schema to a request with another', async () => {
    const resource = versionedResource('things/s', () => ({ id: 's', size: 4 }));
    const client = cached();
    const Named = z.object({ id: z.string() });
    await client.getJson('things/s', Thing);
    expect(await client.getJson('things/s', Named)).to.deep.equal({ id: 's' });
    expect(resource.seen.map((s) => s.ifNoneMatch)).to.deep.equal([null, null]);
  });

  it('revalidates text resources too', async () => {
    const statuses: number[] = [];
    worker.use(
      http.get(`${etagBase}export.csv`, ({ request }) => {
        const unchanged = request.headers.get('if-none-match') === '"csv-1"';
        statuses.push(unchanged ? 304 : 200);
        if (unchanged) return new HttpResponse(null, { status: 304, headers: { etag: '"csv-1"' } });
        return new HttpResponse('a;b\n1;2\n', { headers: { etag: '"csv-1"', 'content-type': 'text/csv' } });
      }),
    );
    const client = cached();
    expect(await client.getText('export.csv')).to.equal('a;b\n1;2\n');
    expect(await client.getText('export.csv')).to.equal('a;b\n1;2\n');
    expect(statuses).to.deep.equal([200, 304]);
  });

  it('forgets the least recently used answer beyond its size', async () => {
    const a = versionedResource('lru/a', () => ({ id: 'a', size: 1 }));
    const b = versionedResource('lru/b', () => ({ id: 'b', size: 1 }));
    const c = versionedResource('lru/c', () => ({ id: 'c', size: 1 }));
    const client = cached(2);
    await client.getJson('lru/a', Thing);
    await client.getJson('lru/b', Thing);
    await client.getJson('lru/a', Thing); // a is now the most recently used
    await client.getJson('lru/c', Thing); // drops b
    await client.getJson('lru/a', Thing);
    await client.getJson('lru/b', Thing);
    expect(a.seen.map((s) => s.status)).to.deep.equal([200, 304, 304]);
    expect(b.seen.map((s) => s.status)).to.deep.equal([200, 200]);
    expect(c.seen.map((s) => s.status)).to.deep.equal([200]);
  });

  it('still maps errors after a cached answer, and revalidates afterwards', async () => {
    const client = cached();
    let fail = false;
    const tags: (string | null)[] = [];
    worker.use(
      http.get(`${etagBase}things/r`, ({ request }) => {
        tags.push(request.headers.get('if-none-match'));
        if (fail) return new HttpResponse(null, { status: 503 });
        if (request.headers.get('if-none-match') === '"r1"') return new HttpResponse(null, { status: 304, headers: { etag: '"r1"' } });
        return HttpResponse.json({ id: 'r', size: 1 }, { headers: { etag: '"r1"' } });
      }),
    );
    await client.getJson('things/r', Thing);
    fail = true;
    expect((await failure(client.getJson('things/r', Thing))).kind).to.equal('unavailable');
    fail = false;
    expect(await client.getJson('things/r', Thing)).to.deep.equal({ id: 'r', size: 1 });
    expect(tags).to.deep.equal([null, '"r1"', '"r1"']);
  });

  it('treats a 304 it did not ask for as an HTTP error', async () => {
    worker.use(http.get(`${etagBase}things/unasked`, () => new HttpResponse(null, { status: 304 })));
    expect((await failure(cached().getJson('things/unasked', Thing))).kind).to.equal('rejected');
  });

  it('honours abort on a conditional request', async () => {
    versionedResource('things/a', () => ({ id: 'a', size: 1 }));
    const client = cached();
    await client.getJson('things/a', Thing);
    const controller = new AbortController();
    controller.abort();
    const error = await client.getJson('things/a', Thing, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('keeps the cache in memory only', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, caches: (await caches.keys()).length };
    versionedResource('things/mem', () => ({ id: 'm', size: 1 }));
    const client = cached();
    await client.getJson('things/mem', Thing);
    await client.getJson('things/mem', Thing);
    expect({ local: localStorage.length, session: sessionStorage.length, caches: (await caches.keys()).length }).to.deep.equal(before);
  });
});
