/**
 * The finder builds its own search index (MiniSearch with the German layer,
 * src/search/) only for a connector without a search of its own. With one
 * that searches itself (PVOG's Suchdienst) the index module is never
 * downloaded — which is why `npm run size` leaves it out of the finder's
 * total with PVOG (`notLoadedWith` in scripts/size-budgets.json).
 *
 * Checked with the page's resource timing, in a test file of its own (each
 * runs in a fresh page), like test/connectors/lazy-connector-parts.test.ts.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { configure, registerConnectorType, resetConfiguration, type CatalogCapability, type ServiceSummary } from '../../src/index.js';
import '../../widgets/service-finder/define.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import { memoryCatalog } from '../helpers/fake-connectors.js';
import { resultNames, searchFor } from './finder-fixtures.js';

performance.setResourceTimingBufferSize(10_000);
const INDEX_MODULE = '/src/search/service-index.ts';
const indexLoaded = () => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(INDEX_MODULE));

const NAMES = ['Personalausweis beantragen', 'Hund anmelden', 'Wohnsitz anmelden'];

/** The memory catalog plus a search of its own, as PVOG's Suchdienst offers one; counts its calls. */
function searchingCatalog(): CatalogCapability & { searches: string[] } {
  const catalog = memoryCatalog(NAMES);
  const searches: string[] = [];
  return {
    ...catalog,
    searches,
    async searchServices(query) {
      searches.push(query.text);
      const all: ServiceSummary[] = await catalog.listServices({});
      const items = all.filter((s) => s.name.toLowerCase().includes(query.text.toLowerCase()));
      return { items, total: items.length };
    },
  };
}

describe('<ozg-service-finder> search index, loaded only when needed', function () {
  this.timeout(10_000);
  const start = location.href;
  const searching = searchingCatalog();
  registerConnectorType('searching', { parseConfig: (c) => c as { type: string }, create: () => ({ type: 'searching', catalog: searching }) });
  registerConnectorType('listing', { parseConfig: (c) => c as { type: string }, create: () => ({ type: 'listing', catalog: memoryCatalog(NAMES) }) });

  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
    history.replaceState(null, '', start);
  });

  // Order matters: the first test must run before any index was loaded in this page.
  it('never downloads the index with a connector that searches itself', async () => {
    configure({ connectors: { c: { type: 'searching' } } });
    const el = await fixture<OzgServiceFinder>(html`<ozg-service-finder connector="c"></ozg-service-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form[role="search"]'), 'finder did not load', { timeout: 4000 });
    await searchFor(el, 'hund');
    expect(resultNames(el)).to.deep.equal(['Hund anmelden']);
    expect(searching.searches).to.include('hund');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.results a[data-service-id]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.detail-title'), 'detail did not open', { timeout: 4000 });
    expect(indexLoaded()).to.equal(false);
  });

  it('downloads it for a connector that only lists its catalog, and finds with it', async () => {
    configure({ connectors: { c: { type: 'listing' } } });
    const el = await fixture<OzgServiceFinder>(html`<ozg-service-finder connector="c"></ozg-service-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form[role="search"]'), 'finder did not load', { timeout: 4000 });
    await searchFor(el, 'hundemarke');
    expect(resultNames(el)).to.include('Hund anmelden');
    expect(indexLoaded()).to.equal(true);
  });
});
