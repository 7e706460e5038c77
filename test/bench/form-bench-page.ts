/**
 * The form benchmark, run in headless Chromium by `npm run bench`
 * (scripts/bench-form.mjs): a 150-field, 6-step form — time to the first
 * rendered step, and keystroke to updated validity.
 */
import { configure } from '../../src/connector/registry.js';
import '../../widgets/application-form/define.js';
import type { OzgApplicationForm } from '../../widgets/application-form/index.js';
import { generateForm } from './generate-form.js';

const RENDER_RUNS = 15;
const KEYSTROKES = 400;

const definition = generateForm(6, 25);
configure({ connectors: { bench: { type: 'memory', forms: { getFormDefinition: async () => definition }, submission: { submit: async () => { throw new Error('not in the bench'); } } } } });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function settled(el: OzgApplicationForm): Promise<void> {
  await el.updateComplete;
  const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-pointer]')];
  await Promise.all(fields.map((f) => f.updateComplete));
}

async function firstRender(): Promise<number> {
  (window as unknown as { gc?: () => void }).gc?.();
  const el = document.createElement('ozg-application-form') as OzgApplicationForm;
  el.setAttribute('connector', 'bench');
  el.setAttribute('service', 'bench');
  el.setAttribute('draft', 'off');
  const start = performance.now();
  document.body.append(el);
  // The definition arrives asynchronously (as from any connector); wait for the rendered step.
  while (!el.shadowRoot?.querySelector('.step-title')) await el.updateComplete;
  await settled(el);
  const time = performance.now() - start;
  el.remove();
  return time;
}

async function keystrokes() {
  const el = document.createElement('ozg-application-form') as OzgApplicationForm;
  el.setAttribute('connector', 'bench');
  el.setAttribute('service', 'bench');
  el.setAttribute('draft', 'session');
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.step-title')) await el.updateComplete;
  await settled(el);
  const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement & { validity: ValidityState; updateComplete: Promise<unknown> }>('ozg-text-field')];
  const toValidity: number[] = [];
  const toRender: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const field = fields[i % fields.length]!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.value = i % 5 === 0 ? '' : `Wert ${i}`;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'x' }));
    // Field validity is set in the input handler; read it to be sure it is current.
    void field.validity.valid;
    toValidity.push(performance.now() - start);
    await Promise.all([el.updateComplete, field.updateComplete]);
    toRender.push(performance.now() - start);
  }
  el.remove();
  sessionStorage.clear();
  return { toValidity, toRender, fields: fields.length };
}

(window as unknown as { runBench: () => Promise<unknown> }).runBench = async () => {
  const renders: number[] = [];
  await firstRender(); // warm-up: module code compiled, styles parsed
  for (let i = 0; i < RENDER_RUNS; i++) renders.push(await firstRender());
  const keys = await keystrokes();
  return {
    userAgent: navigator.userAgent,
    fields: 150,
    steps: 6,
    renderMedianMs: percentile(renders, 50),
    renderP95Ms: percentile(renders, 95),
    renderRuns: renders.length,
    keystrokes: KEYSTROKES,
    textFieldsOnStep: keys.fields,
    validityP50Ms: percentile(keys.toValidity, 50),
    validityP95Ms: percentile(keys.toValidity, 95),
    renderAfterKeyP95Ms: percentile(keys.toRender, 95),
  };
};
