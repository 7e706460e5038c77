/**
 * What the CSP suite does with each widget on a demo page, as a citizen would: the finder
 * searches and opens a service (with its sanitized HTML description), the form shows its first
 * step and, on "Weiter" with nothing filled in, the error summary, the tracker looks up a demo
 * case, the kiosk opens each of its views — with its on-screen keyboard and an external link
 * shown as a QR code. Each driver checks that the widget really rendered what it should, so a
 * page cannot pass by showing nothing.
 *
 * Everything runs in the frame's own realm: events are made with the frame's constructors.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DEMO_CASES } from '../../demo/mocks/fit-connect/demo-cases.js';
import { DEMO_STATUS_CASES } from '../../demo/mocks/municipal-rest-demo-cases.js';
import type { CspFrame, FrameWindow } from './csp-frame.js';

/** One counted interaction: `run` does it; the caller flushes violations afterwards under `label`. */
export type Step = (label: string, run: () => Promise<void>) => Promise<void>;

export interface DriveContext {
  page: CspFrame;
  step: Step;
}

/** The widgets the suite can drive; a demo page with another `ozg-*` element fails until it gets a driver. */
export const DRIVEN_WIDGETS = ['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker', 'ozg-kiosk'] as const;

const TIMEOUT = 15_000;
/** A query every demo catalog (the city's own and PVOG's) answers with "Hund anmelden". */
const QUERY = 'hundemarke';

function rootOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root: not rendered`);
  return element.shadowRoot;
}

/** Waits for `selector` in `element`'s shadow root and returns it. */
async function shown<T extends Element = HTMLElement>(element: Element, selector: string, what: string): Promise<T> {
  try {
    await waitUntil(() => element.shadowRoot?.querySelector(selector), '', { timeout: TIMEOUT });
  } catch {
    const showing = (element.shadowRoot?.textContent ?? '(nothing)').replace(/\s+/g, ' ').trim().slice(0, 300);
    throw new Error(`<${element.localName}>: ${what} (${selector}) not shown; it shows: ${showing}`);
  }
  return element.shadowRoot!.querySelector<T>(selector)!;
}

function fire(win: FrameWindow, target: EventTarget, type: 'input' | 'change'): void {
  const event = type === 'input' ? new win.InputEvent('input', { bubbles: true, composed: true }) : new win.Event('change', { bubbles: true, composed: true });
  target.dispatchEvent(event);
}

/** The page's `data-ozg-config` block. */
function pageConfig(page: CspFrame): { connectors: Record<string, { type: string; status?: string }>; defaultConnector?: string } {
  const block = page.document.querySelector('script[data-ozg-config]');
  if (!block?.textContent) throw new Error(`${page.document.URL}: no configuration block`);
  return JSON.parse(block.textContent);
}

/** The connector type that answers status lookups for `tracker`, following a composite's `status`. */
function statusConnectorType(page: CspFrame, tracker: Element): string {
  const config = pageConfig(page);
  let name = tracker.getAttribute('connector') ?? config.defaultConnector;
  for (let hops = 0; name && hops < 3; hops++) {
    const connector = config.connectors[name];
    if (!connector) break;
    if (connector.type !== 'composite') return connector.type;
    name = connector.status;
  }
  throw new Error(`cannot tell which connector answers the tracker's lookups (connector ${String(name)})`);
}

/** A fixed demo case of the tracker's backend: what a visitor types. */
function demoCaseFor(page: CspFrame, tracker: Element): { reference: string; secret: string } {
  const type = statusConnectorType(page, tracker);
  if (type === 'municipal-rest') return { reference: DEMO_STATUS_CASES[0]!.reference, secret: DEMO_STATUS_CASES[0]!.pin };
  if (type === 'fit-connect') return { reference: DEMO_CASES[0]!.caseId, secret: DEMO_CASES[0]!.pin };
  throw new Error(`no demo case for a status connector of type ${type}`);
}

// ------------------------------------------------------------------------------------ finder

