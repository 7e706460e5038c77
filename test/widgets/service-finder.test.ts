import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpResponse, delay, http } from 'msw';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { resetConfiguration } from '../../src/index.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import {
  activeInShadow,
  configureCatalog,
  finder,
  liveRegion,
  resetUrl,
  resultIds,
  searchFor,
  setUpFinderBackend,
  shadow,
} from './finder-fixtures.js';

const worker = await setUpFinderBackend();

async function openFirstResult(el: OzgServiceFinder): Promise<string> {
  const link = shadow(el).querySelector<HTMLAnchorElement>('.results a[data-service-id]')!;
  link.click();
  await waitUntil(() => shadow(el).querySelector('.detail-title'), 'detail did not open', { timeout: 4000 });
  return link.dataset['serviceId']!;
}

describe('<ozg-service-finder>', function () {
  this.timeout(15_000);

  beforeEach(() => {
    resetUrl();
    configureCatalog();
  });
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...staticJsonHandlers);
    resetConfiguration();
    resetUrl();
  });

  describe('overview', () => {
    it('offers search, life situations with counts, topics and A–Z, and passes axe', async () => {
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('.tiles'));
      const root = shadow(el);
      expect(root.querySelector('label[for="search-input"]')!.textContent).to.equal('Dienstleistung suchen');
      const tiles = [...root.querySelectorAll('.tile-name')].map((t) => t.textContent);
      expect(tiles).to.include('Ausweise und Dokumente');
      expect(tiles).to.include('Mobilität und Fahrzeuge');
      expect(root.querySelector('.tile-count')!.textContent).to.match(/^\d+ Dienstleistung(en)?$/);
      expect(root.querySelector('.az-link a')!.textContent).to.equal('Alle Dienstleistungen von A bis Z');
      await expect(el).to.be.accessible();
    });

    it('passes axe while the catalog loads', async () => {
      worker.use(
        http.get(CATALOG_PATH, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const el = await fixture<OzgServiceFinder>(html`<ozg-service-finder connector="stadt"></ozg-service-finder>`);
      await waitUntil(() => shadow(el).querySelector('.loading'));
      expect(shadow(el).querySelector('.loading')!.textContent).to.contain('Dienstleistungen werden geladen');
      await expect(el).to.be.accessible();
    });

    it('shows a failed catalog with retry and the fallback content, then recovers', async () => {
      worker.use(http.get(CATALOG_PATH, () => new HttpResponse(null, { status: 503 })));
      const el = await finder(html`<ozg-service-finder connector="stadt"><a href="https://www.musterstadt.example/a-z">Alle Leistungen</a></ozg-service-finder>`);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Dienst nicht erreichbar');
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Alle Leistungen');
      await expect(el).to.be.accessible();
      worker.resetHandlers(...staticJsonHandlers);
      alert.querySelector('button')!.click();
      await waitUntil(() => shadow(el).querySelector('.tiles'));
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });
  });

  describe('browsing', () => {
    it('lists the services of a life situation, focusing its heading, and passes axe', async () => {
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('.tile'));
      const tile = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.tile')].find((t) => t.textContent!.includes('Ausweise und Dokumente'))!;
      tile.click();
      await waitUntil(() => activeInShadow(el)?.classList.contains('view-title'), 'heading not focused');
      expect(activeInShadow(el)!.textContent).to.equal('Ausweise und Dokumente');
      expect(resultIds(el)).to.include('personalausweis-beantragen');
      expect(new URL(location.href).searchParams.get('lebenslage')).to.equal('1070000');
      await expect(el).to.be.accessible();
    });

    it('lists services from A to Z by letter', async () => {
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('.az-link a'));
      shadow(el).querySelector<HTMLAnchorElement>('.az-link a')!.click();
      await waitUntil(() => shadow(el).querySelector('.letters'));
      const letterH = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.letters a')].find((a) => a.textContent === 'H')!;
      letterH.click();
      await waitUntil(() => new URL(location.href).searchParams.get('az') === 'H');
      await waitUntil(() => resultIds(el).includes('hund-anmelden'));
      const names = [...shadow(el).querySelectorAll('.results a')].map((a) => a.textContent!.trim());
      expect(names.every((n) => n.startsWith('H'))).to.equal(true);
      expect([...names].sort((a, b) => a.localeCompare(b, 'de'))).to.deep.equal(names);
      expect(shadow(el).querySelector('.letters a[aria-current="true"]')!.textContent).to.equal('H');
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('finds services as the citizen types, announces the count and keeps the query in the URL', async () => {
      const el = await finder();
      await searchFor(el, 'neuer perso');
      expect(resultIds(el).slice(0, 3)).to.include('personalausweis-beantragen');
      await waitUntil(() => /Treffer für „neuer perso“/.test(liveRegion(el)));
      expect(new URL(location.href).searchParams.get('suche')).to.equal('neuer perso');
      await expect(el).to.be.accessible();
    });

    it('offers suggestions and topics when nothing is found, and passes axe', async () => {
      const el = await finder();
      await searchFor(el, 'qqqxxyz');
      const noResults = shadow(el).querySelector('.no-results')!;
      expect(noResults.textContent).to.contain('Keine Treffer für „qqqxxyz“');
      expect(noResults.querySelector('.tiles')).not.to.equal(null);
      expect(liveRegion(el)).to.contain('Keine Treffer');
      await expect(el).to.be.accessible();
    });

    it('moves between search field and results by keyboard', async () => {
      const el = await finder();
      await searchFor(el, 'ausweis');
      const input = shadow(el).querySelector<HTMLInputElement>('#search-input')!;
      input.focus();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.results a[data-service-id]')];
      expect(activeInShadow(el)).to.equal(links[0]);
      links[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      expect(activeInShadow(el)).to.equal(links[1]);
      links[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      expect(activeInShadow(el)).to.equal(input);
    });

    it('restores a search from the URL on load', async () => {
      history.replaceState(null, '', '?suche=hundemarke');
      const el = await finder();
      await waitUntil(() => resultIds(el).length > 0);
      expect(shadow(el).querySelector<HTMLInputElement>('#search-input')!.value).to.equal('hundemarke');
      expect(resultIds(el).slice(0, 3)).to.include('hund-anmelden');
    });
  });

  describe('detail', () => {
    it('opens a service with all it needs, focuses its heading, and passes axe', async () => {
      const el = await finder();
      await searchFor(el, 'Personalausweis beantragen');
      const opened = oneEvent(el, 'ozg-service-open');
      const id = await openFirstResult(el);
      expect(id).to.equal('personalausweis-beantragen');
      expect(((await opened) as CustomEvent).detail.id).to.equal(id);
      const root = shadow(el);
      await waitUntil(() => activeInShadow(el)?.classList.contains('detail-title'), 'heading not focused');
      expect(activeInShadow(el)!.textContent).to.equal('Personalausweis beantragen');
      expect(new URL(location.href).searchParams.get('leistung')).to.equal(id);
      const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.include.members(['Kosten', 'Erforderliche Unterlagen', 'Fristen', 'Bearbeitungsdauer', 'Rechtsgrundlagen']);
      expect(headings.some((h) => /^Zuständige Stellen?$/.test(h ?? ''))).to.equal(true);
      expect(root.querySelector('.facts')!.textContent).to.match(/\d+,\d\d\s€/);
      expect(root.querySelector('.office .open-state')!.textContent).to.match(/geöffnet|Geschlossen|geschlossen/);
      expect(root.querySelector('.office table.hours th')!.textContent).to.equal('Montag');
      expect(root.querySelector('a[part~="appointment"]')!.getAttribute('href')).to.match(/^https:\/\/termine\.musterstadt\.example\//);
      await expect(el).to.be.accessible();
    });

    it('goes back to the result that was opened, by link and by the browser’s back button', async () => {
      const el = await finder();
      await searchFor(el, 'hund');
      const id = await openFirstResult(el);
      shadow(el).querySelector<HTMLAnchorElement>('.back a')!.click();
      await waitUntil(() => activeInShadow(el)?.getAttribute('data-service-id') === id, 'focus not back on the result');
      expect(new URL(location.href).searchParams.get('leistung')).to.equal(null);
      expect(new URL(location.href).searchParams.get('suche')).to.equal('hund');

      await openFirstResult(el);
      history.back();
      await waitUntil(() => !shadow(el).querySelector('.detail'), 'back button did not close the detail');
      expect(resultIds(el).length).to.be.greaterThan(0);
    });

    it('opens a shared link straight into the detail, with a way back to the overview', async () => {
      history.replaceState(null, '', '?leistung=hund-anmelden');
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('.detail-title'));
      expect(shadow(el).querySelector('.detail-title')!.textContent).to.equal('Hund anmelden');
      expect(shadow(el).querySelector('.back a')!.textContent).to.contain('Zurück zur Übersicht');
    });

    it('reports an unknown service as not found, with a way back', async () => {
      history.replaceState(null, '', '?leistung=gibt-es-nicht');
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Nicht gefunden');
      expect(shadow(el).querySelector('.back a')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('links to another page when detail-target is set', async () => {
      const el = await finder(html`<ozg-service-finder connector="stadt" detail-target="/buergerservice/leistung.html"></ozg-service-finder>`);
      await searchFor(el, 'hund');
      const href = shadow(el).querySelector<HTMLAnchorElement>('.results a[data-service-id]')!.href;
      expect(new URL(href).pathname).to.equal('/buergerservice/leistung.html');
      expect(new URL(href).searchParams.get('leistung')).to.equal(resultIds(el)[0]);
    });

    it('opens the page’s application form for the service', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ozg-service-finder connector="stadt"></ozg-service-finder>
        <ozg-application-form id="antrag" tabindex="-1"></ozg-application-form>
      </div>`);
      const el = wrapper.querySelector('ozg-service-finder')!;
      history.replaceState(null, '', '?leistung=hund-anmelden');
      el.remove();
      wrapper.prepend(el);
      await waitUntil(() => shadow(el).querySelector('a[part~="apply"]'));
      const request = oneEvent(el, 'ozg-apply-request');
      shadow(el).querySelector<HTMLAnchorElement>('a[part~="apply"]')!.click();
      expect(((await request) as CustomEvent).detail).to.deep.equal({ serviceId: 'hund-anmelden', serviceName: 'Hund anmelden' });
      expect(wrapper.querySelector('ozg-application-form')!.getAttribute('service')).to.equal('hund-anmelden');
    });

    it('offers the page’s application form only for services that have one', async () => {
      history.replaceState(null, '', '?leistung=personalausweis-beantragen');
      const el = await finder(html`<ozg-service-finder connector="stadt" form-target="/antrag.html"></ozg-service-finder>`);
      await waitUntil(() => shadow(el).querySelector('.detail-title'));
      expect(shadow(el).querySelector('a[part~="apply"]')).to.equal(null);
      fixtureCleanup();
      history.replaceState(null, '', '?leistung=hund-anmelden');
      const withForm = await finder(html`<ozg-service-finder connector="stadt" form-target="/antrag.html"></ozg-service-finder>`);
      await waitUntil(() => shadow(withForm).querySelector('a[part~="apply"]'));
      expect(new URL(shadow(withForm).querySelector<HTMLAnchorElement>('a[part~="apply"]')!.href).search).to.equal('?leistung=hund-anmelden');
    });

    it('never runs script from backend HTML', async () => {
      const { catalog } = await import('../../demo/data/catalog.js');
      const hostile = structuredClone(catalog);
      hostile.services[0]!.descriptionHtml = '<p>Text</p><img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">x</a><script>window.__pwned=3</script>';
      worker.use(http.get(CATALOG_PATH, () => HttpResponse.json(hostile)));
      history.replaceState(null, '', `?leistung=${hostile.services[0]!.id}`);
      const el = await finder();
      await waitUntil(() => shadow(el).querySelector('.detail .prose'));
      const prose = shadow(el).querySelector('.detail .prose')!;
      expect(prose.querySelector('img, script')).to.equal(null);
      expect(prose.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('URL modes and language', () => {
    it('keeps state in the hash when url-state="hash", ignoring plain anchors', async () => {
      history.replaceState(null, '', '#inhalt');
      const el = await finder(html`<ozg-service-finder connector="stadt" url-state="hash"></ozg-service-finder>`);
      await searchFor(el, 'hund');
      expect(location.hash).to.equal('#suche=hund');
      expect(location.search).to.equal(new URL(document.baseURI).search);
    });

    it('keeps the page’s own query parameters', async () => {
      history.replaceState(null, '', '?id=42');
      const el = await finder();
      await searchFor(el, 'hund');
      const params = new URL(location.href).searchParams;
      expect(params.get('id')).to.equal('42');
      expect(params.get('suche')).to.equal('hund');
    });

    it('speaks English on an English page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ozg-service-finder connector="stadt"></ozg-service-finder></div>`);
      const el = wrapper.querySelector('ozg-service-finder')!;
      // English arrives as a lazy language pack; German shows until then.
      await waitUntil(() => shadow(el).querySelector('label[for="search-input"]')?.textContent === 'Search for a service');
      await waitUntil(() => shadow(el).querySelector('.az-link a'));
      expect(shadow(el).querySelector('.az-link a')!.textContent).to.equal('All services from A to Z');
    });
  });
});
