/**
 * The fit-connect connector's reading of what the proxy passes on: Security
 * Event Tokens checked for their form (against real FIT-Connect tokens and
 * examples vendored in test/fixtures/fit-connect/), every event and every
 * BundID status mapped onto the timeline, and both sources merged in time.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  DELIVERY_EVENT_NAMES,
  ZbpStatusUpdate,
  connectorType,
  encodeBase64Url,
  readSecurityEventToken,
  type DeliveryEventName,
  type ZbpStatus,
} from '../../connectors/fit-connect/index.js';
import {
  DUMMY_SIGNATURE,
  FIT_CONNECT_PROXY_BASE,
  REAL_SET_HEADER,
  compactToken,
  fitConnectHandlers,
  setPayload,
  signedLookingSet,
  type SetSpec,
} from '../../demo/mocks/fit-connect/handlers.js';
import { isOzgError, type CaseStatus, type OzgError } from '../../src/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import realSet from '../fixtures/fit-connect/create-submission.testing-environment.set.json';
import specEventLog from '../fixtures/fit-connect/event-log.submission-api-1.1.3.example.json';
import decodedExamples from '../fixtures/fit-connect/jose-tokens.decoded-examples.json';
import rejectExample from '../fixtures/fit-connect/reject-submission.docs-example.json';
import zbpExample from '../fixtures/fit-connect/zbp-status-update.reconstructed-example.json';

const worker = await startMockWorker(...fitConnectHandlers);
const base = new URL(FIT_CONNECT_PROXY_BASE, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

const CASE = '2d5e1f0a-7b3c-4d18-9e2f-0a1b2c3d4e5f';
const OTHER_CASE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const SUBMISSION = '6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c';
const DESTINATION = '40847c29-06aa-40e2-bf28-c29884c694c4';
let tokens = 0;

/** A SET of the test case, a new `jti` each time. */
function spec(event: DeliveryEventName, at: string, extra: Partial<SetSpec> = {}): SetSpec {
  return { event, at, caseId: CASE, submissionId: SUBMISSION, jti: `00000000-0000-4000-8000-${String(++tokens).padStart(12, '0')}`, ...extra };
}
const set = (event: DeliveryEventName, at: string, extra: Partial<SetSpec> = {}) => signedLookingSet(spec(event, at, extra));
/** A token with this payload, changed by `change`. */
const tampered = (change: (payload: Record<string, unknown>) => void, header: Record<string, unknown> = { ...REAL_SET_HEADER }) => {
  const payload = setPayload(spec('submit-submission', '2026-11-02T09:00:04Z'));
  change(payload);
  return compactToken(header, payload);
};
const sent = [set('create-submission', '2026-11-02T09:00:00Z'), set('submit-submission', '2026-11-02T09:00:04Z')];

function update(status: ZbpStatus, createdDate: string, extra: Partial<ZbpStatusUpdate> = {}): ZbpStatusUpdate {
  return { applicationId: 'app-1', status, createdDate, publicServiceName: { de: 'Hund anmelden' }, senderName: 'Steueramt', ...extra };
}

/** The connector's answer when the proxy passes on this log and these updates. */
async function statusFor(eventLog: string[], statusUpdates: unknown[] = [], language?: string): Promise<CaseStatus> {
  worker.use(http.post(`${base}status`, () => HttpResponse.json({ caseId: CASE, eventLog, statusUpdates })));
  const connector = await connectorType.create(connectorType.parseConfig({ type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, retries: 0 }), context);
  return connector.status!.getStatus({ reference: CASE, secondFactor: { kind: 'pin', value: '1234' } }, { language });
}

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