/** Types `QUERY` (or lets `type` do it) and waits for the results. */
async function searchFinder(context: DriveContext, finder: Element, type?: (input: HTMLInputElement) => Promise<void>): Promise<void> {
  const { page, step } = context;
  await step('finder: search', async () => {
    const input = await shown<HTMLInputElement>(finder, '#search-input', 'search field');
    // Typed key by key, the finder searches for the first letters too: wait for the whole query.
    const searched = new Promise<{ query: string; count: number }>((resolve) => {
      const onSearch = (event: Event) => {
        const detail = (event as CustomEvent<{ query: string; count: number }>).detail;
        if (detail.query !== QUERY) return;
        finder.removeEventListener('ozg-search', onSearch);
        resolve(detail);
      };
      finder.addEventListener('ozg-search', onSearch);
    });
    if (type) await type(input);
    else {
      input.value = QUERY;
      fire(page.window, input, 'input');
    }
    expect((await searched).count, `results for "${QUERY}"`).to.be.greaterThan(0);
    await shown(finder, '#results a[data-service-id]', `results for "${QUERY}"`);
  });
}

async function openFirstService(context: DriveContext, finder: Element): Promise<void> {
  await context.step('finder: open service detail', async () => {
    rootOf(finder).querySelector<HTMLAnchorElement>('#results a[data-service-id]')!.click();
    await shown(finder, '.detail .detail-title', 'service detail');
    // The description is backend HTML, shown after sanitizing: real elements, not escaped text.
    const prose = await shown(finder, '.detail .prose', 'sanitized description');
    expect(prose.querySelector('p, ul, ol, strong'), 'sanitized HTML of the description').to.exist;
    expect(prose.textContent!.trim().length).to.be.greaterThan(20);
  });
}

export async function driveFinder(context: DriveContext, finder: Element): Promise<void> {
  await searchFinder(context, finder);
  await openFirstService(context, finder);
}

// ------------------------------------------------------------------------------------ form

/** Gives the form a service the way the page would: the finder's "apply here", else a `?leistung=` link of the page. */
async function chooseService(context: DriveContext, form: Element): Promise<void> {
  const { page } = context;
  // The form reads `?leistung=` when it connects; the finder's later `?leistung=` is its own state.
  if (form.getAttribute('service')) return;
  const finder = page.document.querySelector('ozg-service-finder');
  const apply = finder?.shadowRoot?.querySelector<HTMLAnchorElement>('a[part~="apply"]');
  if (apply) {
    await context.step('finder: apply here', async () => {
      apply.click();
      expect(form.getAttribute('service'), 'service handed to the form').to.be.a('string').and.not.equal('');
    });
    return;
  }
  const link = page.document.querySelector<HTMLAnchorElement>('a[href*="leistung="]');
  if (!link) throw new Error('the form has no service and the page offers none');
  form.setAttribute('service', new URL(link.href).searchParams.get('leistung')!);
}

export async function driveForm(context: DriveContext, form: Element): Promise<void> {
  await chooseService(context, form);
  await context.step('form: first step', async () => {
    const title = await shown(form, '.step-title', 'first step');
    expect(title.textContent!.trim()).not.to.equal('');
    expect(rootOf(form).querySelectorAll('form.step [data-pointer]').length, 'fields of the first step').to.be.greaterThan(0);
  });
  await context.step('form: "Weiter" with empty fields', async () => {
    const next = rootOf(form).querySelector<HTMLButtonElement>('form.step button[type="submit"]')!;
    expect(next.textContent!.trim()).to.equal('Weiter');
    next.click();
    const summary = await shown(form, '.error-summary', 'error summary');
    expect(summary.querySelectorAll('a').length, 'problems listed').to.be.greaterThan(0);
  });
}

// ------------------------------------------------------------------------------------ tracker

export async function driveTracker(context: DriveContext, tracker: Element): Promise<void> {
  const { page } = context;
  await context.step('tracker: look up a demo case', async () => {
    const { reference, secret } = demoCaseFor(page, tracker);
    const referenceField = await shown<HTMLElement & { value: string }>(tracker, '#reference', 'lookup form');
    const factor = await shown<HTMLElement & { value: string }>(tracker, '#second-factor', 'second factor');
    referenceField.value = reference;
    fire(page.window, referenceField, 'change');
    factor.value = secret;
    fire(page.window, factor, 'input');
    rootOf(tracker).querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!.click();
    await waitUntil(() => tracker.shadowRoot!.querySelector('.view-title, .lookup-error'), 'no answer to the lookup', { timeout: TIMEOUT });
    const error = tracker.shadowRoot!.querySelector('.lookup-error');
    if (error) throw new Error(`lookup failed: ${error.textContent!.trim()}`);
    expect(tracker.shadowRoot!.querySelector('.view-title')!.textContent!.trim()).not.to.equal('');
  });
}

