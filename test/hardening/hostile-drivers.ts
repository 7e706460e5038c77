/**
 * Drives the widgets through their states the way a citizen does (typing,
 * clicking links and buttons), on whatever data the hostile backends serve.
 * After every state `onState` is called, which scans the DOM.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { MARKER_SYNONYM, keys, slotWord, typedIntoInput, type World } from './hostile-world.js';

const WAIT = { timeout: 20_000, interval: 5 };

export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A polling clock that never fires: the tracker shows a result without asking again. */
export const stoppedClock = {
  now: () => Date.now(),
  setTimeout: () => 0,
  clearTimeout: () => undefined,
  visible: () => true,
  onVisibilityChange: () => () => undefined,
};

// --- finder ---------------------------------------------------------------------------------

export async function mountFinder(connector: string, urlState: 'query' | 'off' = 'off'): Promise<OzgServiceFinder> {
  const el = await fixture<OzgServiceFinder>(html`<ozg-service-finder connector=${connector} limit="1000" url-state=${urlState}></ozg-service-finder>`);
  await waitUntil(() => shadowOf(el).querySelector('.browse, [role="alert"], .detail, .detail-title'), 'finder did not load', WAIT);
  return el;
}

export function searchInput(el: OzgServiceFinder): HTMLInputElement {
  return one<HTMLInputElement>(shadowOf(el), '#search-input');
}

export async function searchFor(el: OzgServiceFinder, text: string): Promise<void> {
  const input = searchInput(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  // The results of this query, not those still showing from the one before (or the error view).
  await waitUntil(
    () =>
      shadowOf(el).querySelector('.search-results:not(.stale) .count, .no-results .count')?.textContent?.includes(`„${text}“`) ||
      shadowOf(el).querySelector('[role="alert"]'),
    `no results for ${text}`,
    WAIT,
  );
}

/** Searches, and fails when the search shows an error instead of results. */
async function searchListing(el: OzgServiceFinder, text: string): Promise<void> {
  await searchFor(el, text);
  const alert = shadowOf(el).querySelector('[role="alert"]');
  if (alert) throw new Error(`search for ${text} failed: ${alert.textContent!.replace(/\s+/g, ' ').trim()}`);
}

function resultLinks(el: OzgServiceFinder): HTMLAnchorElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLAnchorElement>('a[data-service-id]')];
}

/**
 * Overview; every life situation with the detail of each of its services
 * in `detailsOf` (and its office); every category; A–Z by every letter;
 * search results.
 */
