/**
 * The three widgets inside an element with `lang="tr"` speak Turkish, with
 * `lang="ar"` Arabic, right to left (the rendered root and the form fields in
 * it), and pass axe in Arabic. None of them shows German chrome then: every
 * text node and label is compared with the German catalogs.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { OzgError, configure, resetConfiguration, type CaseStatus, type StatusCapability, type StatusQuery } from '../../src/index.js';
import '../../widgets/status-tracker/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { configureCatalog, resetUrl, setUpFinderBackend, shadow, type } from '../widgets/finder-fixtures.js';
import { clickButton, configureForms, field, inShadow, resetForms } from '../widgets/form-fixtures.js';
import { SHARED_CATALOGS, germanShown } from './i18n-helpers.js';

const worker = await setUpFinderBackend();

const FINDER = ['../../widgets/service-finder/messages.ts', ...SHARED_CATALOGS];
const FORM = ['../../widgets/application-form/messages.ts', ...SHARED_CATALOGS];
const STATUS = ['../../widgets/status-tracker/messages.ts', '../../widgets/status-tracker/timeline-messages.ts', ...SHARED_CATALOGS];

/** Same in German and the other languages. */
const SAME = ['PIN', 'Telefon'];

/** The widget inside `<div lang=…>`, as on a page or in the kiosk. */
async function inLanguage<T extends HTMLElement>(language: string, widget: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${language}>${widget}</div>`);
  return wrapper.firstElementChild as T;
}

function root(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.root')!;
}

function text(el: HTMLElement, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** `n` as Intl writes it in `language` (Arabic digits depend on the browser's CLDR data). */
const num = (language: string, n: number) => n.toLocaleString(language);

describe('widgets in Turkish and Arabic', function () {
  this.timeout(20_000);

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...staticJsonHandlers);
    resetConfiguration();
    resetForms();
    resetUrl();
  });

  describe('<ozg-service-finder>', () => {
    beforeEach(() => configureCatalog());

    it('speaks Turkish, left to right, with lang="tr"', async () => {
      const el = await inLanguage<OzgServiceFinder>('tr', html`<ozg-service-finder connector="stadt"></ozg-service-finder>`);
      await waitUntil(() => text(el, 'label[for="search-input"]') === 'Hizmet arayın', 'Turkish did not arrive', { timeout: 5000 });
      await waitUntil(() => shadow(el).querySelector('.tile-count'), 'the overview did not load', { timeout: 5000 });
      expect(root(el).getAttribute('lang')).to.equal('tr');
      expect(root(el).getAttribute('dir')).to.equal('ltr');
      expect(text(el, '.az-link a')).to.equal('A’dan Z’ye tüm hizmetler');
      expect(text(el, '.tile-count')).to.match(/^\d+ hizmet$/);
      expect(await germanShown(el, FINDER, SAME)).to.deep.equal([]);
    });

    it('speaks Arabic, right to left, with lang="ar", in the overview, the results and a service, and passes axe', async () => {
      const el = await inLanguage<OzgServiceFinder>('ar', html`<ozg-service-finder connector="stadt"></ozg-service-finder>`);
      await waitUntil(() => text(el, 'label[for="search-input"]') === 'البحث عن خدمة', 'Arabic did not arrive', { timeout: 5000 });
      await waitUntil(() => shadow(el).querySelector('.tile-count'), 'the overview did not load', { timeout: 5000 });
      expect(root(el).getAttribute('lang')).to.equal('ar');
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(shadow(el).querySelector('#search-input')!).direction).to.equal('rtl');
      expect(text(el, '.az-link a')).to.equal('جميع الخدمات من A إلى Z');
      expect(text(el, '.tile-count')).to.match(/\p{Script=Arabic}/u);
      expect(await germanShown(el, FINDER, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      type(el, 'hund');
      await waitUntil(() => shadow(el).querySelector('.results a[data-service-id]'), 'no results', { timeout: 5000 });
      const count = shadow(el).querySelectorAll('.results a[data-service-id]').length;
      expect(count).to.be.greaterThan(0);
      expect(shadow(el).textContent).to.contain('«hund»');
      expect(await germanShown(el, FINDER, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      shadow(el).querySelector<HTMLAnchorElement>('.results a[data-service-id]')!.click();
      await waitUntil(() => shadow(el).querySelector('.detail-title'), 'the service did not open', { timeout: 5000 });
      await waitUntil(() => shadow(el).querySelector('.office'), 'the offices did not load', { timeout: 5000 });
      const headings = [...shadow(el).querySelectorAll('h2, h3, h4')].map((h) => h.textContent!.trim());
      expect(headings).to.include('الرسوم');
      expect(headings.some((h) => ['الجهة المختصة', 'الجهات المختصة', 'الجهتان المختصتان'].includes(h))).to.equal(true);
      expect(text(el, '[part="back-link"], .back a')).to.contain('العودة إلى نتائج البحث');
      // The backend's German texts are marked as German, so screen readers read them with a German voice.
      const prose = [...shadow(el).querySelectorAll('.detail .prose, .detail .lead')];
      expect(prose.length).to.be.above(0);
      expect(prose.map((p) => p.getAttribute('lang'))).to.satisfy((langs: (string | null)[]) => langs.every((l) => l === 'de'));
      // German content keeps its order: phone numbers left to right, paragraphs by their own words.
      const phone = shadow(el).querySelector<HTMLElement>('.contact a[href^="tel:"]');
      expect(phone, 'an office with a phone number').to.exist;
      expect(getComputedStyle(phone!).direction).to.equal('ltr');
      const paragraph = shadow(el).querySelector<HTMLElement>('.prose p')!;
      expect(getComputedStyle(paragraph).unicodeBidi).to.equal('plaintext');
      expect(await germanShown(el, FINDER, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('<ozg-application-form>', () => {
    const form = html`<ozg-application-form connector="stadt" service="hund-anmelden" status-target="/status.html"></ozg-application-form>`;

    it('speaks Turkish, left to right, with lang="tr"', async () => {
      configureForms();
      const el = await inLanguage<OzgApplicationForm>('tr', form);
      await waitUntil(() => text(el, '.progress-text') === 'Adım 1 / 4', 'Turkish did not arrive', { timeout: 5000 });
      expect(root(el).getAttribute('lang')).to.equal('tr');
      expect(root(el).getAttribute('dir')).to.equal('ltr');
      const address = field(el, '/G60000001/G60000086');
      await waitUntil(() => address.shadowRoot?.textContent?.includes('Posta kodu'), 'the address field is not Turkish');
      await clickButton(el, 'İleri');
      await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error summary');
      expect(text(el, '.error-summary')).to.contain('Lütfen bu alanı doldurun.');
      expect(await germanShown(el, FORM, SAME)).to.deep.equal([]);
    });

    it('speaks Arabic, right to left — the widget and its fields — with lang="ar", and passes axe', async () => {
      configureForms();
      const el = await inLanguage<OzgApplicationForm>('ar', form);
      await waitUntil(() => text(el, '.progress-text') === `الخطوة ${num('ar', 1)} من ${num('ar', 4)}`, 'Arabic did not arrive', { timeout: 5000 });
      expect(root(el).getAttribute('lang')).to.equal('ar');
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      const address = field(el, '/G60000001/G60000086');
      await waitUntil(() => address.shadowRoot?.textContent?.includes('الرمز البريدي'), 'the address field is not Arabic');
      const input = address.shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).direction).to.equal('rtl');
      // The first part (street) starts on the right in Arabic.
      const parts = [...address.shadowRoot!.querySelectorAll<HTMLElement>('.part')].map((part) => part.getBoundingClientRect());
      expect(parts[0]!.right).to.be.greaterThan(parts[1]!.right);
      await expect(el).to.be.accessible();

      await clickButton(el, 'التالي');
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'), 'the error summary did not get focus');
      expect(text(el, '.error-summary')).to.contain('يُرجى ملء هذا الحقل.');
      const first = field(el, '/G60000001/F60000228');
      await waitUntil(() => first.shadowRoot?.textContent?.includes('خطأ:'), 'the field error is not Arabic');
      expect(await germanShown(el, FORM, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('<ozg-status-tracker>', () => {
    const REF = 'MS-2026-000123-6';
    class Backend implements StatusCapability {
      readonly secondFactor = 'pin' as const;
      readonly reference = { example: REF, normalize: (input: string) => input.trim().toUpperCase(), isValid: (ref: string) => /^MS-\d{4}-\d{6}-\d$/.test(ref) };
      async getStatus(query: StatusQuery): Promise<CaseStatus> {
        if (query.reference !== REF || query.secondFactor?.value !== '4711') throw new OzgError('not-found', 'no case');
        return {
          reference: REF,
          state: 'action-required',
          serviceName: 'Hund anmelden',
          updatedAt: '2026-11-22T10:00:00Z',
          expectedCompletion: '2026-12-15',
          history: [
            { state: 'submitted', at: '2026-11-20T09:00:00Z' },
            { state: 'delivered', at: '2026-11-20T09:05:00Z' },
            { state: 'in-progress', at: '2026-11-21T08:00:00Z' },
            { state: 'action-required', at: '2026-11-22T10:00:00Z', action: { description: 'Bitte reichen Sie den Impfnachweis nach.', dueDate: '2026-12-06' } },
          ],
        };
      }
    }

    async function tracker(language: string): Promise<OzgStatusTracker> {
      configure({ connectors: { stadt: { type: 'memory', status: new Backend() } } });
      const el = await inLanguage<OzgStatusTracker>(language, html`<ozg-status-tracker connector="stadt"></ozg-status-tracker>`);
      await waitUntil(() => el.shadowRoot!.querySelector('form.lookup'), 'the form did not show', { timeout: 5000 });
      return el;
    }

    async function lookUp(el: OzgStatusTracker): Promise<void> {
      const reference = inShadow<HTMLElement & { value: string }>(el, '#reference');
      const pin = inShadow<HTMLElement & { value: string }>(el, '#second-factor');
      reference.value = REF;
      reference.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      pin.value = '4711';
      pin.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inShadow<HTMLButtonElement>(el, 'form.lookup button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'no timeline', { timeout: 5000 });
    }

    it('speaks Turkish, left to right, with lang="tr"', async () => {
      const el = await tracker('tr');
      await waitUntil(() => text(el, '.form-title') === 'Başvurunuzun durumu', 'Turkish did not arrive', { timeout: 5000 });
      expect(root(el).getAttribute('dir')).to.equal('ltr');
      expect(inShadow(el, '#reference').getAttribute('label')).to.equal('Dosya numarası (Aktenzeichen)');
      await lookUp(el);
      await waitUntil(() => text(el, '.view-title') === 'Kurumun bir sorusu var', 'the timeline is not Turkish', { timeout: 5000 });
      expect(text(el, '.timeline')).to.contain('İşlemde');
      expect(text(el, '.action')).to.contain('6 Aralık 2026');
      expect(await germanShown(el, STATUS, SAME)).to.deep.equal([]);
    });

    it('speaks Arabic, right to left, with lang="ar", in the lookup and the timeline, and passes axe', async () => {
      const el = await tracker('ar');
      await waitUntil(() => text(el, '.form-title') === 'حالة طلبك', 'Arabic did not arrive', { timeout: 5000 });
      expect(root(el).getAttribute('lang')).to.equal('ar');
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(inShadow(el, '#reference').shadowRoot!.querySelector('input')!).direction).to.equal('rtl');
      expect(await germanShown(el, STATUS, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      await lookUp(el);
      await waitUntil(() => text(el, '.view-title') === 'استفسار من الجهة المختصة', 'the timeline is not Arabic', { timeout: 5000 });
      expect(text(el, '.timeline')).to.contain('قيد المعالجة');
      expect(text(el, '.action')).to.contain(new Date('2026-12-06T12:00:00Z').toLocaleDateString('ar', { dateStyle: 'long', timeZone: 'UTC' }));
      // The timeline's line and markers sit on the right, where Arabic starts.
      const event = el.shadowRoot!.querySelector<HTMLElement>('.timeline .event')!;
      const marker = event.querySelector<HTMLElement>('.marker')!.getBoundingClientRect();
      const title = event.querySelector<HTMLElement>('.event-title')!.getBoundingClientRect();
      expect(marker.left).to.be.greaterThan(title.right - 1);
      expect(await germanShown(el, STATUS, SAME)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
});
