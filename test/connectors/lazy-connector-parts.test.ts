/**
 * Parts of connectors that only some pages need load on first use, so a
 * page without that use never downloads them:
 * - pvog: the detail mapping (pvog-details.ts), when a service or office is opened;
 * - fit-connect: the status reading (status-reading.ts), with the first lookup;
 *   the sending (send-submission.ts), with the first submission.
 * Checked with the page's resource timing, in a page of its own (each test
 * file runs in a fresh browser context), like fit-connect-lazy-crypto.test.ts.
 */
// Before anything else (so every import below is dynamic): room for every resource of this page.
const initialEntries = performance.getEntriesByType('resource').length;
performance.setResourceTimingBufferSize(10_000);

const { expect } = await import('@open-wc/testing');
const { http, passthrough } = await import('msw');
const { connectorType: pvogType } = await import('../../connectors/pvog/pvog-catalog.js');
const { connectorType: fitConnectType } = await import('../../connectors/fit-connect/connector.js');
const { PVOG_BASE_PATH, pvogHandlers } = await import('../../demo/mocks/pvog/handlers.js');
const { MUSTERSTADT_ARS: PVOG_ARS, REAL_SERVICE_ID } = await import('../../demo/mocks/pvog/pvog-demo-backend.js');
const { DEMO_CASES, FIT_CONNECT_PROXY_BASE, MUSTERSTADT_ARS, fitConnectHandlers, resetFitConnectProxy } = await import(
  '../../demo/mocks/fit-connect/handlers.js'
);
const { startMockWorker } = await import('../helpers/mock-worker.js');
const { hundSubmission } = await import('./submission-samples.js');

await startMockWorker(...pvogHandlers, ...fitConnectHandlers, http.get(`${location.origin}/node_modules/*`, () => passthrough()));
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

const loaded = (file: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

describe('connector parts that load on first use', () => {
  after(resetFitConnectProxy);

  it('has recorded every module of the page so far', () => {
    // The default buffer holds 250 entries; below that, none was dropped before it was enlarged.
    expect(initialEntries).to.be.below(250);
    expect(loaded('/connectors/pvog/pvog-catalog.ts')).to.equal(true);
  });

  it('pvog: lists and searches without the detail mapping, loads it with the first service', async () => {
    const connector = await pvogType.create(pvogType.parseConfig({ type: 'pvog', baseUrl: PVOG_BASE_PATH, ars: PVOG_ARS }), context);
    const catalog = connector.catalog!;
    expect((await catalog.listServices({})).length).to.be.above(0);
    expect((await catalog.searchServices!({ text: 'Hund' })).items.length).to.be.above(0);
    expect(loaded('/connectors/pvog/pvog-details.ts')).to.equal(false);

    const service = await catalog.getService(REAL_SERVICE_ID);
    expect(service.id).to.equal(REAL_SERVICE_ID);
    expect(loaded('/connectors/pvog/pvog-details.ts')).to.equal(true);
  });

  it('fit-connect: names the recipient without status reading or sending, loads each with its first use', async () => {
    const connector = await fitConnectType.create(
      fitConnectType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ars: MUSTERSTADT_ARS }),
      context,
    );
    expect((await connector.submission!.recipient!({ serviceId: 'hund-anmelden', leikaKey: '99102013104000' }))?.name).to.equal(
      'Stadt Musterstadt - Steueramt',
    );
    expect(loaded('/connectors/fit-connect/status-reading.ts')).to.equal(false);
    expect(loaded('/connectors/fit-connect/send-submission.ts')).to.equal(false);

    const demo = DEMO_CASES[0]!;
    const status = await connector.status!.getStatus({ reference: demo.caseId, secondFactor: { kind: 'pin', value: demo.pin } });
    expect(status.reference).to.equal(demo.caseId);
    expect(loaded('/connectors/fit-connect/status-reading.ts')).to.equal(true);
    expect(loaded('/connectors/fit-connect/send-submission.ts')).to.equal(false);

    expect((await connector.submission!.submit(hundSubmission())).reference).to.match(/^[0-9a-f-]{36}$/);
    expect(loaded('/connectors/fit-connect/send-submission.ts')).to.equal(true);
  });
});

// A module (for top-level await), with no static import that would load code before the buffer is enlarged.
export {};
