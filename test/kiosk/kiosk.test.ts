/**
 * `<ozg-kiosk>` around the real widgets on the demo backend: start screen,
 * views, the idle warning and the wipe, restart on demand, links that must
 * not leave the terminal, languages, accessibility toggles, touch targets,
 * receipt paper.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MUNICIPAL_REST_BASE, municipalRestHandlers, resetFailedLookups, resetSubmissions } from '../../demo/mocks/municipal-rest-handlers.js';
import '../../connectors/builtin.js';
import { configure, resetConfiguration } from '../../src/index.js';
import '../../src/fields/define-fields.js';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import type { OzgKiosk } from '../../widgets/kiosk/index.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { ManualClock, deepElements, storeEverywhere, typeInto, whereIs } from './kiosk-helpers.js';

await startMockWorker(...municipalRestHandlers);

const MARKER = 'Zyxkiosk4711';
const START_URL = location.href;

function shadow(element: Element | null | undefined): ShadowRoot {
  if (!element?.shadowRoot) throw new Error(`no shadow root on ${element?.localName}`);
  return element.shadowRoot;
}

function button(kiosk: OzgKiosk, text: string): HTMLButtonElement {
  const found = [...shadow(kiosk).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function kioskFixture(attributes = '') {
  const clock = new ManualClock();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes as an editor writes them, parsed by the browser.
  container.innerHTML = `<ozg-kiosk ${attributes}>
      <ozg-service-finder></ozg-service-finder>
      <ozg-application-form service="hund-anmelden"></ozg-application-form>
      <ozg-status-tracker></ozg-status-tracker>
    </ozg-kiosk>`;
  const kiosk = container.querySelector('ozg-kiosk')!;
  kiosk.clock = clock;
  await kiosk.updateComplete;
  return { kiosk, clock };
}

/** The class of the focused element in the kiosk's shadow root (elements themselves make failing assertions hang the runner). */
function focusedIn(kiosk: OzgKiosk): string | undefined {
  return shadow(kiosk).activeElement?.className;
}

function view<K extends keyof HTMLElementTagNameMap>(kiosk: OzgKiosk, name: K): HTMLElementTagNameMap[K] {
  return kiosk.querySelector(name)!;
}

async function openView(kiosk: OzgKiosk, title: string) {
  if (!shadow(kiosk).querySelector('.start')) {
    button(kiosk, 'Übersicht').click();
    await oneEvent(kiosk, 'ozg-kiosk-view');
  }
  button(kiosk, title).click();
  await oneEvent(kiosk, 'ozg-kiosk-view');
}

/** The finder with a search typed in and its results shown. */
async function searchInFinder(kiosk: OzgKiosk, query: string) {
  await openView(kiosk, 'Dienstleistungen finden');
  const finder = view(kiosk, 'ozg-service-finder');
  const input = await waitUntil(() => shadow(finder).querySelector<HTMLInputElement>('input[type="search"]'), 'search box', { timeout: 5000 }).then(
    () => shadow(finder).querySelector<HTMLInputElement>('input[type="search"]')!,
  );
  typeInto(input, query);
  return finder;
}

async function firstTextInput(host: Element): Promise<HTMLInputElement> {
  await waitUntil(() => shadow(host).querySelector('ozg-text-field')?.shadowRoot?.querySelector('input'), `a text field in <${host.localName}>`, { timeout: 5000 });
  return shadow(host).querySelector('ozg-text-field')!.shadowRoot!.querySelector('input')!;
}

