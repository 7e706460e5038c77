/**
 * The widgets of the hostile-page suite, each brought into the state the
 * suite measures: the finder with search results and with a service's
 * details, the form's first step with its error summary, the tracker with a
 * timeline, the kiosk's start screen and its restart dialog.
 *
 * The test imports this module only after it has taken the page's computed
 * styles without any widget code loaded.
 */
import { waitUntil } from '@open-wc/testing';
import '../../connectors/builtin.js';
import { configure, resetConfiguration, type CaseStatus, type StatusCapability } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import { configureCatalog, setUpFinderBackend, type } from '../widgets/finder-fixtures.js';
import { clickButton, configureForms } from '../widgets/form-fixtures.js';

export interface WidgetState {
  /** The widget element on the page. */
  host: HTMLElement;
  /** What the checks look at: the widget, or its open dialog. */
  scope: Element;
  /** Whose font size is the widget's base size. */
  container: Element;
  /** The smallest base size this widget may have, in px (the default of its size token). */
  base: number;
}

export type StateName = 'finder-results' | 'finder-detail' | 'form-errors' | 'tracker-timeline' | 'kiosk-start' | 'kiosk-dialog';
export const STATE_NAMES: readonly StateName[] = ['finder-results', 'finder-detail', 'form-errors', 'tracker-timeline', 'kiosk-start', 'kiosk-dialog'];

await setUpFinderBackend();
const startingUrl = location.href;

const REFERENCE = 'MS-2026-000123-6';

/** A case in progress with a history and an open request: the timeline with every kind of entry. */
function memoryStatus(): StatusCapability {
  const status: CaseStatus = {
    reference: REFERENCE,
    state: 'action-required',
    serviceName: 'Hund anmelden',
    updatedAt: '2026-11-22T10:00:00Z',
    expectedCompletion: '2026-12-15',
    history: [
      { state: 'submitted', at: '2026-11-20T09:00:00Z' },
      { state: 'delivered', at: '2026-11-20T09:05:00Z', note: 'Eingang bestätigt' },
      { state: 'in-progress', at: '2026-11-21T08:00:00Z' },
      {
        state: 'action-required',
        at: '2026-11-22T10:00:00Z',
        note: 'Es fehlt ein Nachweis.',
        action: { description: 'Bitte reichen Sie den Impfnachweis nach.', dueDate: '2026-12-06' },
      },
    ],
  };
  return { secondFactor: 'pin', getStatus: async () => structuredClone(status) };
}

function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

function mount<T extends HTMLElement>(slot: Element, markup: string): T {
  slot.innerHTML = markup;
  return slot.firstElementChild as T;
}

async function finderWithResults(slot: Element): Promise<HTMLElement> {
  configureCatalog();
  const finder = mount(slot, '<ozg-service-finder connector="stadt"></ozg-service-finder>');
  await waitUntil(() => finder.shadowRoot?.querySelector('#search-input'), 'finder did not load', { timeout: 5000 });
  type(finder as never, 'personalausweis');
  await waitUntil(() => shadow(finder).querySelector('.results a[data-service-id]'), 'no results', { timeout: 5000 });
  return finder;
}

export async function show(name: StateName, slot: Element): Promise<WidgetState> {
  switch (name) {
    case 'finder-results': {
      const host = await finderWithResults(slot);
      return { host, scope: host, container: shadow(host).querySelector('.root')!, base: 16 };
    }
    case 'finder-detail': {
      const host = await finderWithResults(slot);
      const link = shadow(host).querySelector<HTMLAnchorElement>('.results a[data-service-id="personalausweis-beantragen"]');
      if (!link) throw new Error('no result "personalausweis-beantragen"');
      link.click();
      await waitUntil(() => shadow(host).querySelector('.detail-title') && shadow(host).querySelector('.office'), 'detail did not open', { timeout: 5000 });
      return { host, scope: host, container: shadow(host).querySelector('.root')!, base: 16 };
    }
    case 'form-errors': {
      configureForms();
      const host = mount(slot, '<ozg-application-form connector="stadt" service="hund-anmelden"></ozg-application-form>');
      await waitUntil(() => host.shadowRoot?.querySelector('.step-title'), 'form did not load', { timeout: 5000 });
      await waitUntil(() => shadow(host).querySelector('ozg-text-field')?.shadowRoot?.querySelector('input'), 'fields did not load', { timeout: 5000 });
      await clickButton(host as never, 'Weiter');
      await waitUntil(() => shadow(host).querySelector('.error-summary a'), 'no error summary', { timeout: 5000 });
      return { host, scope: host, container: shadow(host).querySelector('.root')!, base: 16 };
    }
    case 'tracker-timeline': {
      resetConfiguration();
      configure({ connectors: { stadt: { type: 'memory', status: memoryStatus() } } });
      const host = mount(slot, '<ozg-status-tracker connector="stadt"></ozg-status-tracker>');
      await waitUntil(() => host.shadowRoot?.querySelector('#reference')?.shadowRoot?.querySelector('input'), 'lookup form did not show', { timeout: 5000 });
      const reference = shadow(host).querySelector<HTMLElement & { value: string }>('#reference')!;
      const pin = shadow(host).querySelector<HTMLElement & { value: string }>('#second-factor')!;
      reference.value = REFERENCE;
      reference.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      pin.value = '4711';
      pin.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      shadow(host).querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!.click();
      await waitUntil(() => shadow(host).querySelector('.timeline li'), 'no timeline', { timeout: 5000 });
      return { host, scope: host, container: shadow(host).querySelector('.root')!, base: 16 };
    }
    case 'kiosk-start':
    case 'kiosk-dialog': {
      configureCatalog();
      configure({ connectors: { status: { type: 'memory', status: memoryStatus() } }, defaultConnector: 'stadt' });
      const host = mount(
        slot,
        `<ozg-kiosk>
          <ozg-service-finder></ozg-service-finder>
          <ozg-application-form service="hund-anmelden"></ozg-application-form>
          <ozg-status-tracker connector="status"></ozg-status-tracker>
        </ozg-kiosk>`,
      );
      await waitUntil(() => host.shadowRoot?.querySelector('.tiles .tile'), 'kiosk start screen did not show', { timeout: 5000 });
      const container = shadow(host).querySelector('.kiosk')!;
      if (name === 'kiosk-start') return { host, scope: host, container, base: 20 };
      const restart = [...shadow(host).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.trim().startsWith('Fertig'));
      if (!restart) throw new Error('no restart button');
      restart.click();
      // The kiosk's dialogs load after its first render.
      await waitUntil(() => shadow(host).querySelector<HTMLDialogElement>('dialog.restart')?.open, 'restart dialog did not open');
      const dialog = shadow(host).querySelector<HTMLDialogElement>('dialog.restart')!;
      return { host, scope: dialog, container: dialog, base: 20 };
    }
  }
}

/** Takes the widget off the page and forgets its configuration, URL and drafts. */
export function clear(slot: Element): void {
  slot.replaceChildren();
  resetConfiguration();
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', startingUrl);
}
