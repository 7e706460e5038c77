import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, delay, getResponse, http } from 'msw';
import { CatalogFile } from '../../connectors/static-json/index.js';
import { MAX_PAGES, PARALLEL_PAGES, connectorType } from '../../connectors/municipal-rest/index.js';
import { mapBounded } from '../../connectors/municipal-rest/bounded.js';
import { MUSTERSTADT_ARS, catalog } from '../../demo/data/catalog.js';
import {
  DEMO_STATUS_CASES,
  MUNICIPAL_REST_BASE,
  municipalRestHandlers,
  resetCases,
  resetFailedLookups,
  resetSubmissions,
} from '../../demo/mocks/municipal-rest-handlers.js';
import { isOzgError, type CatalogCapability, type OzgError } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { hundSubmission } from './submission-samples.js';

const worker = await startMockWorker(...municipalRestHandlers);
const base = new URL(MUNICIPAL_REST_BASE, location.origin).href;
const data = CatalogFile.parse(catalog);
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

async function catalogOf(settings: object = {}): Promise<CatalogCapability> {
  const connector = await connectorType.create(connectorType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, retries: 0, ...settings }), context);
  return connector.catalog!;
}

const statusSample = DEMO_STATUS_CASES.find((c) => c.state === 'action-required')!;

describeConformance({
  name: 'municipal-rest',
  create: (http$) =>
    connectorType.create(connectorType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', ...http$ }), context),
  mock: {
    use: (...h) => worker.use(...h),
    resetHandlers: () => {
      worker.resetHandlers(...municipalRestHandlers);
      resetSubmissions();
      resetCases();
      resetFailedLookups();
    },
  },
  backend: `${base}*`,
  samples: {
    serviceId: 'personalausweis-beantragen',
    officeId: 'oe-buergerbuero-mitte',
    formServiceId: 'hund-anmelden',
    submission: () => hundSubmission(),
    statusQuery: { reference: statusSample.reference, secondFactor: { kind: 'pin', value: statusSample.pin } },
    // A possible reference no case has, so the backend's 404 is checked (an impossible one is refused before any request).
    missingId: 'MS-2026-999999-8',
  },
});

interface Exchange {
  path: string;
  params: URLSearchParams;
  ifNoneMatch: string | null;
  language: string | null;
  status: number;
}

let backends = 0;

/**
 * The mock backend at an address of its own for one test, recording every
 * answer it gives. Requests that an earlier test left behind (aborted ones
 * still travel through the service worker) go to other addresses, so they
 * cannot show up here.
 */
function privateBackend() {
  const baseUrl = new URL(`/demo-api/musterstadt/rest/test-${++backends}/`, location.origin).href;
  const exchanges: Exchange[] = [];
  worker.use(
    http.all(`${baseUrl}*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = request.url.slice(baseUrl.length).replace(/\?.*$/, '');
      const response = (await getResponse(municipalRestHandlers, new Request(base + request.url.slice(baseUrl.length), { headers: request.headers })))!;
      exchanges.push({
        path,
        params: url.searchParams,
        ifNoneMatch: request.headers.get('if-none-match'),
        language: request.headers.get('accept-language'),
        status: response.status,
      });
      return response;
    }),
  );
  return {
    baseUrl,
    /** The exchanges since the last call. */
    take: () => exchanges.splice(0),
    catalog: (settings: object = {}) => catalogOf({ baseUrl, ...settings }),
  };
}

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

const pageOf = (page: number, items: { id: string; name: string }[], totalPages: number, pageSize = 2) =>
  HttpResponse.json({ items, page, pageSize, totalItems: totalPages * pageSize, totalPages });

describe('municipal-rest connector: listing services', () => {
  afterEach(() => worker.resetHandlers(...municipalRestHandlers));

  it('reads every page and returns each service of the catalog once', async () => {
    const backend = privateBackend();
    const services = await (await backend.catalog({ pageSize: 20 })).listServices({});
    expect(services.map((s) => s.id).sort()).to.deep.equal(data.services.map((s) => s.id).sort());
    const pages = backend.take().map((e) => [e.path, e.params.get('page'), e.params.get('pageSize')]);
    expect(pages.sort((a, b) => Number(a[1]) - Number(b[1]))).to.deep.equal(
      Array.from({ length: Math.ceil(data.services.length / 20) }, (_, i) => ['services', String(i + 1), '20']),
    );
  });

  it('keeps the order of the backend', async () => {
    const backend = privateBackend();
    const paged = await (await backend.catalog({ pageSize: 30 })).listServices({});
    const whole = await (await backend.catalog({ pageSize: 500 })).listServices({});
    expect(paged.map((s) => s.id)).to.deep.equal(whole.map((s) => s.id));
  });

  it('reads the later pages in parallel, at most PARALLEL_PAGES at a time', async () => {
    const backend = privateBackend();
    const pageSize = 10;
    const later = Math.ceil(data.services.length / pageSize) - 1;
    const held: (() => void)[] = [];
    let inFlight = 0;
    let most = 0;
    worker.use(
      http.get(`${backend.baseUrl}services`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '1') return undefined;
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((release) => held.push(release));
        inFlight--;
        return undefined; // answered by the mock backend
      }),
    );
    const pending = (await backend.catalog({ pageSize })).listServices({});
    // Answer the later pages batch by batch, each once exactly as many wait as may run at once.
    for (let released = 0; released < later; ) {
      const batch = Math.min(PARALLEL_PAGES, later - released);
      await waitUntil(() => held.length === batch, `expected ${batch} pages to wait at once, ${held.length} do`);
      released += batch;
      held.splice(0).forEach((release) => release());
    }
    expect((await pending).length).to.equal(data.services.length);
    expect(most).to.equal(PARALLEL_PAGES);
  });

  it('asks for later pages with the page size the server used', async () => {
    const backend = privateBackend();
    const services = await (await backend.catalog({ pageSize: 500 })).listServices({});
    expect(services.length).to.equal(data.services.length);
    expect(backend.take().map((e) => `${e.params.get('page')}/${e.params.get('pageSize')}`)).to.deep.equal(['1/500', '2/100']);
  });

  it('sends the filters and returns what matches, life situations below the one asked for included', async () => {
    const backend = privateBackend();
    const education = await (await backend.catalog({ pageSize: 25 })).listServices({ lifeSituation: '1030000', region: MUSTERSTADT_ARS });
    const exchanges = backend.take();
    expect(exchanges.length).to.be.greaterThan(0);
    expect(exchanges.every((e) => e.params.get('lifeSituation') === '1030000' && e.params.get('region') === MUSTERSTADT_ARS)).to.equal(true);
    const expected = data.services.filter((s) => s.lifeSituations.some((code) => code === '1030000' || code === '1030200'));
    expect(education.map((s) => s.id).sort()).to.deep.equal(expected.map((s) => s.id).sort());
    expect(education.some((s) => s.lifeSituations.includes('1030200') && !s.lifeSituations.includes('1030000'))).to.equal(true);
  });

  it('returns an empty list after one request when nothing matches', async () => {
    const backend = privateBackend();
    expect(await (await backend.catalog()).listServices({ region: '081110000000' })).to.deep.equal([]);
    expect(backend.take().length).to.equal(1);
  });

  it('returns a service that moved to a later page while reading only once', async () => {
    const backend = privateBackend();
    worker.use(
      http.get(`${backend.baseUrl}services`, ({ request }) =>
        new URL(request.url).searchParams.get('page') === '1'
          ? pageOf(1, [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], 2)
          : pageOf(2, [{ id: 'b', name: 'B' }, { id: 'c', name: 'C' }], 2),
      ),
    );
    expect((await (await backend.catalog()).listServices({})).map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('reports a backend that ignores the page parameter as invalid-response', async () => {
    const backend = privateBackend();
    worker.use(http.get(`${backend.baseUrl}services`, () => pageOf(1, [{ id: 'a', name: 'A' }], 3)));
    expect((await failure((await backend.catalog()).listServices({}))).kind).to.equal('invalid-response');
  });

  it('reports an absurd number of pages as invalid-response without reading them', async () => {
    const backend = privateBackend();
    let calls = 0;
    worker.use(
      http.get(`${backend.baseUrl}services`, () => {
        calls++;
        return pageOf(1, [{ id: 'a', name: 'A' }], MAX_PAGES + 1);
      }),
    );
    expect((await failure((await backend.catalog()).listServices({}))).kind).to.equal('invalid-response');
    expect(calls).to.equal(1);
  });

  it('fails with the typed error of a later page', async () => {
    const backend = privateBackend();
    worker.use(
      http.get(`${backend.baseUrl}services`, ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3' ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '60' } }) : undefined,
      ),
    );
    const error = await failure((await backend.catalog({ pageSize: 20 })).listServices({}));
    expect([error.kind, error.retryAfterSeconds]).to.deep.equal(['unavailable', 60]);
  });

  it('rejects with AbortError when aborted while later pages load', async () => {
    const backend = privateBackend();
    let arrived: () => void = () => {};
    const laterPageArrived = new Promise<void>((resolve) => (arrived = resolve));
    worker.use(
      http.get(`${backend.baseUrl}services`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '1') return undefined;
        arrived();
        await delay('infinite');
        return undefined;
      }),
    );
    const controller = new AbortController();
    const pending = (await backend.catalog({ pageSize: 20, timeoutMs: 10_000 })).listServices({}, { signal: controller.signal });
    await laterPageArrived;
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('municipal-rest connector: conditional requests', () => {
  afterEach(() => worker.resetHandlers(...municipalRestHandlers));

  it('loads unchanged pages again with If-None-Match, gets 304 and the same data', async () => {
    const backend = privateBackend();
    const catalog = await backend.catalog({ pageSize: 50 });
    const first = await catalog.listServices({});
    const firstExchanges = backend.take();
    const second = await catalog.listServices({});
    const secondExchanges = backend.take();
    expect(firstExchanges.map((e) => [e.status, e.ifNoneMatch])).to.deep.equal(Array.from({ length: 4 }, () => [200, null]));
    expect(secondExchanges.map((e) => e.status)).to.deep.equal([304, 304, 304, 304]);
    expect(secondExchanges.every((e) => /^"[^"]+"$/.test(e.ifNoneMatch ?? ''))).to.equal(true);
    expect(second).to.deep.equal(first);
    expect(second.every((service, i) => service === first[i])).to.equal(true);
  });

  it('revalidates services, offices, life situations and categories', async () => {
    const backend = privateBackend();
    const catalog = await backend.catalog();
    const load = () =>
      Promise.all([
        catalog.getService('personalausweis-beantragen'),
        catalog.getOffice('oe-buergerbuero-mitte'),
        catalog.listLifeSituations(),
        catalog.listCategories!(),
      ]);
    const first = await load();
    expect(backend.take().map((e) => e.status)).to.deep.equal([200, 200, 200, 200]);
    const second = await load();
    expect(backend.take().map((e) => e.status)).to.deep.equal([304, 304, 304, 304]);
    second.forEach((value, i) => expect(value).to.equal(first[i]));
  });

  it('keeps answers per language and sends it as Accept-Language', async () => {
    const backend = privateBackend();
    const catalog = await backend.catalog();
    await catalog.getService('personalausweis-beantragen', { language: 'en' });
    await catalog.getService('personalausweis-beantragen', { language: 'de' });
    await catalog.getService('personalausweis-beantragen', { language: 'en' });
    expect(backend.take().map((e) => [e.language, e.status])).to.deep.equal([
      ['en', 200],
      ['de', 200],
      ['en', 304],
    ]);
  });

  it('starts every connector without remembered answers', async () => {
    const backend = privateBackend();
    await (await backend.catalog()).listLifeSituations();
    backend.take();
    await (await backend.catalog()).listLifeSituations();
    expect(backend.take().map((e) => [e.status, e.ifNoneMatch])).to.deep.equal([[200, null]]);
  });
});

describe('municipal-rest connector: single resources and configuration', () => {
  afterEach(() => worker.resetHandlers(...municipalRestHandlers));

  it('fetches a service by id with its full texts', async () => {
    const service = await (await catalogOf()).getService('personalausweis-beantragen');
    const expected = data.services.find((s) => s.id === 'personalausweis-beantragen')!;
    expect(service).to.deep.equal(JSON.parse(JSON.stringify(expected)));
  });

  it('escapes ids in the path', async () => {
    const backend = privateBackend();
    expect((await failure((await backend.catalog()).getOffice('a/b c'))).kind).to.equal('not-found');
    expect(backend.take().map((e) => e.path)).to.deep.equal(['offices/a%2Fb%20c']);
  });

  it('reports an answer about another id as invalid-response', async () => {
    const backend = privateBackend();
    worker.use(http.get(`${backend.baseUrl}offices/:id`, () => HttpResponse.json({ id: 'oe-other', name: 'Andere Stelle' })));
    expect((await failure((await backend.catalog()).getOffice('oe-buergerbuero-mitte'))).kind).to.equal('invalid-response');
  });

  it('leaves search to the widgets (no searchServices)', async () => {
    expect((await catalogOf()).searchServices).to.equal(undefined);
  });

  it('refuses configurations without a usable baseUrl or with a bad page size', () => {
    for (const bad of [
      { type: 'municipal-rest' },
      { type: 'municipal-rest', baseUrl: '' },
      { type: 'municipal-rest', baseUrl: 'javascript:alert(1)' },
      { type: 'municipal-rest', baseUrl: 'ftp://files.example/v1/' },
      { type: 'municipal-rest', baseUrl: '/v1/?key=secret' },
      { type: 'municipal-rest', baseUrl: '/v1/', pageSize: 0 },
      { type: 'municipal-rest', baseUrl: '/v1/', pageSize: 2.5 },
      { type: 'municipal-rest', baseUrl: '/v1/', pageSize: 10_000 },
    ]) {
      expect(() => connectorType.parseConfig(bad), JSON.stringify(bad)).to.throw();
    }
  });

  it('resolves a relative baseUrl against the page and keeps paths below it, with or without the final slash', async () => {
    const backend = privateBackend();
    const relative = new URL(backend.baseUrl).pathname.replace(/\/$/, '');
    await (await catalogOf({ baseUrl: relative })).listCategories!();
    expect(backend.take().map((e) => e.path)).to.deep.equal(['categories']);
  });
});

describe('mapBounded', () => {
  it('runs at most `limit` tasks at once and keeps the order of the results', async () => {
    const resolvers: ((value: number) => void)[] = [];
    let running = 0;
    let most = 0;
    const pending = mapBounded([0, 1, 2, 3, 4, 5], 2, (item) => {
      running++;
      most = Math.max(most, running);
      return new Promise<number>((resolve) => (resolvers[item] = (v) => (running--, resolve(v))));
    });
    expect(resolvers.length).to.equal(2);
    resolvers[1]!(10);
    await waitUntil(() => resolvers.length === 3);
    for (let i = 0; i < 6; i++) {
      await waitUntil(() => resolvers[i] !== undefined);
      if (i !== 1) resolvers[i]!(i * 10);
    }
    expect(await pending).to.deep.equal([0, 10, 20, 30, 40, 50]);
    expect(most).to.equal(2);
  });

  it('rejects with the first failure and aborts the tasks still running', async () => {
    const signals: AbortSignal[] = [];
    let fail: (error: Error) => void = () => {};
    const pending = mapBounded([0, 1, 2], 3, (item, signal) => {
      signals.push(signal);
      return new Promise<number>((_resolve, reject) => {
        if (item === 0) fail = reject;
        signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')));
      });
    });
    fail(new Error('page failed'));
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).message).to.equal('page failed');
    expect(signals.every((s) => s.aborted)).to.equal(true);
  });

  it("rejects with the caller's abort reason", async () => {
    const controller = new AbortController();
    const pending = mapBounded([0, 1], 1, (_item, signal) => new Promise<number>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))), controller.signal);
    controller.abort();
    expect(await pending.catch((e: unknown) => e)).to.equal(controller.signal.reason);
  });
});
