/**
 * Parts of connectors that only some pages need load on first use, so a
 * page without that use never downloads them:
 * - pvog: the detail mapping (pvog-details.ts), when a service or office is opened;
 * - fit-connect: the status reading (status-reading.ts), with the first lookup;
 *   the sending (send-submission.ts), with the first submission;
 * - municipal-rest: the sending (submission-request.ts), with the first
 *   submission; the status lookup (status-request.ts), with the first lookup
 *   of a reference that can exist.
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
const { connectorType: municipalRestType } = await import('../../connectors/municipal-rest/connector.js');
const { PVOG_BASE_PATH, pvogHandlers } = await import('../../demo/mocks/pvog/handlers.js');
const { MUSTERSTADT_ARS: PVOG_ARS, REAL_SERVICE_ID } = await import('../../demo/mocks/pvog/pvog-demo-backend.js');
const { DEMO_CASES, FIT_CONNECT_PROXY_BASE, MUSTERSTADT_ARS, fitConnectHandlers, resetFitConnectProxy } = await import(
  '../../demo/mocks/fit-connect/handlers.js'
);
const { DEMO_STATUS_CASES, MUNICIPAL_REST_BASE, municipalRestHandlers, resetCases, resetSubmissions } = await import(
  '../../demo/mocks/municipal-rest-handlers.js'
);
const { isOzgError } = await import('../../src/connector/errors.js');
const { startMockWorker } = await import('../helpers/mock-worker.js');
const { hundSubmission } = await import('./submission-samples.js');

await startMockWorker(
  ...pvogHandlers,
  ...fitConnectHandlers,
  ...municipalRestHandlers,
  http.get(`${location.origin}/node_modules/*`, () => passthrough()),
);
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

const loaded = (file: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

describe('connector parts that load on first use', () => {
  after(() => {
    resetFitConnectProxy();
    resetSubmissions();
    resetCases();
  });

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

  it('municipal-rest: lists services and reads a form without sending or status lookup, loads each with its first use', async () => {
    const sending = '/connectors/municipal-rest/submission-request.ts';
    const lookup = '/connectors/municipal-rest/status-request.ts';
    const connector = await municipalRestType.create(
      municipalRestType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS' }),
      context,
    );
    const application = hundSubmission();
    expect((await connector.catalog!.listServices({})).map((s) => s.id)).to.include(application.serviceId);
    expect((await connector.forms!.getFormDefinition(application.serviceId)).id).to.equal(application.formId);
    // What the tracker reads before any lookup, and the refusal of a reference that cannot exist, need neither part.
    const status = connector.status!;
    const demo = DEMO_STATUS_CASES[0]!;
    expect(status.secondFactor).to.equal('pin');
    expect(status.reference?.isValid(demo.reference)).to.equal(true);
    const impossible = await status.getStatus({ reference: 'MS-2026-000123-0', secondFactor: { kind: 'pin', value: demo.pin } }).catch((e: unknown) => e);
    expect(isOzgError(impossible) && impossible.kind).to.equal('not-found');
    expect(loaded(sending)).to.equal(false);
    expect(loaded(lookup)).to.equal(false);

    const receipt = await connector.submission!.submit(application);
    expect(receipt.reference).to.match(/^MS-\d{4}-\d{6}-\d$/);
    expect(loaded(sending)).to.equal(true);
    expect(loaded(lookup)).to.equal(false);

    const found = await status.getStatus({ reference: demo.reference, secondFactor: { kind: 'pin', value: demo.pin } });
    expect(found.reference).to.equal(demo.reference);
    expect(loaded(lookup)).to.equal(true);
  });
});

// A module (for top-level await), with no static import that would load code before the buffer is enlarged.
export {};
