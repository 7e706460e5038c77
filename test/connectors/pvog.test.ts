import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { PvogCatalog, PvogConfig, connectorType } from '../../connectors/pvog/index.js';
import { connectorType as staticJsonType } from '../../connectors/static-json/index.js';
import { catalog } from '../../demo/data/catalog.js';
import { PVOG_BASE_PATH, pvogHandlers } from '../../demo/mocks/pvog/handlers.js';
import { FEDERAL_ARS, MUSTERSTADT_ARS, REAL_SERVICE_ID } from '../../demo/mocks/pvog/pvog-demo-backend.js';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { isAbortError, isOzgError, type CatalogCapability } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import example from '../fixtures/pvog/servicedescription-detail.B100019_LB_574711.json';
import { SharedRequests } from '../../connectors/pvog/shared-requests.js';
import { startMockWorker } from '../helpers/mock-worker.js';

const handlers = [...pvogHandlers, ...staticJsonHandlers];
const worker = await startMockWorker(...handlers);
const backend = new URL(PVOG_BASE_PATH, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

const config = (settings: object) => ({ type: 'pvog', baseUrl: PVOG_BASE_PATH, ars: MUSTERSTADT_ARS, ...settings });
const create = (settings: object = {}) => connectorType.create(connectorType.parseConfig(config(settings)), context);
const catalogOf = (settings: object = {}) => new PvogCatalog(PvogConfig.parse(config(settings)));

async function staticCatalog(): Promise<CatalogCapability> {
  return (await staticJsonType.create(staticJsonType.parseConfig({ type: 'static-json', url: CATALOG_PATH }), context)).catalog!;
}

/** Records the PVOG requests the connector makes, without answering them. */
function recordRequests(): Request[] {
  const seen: Request[] = [];
  worker.use(
    http.all(`${backend}*`, ({ request }) => {
      seen.push(request.clone());
      return undefined;
    }),
  );
  return seen;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describeConformance({
  name: 'pvog',
  create: (http$) => create(http$),
  mock: { use: (...h) => worker.use(...h), resetHandlers: () => worker.resetHandlers(...handlers) },
  backend: `${backend}*`,
  samples: { serviceId: REAL_SERVICE_ID, officeId: 'oe-buergerbuero-mitte' },
});

describe('pvog connector', () => {
  afterEach(() => worker.resetHandlers(...handlers));

  describe('configuration', () => {
    it('accepts a proxy path or an absolute URL, a public key and HTTP settings', () => {
      expect(connectorType.parseConfig({ type: 'pvog', baseUrl: '/pvog/', ars: MUSTERSTADT_ARS })).to.include({ baseUrl: '/pvog/' });
      expect(() =>
        connectorType.parseConfig({ type: 'pvog', baseUrl: 'https://pvog.fitko.net/suchdienst/api/v5/', ars: FEDERAL_ARS, token: 'k', timeoutMs: 5000, retries: 1 }),
      ).not.to.throw();
    });

    it('refuses a wrong ARS, a missing or non-http base URL and a bad header name', () => {
      const base = { type: 'pvog', baseUrl: PVOG_BASE_PATH, ars: MUSTERSTADT_ARS };
      expect(() => connectorType.parseConfig({ ...base, ars: '08299' })).to.throw(/12-digit/);
      expect(() => connectorType.parseConfig({ ...base, baseUrl: undefined })).to.throw();
      expect(() => connectorType.parseConfig({ ...base, baseUrl: 'javascript:alert(1)' })).to.throw(/http/);
      expect(() => connectorType.parseConfig({ ...base, token: 'k', tokenHeader: 'X Key' })).to.throw();
    });
  });

  describe('listServices (catalog CSV)', () => {
    it('lists the Musterstadt services from the CSV export, as static-json does', async () => {
      const [pvog, reference] = await Promise.all([catalogOf().listServices({}), (await staticCatalog()).listServices({})]);
      expect(pvog).to.have.length(catalog.services.length);
      expect(pvog.map((s) => s.id).sort()).to.deep.equal(reference.map((s) => s.id).sort());
      const passport = pvog.find((s) => s.id === 'personalausweis-beantragen')!;
      expect(passport.name).to.equal('Personalausweis beantragen');
      expect(passport.leikaKeys).to.deep.equal(['99008001012000']);
      expect(passport.synonyms).to.deep.equal(['Personalausweis Ausstellung']);
      expect(passport.online).to.equal(true);
    });

    it('downloads the catalog once for concurrent and later calls', async () => {
      const seen = recordRequests();
      const pvog = catalogOf();
      await Promise.all([pvog.listServices({}), pvog.listServices({}), pvog.listServices({ region: MUSTERSTADT_ARS })]);
      await pvog.listServices({});
      expect(seen.map((r) => new URL(r.url).pathname)).to.deep.equal([`${PVOG_BASE_PATH}servicedescriptions/csv`]);
      expect(new URL(seen[0]!.url).searchParams.get('ars')).to.equal(MUSTERSTADT_ARS);
      expect(seen[0]!.headers.get('accept')).to.contain('text/csv');
    });

    it('downloads again after a failure', async () => {
      const pvog = catalogOf({ retries: 0 });
      worker.use(http.get(`${PVOG_BASE_PATH}servicedescriptions/csv`, () => new HttpResponse(null, { status: 502 }), { once: true }));
      const error = await failure(pvog.listServices({}));
      expect(isOzgError(error) && error.kind).to.equal('unavailable');
      expect(await pvog.listServices({})).to.have.length(catalog.services.length);
    });

    it('lists another region when asked, and refuses a malformed one', async () => {
      const federal = await catalogOf().listServices({ region: FEDERAL_ARS });
      expect(federal.map((s) => s.id)).to.deep.equal([REAL_SERVICE_ID]);
      expect(federal[0]!.name).to.equal('Ausbildungsgeld beantragen');
      const error = await failure(catalogOf().listServices({ region: '0829' }));
      expect(isOzgError(error) && error.kind).to.equal('rejected');
    });

    it('lists the services of a life situation through the search, page by page', async () => {
      const seen = recordRequests();
      const reference = await staticCatalog();
      for (const code of ['1070000', '1000000']) {
        const [pvog, expected] = await Promise.all([catalogOf().listServices({ lifeSituation: code }), reference.listServices({ lifeSituation: code })]);
        expect(pvog.length, code).to.equal(expected.length);
        expect(pvog.map((s) => s.id).sort()).to.deep.equal(expected.map((s) => s.id).sort());
        expect(pvog.every((s) => s.lifeSituations.includes(code))).to.equal(true);
      }
      const searches = seen.filter((r) => new URL(r.url).searchParams.has('personalMatter'));
      // 1070000 fits on one page; the >100 services for 1000000 need two.
      expect(searches.map((r) => new URL(r.url).searchParams.get('page'))).to.deep.equal(['0', '0', '1']);
    });
  });

  describe('searchServices (the Suchdienst search)', () => {
    it('asks the backend and returns its hits, best first, with the total', async () => {
      const seen = recordRequests();
      const result = await catalogOf().searchServices({ text: 'Personalausweis' });
      expect(result.items[0]!.id).to.equal('personalausweis-beantragen');
      expect(result.items[0]!.summary).to.match(/^Deutsche ab 16 Jahren/);
      expect(result.total).to.equal(result.items.length);
      const url = new URL(seen[0]!.url);
      expect(url.pathname).to.equal(`${PVOG_BASE_PATH}servicedescriptions/${MUSTERSTADT_ARS}`);
      expect(url.searchParams.get('q')).to.equal('Personalausweis');
    });

    it('asks for at least 5 hits (the API minimum) but returns at most the limit', async () => {
      const seen = recordRequests();
      const result = await catalogOf().searchServices({ text: 'beantragen', limit: 2 });
      expect(result.items).to.have.length(2);
      expect(result.total).to.be.greaterThan(2);
      expect(new URL(seen[0]!.url).searchParams.get('size')).to.equal('5');
    });

    it('filters by life situation and region', async () => {
      const seen = recordRequests();
      const result = await catalogOf().searchServices({ text: 'ausbildungsgeld', region: FEDERAL_ARS, lifeSituation: '1030200' });
      expect(result.items.map((s) => s.id)).to.deep.equal([REAL_SERVICE_ID]);
      expect(result.items[0]!.lifeSituations).to.include('1030200');
      expect(new URL(seen[0]!.url).searchParams.get('personalMatter')).to.equal('1030200');
    });

    it('answers an empty query without asking the backend', async () => {
      const seen = recordRequests();
      expect(await catalogOf().searchServices({ text: '  ' })).to.deep.equal({ items: [], total: 0 });
      expect(seen).to.have.length(0);
    });

    it('reads a plain page too (content at the top)', async () => {
      worker.use(http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars`, () => HttpResponse.json({ content: [{ id: 'X.LB.1', title: 'Hund anmelden' }], totalElements: 7 })));
      expect(await catalogOf().searchServices({ text: 'hund' })).to.deep.equal({
        items: [{ id: 'X.LB.1', name: 'Hund anmelden', leikaKeys: [], synonyms: [], lifeSituations: [], categories: [], addressees: [], online: false }],
        total: 7,
      });
    });
  });

  describe('getService', () => {
    it('asks for the detail in the configured region and maps it', async () => {
      const seen = recordRequests();
      const service = await catalogOf().getService(REAL_SERVICE_ID);
      expect(service.name).to.equal('Ausbildungsgeld beantragen');
      const url = new URL(seen[0]!.url);
      expect(url.pathname).to.equal(`${PVOG_BASE_PATH}servicedescriptions/${MUSTERSTADT_ARS}/detail`);
      expect(url.searchParams.get('q')).to.equal(REAL_SERVICE_ID);
    });

    it('treats an answer about another service, or an empty one, as not found', async () => {
      worker.use(http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars/detail`, () => HttpResponse.json(example), { once: true }));
      expect(await failure(catalogOf().getService('personalausweis-beantragen'))).to.satisfy((e: unknown) => isOzgError(e) && e.kind === 'not-found');
      worker.use(http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars/detail`, () => HttpResponse.json(null), { once: true }));
      expect(await failure(catalogOf().getService(REAL_SERVICE_ID))).to.satisfy((e: unknown) => isOzgError(e) && e.kind === 'not-found');
    });

    it('sends the public key and the language, and caches per language', async () => {
      const seen = recordRequests();
      const pvog = catalogOf({ token: 'public-key' });
      await pvog.getService(REAL_SERVICE_ID, { language: 'en' });
      await pvog.getService(REAL_SERVICE_ID, { language: 'en' });
      await pvog.getService(REAL_SERVICE_ID);
      expect(seen).to.have.length(2);
      expect(seen[0]!.headers.get('x-api-key')).to.equal('public-key');
      expect(seen[0]!.headers.get('accept-language')).to.equal('en');
      expect(seen[1]!.headers.get('accept-language')).to.equal(null);
    });

    it('sends no key header unless one is configured, and the configured header name', async () => {
      const seen = recordRequests();
      await catalogOf().getService(REAL_SERVICE_ID);
      await catalogOf({ token: 'k', tokenHeader: 'Ocp-Apim-Subscription-Key' }).getService(REAL_SERVICE_ID);
      expect(seen[0]!.headers.get('x-api-key')).to.equal(null);
      expect(seen[1]!.headers.get('ocp-apim-subscription-key')).to.equal('k');
    });

    it('shares one request between callers; one caller aborting does not stop the other', async () => {
      let requests = 0;
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars/detail`, async () => {
          requests++;
          await released;
          return HttpResponse.json(example);
        }),
      );
      const pvog = catalogOf();
      const impatient = new AbortController();
      const first = pvog.getService(REAL_SERVICE_ID, { signal: impatient.signal });
      const second = pvog.getService(REAL_SERVICE_ID);
      impatient.abort();
      expect(isAbortError(await failure(first))).to.equal(true);
      release();
      expect((await second).id).to.equal(REAL_SERVICE_ID);
      expect(requests).to.equal(1);
    });

    it('aborts the shared request when every caller has left, and asks again next time', async () => {
      let requests = 0;
      let seenRequest: () => void = () => {};
      const arrived = new Promise<void>((resolve) => (seenRequest = resolve));
      worker.use(
        http.get(
          `${PVOG_BASE_PATH}servicedescriptions/:ars/detail`,
          async () => {
            requests++;
            seenRequest();
            await new Promise(() => {});
            return HttpResponse.json(example);
          },
          { once: true },
        ),
      );
      const pvog = catalogOf();
      const [a, b] = [new AbortController(), new AbortController()];
      const calls = [pvog.getService(REAL_SERVICE_ID, { signal: a.signal }), pvog.getService(REAL_SERVICE_ID, { signal: b.signal })];
      await arrived;
      a.abort();
      b.abort();
      const errors = await Promise.all(calls.map(failure));
      expect(errors.every(isAbortError)).to.equal(true);
      expect((await pvog.getService(REAL_SERVICE_ID)).id).to.equal(REAL_SERVICE_ID);
      expect(requests).to.equal(1); // the third call went to the regular mock
    });
  });

  describe('getOffice and listLifeSituations', () => {
    it('maps an organisation unit to the same office static-json has', async () => {
      const [pvog, reference] = await Promise.all([catalogOf().getOffice('oe-buergerbuero-mitte'), (await staticCatalog()).getOffice('oe-buergerbuero-mitte')]);
      expect(pvog).to.deep.equal(reference);
    });

    it('reads the fields third-party clients know from the real answer', async () => {
      worker.use(
        http.get(`${PVOG_BASE_PATH}organisationunits/detail`, () =>
          HttpResponse.json({
            title: 'Jobcenter Berlin Mitte',
            location: {
              addresses: [{ type: 'Hausanschrift', street: 'Teststr. 1', zip: '10115', city: 'Berlin' }],
              communications: [{ code: '02', value: '+49 30 123' }],
            },
            internetAddresses: [{ uri: 'https://jobcenter.example' }],
          }),
        ),
      );
      expect(await catalogOf().getOffice('L1.OE.7')).to.deep.equal({
        id: 'L1.OE.7',
        name: 'Jobcenter Berlin Mitte',
        visitorAddress: { street: 'Teststr. 1', postalCode: '10115', city: 'Berlin' },
        contact: { phone: [{ value: '+49 30 123' }], email: [], fax: [], web: 'https://jobcenter.example' },
      });
    });

    it('lists the Lebenslagen tree flat, parents first', async () => {
      const situations = await catalogOf().listLifeSituations();
      expect(situations.map((l) => l.code).sort()).to.deep.equal((catalog.lifeSituations ?? []).map((l) => l.code).sort());
      expect(situations.find((l) => l.code === '1030200')).to.deep.equal({ code: '1030200', name: 'Berufsausbildung', parent: '1030000' });
      const position = new Map(situations.map((l, i) => [l.code, i]));
      expect(situations.every((l) => !l.parent || position.get(l.parent)! < position.get(l.code)!)).to.equal(true);
    });
  });
});

