import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { OzgError, configure, resetConfiguration, type CaseStatus, type ReferenceFormat, type StatusCapability, type StatusQuery } from '../../src/index.js';
import type { PollerClock } from '../../src/status/polite-poller.js';
import '../../widgets/status-tracker/define.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';

const startingUrl = location.href;

/** MS-2026-000123-7 style, check digit = last digit of the serial sum (simple, for the test). */
const format: ReferenceFormat = {
  example: 'MS-2026-000123-6',
  normalize: (input) => {
    const compact = input.toUpperCase().replace(/[\s–—-]+/g, '').replace(/^MS/, '');
    const digits = compact.replace(/[OQ]/g, '0').replace(/[IL|]/g, '1');
    return /^\d{11}$/.test(digits) ? `MS-${digits.slice(0, 4)}-${digits.slice(4, 10)}-${digits.slice(10)}` : input.trim().toUpperCase();
  },
  isValid: (ref) => {
    const match = /^MS-(\d{4})-(\d{6})-(\d)$/.exec(ref);
    return !!match && [...match[2]!].reduce((sum, d) => sum + Number(d), 0) % 10 === Number(match[3]);
  },
};

const REF = 'MS-2026-000123-6';

function caseWith(state: CaseStatus['state'], extra: Partial<CaseStatus> = {}): CaseStatus {
  const history: CaseStatus['history'] = [{ state: 'submitted', at: '2026-11-20T09:00:00Z' }];
  if (state !== 'submitted') history.push({ state: 'delivered', at: '2026-11-20T09:05:00Z', note: 'Eingang bestätigt' });
  if (['in-progress', 'action-required', 'completed', 'rejected'].includes(state)) history.push({ state: 'in-progress', at: '2026-11-21T08:00:00Z' });
  if (state === 'action-required') {
    history.push({ state, at: '2026-11-22T10:00:00Z', note: 'Es fehlt ein Nachweis.', action: { description: 'Bitte reichen Sie den Impfnachweis nach.', dueDate: '2026-12-06' } });
  }
  if (state === 'completed') history.push({ state, at: '2026-11-24T12:00:00Z', note: 'Die Hundesteuermarke kommt per Post.' });
  if (state === 'rejected') history.push({ state, at: '2026-11-24T12:00:00Z', reason: 'Der Hund ist nicht in Musterstadt gemeldet.' });
  return { reference: REF, state, serviceName: 'Hund anmelden', updatedAt: history.at(-1)!.at, history, ...extra };
}

class Backend implements StatusCapability {
  readonly secondFactor = 'pin' as const;
  readonly reference = format;
  queries: StatusQuery[] = [];
  current: CaseStatus = caseWith('in-progress', { expectedCompletion: '2026-12-15' });
  failure: OzgError | undefined;
  async getStatus(query: StatusQuery): Promise<CaseStatus> {
    this.queries.push(query);
    if (this.failure) throw this.failure;
    if (query.reference !== REF || query.secondFactor?.value !== '4711') throw new OzgError('not-found', 'no case');
    return structuredClone(this.current);
  }
}

/** Timers the test fires by hand, and a visibility switch. */
class ManualClock implements PollerClock {
  time = Date.parse('2026-11-25T10:00:00Z');
  isVisible = true;
  timers: { id: number; at: number; callback: () => void }[] = [];
  listeners = new Set<() => void>();
  #id = 0;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => (this.timers.push({ id: ++this.#id, at: this.time + ms, callback }), this.#id);
  clearTimeout = (id: unknown) => void (this.timers = this.timers.filter((t) => t.id !== id));
  visible = () => this.isVisible;
  onVisibilityChange = (listener: () => void) => (this.listeners.add(listener), () => this.listeners.delete(listener));
  fireNext() {
    const next = this.timers.sort((a, b) => a.at - b.at).shift();
    if (!next) return false;
    this.time = next.at;
    next.callback();
    return true;
  }
  setVisible(visible: boolean) {
    this.isVisible = visible;
    for (const l of this.listeners) l();
  }
}

function inShadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

async function tracker(backend: Backend, clock = new ManualClock(), attrs = html`<ozg-status-tracker connector="stadt" .pollClock=${clock}></ozg-status-tracker>`) {
  configure({ connectors: { stadt: { type: 'memory', status: backend } } });
  const el = await fixture<OzgStatusTracker>(attrs);
  await waitUntil(() => el.shadowRoot!.querySelector('form.lookup'), 'form did not show');
  return el;
}

async function lookUp(el: OzgStatusTracker, reference: string, pin: string) {
  const ref = inShadow<HTMLElement & { value: string }>(el, '#reference');
  const factor = inShadow<HTMLElement & { value: string }>(el, '#second-factor');
  ref.value = reference;
  ref.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  factor.value = pin;
  factor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inShadow<HTMLButtonElement>(el, 'form.lookup button[type="submit"]').click();
  await el.updateComplete;
}