describe('fit-connect Security Event Tokens: real examples', () => {
  it('reads a real signed SET of the FIT-Connect testing environment', () => {
    expect(readSecurityEventToken(realSet.token, 'C9F0DB91-9355-451A-B2A5-7A9BE10CE765', 1)).to.deep.equal({
      name: 'create-submission',
      id: 'c6aa39ed-4ddf-4e2a-af52-b1ff7180445f',
      issuer: 'https://submission-api-testing.fit-connect.fitko.dev',
      at: '2022-05-04T09:22:31.000Z',
      submissionId: '5e82c135-a3b7-4eb0-bd83-6df337331170',
      caseId: 'c9f0db91-9355-451a-b2a5-7a9be10ce765',
      problems: [],
    });
  });

  it('builds mock tokens with exactly the claims of the real ones', () => {
    const created = decodedExamples.set_create_submission_example.payload;
    const submitted = decodedExamples.set_submit_submission_example.payload;
    const ids = { caseId: 'c9f0db91-9355-451a-b2a5-7a9be10ce765', submissionId: '5e82c135-a3b7-4eb0-bd83-6df337331170' };
    expect(setPayload({ ...ids, event: 'create-submission', at: new Date(created.iat * 1000).toISOString(), jti: created.jti })).to.deep.equal(created);
    expect(setPayload({ ...ids, event: 'submit-submission', at: new Date(submitted.iat * 1000).toISOString(), jti: submitted.jti })).to.deep.equal(submitted);
    const [header, payload, signature] = signedLookingSet({ ...ids, event: 'create-submission', at: '2022-05-04T09:22:31Z', jti: created.jti }).split('.');
    expect(JSON.parse(atob(header!.replace(/-/g, '+').replace(/_/g, '/')))).to.deep.equal(decodedExamples.set_create_submission_example.header);
    expect([payload!.length > 0, signature]).to.deep.equal([true, DUMMY_SIGNATURE]);
  });

  it('reads the documented rejection with its problem', () => {
    const token = compactToken(REAL_SET_HEADER, rejectExample);
    expect(readSecurityEventToken(token, '452b5ee6-35df-441a-bd39-6141723cf914', 1)).to.deep.include({
      name: 'reject-submission',
      issuer: DESTINATION,
      problems: [{ type: 'https://schema.fitko.de/fit-connect/events/problems/an-example', title: 'Nur ein Beispiel', detail: 'Es darf kein Beispiel verwendet werden.', instance: 'metadata' }],
    });
  });

  it('refuses the 2021 tokens of the Submission API 1.1.3 example: they predate the $schema claim', () => {
    expect(specEventLog.eventLog.length).to.equal(2);
    for (const token of specEventLog.eventLog) {
      let error: unknown;
      try {
        readSecurityEventToken(token, 'F73D30C6-8894-4444-8687-00AE756FEA90', 1);
      } catch (e) {
        error = e;
      }
      expect(isOzgError(error) && error.kind === 'invalid-response' && error.message.includes('$schema')).to.equal(true);
    }
  });
});

