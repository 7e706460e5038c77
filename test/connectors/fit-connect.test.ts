/**
 * The fit-connect connector against its mock sender proxy: the conformance
 * kit, every demo case, the request it sends (PIN only in the body), the
 * proxy's refusals, retries, configuration and case-id normalisation.
 * Token checks and the mapping are in fit-connect-timeline.test.ts, sending
 * applications in fit-connect-submission.test.ts.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { caseIdFormat, connectorType, isCaseId, normalizeCaseId } from '../../connectors/fit-connect/index.js';
import {
  DEMO_CASES,
  FIT_CONNECT_PROXY_BASE,
  LOCKOUT_SECONDS,
  MAX_FAILED_LOOKUPS,
  fitConnectHandlers,
  resetFitConnectProxy,
  type DemoCase,
} from '../../demo/mocks/fit-connect/handlers.js';
import { CaseStatus, isOzgError, type OzgError, type StatusCapability } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';

const worker = await startMockWorker(...fitConnectHandlers);
const base = new URL(FIT_CONNECT_PROXY_BASE, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };
const reset = () => {
  worker.resetHandlers(...fitConnectHandlers);
  resetFitConnectProxy();
};

async function statusOf(settings: object = {}): Promise<StatusCapability> {
  const connector = await connectorType.create(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, retries: 0, ...settings }), context);
  return connector.status!;
}

const demoCase = (state: DemoCase['expectedState']) => DEMO_CASES.find((c) => c.expectedState === state)!;
const queryOf = (c: DemoCase, reference = c.caseId) => ({ reference, secondFactor: { kind: 'pin' as const, value: c.pin } });

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

interface Seen {
  method: string;
  url: string;
  body: string;
  idempotencyKey: string | null;
}

/** Records every request to the proxy, then lets the mock answer it. */
function recordRequests(): Seen[] {
  const seen: Seen[] = [];
  worker.use(
    http.all(`${base}*`, async ({ request }) => {
      seen.push({ method: request.method, url: request.url, body: await request.clone().text(), idempotencyKey: request.headers.get('idempotency-key') });
      return undefined;
    }),
  );
  return seen;
}

describeConformance({
  name: 'fit-connect',
  create: (http$) => connectorType.create(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ...http$ }), context),
  mock: { use: (...h) => worker.use(...h), resetHandlers: reset },
  backend: `${base}*`,
  // A well-formed case id the proxy does not know, so "not found" is the proxy's 404.
  samples: { statusQuery: queryOf(demoCase('in-progress')), missingId: 'ffffffff-ffff-4fff-bfff-ffffffffffff' },
});

