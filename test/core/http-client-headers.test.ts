/**
 * HttpClient.exchange: a POST or PUT that also hands back the response
 * headers a connector names (e.g. a PIN the backend puts in a header), with
 * everything else as for post/put.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import { HttpClient, isOzgError } from '../../src/index.js';
import { apiBase, startMockWorker } from '../helpers/mock-worker.js';

const base = apiBase('http-headers-api');
const Thing = z.object({ id: z.string() });

describe('HttpClient.exchange', () => {
  let worker: Awaited<ReturnType<typeof startMockWorker>>;
  const client = new HttpClient({ baseUrl: base, timeoutMs: 300, retries: 1, retryDelayMs: 1 });

  before(async () => {
    worker = await startMockWorker();
  });
  afterEach(() => worker.resetHandlers());

  it('hands back the parsed body, the status and only the headers asked for, whatever their case', async () => {
    worker.use(
      http.put(`${base}things/a`, () =>
        HttpResponse.json({ id: 'a', extra: 1 }, { status: 202, headers: { 'X-Ozg-Status-Pin': '042137', 'X-Other': 'secret', ETag: '"1"' } }),
      ),
    );
    const answer = await client.exchange('put', 'things/a', { id: 'a' }, Thing, ['x-ozg-status-pin', 'ETag', 'x-missing']);
    expect(answer).to.deep.equal({ value: { id: 'a' }, status: 202, headers: { 'x-ozg-status-pin': '042137', etag: '"1"' } });
  });

  it('sends the body and headers as post does, and parses with the schema', async () => {
    let seen: { method: string; type: string | null; key: string | null; body: unknown } | undefined;
    worker.use(
      http.post(`${base}things`, async ({ request }) => {
        seen = { method: request.method, type: request.headers.get('content-type'), key: request.headers.get('idempotency-key'), body: await request.json() };
        return HttpResponse.json({ wrong: true }, { status: 201 });
      }),
    );
    const error = await client.exchange('post', 'things', { id: 'b' }, Thing, [], { idempotencyKey: 'k-1' }).catch((e: unknown) => e);
    expect(seen).to.deep.equal({ method: 'POST', type: 'application/json', key: 'k-1', body: { id: 'b' } });
    expect(isOzgError(error) && error.kind).to.equal('invalid-response');
  });

  it('maps HTTP errors like the other methods, and retries a keyed write', async () => {
    let attempts = 0;
    worker.use(
      http.put(`${base}things/c`, () => {
        attempts++;
        return attempts === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ id: 'c' }, { headers: { 'x-pin': '1' } });
      }),
    );
    expect((await client.exchange('put', 'things/c', {}, Thing, ['x-pin'], { idempotencyKey: 'k-2' })).headers).to.deep.equal({ 'x-pin': '1' });
    expect(attempts).to.equal(2);

    worker.use(http.put(`${base}things/d`, () => HttpResponse.json({ title: 'Conflict' }, { status: 409 })));
    const error = await client.exchange('put', 'things/d', {}, Thing, ['x-pin']).catch((e: unknown) => e);
    expect(isOzgError(error) && [error.kind, error.status]).to.deep.equal(['rejected', 409]);
  });

  it('honours an aborted signal, sending nothing', async () => {
    let requests = 0;
    worker.use(
      http.put(`${base}things/e`, () => {
        requests++;
        return HttpResponse.json({ id: 'e' });
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await client.exchange('put', 'things/e', {}, Thing, [], { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect(requests).to.equal(0);
  });
});
