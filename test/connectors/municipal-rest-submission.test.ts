/**
 * The municipal-rest connector's forms and submission capabilities against
 * the demo backend: form definitions with ETags, the multipart request,
 * idempotent replays and retries, field errors and limits.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, delay, getResponse, http } from 'msw';
import { connectorType, isValidReference, parseReference } from '../../connectors/municipal-rest/index.js';
import { demoFormFor } from '../../demo/data/forms/index.js';
import { POINTERS as HUND } from '../../demo/data/forms/hund-anmelden.js';
import {
  MUNICIPAL_REST_BASE,
  municipalRestHandlers,
  resetSubmissions,
  storedSubmissionCount,
  storedSubmissions,
} from '../../demo/mocks/municipal-rest-handlers.js';
import { FormDefinition, isOzgError, type Connector, type OzgError, type Submission } from '../../src/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { bewohnerparkSubmission, daysAgo, hundData, hundSubmission, pdf, sperrmuellSubmission } from './submission-samples.js';

const worker = await startMockWorker(...municipalRestHandlers);
const base = new URL(MUNICIPAL_REST_BASE, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };

interface Exchange {
  method: string;
  path: string;
  url: string;
  status: number;
  idempotencyKey: string | null;
  contentType: string | null;
  body: ArrayBuffer;
}

let backends = 0;

/**
 * The demo backend at an address of its own for one test, recording each
 * request and the status it answered. `hold` may delay or replace the
 * answer of a request (by its number, from 0) after the backend has handled it.
 */
function privateBackend(hold?: (attempt: number, response: Response) => Promise<Response> | Response) {
  const baseUrl = new URL(`/demo-api/musterstadt/rest/submission-test-${++backends}/`, location.origin).href;
  const exchanges: Exchange[] = [];
  worker.use(
    http.all(`${baseUrl}*`, async ({ request }) => {
      const path = request.url.slice(baseUrl.length);
      const body = request.method === 'GET' ? new ArrayBuffer(0) : await request.arrayBuffer();
      const forwarded = new Request(base + path, { method: request.method, headers: request.headers, body: request.method === 'GET' ? null : body });
      const response = (await getResponse(municipalRestHandlers, forwarded))!;
      const attempt = exchanges.length;
      exchanges.push({
        method: request.method,
        path,
        url: request.url,
        status: response.status,
        idempotencyKey: request.headers.get('idempotency-key'),
        contentType: request.headers.get('content-type'),
        body,
      });
      return hold ? hold(attempt, response) : response;
    }),
  );
  return { baseUrl, exchanges };
}

async function connect(settings: object = {}): Promise<Connector> {
  return connectorType.create(connectorType.parseConfig({ type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, retries: 0, ...settings }), context);
}

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

/** The multipart parts of a recorded request. */
async function partsOf(exchange: Exchange): Promise<FormData> {
  return new Response(exchange.body, { headers: { 'content-type': exchange.contentType ?? '' } }).formData();
}

function withData(change: (data: Record<string, Record<string, unknown>>) => void): Submission {
  const data = hundData() as Record<string, Record<string, unknown>>;
  change(data);
  return hundSubmission({ data });
}

afterEach(() => {
  worker.resetHandlers(...municipalRestHandlers);
  resetSubmissions();
});

describe('municipal-rest connector: forms', () => {
  it('loads the form of a service as the domain model', async () => {
    const form = await (await connect()).forms!.getFormDefinition('hund-anmelden');
    expect(form).to.deep.equal(FormDefinition.parse(demoFormFor('hund-anmelden')));
    expect(form.ui.steps.map((s) => s.id)).to.deep.equal(['halter', 'hund', 'weitere-hunde', 'zahlung', 'abschluss']);
  });

  it('rejects a service without an online form with not-found', async () => {
    const error = await failure((await connect()).forms!.getFormDefinition('personalausweis-beantragen'));
    expect([error.kind, error.status]).to.deep.equal(['not-found', 404]);
  });

  it('revalidates a form with If-None-Match and reuses it on 304', async () => {
    const backend = privateBackend();
    const forms = (await connect({ baseUrl: backend.baseUrl })).forms!;
    const first = await forms.getFormDefinition('sperrmuell-anmelden');
    const second = await forms.getFormDefinition('sperrmuell-anmelden');
    expect(backend.exchanges.map((e) => [e.path, e.status])).to.deep.equal([
      ['forms/sperrmuell-anmelden', 200],
      ['forms/sperrmuell-anmelden', 304],
    ]);
    expect(second).to.equal(first);
  });

  it('escapes the service id in the path', async () => {
    const backend = privateBackend();
    await failure((await connect({ baseUrl: backend.baseUrl })).forms!.getFormDefinition('a/b?c'));
    expect(backend.exchanges.map((e) => e.path)).to.deep.equal(['forms/a%2Fb%3Fc']);
  });

  it('reports the form of another service as invalid-response', async () => {
    const backend = privateBackend();
    worker.use(http.get(`${backend.baseUrl}forms/:id`, () => HttpResponse.json(demoFormFor('sperrmuell-anmelden'))));
    const error = await failure((await connect({ baseUrl: backend.baseUrl })).forms!.getFormDefinition('hund-anmelden'));
    expect(error.kind).to.equal('invalid-response');
  });
});