describe('fit-connect connector: the demo cases', () => {
  afterEach(reset);

  it('has a case in every state of the timeline', () => {
    expect(new Set(DEMO_CASES.map((c) => c.expectedState))).to.deep.equal(new Set(CaseStatus.shape.state.options));
  });

  for (const demo of DEMO_CASES) {
    it(`reports case ${demo.caseId} as ${demo.expectedState}, history oldest first`, async () => {
      const status = await (await statusOf()).getStatus(queryOf(demo));
      expect(CaseStatus.safeParse(status).success).to.equal(true);
      expect([status.reference, status.state]).to.deep.equal([demo.caseId, demo.expectedState]);
      expect(status.history.at(-1)?.state).to.equal(demo.expectedState);
      const times = status.history.map((e) => Date.parse(e.at));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(Date.parse(status.updatedAt)).to.be.at.least(times.at(-1)!);
    });
  }

  it('merges the event log and the status updates of the in-progress case into one timeline', async () => {
    const status = await (await statusOf()).getStatus(queryOf(demoCase('in-progress')));
    expect(status).to.deep.equal({
      reference: '7d0e6a5c-2f8b-4cb3-9e4f-5a6b7c8d9e0f',
      state: 'in-progress',
      serviceName: 'Bewohnerparkausweis beantragen',
      authorityName: 'Straßenverkehrsbehörde Musterstadt',
      updatedAt: '2026-11-06T09:15:00.000Z',
      history: [
        { state: 'submitted', at: '2026-11-05T11:20:04.000Z' },
        { state: 'delivered', at: '2026-11-05T11:20:06.000Z' },
        { state: 'in-progress', at: '2026-11-06T09:15:00.000Z', note: 'Ihr Antrag wird geprüft.' },
      ],
    });
  });

  it('takes texts in the asked language where the update has them', async () => {
    const status = await (await statusOf()).getStatus(queryOf(demoCase('in-progress')), { language: 'en' });
    expect(status.serviceName).to.equal('Apply for a resident parking permit');
    // Only German was sent for the details.
    expect(status.history.at(-1)?.note).to.equal('Ihr Antrag wird geprüft.');
  });

  it('shows what the authority asks for, and why an application was rejected', async () => {
    const asked = await (await statusOf()).getStatus(queryOf(demoCase('action-required')));
    expect(asked.history.at(-1)).to.deep.equal({
      state: 'action-required',
      at: '2026-11-10T10:00:00.000Z',
      note: 'Unterlagen fehlen',
      action: { description: 'Bitte reichen Sie die Zulassungsbescheinigung Teil I Ihres Fahrzeugs nach.' },
    });
    const rejected = await (await statusOf()).getStatus(queryOf(demoCase('rejected')));
    expect(rejected.history.at(-1)).to.deep.equal({
      state: 'rejected',
      at: '2026-11-07T09:05:30.000Z',
      reason: 'Entschlüsselungsfehler: Die Anlage konnte nicht entschlüsselt werden.',
    });
  });
});

