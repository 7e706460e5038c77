/**
 * The municipal-rest contract itself: the OpenAPI document's schemas are the
 * ones the zod model generates, its references resolve, and the mock backend
 * answers as the document says. Since the components are generated from the
 * zod schemas, validating the mock's answers with those schemas validates
 * them against the components.
 */
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import * as z from 'zod/mini';
import { Problem, ServicePage, formatReference, isValidReference } from '../../connectors/municipal-rest/index.js';
import { openApiComponentSchemas, readGeneratedSchemas, writeGeneratedSchemas } from '../../connectors/municipal-rest/openapi-components.js';
import { CatalogFile } from '../../connectors/static-json/index.js';
import { MUSTERSTADT_ARS, catalog } from '../../demo/data/catalog.js';
import { demoForms } from '../../demo/data/forms/index.js';
import {
  DEMO_STATUS_CASES,
  FAILED_LOOKUP_LIMIT,
  FAILED_LOOKUP_WINDOW_SECONDS,
  MAX_SUBMISSION_BYTES,
  MUNICIPAL_REST_BASE,
  MUNICIPAL_REST_DEFAULT_PAGE_SIZE,
  MUNICIPAL_REST_MAX_PAGE_SIZE,
  municipalRestHandlers,
  resetCases,
  resetFailedLookups,
  resetSubmissions,
  storedSubmissionCount,
  useManualClock,
  useRealClock,
} from '../../demo/mocks/municipal-rest-handlers.js';
import { CaseStatus, Category, FormDefinition, LifeSituation, Office, Receipt, Service, summarize } from '../../src/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { hundData, pdf } from './submission-samples.js';

const worker = await startMockWorker(...municipalRestHandlers);
const data = CatalogFile.parse(catalog);
const DOCUMENT = '/docs/municipal-rest.openapi.yaml';

async function openApiDocument(): Promise<string> {
  return servedFile(DOCUMENT);
}

async function servedFile(path: string): Promise<string> {
  // The files are served by the test server; the OpenAPI document's name contains "api", which the mock worker would refuse.
  worker.use(http.get(path, () => passthrough()));
  const response = await fetch(path);
  expect(response.status).to.equal(200);
  return response.text();
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, new URL(MUNICIPAL_REST_BASE, location.origin)), { headers });
}

/**
 * Parses `body` with `schema` and checks nothing was dropped or added: the
 * answer holds exactly what the schema describes, defaults written out.
 */