describe('<ozg-status-tracker>', function () {
  this.timeout(15_000);

  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
    history.replaceState(null, '', startingUrl);
  });

  it('asks for reference and PIN, with the format as hint, and passes axe', async () => {
    const el = await tracker(new Backend());
    expect(inShadow(el, '#reference').getAttribute('hint')).to.contain(format.example);
    expect(inShadow(el, '#second-factor').getAttribute('label')).to.equal('PIN');
    await expect(el).to.be.accessible();
  });

  it('tidies a mistyped reference before asking, and refuses an impossible one without a request', async () => {
    const backend = new Backend();
    const el = await tracker(backend);
    await lookUp(el, 'ms 2O26-OOO123 6', '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'));
    expect(backend.queries[0]!.reference).to.equal(REF);
    fixtureCleanup();
    const second = new Backend();
    const el2 = await tracker(second);
    await lookUp(el2, 'MS-2026-000123-5', '4711');
    await waitUntil(() => inShadow(el2, '#reference').getAttribute('show-errors') !== null);
    expect(second.queries).to.deep.equal([]);
    expect((inShadow(el2, '#reference') as HTMLElement & { error: string }).error).to.contain('kann es nicht geben');
    await expect(el2).to.be.accessible();
  });

  for (const state of ['submitted', 'delivered', 'in-progress', 'action-required', 'completed', 'rejected', 'withdrawn'] as const) {
    it(`shows the state "${state}" as a plain-language timeline and passes axe`, async () => {
      const backend = new Backend();
      backend.current = caseWith(state);
      const el = await tracker(backend);
      const shown = oneEvent(el, 'ozg-status');
      await lookUp(el, REF, '4711');
      expect(((await shown) as CustomEvent).detail).to.deep.equal({ reference: REF, state });
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('view-title'), 'result heading not focused');
      const labels: Record<string, string> = {
        submitted: 'Antrag eingereicht',
        delivered: 'Bei der Behörde eingegangen',
        'in-progress': 'In Bearbeitung',
        'action-required': 'Rückfrage der Behörde',
        completed: 'Abgeschlossen',
        rejected: 'Abgelehnt',
        withdrawn: 'Zurückgezogen',
      };
      expect(inShadow(el, '.view-title').textContent).to.equal(labels[state]);
      expect(el.shadowRoot!.querySelectorAll('.timeline li[aria-current="step"]').length).to.equal(1);
      if (state === 'action-required') {
        const action = inShadow(el, '.action').textContent!;
        expect(action).to.contain('Impfnachweis');
        expect(action).to.contain('6. Dezember 2026');
      }
      if (state === 'rejected') expect(inShadow(el, '[part="reason"]').textContent).to.contain('nicht in Musterstadt gemeldet');
      const upcoming = el.shadowRoot!.querySelectorAll('.timeline .upcoming').length;
      expect(upcoming > 0).to.equal(!['completed', 'rejected', 'withdrawn'].includes(state));
      await expect(el).to.be.accessible();
    });
  }

  it('marks the expected completion as a target, not a promise', async () => {
    const el = await tracker(new Backend());
    await lookUp(el, REF, '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.expected'));
    expect(inShadow(el, '.expected').textContent).to.contain('Richtwert, keine Zusage');
  });

  it('says when reference and PIN match no case, and passes axe', async () => {
    const el = await tracker(new Backend());
    await lookUp(el, REF, '0000');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('lookup-error'));
    expect(inShadow(el, '.lookup-error').textContent).to.contain('Kein Antrag gefunden');
    await expect(el).to.be.accessible();
  });

  it('shows too many lookups as a wait, not as an error, and blocks the button meanwhile', async () => {
    const backend = new Backend();
    backend.failure = new OzgError('unavailable', '429', { status: 429, retryAfterSeconds: 120 });
    const clock = new ManualClock();
    const el = await tracker(backend, clock);
    await lookUp(el, REF, '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.rate-limited'));
    expect(inShadow(el, '.rate-limited').textContent).to.contain('in 2 Minuten wieder');
    expect(inShadow(el, '.rate-limited').textContent).not.to.contain('Dienst nicht erreichbar');
    expect(inShadow<HTMLButtonElement>(el, 'form.lookup button[type="submit"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fills the reference from a deep link and keeps the PIN out of the URL', async () => {
    history.replaceState(null, '', `?ref=${REF}`);
    const backend = new Backend();
    const el = await tracker(backend);
    expect((inShadow(el, '#reference') as HTMLElement & { value: string }).value).to.equal(REF);
    await lookUp(el, REF, '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'));
    expect(location.search).to.equal(`?ref=${REF}`);
    expect(location.href).not.to.contain('4711');
  });

  it('polls while visible, announces a change, stops when hidden and on a final state', async () => {
    const backend = new Backend();
    const clock = new ManualClock();
    const el = await tracker(backend, clock);
    await lookUp(el, REF, '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'));
    expect(clock.timers.length).to.equal(1);
    // Nothing new: a check, then a longer pause.
    clock.fireNext();
    await waitUntil(() => backend.queries.length === 2);
    await waitUntil(() => clock.timers.length === 1);
    // Hidden: no timer at all.
    clock.setVisible(false);
    expect(clock.timers.length).to.equal(0);
    clock.setVisible(true);
    expect(clock.timers.length).to.equal(1);
    // A change is announced.
    backend.current = caseWith('action-required');
    clock.fireNext();
    await waitUntil(() => inShadow(el, '.view-title').textContent === 'Rückfrage der Behörde');
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.includes('Neuer Stand: Rückfrage der Behörde'));
    // A final state ends polling.
    backend.current = caseWith('completed');
    await waitUntil(() => clock.timers.length === 1);
    clock.fireNext();
    await waitUntil(() => inShadow(el, '.view-title').textContent === 'Abgeschlossen');
    expect(clock.timers.length).to.equal(0);
  });

  it('refreshes on demand and starts over for another application', async () => {
    const backend = new Backend();
    const el = await tracker(backend);
    await lookUp(el, REF, '4711');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'));
    const refresh = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Jetzt aktualisieren'))!;
    refresh.click();
    await waitUntil(() => backend.queries.length === 2);
    const another = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Anderen Antrag'))!;
    another.click();
    await waitUntil(() => el.shadowRoot!.querySelector('form.lookup'));
    expect((inShadow(el, '#second-factor') as HTMLElement & { value: string }).value).to.equal('');
    expect(location.search).to.equal(new URL(startingUrl).search);
  });
});
