import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import { CatalogFile, connectorType } from '../../connectors/static-json/index.js';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { isOzgError } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import catalogSchema from '../../connectors/static-json/catalog.schema.json';

const worker = await startMockWorker(...staticJsonHandlers);
const catalogUrl = new URL(CATALOG_PATH, location.origin).href;
const create = (settings: object = {}) => connectorType.create(connectorType.parseConfig({ type: 'static-json', url: CATALOG_PATH, ...settings }), { name: 't', lookup: () => Promise.reject(new Error('unused')) });

describeConformance({
  name: 'static-json',
  create: (http$) => create(http$),
  mock: { use: (...h) => worker.use(...h), resetHandlers: () => worker.resetHandlers(...staticJsonHandlers) },
  backend: catalogUrl,
  samples: { serviceId: 'personalausweis-beantragen', officeId: 'oe-buergerbuero-mitte' },
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
});
