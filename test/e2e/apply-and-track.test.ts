/**
 * End to end on the demo backend: each demo form is filled the way a citizen
 * would, sent through the municipal-rest connector to the msw backend, and
 * the receipt's reference and PIN are then followed in the status tracker
 * while the mock case advances.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { demoForms } from '../../demo/data/forms/index.js';
import {
  MUNICIPAL_REST_BASE,
  municipalRestHandlers,
  resetFailedLookups,
  resetSubmissions,
  storedSubmissionCount,
  useManualClock,
  useRealClock,
} from '../../demo/mocks/municipal-rest-handlers.js';
import '../../connectors/builtin.js';
import { visibleFields, type FieldInstance } from '../../src/forms/form-data.js';
import { compileForm } from '../../src/forms/form-model.js';
import { FormDefinition, configure, resetConfiguration } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/status-tracker/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';

const worker = await startMockWorker(...municipalRestHandlers);

/** A plausible answer for a field, as a citizen of Musterstadt would give it. */
function answer(instance: FieldInstance): unknown {
  const { node } = instance;
  switch (node.kind) {
    case 'email':
      return 'erika.mustermann@example.org';
    case 'phone':
      return '07999 133-100';
    case 'postcode':
      return '76990';
    case 'iban':
      return 'DE89370400440532013000';
    case 'date':
      return node.constraints.maxDate && node.constraints.maxDate < '2020-01-01' ? node.constraints.maxDate : '2020-03-14';
    case 'number':
      return String(node.constraints.minimum ?? 1);
    case 'radio':
    case 'select':
      return node.options![0]!.value;
    case 'checkboxes':
      return [node.options![0]!.value];
    case 'yes-no':
      return 'true';
    case 'checkbox':
      return true;
    case 'address':
      return { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt', addition: '' };
    default: {
      // For a pattern, the first of some real-looking answers that fits it.
      const pattern = node.constraints.pattern;
      const candidates = ['Muster', 'MS-AB 123', 'MS AB 123', '276098106543219', '12345678', '12345', 'Musterangabe'];
      if (pattern) return candidates.find((c) => new RegExp(`^(?:${pattern})$`, 'u').test(c)) ?? 'Muster';
      return node.constraints.minLength && node.constraints.minLength > 6 ? 'Musterangabe'.padEnd(node.constraints.minLength, 'x') : 'Muster';
    }
  }
}

/** Nothing entered yet: empty text, no ticks, an address with no part filled. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !Object.values(value).some(Boolean);
  return false;
}

async function fillStep(el: OzgApplicationForm, definition: FormDefinition, stepIndex: number) {
  const model = compileForm(definition);
  const step = model.steps[stepIndex]!;
  // Fill until nothing new appears (answers can reveal conditional fields).
  for (let round = 0; round < 4; round++) {
    const data = (el as unknown as { data: Record<string, unknown> }).data;
    const fields = visibleFields(step.fields, data).filter((f) => !['group', 'repeatable'].includes(f.node.kind));
    let changed = false;
    for (const instance of fields) {
      if (instance.node.readOnly) continue;
      const element = el.shadowRoot!.querySelector<HTMLElement & { value: unknown; checked: boolean }>(`[data-pointer="${instance.pointer}"]`);
      if (!element || (element.dataset['kind'] === 'checkbox' ? element.checked : !isEmpty(element.value))) continue;
      const value = answer(instance);
      if (element.dataset['kind'] === 'checkbox') element.checked = value === true;
      else element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      changed = true;
    }
    for (const spec of step.attachments.filter((a) => a.required)) {
      const picker = el.shadowRoot!.querySelector<HTMLElement & { files: File[] }>(`[data-attachment="${spec.id}"]`);
      if (picker && picker.files.length === 0) {
        picker.files = [new File(['%PDF-1.4 demo'], 'nachweis.pdf', { type: 'application/pdf' })];
        picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        changed = true;
      }
    }
    await el.updateComplete;
    if (!changed) break;
  }
}

describe('apply and track, end to end on the demo backend', function () {
  this.timeout(60_000);

  beforeEach(() => {
    resetSubmissions();
    resetFailedLookups();
    resetConfiguration();
    configure({ connectors: { stadt: { type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', retries: 0 } } });
  });
  afterEach(() => {
    fixtureCleanup();
    useRealClock();
    worker.resetHandlers(...municipalRestHandlers);
    resetConfiguration();
    sessionStorage.clear();
  });

  for (const input of demoForms) {
    const definition = FormDefinition.parse(input);
    it(`sends the demo form "${definition.title}" and tracks it`, async () => {
      const clock = useManualClock();
      const form = await fixture<OzgApplicationForm>(html`<ozg-application-form connector="stadt" service=${definition.serviceId!}></ozg-application-form>`);
      await waitUntil(() => form.shadowRoot!.querySelector('.step-title'), 'form did not load', { timeout: 10_000 });
      const model = compileForm(definition);
      for (let guard = 0; guard < model.steps.length + 2 && !form.shadowRoot!.querySelector('.review'); guard++) {
        const title = form.shadowRoot!.querySelector('.step-title')!.textContent;
        const index = model.steps.findIndex((s) => s.title === title);
        await expect(form).to.be.accessible();
        await fillStep(form, definition, index);
        form.shadowRoot!.querySelector<HTMLButtonElement>('form.step button[type="submit"]')!.click();
        await waitUntil(
          () => form.shadowRoot!.querySelector('.review') || (form.shadowRoot!.querySelector('.step-title')?.textContent !== title) || form.shadowRoot!.querySelector('.error-summary'),
          'no next step',
        );
        const summary = form.shadowRoot!.querySelector('.error-summary');
        if (summary) throw new Error(`step "${title}" refused: ${[...summary.querySelectorAll("a")].map((a) => a.textContent).join(" | ")} ${summary.outerHTML.slice(0, 300)}`);
      }
      await expect(form).to.be.accessible();
      [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('absenden'))!.click();
      await waitUntil(() => form.shadowRoot!.querySelector('.receipt, .submit-error, .error-summary'), 'no answer to the submission', { timeout: 10_000 });
      const failure = form.shadowRoot!.querySelector('.submit-error, .error-summary');
      if (failure) throw new Error(`submission failed: ${failure.textContent}`);
      expect(storedSubmissionCount()).to.equal(1);
      const reference = form.shadowRoot!.querySelector('.receipt-reference')!.textContent!;
      const pin = /PIN[^:]*:\s*(\S+)/.exec(form.shadowRoot!.querySelector('.receipt-pin')!.textContent!)![1]!;
      expect(reference).to.match(/^MS-\d{4}-\d{6}-\d$/);
      await expect(form).to.be.accessible();

      const tracker = await fixture<OzgStatusTracker>(html`<ozg-status-tracker connector="stadt" url-state="off" poll-interval="0"></ozg-status-tracker>`);
      await waitUntil(() => tracker.shadowRoot!.querySelector('#second-factor'));
      const ref = tracker.shadowRoot!.querySelector<HTMLElement & { value: string }>('#reference')!;
      ref.value = reference.toLowerCase().replaceAll('-', ' ');
      ref.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      const factor = tracker.shadowRoot!.querySelector<HTMLElement & { value: string }>('#second-factor')!;
      factor.value = pin;
      factor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      tracker.shadowRoot!.querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!.click();
      await waitUntil(() => tracker.shadowRoot!.querySelector('.view-title'), 'no status', { timeout: 10_000 });
      expect(tracker.shadowRoot!.querySelector('.view-title')!.textContent).to.equal('Antrag eingereicht');
      clock.advance(20);
      [...tracker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Jetzt aktualisieren'))!.click();
      await waitUntil(() => tracker.shadowRoot!.querySelector('.view-title')!.textContent === 'Bei der Behörde eingegangen', 'the case did not advance');
      await expect(tracker).to.be.accessible();
    });
  }
});