describe('fit-connect Security Event Tokens: malformed tokens fail the whole lookup', () => {
  afterEach(() => worker.resetHandlers(...fitConnectHandlers));

  const [header, payload] = sent[1]!.split('.') as [string, string];
  const cases: [string, string][] = [
    ['not three parts (two)', `${header}.${payload}`],
    ['not three parts (four)', `${header}.${payload}.${DUMMY_SIGNATURE}.${DUMMY_SIGNATURE}`],
    ['an empty signature (unsigned)', `${header}.${payload}.`],
    ['a part that is not base64url', `${header}.${payload.slice(0, -2)}+/.${DUMMY_SIGNATURE}`],
    ['a payload that is not JSON', `${header}.${encodeBase64Url('{"sub": ')}.${DUMMY_SIGNATURE}`],
    ['a payload that is a JSON array', `${header}.${encodeBase64Url('[]')}.${DUMMY_SIGNATURE}`],
    ['wrong typ', tampered(() => {}, { ...REAL_SET_HEADER, typ: 'JWT' })],
    ['wrong alg', tampered(() => {}, { ...REAL_SET_HEADER, alg: 'RS256' })],
    ['alg none', tampered(() => {}, { ...REAL_SET_HEADER, alg: 'none' })],
    ['no kid', tampered(() => {}, { typ: 'secevent+jwt', alg: 'PS512' })],
    ['no $schema', tampered((p) => delete p['$schema'])],
    ['an unknown set-payload version', tampered((p) => (p['$schema'] = 'https://schema.fitko.de/fit-connect/set-payload/2.0.0/set-payload.schema.json'))],
    ['two events', tampered((p) => (p['events'] = { 'https://schema.fitko.de/fit-connect/events/submit-submission': {}, 'https://schema.fitko.de/fit-connect/events/accept-submission': {} }))],
    ['no event', tampered((p) => (p['events'] = {}))],
    ['an unknown event', tampered((p) => (p['events'] = { 'https://schema.fitko.de/fit-connect/events/approve-submission': {} }))],
    ['an event of another namespace', tampered((p) => (p['events'] = { 'https://example.org/events/submit-submission': {} }))],
    ['the txn of another case', tampered((p) => (p['txn'] = `case:${OTHER_CASE}`))],
    ['a txn that is no case', tampered((p) => (p['txn'] = CASE))],
    ['a sub that is no submission', tampered((p) => (p['sub'] = `reply:${SUBMISSION}`))],
    ['a jti that is no UUID', tampered((p) => (p['jti'] = 'token-1'))],
    ['no iss', tampered((p) => delete p['iss'])],
    ['an iat before 2020', tampered((p) => (p['iat'] = 1_000_000))],
    ['an iat in milliseconds as text', tampered((p) => (p['iat'] = '1762074004000'))],
    ['a rejection without problems', tampered((p) => (p['events'] = { 'https://schema.fitko.de/fit-connect/events/reject-submission': { problems: [] } }))],
    ['a rejection problem without title', tampered((p) => (p['events'] = { 'https://schema.fitko.de/fit-connect/events/reject-submission': { problems: [{ type: 'x' }] } }))],
  ];

  for (const [what, token] of cases) {
    it(`refuses a token with ${what} as invalid-response`, async () => {
      const error = await failure(statusFor([...sent, token]));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.include('Event 3 of the FIT-Connect event log');
    });
  }

  it('never skips a bad token between good ones', async () => {
    const good = set('notify-submission', '2026-11-02T09:00:09Z');
    expect((await statusFor([...sent, good])).state).to.equal('delivered');
    const error = await failure(statusFor([sent[0]!, cases[6]![1], sent[1]!, set('notify-submission', '2026-11-02T09:00:09Z')]));
    expect([error.kind, error.message.includes('Event 2 ')]).to.deep.equal(['invalid-response', true]);
  });

  it('refuses the same token twice in one log', async () => {
    expect((await failure(statusFor([...sent, sent[1]!]))).kind).to.equal('invalid-response');
  });

  it('accepts typ "application/secevent+jwt" and a case id in capitals, as RFC 8417 and the delivery service write them', async () => {
    const capitals = compactToken({ ...REAL_SET_HEADER, typ: 'application/secevent+jwt' }, setPayload(spec('notify-submission', '2026-11-02T09:00:09Z', { caseId: CASE.toUpperCase() })));
    expect((await statusFor([...sent, capitals])).state).to.equal('delivered');
  });

  it('refuses status updates that are malformed or belong to two applications', async () => {
    expect((await failure(statusFor(sent, [update('PROCESSING', '2026-11-03T08:00:00Z', { status: 'DONE' as ZbpStatus })]))).kind).to.equal('invalid-response');
    expect((await failure(statusFor(sent, [update('PROCESSING', '2026-11-03T08:00:00')]))).kind).to.equal('invalid-response');
    const two = [update('RECEIVED', '2026-11-03T08:00:00Z'), update('PROCESSING', '2026-11-04T08:00:00Z', { applicationId: 'app-2' })];
    expect((await failure(statusFor(sent, two))).kind).to.equal('invalid-response');
  });

  it('refuses an answer without any event', async () => {
    expect((await failure(statusFor([], []))).kind).to.equal('invalid-response');
  });
});