export async function browseFinder(el: OzgServiceFinder, world: World, onState: (what: string) => void, detailsOf: ReadonlySet<number>): Promise<string[]> {
  const problems: string[] = [];
  const root = shadowOf(el);
  await waitUntil(() => root.querySelector('.browse'), 'overview did not show', WAIT);
  onState('finder overview');

  const tileCount = root.querySelectorAll('.browse a.tile').length;
  const expectedTiles = world.lifeSituations.length + world.categories.length;
  if (tileCount !== expectedTiles) problems.push(`overview shows ${tileCount} tiles, expected ${expectedTiles}`);
  const opened = new Set<string>();
  for (let i = 0; i < tileCount; i++) {
    const tile = root.querySelectorAll<HTMLAnchorElement>('.browse a.tile')[i]!;
    tile.click();
    await waitUntil(() => root.querySelector('.list .view-title'), 'list did not open', WAIT);
    onState('finder list');
    // The services of a life situation, each opened from its list (a topic lists the same services again).
    const wanted = new Set([...detailsOf].flatMap((slot) => [world.slots.get(slot)?.service.id, world.slots.get(slot)?.['service-no-office'].id]));
    const ids = resultLinks(el).map((a) => a.dataset['serviceId']!).filter((id) => wanted.has(id) && !opened.has(id));
    for (const id of ids) {
      opened.add(id);
      problems.push(...(await openDetail(el, id, onState)));
      await waitUntil(() => root.querySelector('.list .view-title') && !root.querySelector('.detail'), 'list did not come back', WAIT);
    }
    one<HTMLAnchorElement>(root, '.list .back a').click();
    await waitUntil(() => root.querySelector('.browse'), 'overview did not come back', WAIT);
  }
  const unopened = [...detailsOf].filter((slot) => world.slots.has(slot)).flatMap((slot) => [world.slots.get(slot)!.service, world.slots.get(slot)!['service-no-office']]).filter((s) => !opened.has(s.id));
  if (unopened.length) problems.push(`${unopened.length} services are in no list, e.g. ${JSON.stringify(unopened[0]!.id.slice(0, 40))}`);

  // A–Z, every letter that has services.
  one<HTMLAnchorElement>(root, '.az-link a').click();
  await waitUntil(() => root.querySelector('.letters'), 'A–Z did not open', WAIT);
  const letters = [...root.querySelectorAll<HTMLAnchorElement>('.letters a')].map((a) => a.textContent!.trim());
  for (const letter of letters) {
    [...root.querySelectorAll<HTMLAnchorElement>('.letters a')].find((a) => a.textContent!.trim() === letter)!.click();
    await waitUntil(() => root.querySelector('.letters a[aria-current="true"]')?.textContent?.trim() === letter, `letter ${letter}`, WAIT);
    onState('finder A–Z');
  }

  // Search: every hostile service carries the marker synonym.
  await searchListing(el, MARKER_SYNONYM);
  const found = new Set(resultLinks(el).map((a) => a.dataset['serviceId']));
  const missing = world.services.filter((s) => !found.has(s.id));
  if (missing.length) problems.push(`search for "${MARKER_SYNONYM}" missed ${missing.length} services, e.g. ${JSON.stringify(missing[0]!.id.slice(0, 40))}`);
  onState('finder search results');
  return problems;
}

/**
 * For a catalog without life situation lists (PVOG's CSV has no Lebenslagen):
 * overview, A–Z, search results, and the detail of each service in
 * `detailsOf` from a search for its vector's own word.
 */
export async function browseBySearch(el: OzgServiceFinder, world: World, onState: (what: string) => void, detailsOf: ReadonlySet<number>): Promise<string[]> {
  const problems: string[] = [];
  const root = shadowOf(el);
  await waitUntil(() => root.querySelector('.browse'), 'overview did not show', WAIT);
  onState('finder overview');
  one<HTMLAnchorElement>(root, '.az-link a').click();
  await waitUntil(() => root.querySelector('.letters'), 'A–Z did not open', WAIT);
  const letters = [...root.querySelectorAll<HTMLAnchorElement>('.letters a')].map((a) => a.textContent!.trim());
  for (const letter of letters) {
    [...root.querySelectorAll<HTMLAnchorElement>('.letters a')].find((a) => a.textContent!.trim() === letter)!.click();
    await waitUntil(() => root.querySelector('.letters a[aria-current="true"]')?.textContent?.trim() === letter, `letter ${letter}`, WAIT);
    onState('finder A–Z');
  }
  await searchListing(el, MARKER_SYNONYM);
  // The backend's search answers one page (the finder asks for 100).
  const shown = resultLinks(el).map((a) => a.dataset['serviceId']);
  const known = new Set(world.services.map((s) => s.id));
  if (shown.length < Math.min(100, known.size) || shown.some((id) => !known.has(id!))) {
    problems.push(`search for "${MARKER_SYNONYM}" shows ${shown.length} of ${known.size} services`);
  }
  onState('finder search results');
  for (const slot of [...world.slots.keys()].filter((slot) => detailsOf.has(slot))) {
    await searchListing(el, slotWord(slot));
    const instances = world.slots.get(slot)!;
    // The service with its office (the variant without one differs in a single text module).
    for (const id of [instances.service.id]) {
      problems.push(...(await openDetail(el, id, onState)));
      await waitUntil(() => root.querySelector('.search-results'), 'results did not come back', WAIT);
    }
  }
  return problems;
}