describe('fit-connect connector: the request', () => {
  afterEach(reset);

  it('sends case id and PIN only in a JSON body, never in a URL', async () => {
    const seen = recordRequests();
    const demo = demoCase('completed');
    const status = await statusOf();
    await status.getStatus(queryOf(demo));
    await failure(status.getStatus({ reference: demo.caseId, secondFactor: { kind: 'pin', value: 'FALSCH-123' } }));
    expect(seen.length).to.equal(2);
    for (const request of seen) {
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal(`${base}status`);
    }
    expect(seen.map((r) => JSON.parse(r.body) as unknown)).to.deep.equal([
      { caseId: demo.caseId, pin: demo.pin },
      { caseId: demo.caseId, pin: 'FALSCH-123' },
    ]);
    for (const pin of [demo.pin, 'FALSCH-123']) expect(seen.some((r) => decodeURIComponent(r.url).includes(pin))).to.equal(false);
  });

  it('sends the case id in canonical form, however it was typed', async () => {
    const seen = recordRequests();
    const demo = demoCase('delivered');
    const typed = demo.caseId.toUpperCase().replace(/-/g, ' ').replace(/0/g, 'O');
    const status = await (await statusOf()).getStatus(queryOf(demo, `  ${typed} `));
    expect(status.reference).to.equal(demo.caseId);
    expect((JSON.parse(seen[0]!.body) as { caseId: string }).caseId).to.equal(demo.caseId);
  });

  it('asks nothing for a reference that cannot be a case id, or without a PIN', async () => {
    const seen = recordRequests();
    const status = await statusOf();
    expect((await failure(status.getStatus({ reference: 'MS-2026-000123-7', secondFactor: { kind: 'pin', value: '1234' } }))).kind).to.equal('not-found');
    expect((await failure(status.getStatus({ reference: DEMO_CASES[0]!.caseId }))).kind).to.equal('rejected');
    expect((await failure(status.getStatus({ reference: DEMO_CASES[0]!.caseId, secondFactor: { kind: 'pin', value: '   ' } }))).kind).to.equal('rejected');
    expect(seen).to.deep.equal([]);
  });

  it('answers a wrong PIN like an unknown case, and locks the case after too many failed lookups', async () => {
    const demo = demoCase('submitted');
    const status = await statusOf();
    const wrong = { reference: demo.caseId, secondFactor: { kind: 'pin' as const, value: 'RATEN' } };
    expect((await failure(status.getStatus({ ...wrong, reference: 'eeeeeeee-eeee-4eee-aeee-eeeeeeeeeeee' }))).kind).to.equal('not-found');
    for (let attempt = 1; attempt <= MAX_FAILED_LOOKUPS; attempt++) expect((await failure(status.getStatus(wrong))).kind).to.equal('not-found');
    const locked = await failure(status.getStatus(queryOf(demo)));
    expect([locked.kind, locked.rateLimited, locked.retryAfterSeconds]).to.deep.equal(['unavailable', true, LOCKOUT_SECONDS]);
  });

  it('retries a dropped connection with the same Idempotency-Key', async () => {
    worker.use(http.post(`${base}status`, () => HttpResponse.error(), { once: true }));
    const seen = recordRequests();
    const demo = demoCase('completed');
    const status = await (await statusOf({ retries: 1, retryDelayMs: 0 })).getStatus(queryOf(demo));
    expect(status.state).to.equal('completed');
    expect(seen.length).to.equal(2);
    expect(seen[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(seen[1]!.idempotencyKey).to.equal(seen[0]!.idempotencyKey);
  });

  it('uses a new Idempotency-Key for each lookup', async () => {
    const seen = recordRequests();
    const status = await statusOf();
    await status.getStatus(queryOf(demoCase('completed')));
    await status.getStatus(queryOf(demoCase('completed')));
    expect(seen[0]!.idempotencyKey).not.to.equal(seen[1]!.idempotencyKey);
  });

  it('refuses an answer about another case', async () => {
    const demo = demoCase('completed');
    const other = demoCase('rejected');
    worker.use(http.post(`${base}status`, () => HttpResponse.json({ caseId: other.caseId, eventLog: other.eventLog, statusUpdates: [] })));
    expect((await failure((await statusOf()).getStatus(queryOf(demo)))).kind).to.equal('invalid-response');
  });
});

describe('fit-connect connector: configuration', () => {
  afterEach(reset);

  it('offers submission once it knows where applications go: a region to route by, or a fixed destination', async () => {
    const create = async (settings: object) =>
      connectorType.create(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ...settings }), context);
    for (const settings of [{ ars: '082990000000' }, { destinationId: '5d7c1b36-2f0e-4c51-9a8e-3b6f0d2c4e17' }]) {
      const connector = await create(settings);
      expect(typeof connector.submission?.submit, JSON.stringify(settings)).to.equal('function');
      expect(typeof connector.submission?.recipient).to.equal('function');
      expect(connector.status?.secondFactor).to.equal('pin');
    }
  });

  it('refuses a region, destination, reply channel or reference prefix it cannot use', () => {
    const proxyUrl = 'https://proxy.test/';
    for (const settings of [
      { ars: '08299' },
      { ars: '0829900000001' },
      { ars: 82990000000 },
      { destinationId: 'musterstadt' },
      { replyChannel: 'fax' },
      { replyChannel: 'fink' },
      { senderReferencePrefix: 'mit leerzeichen' },
      { senderReferencePrefix: 'x'.repeat(65) },
    ]) {
      expect(() => connectorType.parseConfig({ type: 'fit-connect', proxyUrl, ...settings }), JSON.stringify(settings)).to.throw();
    }
    expect(
      connectorType.parseConfig({ type: 'fit-connect', proxyUrl, ars: '082990000000', replyChannel: 'deMail', senderReferencePrefix: 'musterstadt:', destinationId: '5d7c1b36-2f0e-4c51-9a8e-3b6f0d2c4e17' }),
    ).to.include({ ars: '082990000000', replyChannel: 'deMail', senderReferencePrefix: 'musterstadt:' });
  });

  it('needs a proxy URL and offers only status, with the PIN as second factor', async () => {
    expect(() => connectorType.parseConfig({ type: 'fit-connect' })).to.throw();
    const status = await statusOf();
    const connector = await connectorType.create(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE }), context);
    expect([connector.type, connector.catalog, connector.forms, connector.submission]).to.deep.equal(['fit-connect', undefined, undefined, undefined]);
    expect(status.secondFactor).to.equal('pin');
    expect(status.reference).to.equal(caseIdFormat);
  });

  it('refuses proxy URLs with secrets, queries or other schemes, and status paths that leave the proxy', () => {
    for (const proxyUrl of ['https://user:secret@proxy.test/', 'https://proxy.test/?token=1', 'https://proxy.test/#x', 'ftp://proxy.test/', 'javascript:alert(1)']) {
      expect(() => connectorType.parseConfig({ type: 'fit-connect', proxyUrl }), proxyUrl).to.throw();
    }
    for (const statusPath of ['https://evil.test/status', '//evil.test/status', '../status', 'a/../../status', 'status?pin=1', '']) {
      expect(() => connectorType.parseConfig({ type: 'fit-connect', proxyUrl: 'https://proxy.test/', statusPath }), statusPath).to.throw();
    }
    expect(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: '/fit-connect-proxy', statusPath: 'v1/status', timeoutMs: 5000, retries: 1 })).to.include({ statusPath: 'v1/status' });
  });

  it('asks the configured status path below the proxy URL', async () => {
    const demo = demoCase('completed');
    worker.use(http.post(`${base}v1/lookup`, () => HttpResponse.json({ caseId: demo.caseId, eventLog: demo.eventLog, statusUpdates: demo.statusUpdates })));
    // Handlers added later run first: the recorder sees the request before the answer above.
    const seen = recordRequests();
    expect((await (await statusOf({ statusPath: 'v1/lookup' })).getStatus(queryOf(demo))).state).to.equal('completed');
    expect(seen.map((r) => r.url)).to.deep.equal([`${base}v1/lookup`]);
  });
});

