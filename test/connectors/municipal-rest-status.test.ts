/**
 * The municipal-rest status capability against the demo backend: the
 * request (POST, reference and PIN in the body only), every state's
 * mapping, refusing impossible references without a request, the same
 * not-found for a wrong PIN and an unknown reference, the limit on failed
 * lookups (429 with Retry-After, never retried), and cases of accepted
 * applications advancing by the backend's clock — which the tests move on
 * instead of waiting.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { connectorType, formatReference } from '../../connectors/municipal-rest/index.js';
import { isoDate } from '../../demo/mocks/mock-clock.js';
import { CASES_STORAGE_KEY, reloadOpenedCases } from '../../demo/mocks/municipal-rest-cases.js';
import {
  ACTION_DUE_DAYS,
  CASE_PROGRESS,
  DEMO_STATUS_CASES,
  FAILED_LOOKUP_LIMIT,
  FAILED_LOOKUP_WINDOW_SECONDS,
  HAND_IN_URL,
  MUNICIPAL_REST_BASE,
  failedLookupCount,
  municipalRestHandlers,
  resetCases,
  resetFailedLookups,
  resetSubmissions,
  setCaseSpeed,
  useManualClock,
  useRealClock,
  type DemoStatusCase,
  type ManualClock,
} from '../../demo/mocks/municipal-rest-handlers.js';
import { CaseStatus, isOzgError, type CaseState, type Connector, type OzgError, type StatusCapability, type StatusQuery } from '../../src/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { hundSubmission } from './submission-samples.js';

const worker = await startMockWorker(...municipalRestHandlers);
const base = new URL(MUNICIPAL_REST_BASE, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };
/** The backend's clock at the start of every test (the fixed cases count back from it). */
const START = Date.parse('2026-11-25T09:12:00.000Z');
const DAY = 86_400_000;

