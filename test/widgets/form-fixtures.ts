/** Set-up for application form tests: an in-memory connector with forms and submission. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { OzgError, configure, resetConfiguration, type FormDefinition, type Receipt, type Recipient, type Submission } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import { sampleDefinition } from '../forms/sample-definition.js';

export interface FakeBackend {
  /** Submissions stored, by idempotency key. */
  stored: Map<string, { submission: Submission; receipt: Receipt }>;
  calls: number;
  /** Makes the next submit calls behave differently. */
  behaviour: (submission: Submission, attempt: number) => 'ok' | 'timeout-after-storing' | 'field-error' | 'unavailable';
}

export function configureForms(definition: FormDefinition = sampleDefinition, options: { submission?: boolean; formsFailures?: number; recipient?: Recipient } = {}): FakeBackend {
  resetConfiguration();
  const backend: FakeBackend = { stored: new Map(), calls: 0, behaviour: () => 'ok' };
  let serial = 0;
  let formsFailures = options.formsFailures ?? 0;
  configure({
    connectors: {
      stadt: {
        type: 'memory',
        forms: {
          getFormDefinition: async (serviceId) => {
            if (formsFailures > 0) {
              formsFailures--;
              throw new OzgError('unavailable', 'down', { status: 503 });
            }
            if (serviceId !== definition.serviceId) throw new OzgError('not-found', serviceId);
            return definition;
          },
        },
        ...(options.submission === false
          ? {}
          : {
              submission: {
                ...(options.recipient ? { recipient: async () => options.recipient } : {}),
                submit: async (submission: Submission) => {
                  backend.calls++;
                  const outcome = backend.behaviour(submission, backend.calls);
                  if (outcome === 'unavailable') throw new OzgError('unavailable', 'down', { status: 503 });
                  if (outcome === 'field-error') {
                    throw new OzgError('rejected', '422', {
                      status: 422,
                      fieldErrors: [{ field: '/G60000001/G60000086/F60000246', message: 'Die Postleitzahl liegt nicht in Musterstadt.' }],
                    });
                  }
                  // Idempotent: the same key never creates a second application.
                  let entry = backend.stored.get(submission.idempotencyKey);
                  if (!entry) {
                    serial++;
                    entry = {
                      submission,
                      receipt: {
                        reference: `MS-2026-00000${serial}-0`,
                        submittedAt: '2026-11-25T10:15:00Z',
                        serviceName: 'Hund anmelden',
                        nextSteps: ['Wir prüfen Ihre Angaben.', 'Sie erhalten den Steuerbescheid per Post.'],
                        statusLookup: { secondFactor: 'pin', pin: '4711' },
                      },
                    };
                    backend.stored.set(submission.idempotencyKey, entry);
                  }
                  if (outcome === 'timeout-after-storing') throw new OzgError('timeout', 'no answer in time');
                  return entry.receipt;
                },
              },
            }),
      },
    },
  });
  return backend;
}

export function resetForms(): void {
  resetConfiguration();
  sessionStorage.clear();
  localStorage.clear();
}

export async function applicationForm(template = html`<ozg-application-form connector="stadt" service="hund-anmelden" status-target="/status.html"></ozg-application-form>`) {
  const el = await fixture<OzgApplicationForm>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.step-title, .notice, [role="alert"]'), 'form did not load', { timeout: 4000 });
  return el;
}

export function inShadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function field(el: OzgApplicationForm, pointer: string): HTMLElement & { value: unknown } {
  return inShadow(el, `[data-pointer="${pointer}"]`);
}

/** Sets a field as the citizen's input would: value, then input and change events. */
export async function setField(el: OzgApplicationForm, pointer: string, value: unknown): Promise<void> {
  const target = field(el, pointer);
  if (target.dataset['kind'] === 'checkbox') (target as unknown as { checked: boolean }).checked = value === true;
  else target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function clickButton(el: OzgApplicationForm, text: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await el.updateComplete;
}

export function active(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Fills every required answer of the sample form, step by step, up to the review page. */
export async function fillSampleForm(el: OzgApplicationForm): Promise<void> {
  await setField(el, '/G60000001/F60000228', 'Erika');
  await setField(el, '/G60000001/F60000227', 'Mustermann');
  await setField(el, '/G60000001/G60000086', { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt', addition: '' });
  await clickButton(el, 'Weiter');
  await waitUntil(() => el.shadowRoot!.querySelector('.step-title')?.textContent === 'Ihr Hund');
  await setField(el, '/G10000001/F10000001', 'Bello');
  await setField(el, '/G10000001/F10000003', 'zucht');
  await setField(el, '/G10000002/0/F10000010', 'Rex');
  await clickButton(el, 'Weiter');
  await waitUntil(() => el.shadowRoot!.querySelector('.step-title')?.textContent === 'Abschluss');
  await setField(el, '/F10000099', true);
  await clickButton(el, 'Weiter zur Übersicht');
  await waitUntil(() => el.shadowRoot!.querySelector('.review'));
}