/** Clicks the link of service `id` in the list shown, checks the detail (with its offices), goes back. */
async function openDetail(el: OzgServiceFinder, id: string, onState: (what: string) => void): Promise<string[]> {
  const root = shadowOf(el);
  const link = resultLinks(el).find((a) => a.dataset['serviceId'] === id);
  if (!link) return [`no link to service ${JSON.stringify(id.slice(0, 40))}`];
  link.click();
  await waitUntil(() => root.querySelector('.detail-title, [role="alert"]'), 'detail did not open', WAIT);
  const problems: string[] = [];
  // Offices load with the detail; an office that failed would show its own error inside.
  const alert = root.querySelector('[role="alert"]');
  if (alert) problems.push(`service ${JSON.stringify(id.slice(0, 40))}: ${alert.textContent!.replace(/\s+/g, ' ').trim()}`);
  onState('finder detail');
  const back = root.querySelector<HTMLAnchorElement>('.back a');
  if (!back) throw new Error('no way back from the detail');
  back.click();
  await waitUntil(() => !root.querySelector('.detail'), 'the detail did not close', WAIT);
  return problems;
}

/** Opens each service from the search results, checks its detail, goes back. */
export async function openDetails(el: OzgServiceFinder, ids: readonly string[], onState: (what: string) => void): Promise<string[]> {
  const problems: string[] = [];
  await searchListing(el, MARKER_SYNONYM);
  for (const id of ids) {
    problems.push(...(await openDetail(el, id, onState)));
    await waitUntil(() => shadowOf(el).querySelector('.search-results'), 'results did not come back', WAIT);
  }
  return problems;
}

// --- form -----------------------------------------------------------------------------------

export async function mountForm(connector: string, serviceId: string): Promise<OzgApplicationForm> {
  const el = await fixture<OzgApplicationForm>(
    html`<ozg-application-form connector=${connector} service=${serviceId} draft="off" status-target="/status.html"></ozg-application-form>`,
  );
  await waitUntil(() => shadowOf(el).querySelector('.step-title, .notice, [role="alert"]'), 'form did not load', WAIT);
  return el;
}

