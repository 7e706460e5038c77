/** The example connector of docs/connectors.md passes the conformance kit against its mock. */
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { connectorType } from './cms-catalog.js';

const base = new URL('/cms-api/', location.origin).href;
const services = [
  { uid: 12, titel: 'Hund anmelden', teaser: 'Hundesteuer anmelden.', text: '<p>Innerhalb eines Monats.</p>', gebuehr: '0,00 EUR', amt: 'steueramt' },
  { uid: 13, titel: 'Sperrmüll anmelden', gebuehr: '25,00 EUR' },
];
const handlers = [
  http.get(`${base}leistungen.json`, () => HttpResponse.json(services)),
  http.get(`${base}aemter/:uid`, ({ params }) =>
    params['uid'] === 'steueramt.json'
      ? HttpResponse.json({ uid: 'steueramt', name: 'Steueramt', strasse: 'Marktplatz 1', plz: '76990', ort: 'Musterstadt', telefon: '07999 133-200' })
      : new HttpResponse(null, { status: 404 }),
  ),
];
const worker = await startMockWorker(...handlers);
const create = (http$: object = {}) =>
  connectorType.create(connectorType.parseConfig({ type: 'cms-catalog', baseUrl: base, ...http$ }), { name: 'cms', lookup: () => Promise.reject(new Error('unused')) });

describeConformance({
  name: 'cms-catalog (example)',
  create,
  mock: { use: (...h) => worker.use(...h), resetHandlers: () => worker.resetHandlers(...handlers) },
  backend: `${base}*`,
  samples: { serviceId: '12', officeId: 'steueramt' },
});

describe('example connector mapping', () => {
  it('maps the CMS shape to the domain model', async () => {
    const { catalog } = await create();
    const hund = await catalog!.getService('12');
    expect(hund).to.deep.include({ name: 'Hund anmelden', summary: 'Hundesteuer anmelden.', officeIds: ['steueramt'] });
    expect(hund.costs).to.deep.equal([{ kind: 'free' }]);
    expect((await catalog!.getService('13')).costs).to.deep.equal([{ kind: 'fixed', amount: { value: 25, currency: 'EUR' } }]);
    expect((await catalog!.getOffice('steueramt')).visitorAddress!.city).to.equal('Musterstadt');
  });
});