describe('pvog shared requests', () => {
  /** A load that stays open until settled from outside, and remembers its signal. */
  function pendingLoad() {
    const control = { calls: 0, signal: undefined as AbortSignal | undefined, resolve: (_: string) => {}, reject: (_: unknown) => {} };
    const load = (signal: AbortSignal) => {
      control.calls++;
      control.signal = signal;
      return new Promise<string>((resolve, reject) => Object.assign(control, { resolve, reject }));
    };
    return { control, load };
  }

  it('aborts the load only when the last caller has aborted', async () => {
    const shared = new SharedRequests<string>(2);
    const { control, load } = pendingLoad();
    const [a, b] = [new AbortController(), new AbortController()];
    const calls = [shared.get('k', load, a.signal), shared.get('k', load, b.signal)];
    a.abort();
    expect(isAbortError(await failure(calls[0]!))).to.equal(true);
    expect(control.signal!.aborted).to.equal(false);
    b.abort();
    expect(isAbortError(await failure(calls[1]!))).to.equal(true);
    expect(control.signal!.aborted).to.equal(true);
    expect(control.calls).to.equal(1);
  });

  it('keeps results, forgets failures, and drops the least recently used key beyond its limit', async () => {
    const shared = new SharedRequests<string>(2);
    let loads = 0;
    const value = (v: string) => () => {
      loads++;
      return Promise.resolve(v);
    };
    expect(await failure(shared.get('x', () => Promise.reject(new Error('boom'))))).to.have.property('message', 'boom');
    expect(await shared.get('x', value('x'))).to.equal('x');
    await shared.get('y', value('y'));
    await shared.get('x', value('x again')); // cached; now x is the most recent
    await shared.get('z', value('z')); // pushes out y
    expect(await shared.get('x', value('x new'))).to.equal('x');
    expect(await shared.get('y', value('y new'))).to.equal('y new');
    expect(loads).to.equal(4);
  });

  it('rejects at once for a signal aborted before the call', async () => {
    const shared = new SharedRequests<string>(1);
    const { control, load } = pendingLoad();
    expect(isAbortError(await failure(shared.get('k', load, AbortSignal.abort())))).to.equal(true);
    expect(control.calls).to.equal(0);
  });
});
