/**
 * The switch: one page runs on the city's own backend, and the same page —
 * changed only in its JSON configuration block — on PVOG (catalog), the
 * city's forms, FIT-Connect (submission) and FIT-Connect's status source.
 * Both configurations drive the same widgets end to end: find a service,
 * apply for it, follow it in the tracker.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { demoFormFor } from '../../demo/data/forms/index.js';
import { FIT_CONNECT_PROXY_BASE, fitConnectHandlers } from '../../demo/mocks/fit-connect/handlers.js';
import { MUNICIPAL_REST_BASE, municipalRestHandlers, resetFailedLookups, resetSubmissions } from '../../demo/mocks/municipal-rest-handlers.js';
import { PVOG_BASE_PATH, pvogHandlers } from '../../demo/mocks/pvog/handlers.js';
import '../../connectors/builtin.js';
import { FormDefinition, resetConfiguration } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { completeForm, lookUpStatus } from './citizen.js';

const handlers = [...municipalRestHandlers, ...pvogHandlers, ...fitConnectHandlers];
const worker = await startMockWorker(...handlers);
const startingUrl = location.href;

/** Every API request the page makes, by path. */
const requests: string[] = [];
worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/demo-api/')) requests.push(`${request.method} ${url.pathname}`);
});

async function demoPage(name: string) {
  const text = await (await fetch(`/demo/${name}`)).text();
  const doc = new DOMParser().parseFromString(text, 'text/html');
  return { text, config: doc.querySelector('script[data-ozg-config]')!, main: doc.querySelector('main')! };
}

const withoutConfig = (text: string) => text.replace(/<script type="application\/json" data-ozg-config>[\s\S]*?<\/script>/, '');

describe('one page, two backends: the switch by configuration only', function () {
  this.timeout(90_000);

  afterEach(() => {
    fixtureCleanup();
    for (const block of document.querySelectorAll('script[data-ozg-config]')) block.remove();
    resetConfiguration();
    resetSubmissions();
    resetFailedLookups();
    worker.resetHandlers(...handlers);
    history.replaceState(null, '', startingUrl);
    sessionStorage.clear();
    requests.length = 0;
  });

  it('has two pages that differ only in their configuration block', async () => {
    const [stadt, land] = await Promise.all([demoPage('wechsel-stadt.html'), demoPage('wechsel-land.html')]);
    expect(withoutConfig(stadt.text)).to.equal(withoutConfig(land.text));
    expect(stadt.config.textContent).not.to.equal(land.config.textContent);
  });

  const setups = [
    { page: 'wechsel-stadt.html', catalog: MUNICIPAL_REST_BASE, submission: `${MUNICIPAL_REST_BASE}submissions`, status: `${MUNICIPAL_REST_BASE}status`, referencePattern: /^MS-\d{4}-\d{6}-\d$/ },
    { page: 'wechsel-land.html', catalog: PVOG_BASE_PATH, submission: `${FIT_CONNECT_PROXY_BASE}submission/`, status: `${FIT_CONNECT_PROXY_BASE}status`, referencePattern: /^[0-9a-f-]{36}$/ },
  ];

  for (const setup of setups) {
    it(`finds, applies and tracks on ${setup.page}`, async () => {
      const { config, main } = await demoPage(setup.page);
      // The page's own configuration block, as the CMS delivers it.
      const block = document.createElement('script');
      block.type = 'application/json';
      block.dataset['ozgConfig'] = '';
      block.textContent = config.textContent;
      document.body.append(block);
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = main.innerHTML;

      // 1. Find the service and open it.
      const finder = page.querySelector<OzgServiceFinder>('ozg-service-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('#search-input'), 'finder did not load', { timeout: 15_000 });
      const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'hundemarke';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => finder.shadowRoot!.querySelector('a[data-service-id="hund-anmelden"]'), 'service not found', { timeout: 15_000 });
      finder.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-service-id="hund-anmelden"]')!.click();

      // 2. "Antrag hier ausfüllen" hands the service to the page's form.
      await waitUntil(() => finder.shadowRoot!.querySelector('a[part~="apply"]'), 'no apply link', { timeout: 15_000 });
      finder.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="apply"]')!.click();
      const form = page.querySelector<OzgApplicationForm>('ozg-application-form')!;
      expect(form.getAttribute('service')).to.equal('hund-anmelden');
      await waitUntil(() => form.shadowRoot!.querySelector('.step-title'), 'form did not load', { timeout: 15_000 });
      const { reference, pin } = await completeForm(form, FormDefinition.parse(demoFormFor('hund-anmelden')));
      expect(reference).to.match(setup.referencePattern);

      // 3. Follow it in the tracker.
      const tracker = page.querySelector<OzgStatusTracker>('ozg-status-tracker')!;
      tracker.pollInterval = 0;
      expect(await lookUpStatus(tracker, reference, pin)).to.equal('Antrag eingereicht');

      // The same widgets talked to different backends.
      expect(requests.some((r) => r.startsWith('GET ') && r.includes(setup.catalog))).to.equal(true);
      expect(requests.some((r) => r.includes(setup.submission))).to.equal(true);
      expect(requests.some((r) => r === `POST ${setup.status}`)).to.equal(true);
    });
  }
});
