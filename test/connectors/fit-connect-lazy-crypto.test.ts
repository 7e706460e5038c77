/**
 * The encryption code (`jose`, through connectors/fit-connect/jwe-encryption.ts)
 * is not part of the fit-connect connector's module graph: a page that
 * only looks up a status or shows the recipient never downloads it; the
 * first submission does. Checked with the page's resource timing, in a page
 * of its own (each test file runs in a fresh browser context), so nothing
 * else has loaded `jose` before.
 */
// Before anything else (so every import below is dynamic): room for every resource of this page.
const initialEntries = performance.getEntriesByType('resource').length;
performance.setResourceTimingBufferSize(10_000);

const { expect } = await import('@open-wc/testing');
const { http, passthrough } = await import('msw');
const { connectorType } = await import('../../connectors/fit-connect/index.js');
const { DEMO_CASES, FIT_CONNECT_PROXY_BASE, MUSTERSTADT_ARS, fitConnectHandlers, resetFitConnectProxy } = await import('../../demo/mocks/fit-connect/handlers.js');
const { startMockWorker } = await import('../helpers/mock-worker.js');
const { hundSubmission } = await import('./submission-samples.js');

// Modules load past the mock worker (jose's path contains "api", which it would report).
await startMockWorker(...fitConnectHandlers, http.get(`${location.origin}/node_modules/*`, () => passthrough()));
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

const loaded = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const joseModules = () => loaded().filter((path) => path.includes('/node_modules/jose/'));
const encryptionModules = () => loaded().filter((path) => /\/connectors\/fit-connect\/jwe-encryption\.[jt]s$/.test(path));

describe('fit-connect: the encryption code loads only when a submission starts', () => {
  after(resetFitConnectProxy);

  it('has recorded every module of the page so far', () => {
    // The default buffer holds 250 entries; below that, none was dropped before it was enlarged.
    expect(initialEntries).to.be.below(250);
    expect(loaded().some((path) => path.endsWith('/connectors/fit-connect/connector.ts'))).to.equal(true);
  });

  it('looks up a status and names the recipient without loading jose', async () => {
    const connector = await connectorType.create(
      connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ars: MUSTERSTADT_ARS }),
      context,
    );
    const demo = DEMO_CASES[0]!;
    expect((await connector.status!.getStatus({ reference: demo.caseId, secondFactor: { kind: 'pin', value: demo.pin } })).reference).to.equal(demo.caseId);
    expect((await connector.submission!.recipient!({ serviceId: 'hund-anmelden', leikaKey: '99102013104000' }))?.name).to.equal('Stadt Musterstadt - Steueramt');
    expect(joseModules()).to.deep.equal([]);
    expect(encryptionModules()).to.deep.equal([]);
  });

  it('loads the encryption code, and jose with it, when the first submission starts', async () => {
    const connector = await connectorType.create(
      connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ars: MUSTERSTADT_ARS }),
      context,
    );
    const receipt = await connector.submission!.submit(hundSubmission());
    expect(receipt.reference).to.match(/^[0-9a-f-]{36}$/);
    expect(encryptionModules().length).to.equal(1);
    expect(joseModules().length).to.be.above(0);
  });
});

// A module (for top-level await), with no static import that would load code before the buffer is enlarged.
export {};