describe('fit-connect timeline: every event log event', () => {
  afterEach(() => worker.resetHandlers(...fitConnectHandlers));

  const expected: Record<DeliveryEventName, CaseStatus['state']> = {
    'create-submission': 'submitted',
    'submit-submission': 'submitted',
    'notify-submission': 'delivered',
    'forward-submission': 'delivered',
    'accept-submission': 'delivered',
    'reject-submission': 'rejected',
    'delete-submission': 'withdrawn',
  };

  it('covers every event', () => {
    expect(Object.keys(expected).sort()).to.deep.equal([...DELIVERY_EVENT_NAMES].sort());
  });

  for (const name of DELIVERY_EVENT_NAMES.filter((n) => n !== 'create-submission' && n !== 'submit-submission')) {
    it(`maps ${name} to ${expected[name]}`, async () => {
      const details = name === 'reject-submission' ? { problems: [{ type: 'https://schema.fitko.de/fit-connect/events/problems/x', title: 'Fehler' }] } : undefined;
      const status = await statusFor([...sent, set(name, '2026-11-02T10:00:00Z', details ? { details, issuer: DESTINATION } : {})]);
      expect(status.state).to.equal(expected[name]);
      expect(status.history.map((e) => [e.state, e.at])).to.deep.equal([
        ['submitted', '2026-11-02T09:00:04.000Z'],
        [expected[name], '2026-11-02T10:00:00.000Z'],
      ]);
    });
  }

  it('maps submit-submission to submitted and does not show create-submission', async () => {
    const status = await statusFor(sent);
    expect([status.state, status.history]).to.deep.equal(['submitted', [{ state: 'submitted', at: '2026-11-02T09:00:04.000Z' }]]);
  });

  it('shows a submission still being sent (only create-submission) as submitted, without history', async () => {
    const status = await statusFor([sent[0]!]);
    expect([status.state, status.updatedAt, status.history]).to.deep.equal(['submitted', '2026-11-02T09:00:00.000Z', []]);
  });

  it('gives every problem of a rejection as one line of the reason, in plain text', async () => {
    const problems = [
      { type: 'https://schema.fitko.de/fit-connect/events/problems/a', title: 'Anlage fehlt.', detail: 'Die Anlage <b>Nachweis</b> fehlt.', instance: 'attachment:1' },
      { type: 'https://schema.fitko.de/fit-connect/events/problems/b', title: 'Schema unbekannt' },
    ];
    const status = await statusFor([...sent, set('reject-submission', '2026-11-02T10:00:00Z', { details: { problems }, issuer: DESTINATION })]);
    expect(status.history.at(-1)?.reason).to.equal('Anlage fehlt: Die Anlage Nachweis fehlt.\nSchema unbekannt');
  });

  it('shows a deletion after the authority accepted the submission as nothing: it is the delivery service tidying up', async () => {
    const status = await statusFor([
      ...sent,
      set('accept-submission', '2026-11-02T10:00:00Z', { issuer: DESTINATION }),
      set('delete-submission', '2026-11-09T10:00:00Z'),
    ]);
    expect([status.state, status.history.map((e) => e.state), status.updatedAt]).to.deep.equal(['delivered', ['submitted', 'delivered'], '2026-11-09T10:00:00.000Z']);
  });

  it('shows one step for notify, accept and received: the same state without new information is not repeated', async () => {
    const status = await statusFor(
      [...sent, set('notify-submission', '2026-11-02T09:00:09Z'), set('accept-submission', '2026-11-02T10:00:00Z', { issuer: DESTINATION })],
      [update('RECEIVED', '2026-11-02T10:00:05Z'), update('RECEIVED', '2026-11-02T11:00:00Z', { statusDetails: { de: 'Eingang bestätigt' } })],
    );
    expect(status.history).to.deep.equal([
      { state: 'submitted', at: '2026-11-02T09:00:04.000Z' },
      { state: 'delivered', at: '2026-11-02T09:00:09.000Z' },
      { state: 'delivered', at: '2026-11-02T11:00:00Z', note: 'Eingang bestätigt' },
    ]);
  });
});

describe('fit-connect timeline: every BundID status', () => {
  afterEach(() => worker.resetHandlers(...fitConnectHandlers));

  const expected: Record<ZbpStatus, CaseStatus['state']> = {
    INITIATED: 'submitted',
    SUBMITTED: 'submitted',
    RECEIVED: 'delivered',
    PROCESSING: 'in-progress',
    ACTION_REQUIRED: 'action-required',
    COMPLETED: 'completed',
  };

  for (const [zbp, state] of Object.entries(expected) as [ZbpStatus, CaseStatus['state']][]) {
    it(`maps ${zbp} to ${state}`, async () => {
      const status = await statusFor([set('create-submission', '2026-11-02T09:00:00Z')], [update(zbp, '2026-11-05T08:00:00Z', { statusDetails: { de: 'Hinweis' } })]);
      expect(status.state).to.equal(state);
      expect(status.history.at(-1)).to.deep.include({ state, at: '2026-11-05T08:00:00Z' });
    });
  }

  it('reads the reconstructed BundID status update', async () => {
    const content = ZbpStatusUpdate.parse(zbpExample.content);
    expect(zbpExample.allowedStatus).to.deep.equal(Object.keys(expected));
    // The example is dated 2025-01-20 10:00; its application was sent shortly before.
    const status = await statusFor([set('create-submission', '2025-01-20T09:40:00Z'), set('submit-submission', '2025-01-20T09:40:03Z')], [content]);
    expect(status).to.deep.include({ state: 'in-progress', serviceName: 'Building Permit Application', authorityName: 'Building Authority' });
    expect(status.history.at(-1)).to.deep.equal({ state: 'in-progress', at: '2025-01-20T10:00:00.000Z', note: 'Under review\nAdditional information' });
  });

  it('makes the additional information what to do when action is required, and the details a note', async () => {
    const both = await statusFor(sent, [update('ACTION_REQUIRED', '2026-11-05T08:00:00Z', { statusDetails: { de: 'Unterlagen fehlen' }, additionalInformation: { de: 'Bitte Meldebescheinigung nachreichen.' } })]);
    expect(both.history.at(-1)).to.deep.equal({
      state: 'action-required',
      at: '2026-11-05T08:00:00Z',
      note: 'Unterlagen fehlen',
      action: { description: 'Bitte Meldebescheinigung nachreichen.' },
    });
    const detailsOnly = await statusFor(sent, [update('ACTION_REQUIRED', '2026-11-05T08:00:00Z', { statusDetails: { de: 'Bitte melden Sie sich.' } })]);
    expect(detailsOnly.history.at(-1)).to.deep.equal({ state: 'action-required', at: '2026-11-05T08:00:00Z', action: { description: 'Bitte melden Sie sich.' } });
  });

  it('turns markup in status texts into plain text', async () => {
    const status = await statusFor(sent, [update('PROCESSING', '2026-11-05T08:00:00Z', { statusDetails: { de: '<p>Bitte <b>warten</b> &amp; hoffen</p><script>alert(1)</script>' } })]);
    expect(status.history.at(-1)?.note).to.equal('Bitte warten & hoffen');
  });

  it('picks the text in the asked language, then its base language, then German', async () => {
    const texts = { statusDetails: { de: 'In Prüfung', en: 'Under review' }, publicServiceName: { de: 'Hund anmelden', en: 'Register a dog' } };
    const noteIn = async (language: string) => (await statusFor(sent, [update('PROCESSING', '2026-11-05T08:00:00Z', texts)], language)).history.at(-1)?.note;
    expect([await noteIn('en'), await noteIn('en-GB'), await noteIn('fr'), await noteIn('de')]).to.deep.equal(['Under review', 'Under review', 'In Prüfung', 'In Prüfung']);
  });
});