async function connect(settings: object = {}): Promise<Connector> {
  // Default HTTP settings (two retries), so "not retried" is the connector's doing.
  return connectorType.create(connectorType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', ...settings }), context);
}

async function statusOf(settings: object = {}): Promise<StatusCapability> {
  return (await connect(settings)).status!;
}

function demoCase(state: CaseState): DemoStatusCase {
  return DEMO_STATUS_CASES.find((c) => c.state === state)!;
}

function query(reference: string, pin: string): StatusQuery {
  return { reference, secondFactor: { kind: 'pin', value: pin } };
}

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

interface Exchange {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

/** Records every request to the backend; the demo backend still answers them. */
function recordRequests(): Exchange[] {
  const exchanges: Exchange[] = [];
  worker.use(
    http.all(`${base}*`, async ({ request }) => {
      exchanges.push({ method: request.method, url: request.url, contentType: request.headers.get('content-type'), body: await request.clone().text() });
      return undefined;
    }),
  );
  return exchanges;
}

function lookUp(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return fetch(new URL('status', base), { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

let clock: ManualClock;

beforeEach(() => {
  clock = useManualClock(START);
  resetCases();
  resetSubmissions();
  resetFailedLookups();
});

afterEach(() => {
  worker.resetHandlers(...municipalRestHandlers);
  useRealClock();
});

describe('municipal-rest status: the capability', () => {
  it('asks for a PIN and knows the reference format when the prefix is configured', async () => {
    const status = await statusOf();
    expect(status.secondFactor).to.equal('pin');
    expect(status.reference?.normalize('ms 2026 100004 3')).to.equal('MS-2026-100004-3');
    expect(status.reference?.isValid('MS-2026-100004-3')).to.equal(true);
    expect(status.reference?.example).to.match(/^MS-\d{4}-000123-\d$/);
    expect((await statusOf({ referencePrefix: undefined })).reference).to.equal(undefined);
  });

  it('refuses a prefix that is not 1 to 8 capital letters in the configuration', () => {
    for (const referencePrefix of ['ms', 'MUSTERSTA', 'M-S', '']) {
      expect(() => connectorType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix }), referencePrefix).to.throw();
    }
  });

  it('POSTs the normalised reference and the PIN as JSON to /status, nothing in the URL', async () => {
    const exchanges = recordRequests();
    const { reference, pin } = demoCase('action-required');
    const typed = ` ${reference.toLowerCase().replace(/-/g, ' – ')} `;
    const status = await (await statusOf()).getStatus(query(typed, ` ${pin.slice(0, 3)} ${pin.slice(3)} `));
    expect(status.reference).to.equal(reference);
    expect(exchanges.map((e) => [e.method, e.url, e.contentType])).to.deep.equal([['POST', `${base}status`, 'application/json']]);
    expect(JSON.parse(exchanges[0]!.body)).to.deep.equal({ reference, secondFactor: { kind: 'pin', value: pin } });
    expect(exchanges[0]!.url).not.to.include(pin);
  });

  it('sends the language as Accept-Language', async () => {
    let language: string | null = null;
    worker.use(
      http.post(`${base}status`, ({ request }) => {
        language = request.headers.get('accept-language');
        return undefined;
      }),
    );
    await (await statusOf()).getStatus(query(demoCase('submitted').reference, demoCase('submitted').pin), { language: 'en' });
    expect(language).to.equal('en');
  });

  it('refuses a reference with a wrong check digit or format as not-found without a request', async () => {
    const exchanges = recordRequests();
    const status = await statusOf();
    const { reference, pin } = demoCase('completed');
    const wrongCheck = `${reference.slice(0, -1)}${(Number(reference.at(-1)) + 1) % 10}`;
    for (const typed of [wrongCheck, 'MS-2026-10005-1', 'KA-2026-100005-1', 'Vorgang']) {
      const error = await failure(status.getStatus(query(typed, pin)));
      expect(error.kind, typed).to.equal('not-found');
      expect(error.status, typed).to.equal(undefined);
    }
    expect(exchanges).to.deep.equal([]);
    expect(failedLookupCount()).to.equal(0);
  });

  it('refuses a query without a PIN as rejected without a request', async () => {
    const exchanges = recordRequests();
    const status = await statusOf();
    const { reference } = demoCase('completed');
    expect((await failure(status.getStatus({ reference }))).kind).to.equal('rejected');
    expect((await failure(status.getStatus(query(reference, '   ')))).kind).to.equal('rejected');
    expect((await failure(status.getStatus({ reference, secondFactor: { kind: 'birth-date', value: '1990-01-01' } }))).kind).to.equal('rejected');
    expect(exchanges).to.deep.equal([]);
  });

  it('without a configured prefix sends the trimmed reference as it is; the backend refuses a malformed one (400 → rejected)', async () => {
    const exchanges = recordRequests();
    const status = await statusOf({ referencePrefix: undefined });
    const { reference, pin } = demoCase('in-progress');
    expect((await status.getStatus(query(`  ${reference} `, pin))).state).to.equal('in-progress');
    const error = await failure(status.getStatus(query(' AZ-4711 ', pin)));
    expect([error.kind, error.status]).to.deep.equal(['rejected', 400]);
    expect(error.fieldErrors.map((f) => f.field)).to.deep.equal(['/reference']);
    expect(exchanges.map((e) => (JSON.parse(e.body) as { reference: string }).reference)).to.deep.equal([reference, 'AZ-4711']);
    expect(failedLookupCount()).to.equal(0);
  });
});

describe('municipal-rest status: every state of the demo cases', () => {
  it('has a fixed demo case in every state', () => {
    expect(DEMO_STATUS_CASES.map((c) => c.state).sort()).to.deep.equal(
      ['submitted', 'delivered', 'in-progress', 'action-required', 'completed', 'rejected', 'withdrawn'].sort(),
    );
    expect(new Set(DEMO_STATUS_CASES.map((c) => c.pin)).size).to.equal(DEMO_STATUS_CASES.length);
  });

  for (const demo of DEMO_STATUS_CASES) {
    it(`maps the ${demo.state} case ${demo.reference}`, async () => {
      const status = await (await statusOf()).getStatus(query(demo.reference, demo.pin));
      expect(CaseStatus.safeParse(status).success).to.equal(true);
      expect([status.reference, status.state]).to.deep.equal([demo.reference, demo.state]);
      expect(status.serviceName).to.be.a('string').and.not.equal('');
      expect(status.authorityName).to.be.a('string').and.not.equal('');
      const last = status.history.at(-1)!;
      expect([last.state, status.updatedAt]).to.deep.equal([demo.state, last.at]);
      expect(status.history[0]!.state).to.equal('submitted');
      const times = status.history.map((e) => Date.parse(e.at));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(times.every((t) => t <= START)).to.equal(true);
      expect(status.history.every((e) => typeof e.note === 'string' && e.note.length > 0)).to.equal(true);
    });
  }

  it('gives the action-required case its action with description, due date and link', async () => {
    const { reference, pin } = demoCase('action-required');
    const status = await (await statusOf()).getStatus(query(reference, pin));
    const event = status.history.at(-1)!;
    expect(event.action?.description).to.match(/^Bitte reichen Sie /);
    expect(event.action?.dueDate).to.equal(isoDate(Date.parse(event.at) + 14 * DAY));
    expect(event.action?.dueDate! > isoDate(START)).to.equal(true);
    expect(event.action?.url).to.equal(HAND_IN_URL);
    expect(status.history.slice(0, -1).every((e) => e.action === undefined)).to.equal(true);
  });

  it('gives the rejected case its reason', async () => {
    const { reference, pin } = demoCase('rejected');
    const status = await (await statusOf()).getStatus(query(reference, pin));
    expect(status.history.at(-1)!.reason).to.include('Sondernutzungssatzung');
    expect(status.expectedCompletion).to.equal(undefined);
  });

  it('gives open cases a target date in the future and final ones none', async () => {
    const status = await statusOf();
    for (const demo of DEMO_STATUS_CASES) {
      const { expectedCompletion, state } = await status.getStatus(query(demo.reference, demo.pin));
      if (['completed', 'rejected', 'withdrawn'].includes(state)) expect(expectedCompletion, state).to.equal(undefined);
      else expect(expectedCompletion! > isoDate(START), state).to.equal(true);
    }
    expect((await status.getStatus(query(demoCase('in-progress').reference, demoCase('in-progress').pin))).expectedCompletion).to.equal(
      isoDate(START + 32 * DAY),
    );
  });

  it('puts a history the backend sends newest first in order', async () => {
    const { reference } = demoCase('completed');
    const events = (['completed', 'in-progress', 'submitted'] as const).map((state, i) => ({ state, at: new Date(START - i * DAY).toISOString() }));
    worker.use(http.post(`${base}status`, () => HttpResponse.json({ reference, state: 'completed', updatedAt: events[0]!.at, history: events })));
    const status = await (await statusOf()).getStatus(query(reference, '000000'));
    expect(status.history.map((e) => e.state)).to.deep.equal(['submitted', 'in-progress', 'completed']);
  });

  it('refuses the status of another case than asked for as invalid-response', async () => {
    const asked = demoCase('completed');
    const other = demoCase('rejected');
    worker.use(http.post(`${base}status`, () => HttpResponse.json({ reference: other.reference, state: other.state, updatedAt: new Date(START).toISOString(), history: [] })));
    expect((await failure((await statusOf()).getStatus(query(asked.reference, asked.pin)))).kind).to.equal('invalid-response');
  });
});

describe('municipal-rest status: not found and failed lookups', () => {
  it('answers a wrong PIN and an unknown reference with the same 404, mapped to not-found', async () => {
    const status = await statusOf();
    const known = demoCase('completed');
    const unknown = formatReference({ prefix: 'MS', year: 2026, serial: 999_999 });
    const wrongPin = await failure(status.getStatus(query(known.reference, '000000')));
    const unknownReference = await failure(status.getStatus(query(unknown, known.pin)));
    expect([wrongPin.kind, wrongPin.status]).to.deep.equal(['not-found', 404]);
    expect([unknownReference.kind, unknownReference.status]).to.deep.equal(['not-found', 404]);

    resetFailedLookups();
    const answers = await Promise.all([lookUp(query(known.reference, '000000')), lookUp(query(unknown, known.pin))]);
    const seen = await Promise.all(answers.map(async (r) => ({ status: r.status, headers: [...r.headers].sort(), body: await r.text() })));
    expect(seen[0]).to.deep.equal(seen[1]);
    expect(seen.map((answer) => answer.status)).to.deep.equal([404, 404]);
  });

  it(`answers 429 with Retry-After after ${FAILED_LOOKUP_LIMIT} failed lookups, and the wait reaches the caller at once`, async () => {
    const status = await statusOf();
    const known = demoCase('delivered');
    for (let i = 0; i < FAILED_LOOKUP_LIMIT; i++) {
      clock.advance(10);
      expect((await failure(status.getStatus(query(known.reference, `00000${i}`)))).kind, `failure ${i + 1}`).to.equal('not-found');
    }
    const exchanges = recordRequests();
    const limited = await failure(status.getStatus(query(known.reference, known.pin)));
    expect([limited.kind, limited.status, limited.rateLimited]).to.deep.equal(['unavailable', 429, true]);
    // The first failure was 40 s ago: it leaves the window in 600 - 40 s.
    expect(limited.retryAfterSeconds).to.equal(FAILED_LOOKUP_WINDOW_SECONDS - 10 * (FAILED_LOOKUP_LIMIT - 1));
    expect(exchanges.length, 'requests for the limited lookup').to.equal(1);
  });

  it('does not repeat a lookup answered 429, 503 or 500, even when Retry-After is short', async () => {
    const { reference, pin } = demoCase('delivered');
    const answers: [number, Record<string, string>][] = [
      [429, { 'retry-after': '1' }],
      [503, { 'retry-after': '1' }],
      [500, {}],
    ];
    for (const [code, headers] of answers) {
      let requests = 0;
      worker.use(
        http.post(`${base}status`, () => {
          requests++;
          return new HttpResponse(null, { status: code, headers });
        }),
      );
      const error = await failure((await statusOf({ retries: 2, retryDelayMs: 0 })).getStatus(query(reference, pin)));
      expect([error.kind, error.status, requests], String(code)).to.deep.equal(['unavailable', code, 1]);
      worker.resetHandlers(...municipalRestHandlers);
    }
  });

  it('refuses even the right PIN while limited, and lets lookups through once the oldest failure is out of the window', async () => {
    const status = await statusOf();
    const known = demoCase('in-progress');
    for (let i = 0; i < FAILED_LOOKUP_LIMIT; i++) await failure(status.getStatus(query(known.reference, '999999')));
    clock.advance(FAILED_LOOKUP_WINDOW_SECONDS - 1);
    const stillLimited = await failure(status.getStatus(query(known.reference, known.pin)));
    expect([stillLimited.status, stillLimited.retryAfterSeconds]).to.deep.equal([429, 1]);
    clock.advance(1);
    expect((await status.getStatus(query(known.reference, known.pin))).state).to.equal('in-progress');
  });

  it('counts neither successful lookups nor malformed ones, and resetFailedLookups forgets the failures', async () => {
    const status = await statusOf({ referencePrefix: undefined });
    const known = demoCase('submitted');
    for (let i = 0; i < FAILED_LOOKUP_LIMIT - 1; i++) await failure(status.getStatus(query(known.reference, '999999')));
    for (let i = 0; i < 3; i++) {
      expect((await status.getStatus(query(known.reference, known.pin))).state).to.equal('submitted');
      expect((await failure(status.getStatus(query('MS-2026-100001-0', known.pin)))).status).to.equal(400);
    }
    expect(failedLookupCount()).to.equal(FAILED_LOOKUP_LIMIT - 1);
    await failure(status.getStatus(query(known.reference, '999999')));
    expect((await failure(status.getStatus(query(known.reference, known.pin)))).status).to.equal(429);
    resetFailedLookups();
    expect((await status.getStatus(query(known.reference, known.pin))).state).to.equal('submitted');
  });
});

describe('municipal-rest status: an application advances by the backend clock', () => {
  async function submitHund(connector: Connector) {
    const receipt = await connector.submission!.submit(hundSubmission());
    expect(receipt.statusLookup?.secondFactor).to.equal('pin');
    return { reference: receipt.reference, pin: receipt.statusLookup!.pin!, receipt };
  }

  it(`goes through ${CASE_PROGRESS.map((s) => `${s.state} (${s.afterSeconds} s)`).join(', ')}`, async () => {
    const connector = await connect();
    const { reference, pin, receipt } = await submitHund(connector);
    expect(receipt.submittedAt).to.equal(new Date(START).toISOString());
    const status = connector.status!;
    for (const [index, step] of CASE_PROGRESS.entries()) {
      if (index > 0) {
        clock.set(START + step.afterSeconds * 1000 - 1);
        expect((await status.getStatus(query(reference, pin))).state, `1 ms before ${step.afterSeconds} s`).to.equal(CASE_PROGRESS[index - 1]!.state);
        clock.set(START + step.afterSeconds * 1000);
      }
      const now = await status.getStatus(query(reference, pin));
      expect(now.state, `at ${step.afterSeconds} s`).to.equal(step.state);
      expect(now.history.map((e) => e.state)).to.deep.equal(CASE_PROGRESS.slice(0, index + 1).map((s) => s.state));
      expect(now.updatedAt).to.equal(new Date(START + step.afterSeconds * 1000).toISOString());
      expect([now.serviceName, now.authorityName]).to.deep.equal([receipt.serviceName, receipt.authorityName]);
      expect(now.expectedCompletion).to.equal(step.state === 'completed' ? undefined : receipt.expectedCompletion);
    }
  });

  it('asks the dog owner for the vaccination certificate, due in 14 days', async () => {
    const connector = await connect();
    const { reference, pin } = await submitHund(connector);
    const actionAt = CASE_PROGRESS.find((s) => s.state === 'action-required')!.afterSeconds;
    clock.advance(actionAt);
    const event = (await connector.status!.getStatus(query(reference, pin))).history.at(-1)!;
    expect(event.state).to.equal('action-required');
    expect(event.action).to.deep.equal({
      description: 'Bitte reichen Sie den Impfnachweis nachträglich ein.',
      dueDate: isoDate(START + actionAt * 1000 + ACTION_DUE_DAYS * DAY),
      url: HAND_IN_URL,
    });
    expect(event.note).to.include('Tollwutimpfung');
  });

  it('runs faster with setCaseSpeed', async () => {
    setCaseSpeed(10);
    const connector = await connect();
    const { reference, pin } = await submitHund(connector);
    clock.set(START + 14_999);
    expect((await connector.status!.getStatus(query(reference, pin))).state).to.equal('in-progress');
    clock.advance(0.001);
    const done = await connector.status!.getStatus(query(reference, pin));
    expect(done.state).to.equal('completed');
    expect(done.updatedAt).to.equal(new Date(START + 15_000).toISOString());
    expect(() => setCaseSpeed(0)).to.throw(RangeError);
  });

  it('gives each application its own case and PIN, and another PIN does not open it', async () => {
    const connector = await connect();
    const first = await submitHund(connector);
    const second = await submitHund(connector);
    expect(first.reference).not.to.equal(second.reference);
    expect((await connector.status!.getStatus(query(second.reference, second.pin))).reference).to.equal(second.reference);
    if (first.pin !== second.pin) {
      expect((await failure(connector.status!.getStatus(query(first.reference, second.pin)))).kind).to.equal('not-found');
    }
  });

  it('skips the numbers of the fixed demo cases and forgets its cases with resetSubmissions', async () => {
    const connector = await connect();
    const { reference, pin } = await submitHund(connector);
    expect(DEMO_STATUS_CASES.some((c) => c.reference === reference)).to.equal(false);
    resetSubmissions();
    expect((await failure(connector.status!.getStatus(query(reference, pin)))).kind).to.equal('not-found');
  });

  it('keeps the cases in the tab across a page load, without any form data, until reset', async () => {
    const connector = await connect();
    const { reference, pin } = await submitHund(connector);
    const stored = sessionStorage.getItem(CASES_STORAGE_KEY) ?? '';
    expect(stored).to.include(reference);
    expect(stored).not.to.include('Bello'); // the dog's name from the form
    expect(stored).not.to.include('Mustermann');
    reloadOpenedCases();
    clock.advance(CASE_PROGRESS.at(-1)!.afterSeconds);
    expect((await connector.status!.getStatus(query(reference, pin))).state).to.equal('completed');
    const next = await submitHund(connector);
    expect(next.reference).not.to.equal(reference);
    resetSubmissions();
    expect(sessionStorage.getItem(CASES_STORAGE_KEY)).to.equal(null);
    reloadOpenedCases();
    expect((await failure(connector.status!.getStatus(query(reference, pin)))).kind).to.equal('not-found');
  });
});