describe('fit-connect case ids', () => {
  const id = 'c9f0db91-9355-451a-b2a5-7a9be10ce765';

  it('tidies what people type: case, spaces, dashes of any kind, missing dashes, O and I/l for 0 and 1', () => {
    for (const typed of [
      id,
      id.toUpperCase(),
      'c9f0db91 9355 451a b2a5 7a9be10ce765',
      'c9f0db919355451ab2a57a9be10ce765',
      ' C9F0 DB91 – 9355 – 451A – B2A5 – 7A9B E10C E765 ',
      'c9fOdb91-9355-45Ia-b2a5-7a9be1Oce765',
      'c9f0db91-9355-45la-b2a5-7a9be10ce765',
      'case:c9f0db91-9355-451a-b2a5-7a9be10ce765',
      '{C9F0DB91-9355-451A-B2A5-7A9BE10CE765}',
    ]) {
      expect(normalizeCaseId(typed), typed).to.equal(id);
    }
    expect(caseIdFormat.isValid(caseIdFormat.normalize(caseIdFormat.example))).to.equal(true);
  });

  it('refuses what cannot be a case id', () => {
    for (const typed of ['', 'c9f0db91-9355-451a-b2a5-7a9be10ce76', 'c9f0db91-9355-451a-b2a5-7a9be10ce7655', 'g9f0db91-9355-451a-b2a5-7a9be10ce765', 'MS-2026-000123-7', '00000000-0000-0000-0000-000000000000']) {
      expect(isCaseId(normalizeCaseId(typed)), typed).to.equal(false);
    }
    // Only canonical (lower case, grouped) ids are valid; normalize first.
    expect(isCaseId(id.toUpperCase())).to.equal(false);
  });
});