describe('fit-connect timeline: merging both sources', () => {
  afterEach(() => worker.resetHandlers(...fitConnectHandlers));

  it('orders entries by time whatever order the sources list them in; the latest is the current state', async () => {
    const status = await statusFor(
      [set('accept-submission', '2026-11-02T10:00:00Z', { issuer: DESTINATION }), ...sent],
      [update('COMPLETED', '2026-11-20T12:00:00Z'), update('PROCESSING', '2026-11-10T08:00:00Z')],
    );
    expect(status.history.map((e) => [e.state, e.at])).to.deep.equal([
      ['submitted', '2026-11-02T09:00:04.000Z'],
      ['delivered', '2026-11-02T10:00:00.000Z'],
      ['in-progress', '2026-11-10T08:00:00Z'],
      ['completed', '2026-11-20T12:00:00Z'],
    ]);
    expect([status.state, status.updatedAt]).to.deep.equal(['completed', '2026-11-20T12:00:00.000Z']);
  });

  it('lets the latest entry win even when it is earlier in the plain-language order', async () => {
    const status = await statusFor(sent, [
      update('ACTION_REQUIRED', '2026-11-10T08:00:00Z', { additionalInformation: { de: 'Nachweis fehlt' } }),
      update('PROCESSING', '2026-11-12T08:00:00Z', { statusDetails: { de: 'Nachweis erhalten' } }),
    ]);
    expect([status.state, status.history.map((e) => e.state)]).to.deep.equal(['in-progress', ['submitted', 'action-required', 'in-progress']]);
  });

  it('puts entries of the same second in the plain-language order', async () => {
    const status = await statusFor([...sent, set('notify-submission', '2026-11-02T09:00:05Z')], [update('SUBMITTED', '2026-11-02T09:00:05Z', { statusDetails: { de: 'Eingereicht' } })]);
    expect(status.history.map((e) => e.state)).to.deep.equal(['submitted', 'submitted', 'delivered']);
    expect(status.state).to.equal('delivered');
  });

  it('takes service and authority name from the newest update that has them', async () => {
    const status = await statusFor(sent, [
      update('PROCESSING', '2026-11-10T08:00:00Z', { senderName: 'Bürgerbüro', publicServiceName: { de: 'Hund anmelden' } }),
      update('RECEIVED', '2026-11-03T08:00:00Z', { senderName: 'Poststelle', publicServiceName: { de: 'Alter Name' } }),
    ]);
    expect([status.serviceName, status.authorityName]).to.deep.equal(['Hund anmelden', 'Bürgerbüro']);
    const none = await statusFor(sent);
    expect([none.serviceName, none.authorityName]).to.deep.equal([undefined, undefined]);
  });
});