function expectExactly(schema: z.core.$ZodType, body: unknown, what: string): void {
  const result = z.safeParse(schema, body);
  if (!result.success) throw new Error(`${what}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  expect(JSON.parse(JSON.stringify(result.data)), what).to.deep.equal(body);
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('content-type')).to.equal('application/problem+json');
  const body: unknown = await response.json();
  const problem = Problem.parse(body);
  expect(problem.status).to.equal(status);
  return problem;
}

describe('municipal-rest OpenAPI document', () => {
  afterEach(() => worker.resetHandlers(...municipalRestHandlers));

  it('has exactly the component schemas the zod model generates (npm run schema)', async () => {
    expect(readGeneratedSchemas(await openApiDocument())).to.deep.equal(openApiComponentSchemas());
  });

  it('regenerates to the same document', async () => {
    const document = await openApiDocument();
    expect(writeGeneratedSchemas(document, openApiComponentSchemas())).to.equal(document);
  });

  it('describes the paths the connector calls and the mock serves', async () => {
    const document = await openApiDocument();
    const paths = [...document.slice(document.indexOf('\npaths:'), document.indexOf('\ncomponents:')).matchAll(/^ {2}(\/\S*):$/gm)].map((m) => m[1]);
    expect(paths).to.deep.equal(['/services', '/services/{id}', '/offices/{id}', '/life-situations', '/categories', '/forms/{serviceId}', '/submissions', '/status']);
  });

  it('resolves every $ref', async () => {
    const document = await openApiDocument();
    const schemas = openApiComponentSchemas();
    // The hand-written components: keys four spaces deep under `parameters:`, `headers:`, `responses:`.
    const defined = new Set<string>(Object.keys(schemas).map((name) => `schemas/${name}`));
    let section = '';
    for (const line of document.slice(document.indexOf('\ncomponents:')).split('\n')) {
      const sectionMatch = /^ {2}([A-Za-z]+):\s*$/.exec(line);
      if (sectionMatch) section = sectionMatch[1]!;
      const keyMatch = /^ {4}([A-Za-z0-9._-]+):\s*$/.exec(line);
      if (keyMatch && section !== 'schemas') defined.add(`${section}/${keyMatch[1]}`);
    }
    const refs = [...document.matchAll(/\$ref"?:\s*['"]#\/components\/([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(refs.length).to.be.greaterThan(50);
    expect(refs.filter((ref) => !defined.has(ref))).to.deep.equal([]);
  });
});

describe('municipal-rest mock backend answers as the contract says', () => {
  afterEach(() => worker.resetHandlers(...municipalRestHandlers));

  it('pages through all services with consistent counts and Link headers', async () => {
    const seen: string[] = [];
    for (let page = 1, totalPages = 1; page <= totalPages; page++) {
      const response = await get(`services?page=${page}`);
      expect(response.status).to.equal(200);
      const body: unknown = await response.json();
      expectExactly(ServicePage, body, `page ${page}`);
      const { items, pageSize, totalItems } = ServicePage.parse(body);
      totalPages = ServicePage.parse(body).totalPages;
      expect([pageSize, totalItems, totalPages]).to.deep.equal([
        MUNICIPAL_REST_DEFAULT_PAGE_SIZE,
        data.services.length,
        Math.ceil(data.services.length / MUNICIPAL_REST_DEFAULT_PAGE_SIZE),
      ]);
      expect(response.headers.get('link')?.includes('rel="next"') ?? false, `Link next on page ${page}`).to.equal(page < totalPages);
      seen.push(...items.map((s) => s.id));
    }
    expect(seen.length).to.equal(data.services.length);
    expect(new Set(seen).size).to.equal(seen.length);
  });

  it('answers summaries in lists, without the long texts', async () => {
    const { items } = ServicePage.parse(await (await get('services?pageSize=5')).json());
    const expected = data.services.find((s) => s.id === items[0]!.id)!;
    expect(items[0]).to.deep.equal(JSON.parse(JSON.stringify(summarize(expected))));
  });

  it('filters by life situation (with the ones below it), category and region', async () => {
    const list = async (query: string) => ServicePage.parse(await (await get(`services?pageSize=100&${query}`)).json()).items;
    const education = await list('lifeSituation=1030000');
    expect(education.length).to.be.greaterThan(0);
    expect(education.every((s) => s.lifeSituations.some((code) => code === '1030000' || code === '1030200'))).to.equal(true);
    expect(education.some((s) => !s.lifeSituations.includes('1030000'))).to.equal(true);
    const traffic = await list('category=verkehr');
    expect(traffic.length).to.equal(data.services.filter((s) => s.categories.includes('verkehr')).length);
    const both = await list('category=verkehr&lifeSituation=1090000');
    expect(both.every((s) => s.categories.includes('verkehr') && s.lifeSituations.includes('1090000'))).to.equal(true);
    expect(both.length).to.be.lessThan(traffic.length);
    expect((await list(`region=${MUSTERSTADT_ARS}`)).length).to.equal(Math.min(100, data.services.length));
    expect(await list('region=081110000000')).to.deep.equal([]);
  });

  it('caps the page size and answers a page after the last with no items', async () => {
    const capped = ServicePage.parse(await (await get('services?pageSize=1000')).json());
    expect(capped.pageSize).to.equal(MUNICIPAL_REST_MAX_PAGE_SIZE);
    const after = ServicePage.parse(await (await get('services?page=99')).json());
    expect([after.items.length, after.page, after.totalItems]).to.deep.equal([0, 99, data.services.length]);
  });

  it('answers every service, office, life situation and category in the shape of its schema', async function () {
    // About 200 requests through the service worker: slow when the whole suite runs in parallel.
    this.timeout(30_000);
    for (const service of data.services) {
      expectExactly(Service, await (await get(`services/${encodeURIComponent(service.id)}`)).json(), `service ${service.id}`);
    }
    for (const office of data.offices) {
      expectExactly(Office, await (await get(`offices/${encodeURIComponent(office.id)}`)).json(), `office ${office.id}`);
    }
    expectExactly(z.array(LifeSituation), await (await get('life-situations')).json(), 'life situations');
    expectExactly(z.array(Category), await (await get('categories')).json(), 'categories');
  });

  it('sends a strong ETag, caching and language headers with every answer', async () => {
    for (const path of ['services', 'services/personalausweis-beantragen', 'offices/oe-buergerbuero-mitte', 'life-situations', 'categories']) {
      const response = await get(path);
      expect(response.headers.get('etag'), path).to.match(/^"[\x21\x23-\x7e]+"$/);
      expect(response.headers.get('cache-control'), path).to.equal('no-cache');
      expect(response.headers.get('vary'), path).to.equal('Accept-Language');
      expect(response.headers.get('content-language'), path).to.equal('de');
    }
  });

  it('answers If-None-Match with 304 and no body while the ETag is current', async () => {
    const first = await get('services/personalausweis-beantragen');
    const etag = first.headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('services/personalausweis-beantragen', { 'if-none-match': ifNoneMatch });
      expect(again.status, ifNoneMatch).to.equal(304);
      expect(again.headers.get('etag')).to.equal(etag);
      expect(await again.text()).to.equal('');
    }
    expect((await get('services/personalausweis-beantragen', { 'if-none-match': '"other"' })).status).to.equal(200);
  });

  it('gives every page and filter its own ETag', async () => {
    const tags = await Promise.all(['services?page=1', 'services?page=2', 'services?category=verkehr', 'categories'].map(async (p) => (await get(p)).headers.get('etag')));
    expect(new Set(tags).size).to.equal(4);
  });

  it('answers unknown ids and paths with 404 problem details', async () => {
    for (const path of ['services/gibt-es-nicht', 'offices/gibt-es-nicht', 'gibt-es-nicht']) {
      const problem = await problemOf(await get(path), 404);
      expect(problem.instance).to.equal(new URL(path, new URL(MUNICIPAL_REST_BASE, location.origin)).pathname);
    }
  });

  it('answers invalid query parameters with 400 naming each of them', async () => {
    const problem = await problemOf(await get('services?page=0&pageSize=viele&region=123'), 400);
    expect(problem['invalid-params']?.map((p) => p.name)).to.deep.equal(['page', 'pageSize', 'region']);
  });

  it('answers other methods with 405 and Allow', async () => {
    const response = await fetch(new URL('services', new URL(MUNICIPAL_REST_BASE, location.origin)), { method: 'POST', body: '{}' });
    expect(response.headers.get('allow')).to.equal('GET');
    await problemOf(response, 405);
  });
});

/** A multipart body as the contract describes it: the JSON part, then the files. */
function multipart(metadata: unknown, files: File[] = []): FormData {
  const body = new FormData();
  body.append('submission', new Blob([JSON.stringify(metadata)], { type: 'application/json' }), 'submission.json');
  for (const file of files) body.append('attachment', file, file.name);
  return body;
}

function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('submissions', new URL(MUNICIPAL_REST_BASE, location.origin)), { method: 'POST', body, headers });
}

const hundMetadata = (file: File) => ({
  serviceId: 'hund-anmelden',
  formId: 'S99000101',
  formVersion: '1.0',
  language: 'de',
  data: hundData(),
  attachments: [{ specId: 'nachweis-tierheim', name: file.name, type: file.type, size: file.size }],
});

describe('municipal-rest mock backend: forms and submissions', () => {
  afterEach(() => {
    worker.resetHandlers(...municipalRestHandlers);
    resetSubmissions();
  });

  it('serves every demo form in the shape of FormDefinition, with ETag and 304', async () => {
    for (const form of demoForms) {
      const response = await get(`forms/${form.serviceId}`);
      const body: unknown = await response.json();
      expectExactly(FormDefinition, body, `form of ${form.serviceId}`);
      expect(body).to.deep.equal(JSON.parse(JSON.stringify(FormDefinition.parse(form))));
      const again = await get(`forms/${form.serviceId}`, { 'if-none-match': response.headers.get('etag')! });
      expect(again.status, form.serviceId!).to.equal(304);
    }
  });

  it('answers a service without an online form with 404 problem details', async () => {
    await problemOf(await get('forms/personalausweis-beantragen'), 404);
  });

  it('accepts a multipart submission with 201 and replays it with 200 and Idempotent-Replayed', async () => {
    const file = pdf();
    const key = crypto.randomUUID();
    const first = await post(multipart(hundMetadata(file), [file]), { 'idempotency-key': key });
    expect(first.status).to.equal(201);
    const receipt: unknown = await first.json();
    expectExactly(Receipt, receipt, 'receipt');
    expect(isValidReference(Receipt.parse(receipt).reference)).to.equal(true);
    expect(first.headers.get('idempotent-replayed')).to.equal(null);

    const again = await post(multipart(hundMetadata(file), [file]), { 'idempotency-key': key });
    expect([again.status, again.headers.get('idempotent-replayed')]).to.deep.equal([200, 'true']);
    expect(await again.json()).to.deep.equal(receipt);
    expect(storedSubmissionCount()).to.equal(1);
  });

  it('answers a submission without Idempotency-Key with 400 naming the header', async () => {
    const file = pdf();
    const problem = await problemOf(await post(multipart(hundMetadata(file), [file])), 400);
    expect(problem['invalid-params']?.map((p) => p.name)).to.deep.equal(['Idempotency-Key']);
    await problemOf(await post(multipart(hundMetadata(file), [file]), { 'idempotency-key': 'eins' }), 400);
    expect(storedSubmissionCount()).to.equal(0);
  });

  it('answers a JSON body with 415', async () => {
    const response = await post(JSON.stringify(hundMetadata(pdf())), { 'idempotency-key': crypto.randomUUID(), 'content-type': 'application/json' });
    await problemOf(response, 415);
  });

  it('answers parts that do not match the attachments list, or a JSON part of the wrong shape, with 400', async () => {
    const file = pdf();
    await problemOf(await post(multipart(hundMetadata(file), []), { 'idempotency-key': crypto.randomUUID() }), 400);
    await problemOf(await post(multipart({ ...hundMetadata(file), data: 'keine Daten' }, [file]), { 'idempotency-key': crypto.randomUUID() }), 400);
    const missingJson = new FormData();
    missingJson.append('attachment', file, file.name);
    await problemOf(await post(missingJson, { 'idempotency-key': crypto.randomUUID() }), 400);
  });

  it('answers field errors with 422, invalid-params by JSON Pointer, in the submission language', async () => {
    const file = pdf();
    const metadata = hundMetadata(file);
    const data = metadata.data as { G99000101: { F60000227?: string } };
    delete data.G99000101.F60000227;
    const response = await post(multipart(metadata, [file]), { 'idempotency-key': crypto.randomUUID() });
    expect(response.headers.get('content-language')).to.equal('de');
    const problem = await problemOf(response, 422);
    expect(problem['invalid-params']).to.deep.equal([{ name: '/G99000101/F60000227', reason: 'Bitte füllen Sie dieses Feld aus.' }]);
  });

  it('answers a body over the limit with 413', async function () {
    this.timeout(20_000);
    const big = new File([new Uint8Array(MAX_SUBMISSION_BYTES + 1)], 'riesig.pdf', { type: 'application/pdf' });
    await problemOf(await post(multipart(hundMetadata(big), [big]), { 'idempotency-key': crypto.randomUUID() }), 413);
    expect(storedSubmissionCount()).to.equal(0);
  });

  it('answers other methods on /submissions with 405 and Allow: POST', async () => {
    const response = await get('submissions');
    expect(response.headers.get('allow')).to.equal('POST');
    await problemOf(response, 405);
  });
});

function lookUp(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return fetch(new URL('status', new URL(MUNICIPAL_REST_BASE, location.origin)), { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
}

const pinLookup = (reference: string, pin: string) => ({ reference, secondFactor: { kind: 'pin', value: pin } });

describe('municipal-rest mock backend: status lookups', () => {
  beforeEach(() => {
    useManualClock(Date.parse('2026-11-25T09:12:00.000Z'));
    resetCases();
    resetFailedLookups();
  });
  afterEach(() => {
    worker.resetHandlers(...municipalRestHandlers);
    useRealClock();
  });

  it('answers every demo case in the shape of CaseStatus, not to be stored, without ETag', async () => {
    for (const demo of DEMO_STATUS_CASES) {
      const response = await lookUp(pinLookup(demo.reference, demo.pin));
      expect(response.status, demo.reference).to.equal(200);
      expect(response.headers.get('cache-control'), demo.reference).to.equal('no-store');
      expect(response.headers.get('etag'), demo.reference).to.equal(null);
      expect(response.headers.get('content-language'), demo.reference).to.equal('de');
      const body: unknown = await response.json();
      expectExactly(CaseStatus, body, demo.reference);
      expect(CaseStatus.parse(body).state).to.equal(demo.state);
    }
  });

  it('ignores If-None-Match: no conditional requests for status', async () => {
    const demo = DEMO_STATUS_CASES[0]!;
    const response = await lookUp(pinLookup(demo.reference, demo.pin), { 'content-type': 'application/json', 'if-none-match': '*' });
    expect(response.status).to.equal(200);
    expect(CaseStatus.parse(await response.json()).reference).to.equal(demo.reference);
  });

  it('accepts the reference in lower case and with spaces, as it reads it', async () => {
    const demo = DEMO_STATUS_CASES[1]!;
    const response = await lookUp(pinLookup(` ${demo.reference.toLowerCase().replace(/-/g, ' - ')} `, demo.pin));
    expect(CaseStatus.parse(await response.json()).reference).to.equal(demo.reference);
  });

  it('answers a wrong PIN and an unknown reference with the very same 404', async () => {
    const demo = DEMO_STATUS_CASES[2]!;
    const unknown = formatReference({ prefix: 'MS', year: 2026, serial: 999_999 });
    const otherCity = formatReference({ prefix: 'KA', year: 2026, serial: 100_003 });
    const answers = await Promise.all([lookUp(pinLookup(demo.reference, '000000')), lookUp(pinLookup(unknown, demo.pin)), lookUp(pinLookup(otherCity, demo.pin))]);
    const seen = await Promise.all(answers.map(async (r) => JSON.stringify({ status: r.status, headers: [...r.headers].sort(), body: await r.text() })));
    expect(new Set(seen).size).to.equal(1);
    const problem = await problemOf(await lookUp(pinLookup(unknown, demo.pin)), 404);
    expect(problem.instance).to.equal(new URL('status', new URL(MUNICIPAL_REST_BASE, location.origin)).pathname);
  });

  it('answers a malformed reference or body with 400 naming the field, and does not count it', async () => {
    const demo = DEMO_STATUS_CASES[0]!;
    const wrongCheck = `${demo.reference.slice(0, -1)}${(Number(demo.reference.at(-1)) + 1) % 10}`;
    for (let i = 0; i <= FAILED_LOOKUP_LIMIT; i++) {
      const problem = await problemOf(await lookUp(pinLookup(wrongCheck, demo.pin)), 400);
      expect(problem['invalid-params']?.map((p) => p.name)).to.deep.equal(['reference']);
    }
    const noPin = await problemOf(await lookUp({ reference: demo.reference }), 400);
    expect(noPin['invalid-params']?.map((p) => p.name)).to.deep.equal(['secondFactor']);
    const birthDate = await problemOf(await lookUp({ reference: demo.reference, secondFactor: { kind: 'birth-date', value: '1990-01-01' } }), 400);
    expect(birthDate['invalid-params']?.map((p) => p.name)).to.deep.equal(['secondFactor.kind']);
    await problemOf(await lookUp('{"reference":'), 400);
    expect((await lookUp(pinLookup(demo.reference, demo.pin))).status).to.equal(200);
  });

  it('answers a body that is not JSON with 415', async () => {
    const demo = DEMO_STATUS_CASES[0]!;
    await problemOf(await lookUp(`reference=${demo.reference}&pin=${demo.pin}`, { 'content-type': 'application/x-www-form-urlencoded' }), 415);
  });

  it(`answers every lookup with 429 and Retry-After after ${FAILED_LOOKUP_LIMIT} failures in ${FAILED_LOOKUP_WINDOW_SECONDS} s`, async () => {
    const demo = DEMO_STATUS_CASES[3]!;
    for (let i = 0; i < FAILED_LOOKUP_LIMIT; i++) await problemOf(await lookUp(pinLookup(demo.reference, '000000')), 404);
    const response = await lookUp(pinLookup(demo.reference, demo.pin));
    expect(response.headers.get('retry-after')).to.equal(String(FAILED_LOOKUP_WINDOW_SECONDS));
    expect(response.headers.get('cache-control')).to.equal('no-store');
    await problemOf(response, 429);
  });

  it('has no resource per case: GET /status/{reference} is 404, GET /status 405 with Allow: POST', async () => {
    const demo = DEMO_STATUS_CASES[0]!;
    for (const method of ['GET', 'POST']) {
      const response = await fetch(new URL(`status/${demo.reference}`, new URL(MUNICIPAL_REST_BASE, location.origin)), { method });
      await problemOf(response, 404);
    }
    const response = await get('status');
    expect(response.headers.get('allow')).to.equal('POST');
    await problemOf(response, 405);
  });

  it('lists every demo case with its reference, PIN and state in docs/connectors/municipal-rest.md', async () => {
    const guide = await servedFile('/docs/connectors/municipal-rest.md');
    // Rows of the demo case table: reference, then PIN.
    const rows = guide.split('\n').filter((line) => /^\| `MS-\d{4}-\d{6}-\d` \| `\d{6}` \|/.test(line));
    expect(rows.length).to.equal(DEMO_STATUS_CASES.length);
    for (const demo of DEMO_STATUS_CASES) {
      const row = rows.find((line) => line.includes(`\`${demo.reference}\``));
      expect(row, demo.reference).to.be.a('string');
      expect(row, demo.reference).to.include(`\`${demo.pin}\``);
      expect(row, demo.reference).to.include(`\`${demo.state}\``);
    }
  });
});
