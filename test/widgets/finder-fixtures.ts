/** Shared set-up for service finder tests: the demo catalog via static-json over msw. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { CATALOG_PATH, FORMS_URL_PATTERN, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { configure, resetConfiguration } from '../../src/index.js';
import '../../connectors/builtin.js';
import '../../widgets/service-finder/define.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';

export const startingUrl = location.href;

export async function setUpFinderBackend() {
  const worker = await startMockWorker(...staticJsonHandlers);
  return worker;
}

export function configureCatalog(): void {
  resetConfiguration();
  configure({ connectors: { stadt: { type: 'static-json', url: CATALOG_PATH, formsUrl: FORMS_URL_PATTERN, retries: 0 } } });
}

export function resetUrl(): void {
  history.replaceState(null, '', startingUrl);
}

/** A finder that has loaded the catalog. */
export async function finder(template = html`<ozg-service-finder connector="stadt"></ozg-service-finder>`): Promise<OzgServiceFinder> {
  const el = await fixture<OzgServiceFinder>(template);
  await waitUntil(() => shadow(el).querySelector('form[role="search"], [role="alert"], .detail'), 'finder did not load', { timeout: 4000 });
  return el;
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function activeInShadow(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Types like a citizen: sets the value and fires input. */
export function type(el: OzgServiceFinder, text: string): void {
  const input = shadow(el).querySelector<HTMLInputElement>('#search-input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Types `text` and waits for the results (or the no-results view). */
export async function searchFor(el: OzgServiceFinder, text: string): Promise<void> {
  type(el, text);
  await waitUntil(() => shadow(el).querySelector('.search-results, .no-results'), `no results for ${text}`, { timeout: 4000 });
}

export function resultNames(el: OzgServiceFinder): string[] {
  return [...shadow(el).querySelectorAll('.results a[data-service-id]')].map((a) => a.textContent!.trim());
}

export function resultIds(el: OzgServiceFinder): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.results a[data-service-id]')].map((a) => a.dataset['serviceId']!);
}

export function liveRegion(el: OzgServiceFinder): string {
  return shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
}