describe('municipal-rest connector: submitting', () => {
  it('sends one multipart request: the JSON part, then the files in order, with the idempotency key', async () => {
    const backend = privateBackend();
    const second = pdf('impfpass.pdf', 300);
    const submission = hundSubmission();
    submission.attachments.push({ specId: 'weitere-nachweise', file: second, name: second.name, type: second.type, size: second.size });
    await (await connect({ baseUrl: backend.baseUrl })).submission!.submit(submission);

    expect(backend.exchanges.length).to.equal(1);
    const [exchange] = backend.exchanges;
    expect(exchange!.method).to.equal('POST');
    // Nothing personal in the URL: no query, the fixed path only.
    expect(exchange!.url).to.equal(`${backend.baseUrl}submissions`);
    expect(exchange!.idempotencyKey).to.equal(submission.idempotencyKey);
    expect(exchange!.contentType).to.match(/^multipart\/form-data; boundary=/);

    const parts = await partsOf(exchange!);
    expect([...parts.keys()]).to.deep.equal(['submission', 'attachment', 'attachment']);
    const json = parts.get('submission') as File;
    expect(json.type).to.equal('application/json');
    expect(JSON.parse(await json.text())).to.deep.equal({
      serviceId: 'hund-anmelden',
      formId: 'S99000101',
      formVersion: '1.0',
      schemaUri: 'https://schema.musterstadt.example/fim/S99000101_1.0.schema.json',
      leikaKey: '99102013104000',
      language: 'de',
      data: submission.data,
      attachments: [
        { specId: 'nachweis-tierheim', name: 'abgabevertrag.pdf', type: 'application/pdf', size: 2048 },
        { specId: 'weitere-nachweise', name: 'impfpass.pdf', type: 'application/pdf', size: 300 },
      ],
    });
    const files = parts.getAll('attachment') as File[];
    expect(files.map((f) => [f.name, f.type, f.size])).to.deep.equal([
      ['abgabevertrag.pdf', 'application/pdf', 2048],
      ['impfpass.pdf', 'application/pdf', 300],
    ]);
    expect(new Uint8Array(await files[0]!.arrayBuffer())).to.deep.equal(new Uint8Array(await submission.attachments[0]!.file.arrayBuffer()));
  });

  it('labels each file part with the declared media type, not the blob type', async () => {
    const backend = privateBackend();
    const untyped = new File([new Uint8Array(100)], 'scan.jpg');
    await (await connect({ baseUrl: backend.baseUrl })).submission!.submit(
      hundSubmission({ attachments: [{ specId: 'nachweis-tierheim', file: untyped, name: 'scan.jpg', type: 'image/jpeg', size: 100 }] }),
    );
    const [file] = (await partsOf(backend.exchanges[0]!)).getAll('attachment') as File[];
    expect([file!.name, file!.type]).to.deep.equal(['scan.jpg', 'image/jpeg']);
  });

  it('resolves with the receipt: checked reference number, PIN, service and authority', async () => {
    const receipt = await (await connect()).submission!.submit(hundSubmission());
    expect(isValidReference(receipt.reference)).to.equal(true);
    expect(parseReference(receipt.reference)).to.deep.equal({ prefix: 'MS', year: new Date().getUTCFullYear(), serial: 1 });
    expect(receipt.statusLookup?.secondFactor).to.equal('pin');
    expect(receipt.statusLookup?.pin).to.match(/^\d{6}$/);
    expect([receipt.serviceName, receipt.authorityName]).to.deep.equal(['Hund anmelden', 'Steueramt']);
    expect(receipt.nextSteps.length).to.be.greaterThan(1);
    expect(receipt.expectedCompletion! > receipt.submittedAt.slice(0, 10)).to.equal(true);
    const [stored] = storedSubmissions();
    expect(stored!.receipt).to.deep.equal(receipt);
    expect(stored!.files.map((f) => [f.specId, f.name, f.size])).to.deep.equal([['nachweis-tierheim', 'abgabevertrag.pdf', 2048]]);
  });

  it('numbers applications one after another', async () => {
    const submission = (await connect()).submission!;
    const references = [
      (await submission.submit(hundSubmission())).reference,
      (await submission.submit(sperrmuellSubmission())).reference,
      (await submission.submit(bewohnerparkSubmission())).reference,
    ];
    expect(references.map((r) => parseReference(r)?.serial)).to.deep.equal([1, 2, 3]);
    expect(storedSubmissionCount()).to.equal(3);
  });

  it('answers the same key twice with the same receipt and keeps one application (201, then 200)', async () => {
    const backend = privateBackend();
    const submission = (await connect({ baseUrl: backend.baseUrl })).submission!;
    const application = hundSubmission();
    const first = await submission.submit(application);
    const again = await submission.submit(application);
    expect(again).to.deep.equal(first);
    expect(storedSubmissionCount()).to.equal(1);
    expect(backend.exchanges.map((e) => e.status)).to.deep.equal([201, 200]);
  });

  it('refuses a different application under a used key and keeps the first', async () => {
    const submission = (await connect()).submission!;
    const application = hundSubmission();
    const receipt = await submission.submit(application);
    // A valid application of its own (it would be accepted under a new key), but under the used key.
    const other = withData((data) => {
      data['G99000102']!['F99000201'] = 'Rex';
    });
    const error = await failure(submission.submit({ ...other, idempotencyKey: application.idempotencyKey }));
    expect([error.kind, error.status]).to.deep.equal(['rejected', 422]);
    expect(storedSubmissions().map((s) => s.receipt.reference)).to.deep.equal([receipt.reference]);
  });

  it('gives one receipt for an application whose first answer timed out and which the citizen sends again', async () => {
    // The first attempt reaches the backend, which creates the application; its answer is lost in a timeout.
    const backend = privateBackend(async (attempt, response) => {
      if (attempt === 0) await delay(6000);
      return response;
    });
    // Long enough for a loaded test machine to answer the second attempt in time.
    const submission = (await connect({ baseUrl: backend.baseUrl, timeoutMs: 1500 })).submission!;
    const application = hundSubmission();
    const timedOut = await failure(submission.submit(application));
    expect(timedOut.kind).to.equal('timeout');
    expect(storedSubmissionCount()).to.equal(1);

    const receipt = await submission.submit(application);
    expect(receipt.reference).to.equal(storedSubmissions()[0]!.receipt.reference);
    expect(storedSubmissionCount()).to.equal(1);
    expect(backend.exchanges.map((e) => [e.status, e.idempotencyKey])).to.deep.equal([
      [201, application.idempotencyKey],
      [200, application.idempotencyKey],
    ]);
  });

  it('is retried by the HTTP client after a 503, with the same key and body, and yields one application', async () => {
    // The backend created the application but a proxy answered 503: the retry must not create a second.
    const backend = privateBackend((attempt, response) => (attempt === 0 ? new HttpResponse(null, { status: 503 }) : response));
    const submission = (await connect({ baseUrl: backend.baseUrl, retries: 2, retryDelayMs: 0 })).submission!;
    const application = hundSubmission();
    const receipt = await submission.submit(application);
    expect(storedSubmissionCount()).to.equal(1);
    expect(receipt.reference).to.equal(storedSubmissions()[0]!.receipt.reference);
    const [first, second] = backend.exchanges;
    expect([first!.status, second!.status, backend.exchanges.length]).to.deep.equal([201, 200, 2]);
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
    expect(new Uint8Array(second!.body)).to.deep.equal(new Uint8Array(first!.body));
  });

  it('maps 409 (the first attempt is still being processed) to unavailable with Retry-After', async () => {
    worker.use(
      http.post(`${MUNICIPAL_REST_BASE}submissions`, () =>
        HttpResponse.json({ title: 'Conflict', status: 409 }, { status: 409, headers: { 'retry-after': '2', 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await failure((await connect()).submission!.submit(hundSubmission()));
    expect([error.kind, error.status, error.retryAfterSeconds, error.retryable]).to.deep.equal(['unavailable', 409, 2, true]);
  });

  it('sends nothing for a submission that breaks the domain schema', async () => {
    const backend = privateBackend();
    const error = await failure((await connect({ baseUrl: backend.baseUrl })).submission!.submit(hundSubmission({ idempotencyKey: 'not-a-uuid' })));
    expect(error.kind).to.equal('rejected');
    expect(backend.exchanges).to.deep.equal([]);
  });
});

describe('municipal-rest connector: refused submissions', () => {
  it('maps the backend’s field errors (422 invalid-params) to fieldErrors by JSON Pointer', async () => {
    const application = withData((data) => {
      (data['G99000101']!['G60000086'] as Record<string, unknown>)['F60000246'] = '12345';
    });
    const error = await failure((await connect()).submission!.submit(application));
    expect([error.kind, error.status]).to.deep.equal(['rejected', 422]);
    expect(error.fieldErrors.map((e) => e.field)).to.deep.equal([HUND.postleitzahl]);
    expect(error.fieldErrors[0]!.message).to.contain('76990 bis 76999');
    expect(storedSubmissionCount()).to.equal(0);
  });

  it('reports every invalid field of the schema and the rules, and a missing required attachment', async () => {
    const application = withData((data) => {
      delete data['G99000101']!['F60000227'];
      data['G99000105']!['F99000403'] = 'DE00 1234';
      data['G99000102']!['F99000202'] = '999';
    });
    application.attachments = [];
    const error = await failure((await connect()).submission!.submit(application));
    expect(error.fieldErrors.map((e) => e.field)).to.have.members([
      '/G99000101/F60000227',
      '/G99000105/F99000403',
      '/G99000102/F99000203',
      '/attachments/nachweis-tierheim',
    ]);
    expect(error.fieldErrors.find((e) => e.field === '/G99000102/F99000203')!.message).to.equal('Bitte nennen Sie die Rasse Ihres Hundes.');
  });

  it('names fields inside repeatable groups by their index', async () => {
    const application = withData((data) => {
      const dogs = (data['G99000103']!['G99000104'] as Record<string, unknown>[]);
      dogs.push({ F99000201: 'Rex', F99000202: 'kein Code', F99000205: daysAgo(10) });
    });
    const error = await failure((await connect()).submission!.submit(application));
    expect(error.fieldErrors.map((e) => e.field)).to.deep.equal(['/G99000103/G99000104/1/F99000202']);
  });

  it('does not require what the form hides', async () => {
    // Not from the Tierheim: no reduction question, no certificate; no SEPA mandate: no IBAN.
    const application = withData((data) => {
      data['G99000102'] = { F99000201: 'Bello', F99000202: '001', F99000204: daysAgo(400), F99000205: daysAgo(20), F99000207: '02' };
      data['G99000103'] = { F99000301: false };
      data['G99000105'] = { F99000401: false };
    });
    application.attachments = [];
    const receipt = await (await connect()).submission!.submit(application);
    expect(isValidReference(receipt.reference)).to.equal(true);
  });

  it('checks dates against today: a dog cannot be registered before it arrives', async () => {
    const application = withData((data) => {
      data['G99000102']!['F99000205'] = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    });
    const error = await failure((await connect()).submission!.submit(application));
    expect(error.fieldErrors.map((e) => e.field)).to.deep.equal([HUND.haltungsbeginn]);
  });

  it('answers field errors in the language of the submission', async () => {
    const application = withData((data) => {
      (data['G99000101']!['G60000086'] as Record<string, unknown>)['F60000246'] = '10115';
    });
    application.language = 'en';
    const error = await failure((await connect()).submission!.submit(application));
    expect(error.fieldErrors[0]!.message).to.contain('Musterstadt collects dog tax only');
  });

  it('accepts the corrected application under the key of the refused one', async () => {
    const submission = (await connect()).submission!;
    const refused = withData((data) => {
      (data['G99000101']!['G60000086'] as Record<string, unknown>)['F60000246'] = '12345';
    });
    await failure(submission.submit(refused));
    const corrected = hundSubmission({ idempotencyKey: refused.idempotencyKey });
    const receipt = await submission.submit(corrected);
    expect(storedSubmissions().map((s) => [s.idempotencyKey, s.receipt.reference])).to.deep.equal([[refused.idempotencyKey, receipt.reference]]);
  });

  it('refuses a file larger than its attachment allows with 413', async () => {
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    const error = await failure(
      (await connect()).submission!.submit(hundSubmission({ attachments: [{ specId: 'nachweis-tierheim', file: big, name: big.name, type: big.type, size: big.size }] })),
    );
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['rejected', 413, false]);
    expect(storedSubmissionCount()).to.equal(0);
  });

  it('refuses a file type the attachment does not accept', async () => {
    const text = new File(['hallo'], 'nachweis.txt', { type: 'text/plain' });
    const error = await failure(
      (await connect()).submission!.submit(hundSubmission({ attachments: [{ specId: 'nachweis-tierheim', file: text, name: text.name, type: text.type, size: text.size }] })),
    );
    expect(error.fieldErrors.map((e) => e.field)).to.deep.equal(['/attachments/nachweis-tierheim']);
  });

  it('refuses a form version the backend no longer has', async () => {
    const error = await failure((await connect()).submission!.submit(hundSubmission({ formVersion: '0.9' })));
    expect([error.kind, error.status, error.fieldErrors.length]).to.deep.equal(['rejected', 422, 0]);
  });
});
