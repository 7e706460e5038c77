/**
 * The conformance kit must catch broken connectors, not only pass good ones.
 * Three deliberately broken connectors read the same catalog file as
 * static-json; each breaks one rule of the contract.
 */
import { expect } from '@open-wc/testing';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import type { CatalogCapability, Connector, ServiceSummary } from '../../src/index.js';
import { connectorType } from '../../connectors/static-json/index.js';
import { runConformance, type ConformanceOptions, type ConformanceReport } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';

const worker = await startMockWorker(...staticJsonHandlers);
const catalogUrl = new URL(CATALOG_PATH, location.origin).href;

type RawCatalog = { services: ServiceSummary[]; offices: { id: string }[]; lifeSituations: unknown[] };

/** Reads the file with bare fetch; `handle` decides what goes wrong. */
function rawCatalog(load: (signal?: AbortSignal) => Promise<RawCatalog>): CatalogCapability {
  return {
    listServices: async (_q, o) => (await load(o?.signal)).services,
    getService: async (id, o) => (await load(o?.signal)).services.find((s) => s.id === id) as never,
    listLifeSituations: async (o) => (await load(o?.signal)).lifeSituations as never,
    getOffice: async (id, o) => (await load(o?.signal)).offices.find((x) => x.id === id) as never,
  };
}

/** Throws plain Errors and passes JSON through without validation. */
const rawErrors = (): Connector => ({
  type: 'raw-errors',
  catalog: rawCatalog(async (signal) => {
    const response = await fetch(catalogUrl, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }),
});

/** Resolves with data that does not match the domain schemas. */
const invalidData = (): Connector => ({
  type: 'invalid-data',
  catalog: {
    ...rawErrors().catalog!,
    listServices: async () => [{ id: 1, title: 'Personalausweis' }] as never,
    getService: async (id) => ({ id, name: '', costs: 'kostenlos' }) as never,
  },
});

/** Ignores the AbortSignal. */
const ignoresAbort = (): Connector => {
  const good = connectorType.create(connectorType.parseConfig({ type: 'static-json', url: CATALOG_PATH, retries: 0, timeoutMs: 250 }), {
    name: 'x',
    lookup: () => Promise.reject(new Error('unused')),
  }) as Connector;
  const catalog = good.catalog!;
  return {
    type: 'ignores-abort',
    catalog: {
      listServices: (q) => catalog.listServices(q),
      getService: (id) => catalog.getService(id),
      listLifeSituations: () => catalog.listLifeSituations(),
      getOffice: (id) => catalog.getOffice(id),
    },
  };
};

const base = (create: () => Connector): ConformanceOptions => ({
  name: 'broken',
  create,
  mock: { use: (...h) => worker.use(...h), resetHandlers: () => worker.resetHandlers(...staticJsonHandlers) },
  backend: catalogUrl,
  samples: { serviceId: 'personalausweis-beantragen', officeId: 'oe-buergerbuero-mitte' },
});

function failedNames(report: ConformanceReport): string[] {
  return report.results.filter((r) => !r.ok).map((r) => r.name);
}

describe('conformance kit on broken connectors', function () {
  this.timeout(30_000);

  it('fails a connector that throws untyped errors, naming each fault', async () => {
    const report = await runConformance(base(rawErrors));
    const failed = failedNames(report);
    expect(failed).to.include('catalog.listServices maps HTTP 500 to "unavailable"');
    expect(failed).to.include('catalog.listServices maps a dropped connection to "network"');
    expect(failed).to.include('catalog.getService rejects an unknown id with not-found');
    const untyped = report.results.find((r) => r.name === 'catalog.listServices maps HTTP 500 to "unavailable"');
    expect(untyped!.error).to.contain('untyped error');
    // Unvalidated JSON slips through when the backend sends the wrong shape:
    expect(failed).to.include('catalog.listServices maps JSON of the wrong shape to "invalid-response"');
    // What it does right still passes.
    expect(failedNames(report)).not.to.include('catalog.listServices resolves with schema-valid data');
  });

  it('fails a connector that returns data the domain schemas refuse', async () => {
    const report = await runConformance(base(invalidData));
    const failures = report.results.filter((r) => !r.ok);
    const names = failures.map((r) => r.name);
    expect(names).to.include('catalog.listServices resolves with schema-valid data');
    expect(names).to.include('catalog.getService resolves with schema-valid data');
    expect(failures.find((r) => r.name === 'catalog.listServices resolves with schema-valid data')!.error).to.contain('domain schema refuses');
  });

  it('fails a connector that ignores abort', async () => {
    const report = await runConformance(base(ignoresAbort));
    const failed = failedNames(report);
    expect(failed).to.include('catalog.listServices rejects with AbortError when the signal is already aborted');
    expect(failed).to.include('catalog.getService rejects with AbortError when aborted during the request');
    expect(failed).not.to.include('catalog.listServices maps HTTP 500 to "unavailable"');
  });

  it('passes the static-json connector on every check', async () => {
    const good = () =>
      connectorType.create(connectorType.parseConfig({ type: 'static-json', url: CATALOG_PATH, retries: 0, timeoutMs: 250 }), {
        name: 'good',
        lookup: () => Promise.reject(new Error('unused')),
      }) as Connector;
    const report = await runConformance(base(good));
    expect(failedNames(report)).to.deep.equal([]);
    expect(report.passed).to.be.greaterThan(40);
  });
});
