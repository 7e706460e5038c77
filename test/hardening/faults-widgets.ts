/**
 * How the failing-backends suite drives each widget as a citizen would, up
 * to the request under test and on from there: what counts as the loading
 * state, the failure notice, its retry button, the result, and the input
 * that must survive (typed search text, filled form fields, the tracker's
 * reference and its PIN — in memory only).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoFormFor } from '../../demo/data/forms/index.js';
import { storedSubmissions as fitConnectSubmissions } from '../../demo/mocks/fit-connect/handlers.js';
import { storedSubmissions as municipalSubmissions } from '../../demo/mocks/municipal-rest-handlers.js';
import { compileForm } from '../../src/forms/form-model.js';
import { FormDefinition } from '../../src/index.js';
import type { PollerClock } from '../../src/status/polite-poller.js';
import '../../widgets/application-form/define.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import { formMessages } from '../../widgets/application-form/messages.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import { finderMessages } from '../../widgets/service-finder/messages.js';
import type { OzgServiceFinder } from '../../widgets/service-finder/index.js';
import { statusMessages } from '../../widgets/status-tracker/messages.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { fillStep } from '../e2e/citizen.js';
import { SERVICE, STATUS_CASES, configureConnectors } from './faults-backends.js';

export const startingUrl = location.href;

export function resetUrl(): void {
  history.replaceState(null, '', startingUrl);
}

/** Waits for a view; generous, because a timeout fault takes the connector's whole timeout to show. */
export function waitFor(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 6000 });
}

export interface Drive {
  readonly el: HTMLElement & { readonly updateComplete: Promise<unknown> };
  /** Up to the moment before the request under test. */
  prepare(): Promise<void>;
  /** Makes the request under test: create the element, type, click. */
  trigger(): Promise<void>;
  /** The failure notice, when one shows. */
  failure(): HTMLElement | null;
  retryButton(): HTMLButtonElement | null;
  loading(): boolean;
  /** The result the citizen asked for is shown. */
  shown(): boolean;
  /** Throws unless the citizen's input is intact. */
  checkInput(phase: 'failed' | 'shown'): void;
}

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

function retryIn(notice: Element | null): HTMLButtonElement | null {
  return notice?.querySelector<HTMLButtonElement>('button[part~="retry"]') ?? null;
}

// --- finder ---------------------------------------------------------------------------