// ------------------------------------------------------------------------------------ kiosk

/** Taps the field and types with the kiosk's on-screen keyboard, key by key, as a citizen would. */
async function typeOnScreen(page: CspFrame, kiosk: Element, input: HTMLInputElement, text: string): Promise<void> {
  await page.tap(input);
  let focused: Element | null = page.document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  expect(focused, 'the tapped field has focus').to.equal(input);
  const keyboard = await shown(kiosk, 'ozg-on-screen-keyboard[open]', 'on-screen keyboard');
  await waitUntil(() => keyboard.shadowRoot?.querySelector('button.key.char'), 'keyboard without keys', { timeout: TIMEOUT });
  for (const char of text) {
    const key = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.key.char')].find((button) => button.textContent!.trim() === char);
    if (!key) throw new Error(`no key "${char}" on the on-screen keyboard`);
    await page.tap(key);
  }
  expect(input.value).to.equal(text);
  // The kiosk makes room for the keyboard through the CSSOM (a custom property), which CSP allows.
  expect((kiosk as HTMLElement).style.getPropertyValue('--_kiosk-keyboard-space')).to.match(/^[1-9]\d*px$/);
}

async function showExternalLink(context: DriveContext, kiosk: Element, finder: Element): Promise<void> {
  await context.step('kiosk: external link as QR code', async () => {
    const link = [...rootOf(finder).querySelectorAll<HTMLAnchorElement>('.detail a[href^="https:"]')][0];
    if (!link) throw new Error('the service detail has no external link');
    link.click();
    const dialog = await shown(kiosk, 'ozg-external-link-dialog', 'link dialog');
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog[open] ozg-qr-code')?.shadowRoot?.querySelector('svg path'), 'no QR code shown', {
      timeout: TIMEOUT,
    });
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog[open]'), 'link dialog did not close');
  });
}

export async function driveKiosk(context: DriveContext, kiosk: Element): Promise<void> {
  const { page, step } = context;
  const views = [...kiosk.children].filter((child) => (DRIVEN_WIDGETS as readonly string[]).includes(child.localName));
  await step('kiosk: start screen', async () => {
    await shown(kiosk, '.start .tile', 'start screen');
    expect(rootOf(kiosk).querySelectorAll('.start .tile').length, 'a tile per widget').to.equal(kiosk.children.length);
    expect(views.length, 'widgets in the kiosk').to.be.greaterThan(0);
  });
  for (const [index, view] of views.entries()) {
    await step(`kiosk: open view ${view.localName}`, async () => {
      if (!rootOf(kiosk).querySelector('.start')) {
        const back = oneEvent(kiosk, 'ozg-kiosk-view');
        rootOf(kiosk).querySelector<HTMLButtonElement>('.toolbar button')!.click();
        expect((await back).detail, 'back to the start screen').to.deep.equal({ view: null });
      }
      await shown(kiosk, '.start .tile', 'start screen');
      // The kiosk moves focus to the view after it opened and then says so: wait for that.
      const opened = oneEvent(kiosk, 'ozg-kiosk-view');
      rootOf(kiosk).querySelectorAll<HTMLButtonElement>('.start .tile')[index]!.click();
      expect((await opened).detail).to.deep.equal({ view: view.localName });
      expect(rootOf(kiosk).querySelector('slot')?.assignedElements()).to.deep.equal([view]);
    });
    switch (view.localName) {
      case 'ozg-service-finder':
        await searchFinder(context, view, (input) => typeOnScreen(page, kiosk, input, QUERY));
        await openFirstService(context, view);
        await showExternalLink(context, kiosk, view);
        break;
      case 'ozg-application-form':
        await driveForm(context, view);
        break;
      case 'ozg-status-tracker':
        await driveTracker(context, view);
        break;
      default:
        throw new Error(`no kiosk driver for <${view.localName}>`);
    }
  }
  const toolbarButton = (text: string) => [...rootOf(kiosk).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.includes(text));
  await step('kiosk: switch to Arabic (language pack loaded on demand)', async () => {
    const arabic = toolbarButton('العربية');
    if (!arabic) throw new Error('no Arabic in the kiosk toolbar');
    arabic.click();
    await waitUntil(() => kiosk.getAttribute('dir') === 'rtl' && !toolbarButton('Fertig – neu beginnen'), 'the kiosk did not switch to Arabic', { timeout: TIMEOUT });
  });
  await step('kiosk: wipe everything ("Fertig – neu beginnen")', async () => {
    // The last button of the toolbar, in whatever language the kiosk speaks now.
    [...rootOf(kiosk).querySelectorAll<HTMLButtonElement>('.toolbar button')].at(-1)!.click();
    const confirm = await shown<HTMLButtonElement>(kiosk, 'dialog.restart[open] .dialog-actions button', 'restart question');
    const reset = oneEvent(kiosk, 'ozg-kiosk-reset');
    confirm.click();
    expect((await reset).detail).to.deep.equal({ reason: 'citizen' });
    await shown(kiosk, '.start .tile', 'start screen after the wipe');
    expect(kiosk.children.length, 'widgets put back').to.equal(views.length);
    expect(kiosk.hasAttribute('dir'), 'back in the start language').to.equal(false);
    expect(toolbarButton('Fertig – neu beginnen'), 'German again').to.exist;
  });
}