describe('ozg-kiosk', function () {
  this.timeout(20_000);

  beforeEach(() => {
    resetSubmissions();
    resetFailedLookups();
    resetConfiguration();
    configure({ connectors: { stadt: { type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', retries: 0 } }, defaultConnector: 'stadt' });
  });
  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', START_URL);
    resetConfiguration();
    sessionStorage.clear();
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  describe('start screen and views', () => {
    it('offers one tile per widget and opens the chosen one alone, focus on it', async () => {
      const { kiosk } = await kioskFixture();
      const tiles = [...shadow(kiosk).querySelectorAll('.tile-title')].map((t) => t.textContent);
      expect(tiles).to.deep.equal(['Dienstleistungen finden', 'Antrag stellen', 'Stand meines Antrags']);
      expect(shadow(kiosk).querySelector('slot')).to.equal(null);

      await openView(kiosk, 'Stand meines Antrags');
      const slot = shadow(kiosk).querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['ozg-status-tracker']);
      expect(view(kiosk, 'ozg-service-finder').getClientRects().length).to.equal(0);
      expect(focusedIn(kiosk)).to.equal('view');
      expect(shadow(kiosk).querySelector('.view')!.getAttribute('aria-label')).to.equal('Stand meines Antrags');

      button(kiosk, 'Übersicht').click();
      await oneEvent(kiosk, 'ozg-kiosk-view');
      expect(focusedIn(kiosk)).to.equal('start-title');
    });

    it('puts the widgets in kiosk mode through the context: in-kiosk hosts, no drafts stored', async () => {
      const { kiosk } = await kioskFixture();
      await openView(kiosk, 'Antrag stellen');
      const form = view(kiosk, 'ozg-application-form');
      expect(form.hasAttribute('in-kiosk')).to.equal(true);
      const input = await firstTextInput(form);
      expect(shadow(form).querySelector('ozg-text-field')!.hasAttribute('in-kiosk')).to.equal(true);
      typeInto(input, MARKER);
      await form.updateComplete;
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('ozg-'))).to.deep.equal([]);
    });

    it('opens the kiosk\'s form from the finder\'s "Antrag hier ausfüllen", for that service', async () => {
      const { kiosk } = await kioskFixture();
      const finder = await searchInFinder(kiosk, 'sperrmüll');
      await waitUntil(() => shadow(finder).querySelector('.results a'), 'results', { timeout: 5000 });
      shadow(finder).querySelector<HTMLAnchorElement>('.results a')!.click();
      await waitUntil(() => shadow(finder).querySelector('[part~="apply"]'), 'the apply button', { timeout: 5000 });
      const opened = oneEvent(kiosk, 'ozg-kiosk-view');
      shadow(finder).querySelector<HTMLAnchorElement>('[part~="apply"]')!.click();
      expect((await opened).detail).to.deep.equal({ view: 'ozg-application-form' });
      const form = view(kiosk, 'ozg-application-form');
      expect(form.getAttribute('service')).to.equal('sperrmuell-anmelden');
      expect(shadow(kiosk).querySelector('slot')!.assignedElements().map((e) => e.localName)).to.deep.equal(['ozg-application-form']);
    });

    it('keeps finder searches out of the history (replaces the entry instead of adding one)', async () => {
      const { kiosk } = await kioskFixture();
      const length = history.length;
      const finder = await searchInFinder(kiosk, 'hund');
      await waitUntil(() => location.search.includes('hund'), 'search in the URL', { timeout: 5000 });
      const link = await waitUntil(() => shadow(finder).querySelector<HTMLAnchorElement>('.results a'), 'a result', { timeout: 5000 }).then(
        () => shadow(finder).querySelector<HTMLAnchorElement>('.results a')!,
      );
      link.click();
      await waitUntil(() => new URLSearchParams(location.search).size > 1 || location.search.includes('leistung'), 'detail in the URL', { timeout: 5000 });
      expect(history.length).to.equal(length);
    });
  });

  describe('idle warning and wipe', () => {
    it('warns after the idle time with a visible countdown; any touch dismisses it and keeps the input', async () => {
      const { kiosk, clock } = await kioskFixture('idle-timeout="90" idle-warning="30"');
      await searchInFinder(kiosk, MARKER);
      clock.advance(89_000);
      const dialog = shadow(kiosk).querySelector<HTMLDialogElement>('dialog.idle')!;
      expect(dialog.open).to.equal(false);
      clock.advance(1_000);
      await kiosk.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('.countdown')!.textContent!.trim()).to.equal('30');
      clock.advance(10_000);
      await kiosk.updateComplete;
      expect(dialog.querySelector('.countdown')!.textContent!.trim()).to.equal('20');
      expect(dialog.querySelector('#idle-text')!.textContent).to.contain('20 Sekunden');
      await expect(kiosk).to.be.accessible();

      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await kiosk.updateComplete;
      expect(dialog.open).to.equal(false);
      clock.advance(29_000);
      expect(await whereIs(MARKER)).to.not.deep.equal([]);
    });

    it('does not count down on an untouched start screen', async () => {
      const { kiosk, clock } = await kioskFixture();
      clock.advance(10 * 60_000);
      await kiosk.updateComplete;
      expect(shadow(kiosk).querySelector<HTMLDialogElement>('dialog.idle')!.open).to.equal(false);
    });

    it('after the warning runs out, no entered personal data remains anywhere the page can read', async () => {
      const { kiosk, clock } = await kioskFixture('lang="de"');
      // Finder search (also in the URL), a form field, the tracker's reference, storage of every kind.
      await searchInFinder(kiosk, MARKER);
      await waitUntil(() => location.href.includes(MARKER), 'search in the URL', { timeout: 5000 });
      await openView(kiosk, 'Antrag stellen');
      typeInto(await firstTextInput(view(kiosk, 'ozg-application-form')), `Erika ${MARKER}`);
      await openView(kiosk, 'Stand meines Antrags');
      typeInto(await firstTextInput(view(kiosk, 'ozg-status-tracker')), MARKER);
      await storeEverywhere(MARKER);
      button(kiosk, 'Hoher Kontrast').click();
      button(kiosk, 'Türkçe').click();
      expect(await whereIs(MARKER)).to.include('URL');

      const reset = oneEvent(kiosk, 'ozg-kiosk-reset');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      clock.advance(90_000 + 30_000);
      expect((await reset).detail).to.deep.equal({ reason: 'idle' });

      expect(await whereIs(MARKER)).to.deep.equal([]);
      expect(kiosk.getAttribute('lang')).to.equal('de');
      expect(kiosk.hasAttribute('contrast')).to.equal(false);
      expect(shadow(kiosk).querySelector('.start-title')).to.not.equal(null);
      expect(focusedIn(kiosk)).to.equal('start-title');
      expect(window.scrollY).to.equal(0);
      // The widgets are new and work again.
      await openView(kiosk, 'Antrag stellen');
      expect((await firstTextInput(view(kiosk, 'ozg-application-form'))).value).to.equal('');
    });

    it('"Fertig – neu beginnen" asks, then wipes; cancel keeps everything', async () => {
      const { kiosk } = await kioskFixture();
      await openView(kiosk, 'Stand meines Antrags');
      typeInto(await firstTextInput(view(kiosk, 'ozg-status-tracker')), MARKER);
      button(kiosk, 'Fertig – neu beginnen').click();
      const dialog = shadow(kiosk).querySelector<HTMLDialogElement>('dialog.restart')!;
      expect(dialog.open).to.equal(true);
      await expect(kiosk).to.be.accessible();
      button(kiosk, 'Abbrechen').click();
      expect(dialog.open).to.equal(false);
      expect(await whereIs(MARKER)).to.not.deep.equal([]);

      button(kiosk, 'Fertig – neu beginnen').click();
      const reset = oneEvent(kiosk, 'ozg-kiosk-reset');
      button(kiosk, 'Ja, alles löschen').click();
      expect((await reset).detail).to.deep.equal({ reason: 'citizen' });
      expect(await whereIs(MARKER)).to.deep.equal([]);
    });

    it('"Jetzt beenden" in the warning wipes at once', async () => {
      const { kiosk, clock } = await kioskFixture('idle-timeout="10" idle-warning="5"');
      await openView(kiosk, 'Stand meines Antrags');
      typeInto(await firstTextInput(view(kiosk, 'ozg-status-tracker')), MARKER);
      clock.advance(10_000);
      await kiosk.updateComplete;
      const endNow = button(kiosk, 'Jetzt beenden');
      const reset = oneEvent(kiosk, 'ozg-kiosk-reset');
      endNow.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      endNow.click();
      await reset;
      expect(await whereIs(MARKER)).to.deep.equal([]);
    });

    it('with wipe-storage="sdk" keeps the page\'s own storage and removes the SDK\'s', async () => {
      const { kiosk } = await kioskFixture('wipe-storage="sdk"');
      await storeEverywhere(MARKER);
      await kiosk.restart();
      expect(localStorage.getItem('page-setting')).to.equal(MARKER);
      expect(localStorage.getItem('ozg-draft:kept')).to.equal(null);
      expect(sessionStorage.getItem('ozg-draft:test')).to.equal(null);
      expect((await indexedDB.databases()).map((d) => d.name)).to.not.include('ozg-kiosk-test');
      expect(await caches.keys()).to.not.include('ozg-responses');
    });
  });

  describe('links that would leave the terminal', () => {
    it('shows an external link as a QR code and address instead of following it, also from a shadow root', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<ozg-kiosk><section kiosk-label="Termine"><p><a href="https://termine.musterstadt.de/buergerbuero/">Termin buchen</a></p></section></ozg-kiosk>`;
      const kiosk = container.querySelector('ozg-kiosk')!;
      await kiosk.updateComplete;
      await openView(kiosk, 'Termine');
      const link = kiosk.querySelector('a')!;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      const dialog = await waitUntil(() => shadow(kiosk).querySelector('ozg-external-link-dialog'), 'the link dialog', { timeout: 5000 }).then(
        () => shadow(kiosk).querySelector('ozg-external-link-dialog')!,
      );
      await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog open', { timeout: 5000 });
      expect(dialog.shadowRoot!.textContent).to.contain('termine.musterstadt.de/buergerbuero');

      // A link inside a widget's shadow root: the service finder's detail links to the online service.
      const host = document.createElement('div');
      host.setAttribute('kiosk-label', 'Schatten');
      host.attachShadow({ mode: 'open' }).innerHTML = '<a href="https://www.example.org/">Woanders</a>';
      kiosk.append(host);
      const inner = host.shadowRoot!.querySelector('a')!;
      const second = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      inner.dispatchEvent(second);
      expect(second.defaultPrevented).to.equal(true);
    });

    it('lets links within the kiosk page and allowed prefixes through, blocks javascript: links', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<ozg-kiosk allowed-links="https://kiosk.musterstadt.de/"><section kiosk-label="Info">
          <a id="same" href="#oben">Nach oben</a>
          <a id="allowed" href="https://kiosk.musterstadt.de/hilfe">Hilfe</a>
          <a id="script" href="javascript:void(0)">Skript</a>
        </section></ozg-kiosk>`;
      const kiosk = container.querySelector('ozg-kiosk')!;
      await kiosk.updateComplete;
      await openView(kiosk, 'Info');
      /** Whether the kiosk stopped the link; the test stops it afterwards in any case, so the page stays. */
      const stoppedByKiosk = (id: string) => {
        let stopped: boolean | undefined;
        container.addEventListener(
          'click',
          (event) => {
            stopped = event.defaultPrevented;
            event.preventDefault();
          },
          { once: true },
        );
        kiosk.querySelector(`#${id}`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        return stopped;
      };
      expect(stoppedByKiosk('same')).to.equal(false);
      expect(stoppedByKiosk('allowed')).to.equal(false);
      expect(stoppedByKiosk('script')).to.equal(true);
      expect(shadow(kiosk).querySelector('ozg-external-link-dialog')).to.equal(null);
    });
  });

  describe('languages and accessibility toggles', () => {
    it('switches every widget to Turkish and Arabic (right to left); the wipe goes back to German', async () => {
      const { kiosk } = await kioskFixture();
      button(kiosk, 'Türkçe').click();
      await waitUntil(() => shadow(kiosk).querySelector('.tile-title')?.textContent === 'Hizmet bulun', 'Turkish tiles', { timeout: 5000 });
      button(kiosk, 'العربية').click();
      await waitUntil(() => shadow(kiosk).querySelector('.tile-title')?.textContent === 'البحث عن خدمة', 'Arabic tiles', { timeout: 5000 });
      expect(kiosk.getAttribute('dir')).to.equal('rtl');
      expect(shadow(kiosk).querySelector('.kiosk')!.getAttribute('dir')).to.equal('rtl');
      await expect(kiosk).to.be.accessible();
      button(kiosk, 'البحث عن خدمة').click();
      await oneEvent(kiosk, 'ozg-kiosk-view');
      const finder = view(kiosk, 'ozg-service-finder');
      await waitUntil(() => shadow(finder).querySelector('.root')?.getAttribute('dir') === 'rtl', 'finder right to left', { timeout: 5000 });
      await kiosk.restart();
      expect(kiosk.hasAttribute('lang')).to.equal(false);
      expect(shadow(kiosk).querySelector('.tile-title')!.textContent).to.equal('Dienstleistungen finden');
    });

    it('text size, high contrast and the reach zone reach into the widgets', async () => {
      const { kiosk } = await kioskFixture();
      await openView(kiosk, 'Stand meines Antrags');
      const tracker = view(kiosk, 'ozg-status-tracker');
      await tracker.updateComplete;
      const size = () => parseFloat(getComputedStyle(tracker).fontSize);
      const base = size();
      expect(base).to.equal(20);
      button(kiosk, 'Schrift größer').click();
      await kiosk.updateComplete;
      expect(size()).to.equal(25);
      button(kiosk, 'Schrift größer').click();
      await kiosk.updateComplete;
      expect(size()).to.equal(30);

      button(kiosk, 'Hoher Kontrast').click();
      await kiosk.updateComplete;
      expect(getComputedStyle(tracker).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(tracker).color).to.equal('rgb(255, 255, 255)');
      await expect(kiosk).to.be.accessible();

      const toolbar = shadow(kiosk).querySelector('.toolbar')!;
      const content = shadow(kiosk).querySelector('.content')!;
      expect(toolbar.getBoundingClientRect().top).to.be.below(content.getBoundingClientRect().top);
      button(kiosk, 'Bedienung unten').click();
      await kiosk.updateComplete;
      expect(toolbar.getBoundingClientRect().top).to.be.above(content.getBoundingClientRect().top);
    });
  });

  describe('touch targets and axe', () => {
    /** Controls a finger must hit; a checkbox or radio counts with its label. */
    function targets(root: Element): { what: string; width: number; height: number }[] {
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="option"]';
      return deepElements(root)
        .filter((element) => element.matches(selector) && element.getClientRects().length > 0)
        .map((element) => {
          const input = element as HTMLInputElement;
          const measured = ['checkbox', 'radio'].includes(input.type) ? (input.labels?.[0] ?? element) : element;
          const box = measured.getBoundingClientRect();
          return { what: `${element.localName} "${(measured.textContent ?? '').trim().slice(0, 30)}" in <${(element.getRootNode() as ShadowRoot).host?.localName}>`, width: box.width, height: box.height };
        });
    }

    it('every control in every view is at least 44 × 44 px, and each view passes axe', async () => {
      const { kiosk } = await kioskFixture();
      const small = () => {
        const all = targets(kiosk);
        // Something was measured: the toolbar alone has eight controls.
        expect(all.length).to.be.above(8);
        return all.filter((t) => t.width < 44 || t.height < 44);
      };
      expect(small()).to.deep.equal([]);
      await expect(kiosk).to.be.accessible();

      await searchInFinder(kiosk, 'hund');
      const finder = view(kiosk, 'ozg-service-finder');
      await waitUntil(() => shadow(finder).querySelector('.results a'), 'results', { timeout: 5000 });
      expect(small()).to.deep.equal([]);
      await expect(kiosk).to.be.accessible();

      await openView(kiosk, 'Antrag stellen');
      await firstTextInput(view(kiosk, 'ozg-application-form'));
      expect(small()).to.deep.equal([]);
      await expect(kiosk).to.be.accessible();

      await openView(kiosk, 'Stand meines Antrags');
      await firstTextInput(view(kiosk, 'ozg-status-tracker'));
      expect(small()).to.deep.equal([]);
      await expect(kiosk).to.be.accessible();
    });
  });

  describe('file dialogs', () => {
    async function fileFieldIn(attributes: string) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<ozg-kiosk ${attributes}><form kiosk-label="Unterlagen"><ozg-file-field name="nachweis" label="Nachweis" required></ozg-file-field></form></ozg-kiosk>`;
      const kiosk = container.querySelector('ozg-kiosk')!;
      await kiosk.updateComplete;
      await openView(kiosk, 'Unterlagen');
      const field = kiosk.querySelector('ozg-file-field')!;
      await (field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return { kiosk, field };
    }

    it('offers no file dialog in a kiosk, but says why; the field stays required', async () => {
      const { kiosk, field } = await fileFieldIn('');
      expect(shadow(field).querySelector('input[type="file"]')).to.equal(null);
      expect(shadow(field).querySelector('.kiosk-notice')!.textContent).to.contain('keine Dateien hochladen');
      expect((field as unknown as { checkValidity(): boolean }).checkValidity()).to.equal(false);
      await expect(kiosk).to.be.accessible();
    });

    it('offers it where the kiosk allows files', async () => {
      const { field } = await fileFieldIn('allow-files');
      expect(shadow(field).querySelector('input[type="file"]')).to.not.equal(null);
      expect(shadow(field).querySelector('.kiosk-notice')).to.equal(null);
    });
  });

  describe('receipt paper', () => {
    const pageRule = () =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
        .find((rule): rule is CSSPageRule => rule instanceof CSSPageRule);

    it('prints on 80 mm paper (or the configured width) while a kiosk is on the page, its controls hidden', async () => {
      const { kiosk } = await kioskFixture();
      expect(pageRule()?.style.getPropertyValue('size')).to.equal('80mm 297mm');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(kiosk).querySelector('.toolbar')!).display).to.equal('none');
      await emulateMedia({ media: 'screen' });
      kiosk.setAttribute('print-width', '58mm');
      await kiosk.updateComplete;
      expect(pageRule()?.style.getPropertyValue('size')).to.equal('58mm 297mm');
      kiosk.remove();
      expect(pageRule()).to.equal(undefined);
    });
  });

  it('does not wipe while nobody is there for less than the idle time', async () => {
    const { kiosk, clock } = await kioskFixture('idle-timeout="90"');
    await openView(kiosk, 'Stand meines Antrags');
    typeInto(await firstTextInput(view(kiosk, 'ozg-status-tracker')), MARKER);
    for (let i = 0; i < 5; i++) {
      clock.advance(80_000);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    }
    await kiosk.updateComplete;
    expect(shadow(kiosk).querySelector<HTMLDialogElement>('dialog.idle')!.open).to.equal(false);
    expect(await whereIs(MARKER)).to.not.deep.equal([]);
  });
});