function typeInto(el: OzgServiceFinder, text: string): void {
  const input = shadow(el).querySelector<HTMLInputElement>('#search-input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

export function resultIds(el: Element): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.results a[data-service-id]')].map((a) => a.dataset['serviceId']!);
}

export function resultsHeading(el: Element): string {
  return shadow(el).querySelector('.search-results .count, .no-results .count')?.textContent?.trim() ?? '';
}

function searchParam(name: string): string | null {
  return new URL(location.href).searchParams.get(name);
}

function searchInput(el: Element): HTMLInputElement | null {
  return shadow(el).querySelector<HTMLInputElement>('#search-input');
}

export abstract class FinderDrive implements Drive {
  el!: OzgServiceFinder;
  constructor(readonly connector: string) {}
  abstract prepare(): Promise<void>;
  abstract trigger(): Promise<void>;
  abstract shown(): boolean;
  abstract checkInput(phase: 'failed' | 'shown'): void;

  protected async create(): Promise<void> {
    this.el = await fixture<OzgServiceFinder>(html`<ozg-service-finder connector=${this.connector}></ozg-service-finder>`);
  }

  failure(): HTMLElement | null {
    return shadow(this.el).querySelector<HTMLElement>('[role="alert"]');
  }

  retryButton(): HTMLButtonElement | null {
    return retryIn(this.failure());
  }

  loading(): boolean {
    return shadow(this.el).querySelector('.loading') !== null;
  }

  /** The search text is in the field (when the field shows) and in the URL. */
  protected expectQuery(text: string): void {
    expect(searchParam('suche'), 'search text in the URL').to.equal(text);
    const input = searchInput(this.el);
    if (input) expect(input.value, 'search text in the field').to.equal(text);
  }
}

/** The catalog list loads with the element; a search deep link (`?suche=hund`, a reload of a search) must survive. */
export class FinderListDrive extends FinderDrive {
  async prepare(): Promise<void> {
    history.replaceState(null, '', '?suche=hund');
  }
  async trigger(): Promise<void> {
    await this.create();
  }
  override loading(): boolean {
    return shadow(this.el).querySelector('.loading')?.textContent?.includes(finderMessages.format('de', 'finder.loading.catalog')) ?? false;
  }
  shown(): boolean {
    return resultIds(this.el).includes(SERVICE);
  }
  checkInput(phase: 'failed' | 'shown'): void {
    this.expectQuery('hund');
    if (phase === 'shown') expect(searchInput(this.el), 'search field').not.to.equal(null);
  }
}

/** Typing into the finder of a connector that searches remotely. */
export class FinderSearchDrive extends FinderDrive {
  async prepare(): Promise<void> {
    await this.create();
    await waitFor(() => searchInput(this.el), 'the finder did not load');
  }
  async trigger(): Promise<void> {
    typeInto(this.el, 'hund');
  }
  type(text: string): void {
    typeInto(this.el, text);
  }
  shown(): boolean {
    return resultIds(this.el).includes(SERVICE) && resultsHeading(this.el).includes('„hund“');
  }
  checkInput(): void {
    this.expectQuery('hund');
  }
}

/** Opening a service from the results for "hund" (one request per service). */
export class FinderDetailDrive extends FinderDrive {
  async prepare(): Promise<void> {
    history.replaceState(null, '', '?suche=hund');
    await this.create();
    await waitFor(() => resultIds(this.el).includes(SERVICE), 'no results for "hund"');
  }
  async trigger(): Promise<void> {
    this.open(SERVICE);
  }
  open(id: string): void {
    shadow(this.el).querySelector<HTMLAnchorElement>(`.results a[data-service-id="${id}"]`)!.click();
  }
  override loading(): boolean {
    return shadow(this.el).querySelector('.loading')?.textContent?.includes(finderMessages.format('de', 'finder.loading.detail')) ?? false;
  }
  shown(): boolean {
    return this.detailShown(SERVICE);
  }
  detailShown(id: string): boolean {
    return shadow(this.el).querySelector('.detail-title') !== null && searchParam('leistung') === id;
  }
  checkInput(phase: 'failed' | 'shown'): void {
    expect(searchParam('suche'), 'search text in the URL').to.equal('hund');
    expect(searchParam('leistung'), 'open service in the URL').to.equal(SERVICE);
    // A shared link whose catalog failed shows the catalog's failure alone; otherwise there is
    // a way back to the results, which are for the text the citizen typed.
    if (phase === 'failed' && this instanceof FinderDeepLinkDrive) return;
    const back = shadow(this.el).querySelector<HTMLAnchorElement>('.back a, a.back, [part~="back"]');
    expect(back, `a way back (${phase})`).not.to.equal(null);
    expect(new URL(back!.href).searchParams.get('suche')).to.equal('hund');
  }
}

/** A shared link straight into a service (`?suche=hund&leistung=hund-anmelden`): one file holds list and detail. */
export class FinderDeepLinkDrive extends FinderDetailDrive {
  override async prepare(): Promise<void> {
    history.replaceState(null, '', `?suche=hund&leistung=${SERVICE}`);
  }
  override async trigger(): Promise<void> {
    await this.create();
  }
  override loading(): boolean {
    return this.shown() ? false : shadow(this.el).querySelector('.loading') !== null;
  }
}

// --- application form -----------------------------------------------------------------

export const hundDefinition = FormDefinition.parse(demoFormFor(SERVICE));

const formData = (el: OzgApplicationForm) => (el as unknown as { data: Record<string, unknown> }).data;

function formButton(el: Element, text: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
}

/** Answers every step as a citizen would, up to the review page. */
export async function fillToReview(el: OzgApplicationForm, definition: FormDefinition = hundDefinition): Promise<void> {
  const model = compileForm(definition);
  for (let guard = 0; guard < model.steps.length + 2 && !shadow(el).querySelector('.review'); guard++) {
    const title = shadow(el).querySelector('.step-title')!.textContent;
    const index = model.steps.findIndex((s) => s.title === title);
    await fillStep(el, definition, index);
    shadow(el).querySelector<HTMLButtonElement>('form.step button[type="submit"]')!.click();
    await waitFor(
      () => shadow(el).querySelector('.review') || shadow(el).querySelector('.step-title')?.textContent !== title || shadow(el).querySelector('.error-summary'),
      'no next step',
    );
    const summary = shadow(el).querySelector('.error-summary');
    if (summary) throw new Error(`step "${title}" refused: ${summary.textContent}`);
  }
  expect(shadow(el).querySelector('.review'), 'review page').not.to.equal(null);
}

async function createForm(connector: string, service = SERVICE): Promise<OzgApplicationForm> {
  return fixture<OzgApplicationForm>(html`<ozg-application-form connector=${connector} service=${service}></ozg-application-form>`);
}

/** The first step title of a service's demo form. */
export function firstStepOf(serviceId: string): string {
  return compileForm(FormDefinition.parse(demoFormFor(serviceId))).steps[0]!.title;
}

/**
 * Loading the form definition. The citizen had answered the first step
 * (kept as a draft) when the page was reloaded; the reload meets the fault.
 */
export class FormDefinitionDrive implements Drive {
  el!: OzgApplicationForm;
  #answers: Record<string, unknown> = {};
  constructor(readonly connector: string) {}

  async prepare(): Promise<void> {
    const first = await createForm(this.connector);
    await waitFor(() => shadow(first).querySelector('.step-title'), 'the form did not load');
    await fillStep(first, hundDefinition, 0);
    this.#answers = structuredClone(formData(first));
    expect(Object.keys(this.#answers).length, 'answers given').to.be.greaterThan(0);
    first.remove();
    // A reload: new connector instances, nothing cached but the draft.
    configureConnectors();
  }
  async trigger(): Promise<void> {
    this.el = await createForm(this.connector);
  }
  /** Makes the request for another service's form (the finder hands the form a new service). */
  switchTo(serviceId: string): void {
    this.el.setAttribute('service', serviceId);
  }
  failure(): HTMLElement | null {
    return shadow(this.el).querySelector<HTMLElement>('[role="alert"]');
  }
  retryButton(): HTMLButtonElement | null {
    return retryIn(this.failure());
  }
  loading(): boolean {
    return shadow(this.el).querySelector('.loading')?.textContent?.includes(formMessages.format('de', 'form.loading')) ?? false;
  }
  shown(): boolean {
    return shadow(this.el).querySelector('.step-title') !== null;
  }
  checkInput(phase: 'failed' | 'shown'): void {
    const drafts = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? '');
    expect(drafts.some((d) => d.includes(JSON.stringify(this.#answers).slice(1, -1))), 'the draft with the answers').to.equal(true);
    if (phase === 'shown') {
      expect(formData(this.el), 'answers restored').to.deep.equal(this.#answers);
      expect(shadow(this.el).querySelector('.restored'), 'notice of the restored draft').not.to.equal(null);
    }
  }
}

/** Sending the application from the review page. */
export class FormSubmitDrive implements Drive {
  el!: OzgApplicationForm;
  #answers: Record<string, unknown> = {};
  constructor(
    readonly connector: string,
    readonly backend: 'mr' | 'fc',
  ) {}

  async prepare(): Promise<void> {
    this.el = await createForm(this.connector);
    await waitFor(() => shadow(this.el).querySelector('.step-title'), 'the form did not load');
    await fillToReview(this.el);
    this.#answers = structuredClone(formData(this.el));
  }
  async trigger(): Promise<void> {
    formButton(this.el, formMessages.format('de', 'form.submit'))!.click();
  }
  failure(): HTMLElement | null {
    return shadow(this.el).querySelector<HTMLElement>('.submit-error');
  }
  retryButton(): HTMLButtonElement | null {
    return retryIn(this.failure());
  }
  loading(): boolean {
    const button = [...shadow(this.el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) =>
      b.textContent!.includes(formMessages.format('de', 'form.sending')),
    );
    return button?.disabled === true;
  }
  shown(): boolean {
    return shadow(this.el).querySelector('.receipt-reference') !== null;
  }
  reference(): string {
    return shadow(this.el).querySelector('.receipt-reference')!.textContent!.trim();
  }
  /** Applications the backend holds (sent, for FIT-Connect). */
  sentCount(): number {
    return this.backend === 'mr' ? municipalSubmissions().length : fitConnectSubmissions().filter((s) => s.submittedAt !== undefined).length;
  }
  checkInput(phase: 'failed' | 'shown'): void {
    if (phase === 'failed') {
      expect(formData(this.el), 'answers after the failed send').to.deep.equal(this.#answers);
      expect(shadow(this.el).querySelector('.review'), 'still on the review page').not.to.equal(null);
      expect(sessionStorage.length, 'the draft is kept until the application is received').to.be.greaterThan(0);
      return;
    }
    expect(this.sentCount(), 'applications received').to.equal(1);
    if (this.backend === 'mr') {
      // What the authority got is what the citizen entered.
      const received = JSON.stringify(municipalSubmissions()[0]!.metadata.data);
      for (const value of ['Muster', '76990', 'Marktplatz']) expect(received).to.contain(value);
    }
  }
}

// --- status tracker -------------------------------------------------------------------

/** Timers the test fires by advancing time. */
export class TestClock implements PollerClock {
  time = Date.now();
  #timers: { id: number; at: number; callback: () => void }[] = [];
  #id = 0;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    this.#timers.push({ id: ++this.#id, at: this.time + ms, callback });
    return this.#id;
  };
  clearTimeout = (id: unknown) => void (this.#timers = this.#timers.filter((t) => t.id !== id));
  visible = () => true;
  onVisibilityChange = () => () => {};
  /** Moves time on by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.#timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
}

type ValueField = HTMLElement & { value: string };

export class TrackerDrive implements Drive {
  el!: OzgStatusTracker;
  readonly clock = new TestClock();
  constructor(readonly connector: 'mr' | 'fc') {}

  get case() {
    return STATUS_CASES[this.connector];
  }

  async prepare(): Promise<void> {
    this.el = await fixture<OzgStatusTracker>(
      html`<ozg-status-tracker connector=${this.connector} poll-interval="0" .pollClock=${this.clock}></ozg-status-tracker>`,
    );
    await waitFor(() => shadow(this.el).querySelector('#second-factor'), 'the tracker did not load');
    const reference = shadow(this.el).querySelector<ValueField>('#reference')!;
    reference.value = this.case.reference;
    reference.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const pin = shadow(this.el).querySelector<ValueField>('#second-factor')!;
    pin.value = this.case.pin;
    pin.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  lookupButton(): HTMLButtonElement {
    return shadow(this.el).querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!;
  }
  async trigger(): Promise<void> {
    this.lookupButton().click();
  }
  failure(): HTMLElement | null {
    return shadow(this.el).querySelector<HTMLElement>('.lookup-error');
  }
  retryButton(): HTMLButtonElement | null {
    return retryIn(this.failure());
  }
  loading(): boolean {
    return this.lookupButton().disabled && this.lookupButton().textContent!.includes(statusMessages.format('de', 'status.lookingUp'));
  }
  shown(): boolean {
    return shadow(this.el).querySelector('.result .view-title') !== null;
  }
  checkInput(phase: 'failed' | 'shown'): void {
    const { reference, pin } = this.case;
    if (phase === 'failed') {
      expect(shadow(this.el).querySelector<ValueField>('#reference')!.value, 'reference in the field').to.equal(reference);
      expect(shadow(this.el).querySelector<ValueField>('#second-factor')!.value, 'PIN in the field (memory)').to.equal(pin);
    }
    // The PIN stays in memory: never in the URL, the history or any storage.
    expect(location.href, 'URL').not.to.contain(pin);
    expect(JSON.stringify(history.state ?? null), 'history state').not.to.contain(pin);
    for (const storage of [sessionStorage, localStorage]) {
      for (const key of Object.keys(storage)) expect(`${key}=${storage.getItem(key)}`, 'storage').not.to.contain(pin);
    }
    expect(document.cookie, 'cookies').not.to.contain(pin);
  }
}
