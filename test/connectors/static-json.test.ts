import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import { CatalogFile, connectorType } from '../../connectors/static-json/index.js';
import { demoFormFor } from '../../demo/data/forms/index.js';
import { CATALOG_PATH, FORMS_URL_PATTERN, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { FormDefinition, isOzgError, type OzgError } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import catalogSchema from '../../connectors/static-json/catalog.schema.json';
import formSchema from '../../connectors/static-json/form.schema.json';

const worker = await startMockWorker(...staticJsonHandlers);
const catalogUrl = new URL(CATALOG_PATH, location.origin).href;
const formsBase = new URL(FORMS_URL_PATTERN.replace('{serviceId}.json', ''), location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };
const create = (settings: object = {}) => connectorType.create(connectorType.parseConfig({ type: 'static-json', url: CATALOG_PATH, ...settings }), context);
/** Without the catalog file: forms only. */
const createForms = (settings: object) => connectorType.create(connectorType.parseConfig({ type: 'static-json', ...settings }), context);

describeConformance({
  name: 'static-json',
  create: (http$) => create({ formsUrl: FORMS_URL_PATTERN, ...http$ }),
  mock: { use: (...h) => worker.use(...h), resetHandlers: () => worker.resetHandlers(...staticJsonHandlers) },
  backend: [catalogUrl, `${formsBase}*`],
  samples: { serviceId: 'personalausweis-beantragen', officeId: 'oe-buergerbuero-mitte', formServiceId: 'hund-anmelden' },
});

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

/** Counts the requests for form files. */
function countFormRequests(): string[] {
  const requested: string[] = [];
  worker.use(
    http.get(`${formsBase}*`, ({ request }) => {
      requested.push(new URL(request.url).pathname);
      return undefined; // answered by the demo handlers
    }),
  );
  return requested;
}

describe('static-json connector: forms', () => {
  afterEach(() => worker.resetHandlers(...staticJsonHandlers));

  it('loads a form by the formsUrl pattern, defaults filled in', async () => {
    const { forms } = await createForms({ formsUrl: FORMS_URL_PATTERN });
    expect(await forms!.getFormDefinition('sperrmuell-anmelden')).to.deep.equal(FormDefinition.parse(demoFormFor('sperrmuell-anmelden')));
  });

  it('loads a form named in the forms map, relative to the page', async () => {
    const requested = countFormRequests();
    const { forms, catalog } = await createForms({ forms: { 'hund-anmelden': 'demo-api/musterstadt/formulare/hund-anmelden.json' } });
    expect(catalog).to.equal(undefined);
    expect((await forms!.getFormDefinition('hund-anmelden')).id).to.equal('S99000101');
    expect(requested).to.deep.equal(['/demo-api/musterstadt/formulare/hund-anmelden.json']);
  });

  it('prefers the forms map over the pattern', async () => {
    const requested = countFormRequests();
    const { forms } = await createForms({
      formsUrl: '/demo-api/musterstadt/formulare/alt-{serviceId}.json',
      forms: { 'hund-anmelden': '/demo-api/musterstadt/formulare/hund-anmelden.json' },
    });
    await forms!.getFormDefinition('hund-anmelden');
    expect(requested).to.deep.equal(['/demo-api/musterstadt/formulare/hund-anmelden.json']);
  });

  it('rejects a service without a form file with not-found: unknown to the map, or a 404 for the pattern', async () => {
    const requested = countFormRequests();
    const mapOnly = await createForms({ forms: { 'hund-anmelden': '/demo-api/musterstadt/formulare/hund-anmelden.json' } });
    expect((await failure(mapOnly.forms!.getFormDefinition('sperrmuell-anmelden'))).kind).to.equal('not-found');
    expect(requested).to.deep.equal([]);
    const pattern = await createForms({ formsUrl: FORMS_URL_PATTERN });
    expect((await failure(pattern.forms!.getFormDefinition('personalausweis-beantragen'))).kind).to.equal('not-found');
    expect(requested).to.deep.equal(['/demo-api/musterstadt/formulare/personalausweis-beantragen.json']);
  });

  it('escapes the service id in the pattern', async () => {
    const requested = countFormRequests();
    const { forms } = await createForms({ formsUrl: FORMS_URL_PATTERN });
    await failure(forms!.getFormDefinition('a/b c'));
    expect(requested).to.deep.equal(['/demo-api/musterstadt/formulare/a%2Fb%20c.json']);
  });

  it('downloads each form file once for many calls, and again after a failure', async () => {
    worker.use(http.get(`${formsBase}hund-anmelden.json`, () => new HttpResponse(null, { status: 503 }), { once: true }));
    // Handlers added later run first: the counter sees every request, then the 503 answers the first.
    const requested = countFormRequests();
    const { forms } = await createForms({ formsUrl: FORMS_URL_PATTERN, retries: 0 });
    expect((await failure(forms!.getFormDefinition('hund-anmelden'))).kind).to.equal('unavailable');
    const [a, b] = await Promise.all([forms!.getFormDefinition('hund-anmelden'), forms!.getFormDefinition('hund-anmelden')]);
    await forms!.getFormDefinition('hund-anmelden');
    expect(a).to.equal(b);
    expect(requested.length).to.equal(2);
  });

  it('reports a file that holds the form of another service as invalid-response', async () => {
    const { forms } = await createForms({ forms: { 'hund-anmelden': '/demo-api/musterstadt/formulare/sperrmuell-anmelden.json' } });
    expect((await failure(forms!.getFormDefinition('hund-anmelden'))).kind).to.equal('invalid-response');
  });

  it('never offers submission, and forms only when configured', async () => {
    const both = await create({ formsUrl: FORMS_URL_PATTERN });
    expect([both.catalog !== undefined, both.forms !== undefined, both.submission, both.status]).to.deep.equal([true, true, undefined, undefined]);
    const catalogOnly = await create();
    expect(catalogOnly.forms).to.equal(undefined);
  });

  it('refuses a formsUrl without {serviceId} and a configuration without any file', () => {
    expect(() => connectorType.parseConfig({ type: 'static-json', formsUrl: '/formulare/form.json' })).to.throw();
    expect(() => connectorType.parseConfig({ type: 'static-json', forms: { 'hund-anmelden': '' } })).to.throw();
    expect(() => connectorType.parseConfig({ type: 'static-json' })).to.throw();
    expect(connectorType.parseConfig({ type: 'static-json', forms: {} }).forms).to.deep.equal({});
  });
});

describe('static-json connector', () => {
  afterEach(() => worker.resetHandlers(...staticJsonHandlers));

  it('downloads the file once for many calls', async () => {
    let downloads = 0;
    worker.use(
      http.get(CATALOG_PATH, () => {
        downloads++;
        return undefined; // fall through to the catalog handler
      }),
    );
    const { catalog } = await create();
    await Promise.all([catalog!.listServices({}), catalog!.getService('personalausweis-beantragen'), catalog!.listLifeSituations()]);
    await catalog!.getOffice('oe-buergerbuero-mitte');
    expect(downloads).to.equal(1);
  });

  it('downloads again after a failed attempt', async () => {
    const { catalog } = await create({ retries: 0 });
    worker.use(http.get(CATALOG_PATH, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const error = await catalog!.listServices({}).catch((e: unknown) => e);
    expect(isOzgError(error) && error.kind).to.equal('unavailable');
    expect((await catalog!.listServices({})).length).to.be.greaterThan(0);
  });

  it('lists the services of a life situation and of the situations below it', async () => {
    const { catalog } = await create();
    const all = await catalog!.listServices({});
    const documents = await catalog!.listServices({ lifeSituation: '1070000' });
    const citizens = await catalog!.listServices({ lifeSituation: '1000000' });
    expect(documents.length).to.be.greaterThan(0);
    expect(documents.every((s) => s.lifeSituations.includes('1070000'))).to.equal(true);
    expect(citizens.length).to.be.greaterThan(documents.length);
    expect(citizens.length).to.be.at.most(all.length);
  });

  it('returns summaries in lists and full descriptions by id', async () => {
    const { catalog } = await create();
    const [first] = await catalog!.listServices({});
    expect(first).not.to.have.property('descriptionHtml');
    const full = await catalog!.getService(first!.id);
    expect(full.id).to.equal(first!.id);
    expect(full.descriptionHtml).to.be.a('string');
  });

  it('refuses a configuration without url', () => {
    expect(() => connectorType.parseConfig({ type: 'static-json' })).to.throw();
  });

  it('publishes a JSON Schema that matches the format', () => {
    const generated = z.toJSONSchema(CatalogFile, { io: 'input', unrepresentable: 'any' });
    expect(catalogSchema).to.deep.include({ properties: (generated as { properties: unknown }).properties });
  });

  it('publishes a JSON Schema of form files that matches FormDefinition (npm run schema)', () => {
    const { $schema: _dialect, ...generated } = z.toJSONSchema(FormDefinition, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema: _d, $id: _id, title: _title, description: _description, ...published } = formSchema as Record<string, unknown>;
    expect(published).to.deep.equal(generated);
  });
});
