/**
 * What a citizen does, for end-to-end tests: answer every visible question
 * of a form step plausibly, go through all steps, send, and look up the
 * status with what the receipt says.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleFields, type FieldInstance } from '../../src/forms/form-data.js';
import { compileForm } from '../../src/forms/form-model.js';
import type { FormDefinition } from '../../src/index.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';

/** A plausible answer for a field, as a citizen of Musterstadt would give it. */
export function answer(instance: FieldInstance): unknown {
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

export async function fillStep(el: OzgApplicationForm, definition: FormDefinition, stepIndex: number) {
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


/** Answers every step up to the review page (checking axe on each), sends, and returns reference and PIN. */
export async function completeForm(form: OzgApplicationForm, definition: FormDefinition): Promise<{ reference: string; pin: string }> {
  const model = compileForm(definition);
  for (let guard = 0; guard < model.steps.length + 2 && !form.shadowRoot!.querySelector('.review'); guard++) {
    const title = form.shadowRoot!.querySelector('.step-title')!.textContent;
    const index = model.steps.findIndex((s) => s.title === title);
    await expect(form).to.be.accessible();
    await fillStep(form, definition, index);
    form.shadowRoot!.querySelector<HTMLButtonElement>('form.step button[type="submit"]')!.click();
    await waitUntil(
      () => form.shadowRoot!.querySelector('.review') || form.shadowRoot!.querySelector('.step-title')?.textContent !== title || form.shadowRoot!.querySelector('.error-summary'),
      'no next step',
    );
    const summary = form.shadowRoot!.querySelector('.error-summary');
    if (summary) throw new Error(`step "${title}" refused: ${[...summary.querySelectorAll('a')].map((a) => a.textContent).join(' | ')}`);
  }
  await expect(form).to.be.accessible();
  [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('absenden'))!.click();
  await waitUntil(() => form.shadowRoot!.querySelector('.receipt, .submit-error, .error-summary'), 'no answer to the submission', { timeout: 15_000 });
  const failure = form.shadowRoot!.querySelector('.submit-error, .error-summary');
  if (failure) throw new Error(`submission failed: ${failure.textContent}`);
  await expect(form).to.be.accessible();
  const reference = form.shadowRoot!.querySelector('.receipt-reference')!.textContent!;
  const pin = /PIN[^:]*:\s*(\S+)/.exec(form.shadowRoot!.querySelector('.receipt-pin')!.textContent!)![1]!;
  return { reference, pin };
}

/** Types reference and PIN into the tracker and waits for the status; returns the shown state. */
export async function lookUpStatus(tracker: OzgStatusTracker, reference: string, pin: string): Promise<string> {
  await waitUntil(() => tracker.shadowRoot!.querySelector('#second-factor'), 'tracker not ready');
  const ref = tracker.shadowRoot!.querySelector<HTMLElement & { value: string }>('#reference')!;
  ref.value = reference;
  ref.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  const factor = tracker.shadowRoot!.querySelector<HTMLElement & { value: string }>('#second-factor')!;
  factor.value = pin;
  factor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  tracker.shadowRoot!.querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!.click();
  await waitUntil(() => tracker.shadowRoot!.querySelector('.view-title, .lookup-error'), 'no status', { timeout: 15_000 });
  const error = tracker.shadowRoot!.querySelector('.lookup-error');
  if (error) throw new Error(`status lookup failed: ${error.textContent}`);
  return tracker.shadowRoot!.querySelector('.view-title')!.textContent!;
}