async function setField(el: OzgApplicationForm, pointer: string, value: unknown): Promise<void> {
  const target = [...shadowOf(el).querySelectorAll<HTMLElement & { value: unknown; checked?: boolean }>('[data-pointer]')].find(
    (e) => e.dataset['pointer'] === pointer,
  );
  if (!target) throw new Error(`no field ${pointer}`);
  if (target.dataset['kind'] === 'checkbox') target.checked = value === true;
  else target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function continueButton(el: OzgApplicationForm): HTMLButtonElement {
  return one<HTMLButtonElement>(shadowOf(el), 'form.step .actions button[type="submit"]');
}

async function next(el: OzgApplicationForm, expect: 'step' | 'errors' | 'review'): Promise<void> {
  const root = shadowOf(el);
  const before = root.querySelector('.progress-text')?.textContent;
  continueButton(el).click();
  await el.updateComplete;
  if (expect === 'errors') await waitUntil(() => root.querySelector('.error-summary'), 'no error summary', WAIT);
  if (expect === 'step') await waitUntil(() => root.querySelector('.progress-text')?.textContent !== before && !root.querySelector('.error-summary'), 'step did not change', WAIT);
  if (expect === 'review') await waitUntil(() => root.querySelector('.review'), 'review did not show', WAIT);
}

/**
 * Every step (first with the error summary, then filled in), a cross-field
 * rule's message, the review page and the receipt. `enumValue` is the first
 * option value of the checkbox list, which may itself be injected.
 */
export async function applyThroughForm(el: OzgApplicationForm, enumValue: string, onState: (what: string) => void): Promise<void> {
  const root = shadowOf(el);
  onState('form step 1');
  await next(el, 'errors');
  onState('form step 1 with errors');
  await setField(el, '/G60000001/F60000228', 'Erika');
  await setField(el, '/G60000001/F60000227', 'Mustermann');
  await setField(el, '/G60000001/G60000086', { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt', addition: '' });
  await next(el, 'step');
  onState('form step 2');
  await setField(el, '/G10000001/F10000001', 'Bello');
  await setField(el, '/G10000001/F10000003', 'tierheim');
  await setField(el, '/G10000001/F10000005', '3');
  await setField(el, '/G10000002/0/F10000010', 'Rex');
  await next(el, 'errors');
  onState('form step 2 with the rule message');
  await setField(el, '/G10000001/F10000002', '2020-03-14');
  await setField(el, '/G10000001/F10000004', 'true');
  await setField(el, '/G10000001/F10000006', [enumValue]);
  await setField(el, '/G10000001/F10000007', 'r1');
  await setField(el, '/G10000002/0/F10000011', 'Pudel');
  await next(el, 'step');
  onState('form step 3');
  await setField(el, '/F10000099', true);
  await next(el, 'review');
  onState('form review');
  one<HTMLButtonElement>(root, '.actions button.button:not(.secondary)').click();
  await waitUntil(() => root.querySelector('.receipt, .submit-error'), 'nothing after sending', WAIT);
  onState('form receipt');
}

export async function reachReview(el: OzgApplicationForm, enumValue: string): Promise<void> {
  await setField(el, '/G60000001/F60000228', 'Erika');
  await setField(el, '/G60000001/F60000227', 'Mustermann');
  await setField(el, '/G60000001/G60000086', { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt', addition: '' });
  await next(el, 'step');
  await setField(el, '/G10000001/F10000001', 'Bello');
  await setField(el, '/G10000001/F10000003', 'zucht');
  await setField(el, '/G10000001/F10000006', [enumValue]);
  await setField(el, '/G10000002/0/F10000010', 'Rex');
  await next(el, 'step');
  await setField(el, '/F10000099', true);
  await next(el, 'review');
}

// --- tracker --------------------------------------------------------------------------------

export async function mountTracker(connector: string): Promise<OzgStatusTracker> {
  const el = await fixture<OzgStatusTracker>(html`<ozg-status-tracker connector=${connector} url-state="off" .pollClock=${stoppedClock}></ozg-status-tracker>`);
  await waitUntil(() => shadowOf(el).querySelector('form.lookup'), 'lookup form did not show', WAIT);
  return el;
}

export function lookupButton(el: OzgStatusTracker): HTMLButtonElement {
  return one<HTMLButtonElement>(shadowOf(el), 'form.lookup button[type="submit"]');
}

/** Types reference and PIN and looks up; resolves with the result or the lookup error shown. */
export async function lookUp(el: OzgStatusTracker, reference: string, pin: string): Promise<void> {
  const root = shadowOf(el);
  const ref = one<HTMLElement & { value: string }>(root, '#reference');
  const factor = one<HTMLElement & { value: string }>(root, '#second-factor');
  ref.value = typedIntoInput(reference);
  ref.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  factor.value = pin;
  factor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  lookupButton(el).click();
  await el.updateComplete;
  await waitUntil(() => root.querySelector('.result, .lookup-error'), 'lookup gave nothing', WAIT);
}

/** The case with action required, then (via "look up another") the rejected one. */
export async function trackCases(el: OzgStatusTracker, world: World, slot: number, onState: (what: string) => void): Promise<string[]> {
  const problems: string[] = [];
  const root = shadowOf(el);
  const instances = world.slots.get(slot)!;
  await lookUp(el, instances.case.reference, keys.pin(slot));
  if (!root.querySelector('.result')) problems.push(`case: ${root.querySelector('.lookup-error')!.textContent!.replace(/\s+/g, ' ').trim()}`);
  onState('tracker result with action required');
  const another = [...root.querySelectorAll<HTMLButtonElement>('button.secondary')].at(-1);
  if (root.querySelector('.result') && another) {
    another.click();
    await waitUntil(() => root.querySelector('form.lookup'), 'lookup form did not come back', WAIT);
    onState('tracker lookup form again');
  }
  await lookUp(el, instances['case-rejected'].reference, keys.pinRejected(slot));
  if (!root.querySelector('.result')) problems.push(`rejected case: ${root.querySelector('.lookup-error')!.textContent!.replace(/\s+/g, ' ').trim()}`);
  onState('tracker result rejected');
  return problems;
}