const isWidget = (element: Element) => element.localName.startsWith('ozg-');

/**
 * The widgets of a page: `ozg-*` elements in the page, or in the shadow root of one of the page's
 * own components (a preview, say) — not the parts of a widget (its fields, a kiosk's children).
 */
function widgetsIn(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    let ancestor = element.parentElement;
    while (ancestor && !isWidget(ancestor)) ancestor = ancestor.parentElement;
    if (ancestor) continue;
    if (isWidget(element)) found.push(element);
    else if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

/**
 * Drives every widget of the page, finders first (one can hand a service to the form). Returns
 * the widgets driven; throws for a page without widgets or an `ozg-*` element without a driver.
 */
export async function driveWidgets(context: DriveContext): Promise<string[]> {
  const doc = context.page.document;
  const registry = context.page.window.customElements;
  const undefinedElements = () => [...doc.querySelectorAll(':not(:defined)')].map((element) => `<${element.localName}>`);
  try {
    // The page's own components first: a widget may appear only once they have rendered.
    await waitUntil(() => undefinedElements().length === 0 && widgetsIn(doc).every((element) => registry.get(element.localName)) && widgetsIn(doc).length > 0, '', {
      timeout: TIMEOUT,
    });
  } catch {
    const pending = [...undefinedElements(), ...widgetsIn(doc).filter((element) => !registry.get(element.localName)).map((element) => `<${element.localName}>`)];
    throw new Error(`${doc.URL}: ${pending.length ? `never defined: ${pending.join(', ')} (boot failed?)` : 'no widget on the page'}`);
  }
  const widgets = widgetsIn(doc);
  const unknown = widgets.filter((element) => !(DRIVEN_WIDGETS as readonly string[]).includes(element.localName));
  if (unknown.length > 0) throw new Error(`no driver for ${unknown.map((e) => `<${e.localName}>`).join(', ')}`);
  const order: readonly string[] = DRIVEN_WIDGETS;
  const driven: string[] = [];
  for (const element of widgets.sort((a, b) => order.indexOf(a.localName) - order.indexOf(b.localName))) {
    if (element.localName === 'ozg-service-finder') await driveFinder(context, element);
    if (element.localName === 'ozg-application-form') await driveForm(context, element);
    if (element.localName === 'ozg-status-tracker') await driveTracker(context, element);
    if (element.localName === 'ozg-kiosk') await driveKiosk(context, element);
    driven.push(element.localName);
  }
  return driven;
}
