/**
 * Helpers for the field tests: what assistive technology gets (accessible
 * name and description, computed by axe-core as screen readers would), the
 * entries a form would send, and real keyboard input.
 */
import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { OzgField } from '../../src/fields/index.js';
import '../../src/fields/define-fields.js';

type Axe = typeof import('axe-core');
const axe = (globalThis as unknown as { axe: Axe }).axe;

/** The accessible name of `element` (which may be inside a shadow root), by the accname algorithm in axe-core. */
export function accessibleName(element: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** The accessible description: the text of the elements `aria-describedby` points to, in its tree. */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form's entries as `[name, text]`, files as `File:name`. */
export function entries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].map(([name, value]) => [name, typeof value === 'string' ? value : `File:${value.name}`]);
}

/** An element in a field's shadow root. */
export function inner<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

/** The inline error text a field shows, or undefined. */
export function shownError(host: Element): string | undefined {
  const error = host.shadowRoot?.querySelector('.error-message, .part-error');
  return error?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Focuses the field (its first control, by `delegatesFocus`) and types like a person. */
export async function typeInto(host: HTMLElement, text: string): Promise<void> {
  host.focus();
  await sendKeys({ type: text });
  if (host instanceof OzgField) await host.updateComplete;
}

/** Moves focus on with the Tab key, as a citizen leaving the field. */
export async function pressTab(host?: HTMLElement): Promise<void> {
  await sendKeys({ press: 'Tab' });
  if (host instanceof OzgField) await host.updateComplete;
}

/** A plain form from HTML, as a city page would have it; waits until every field has rendered. */
export function plainForm(markup: string): Promise<HTMLFormElement> {
  return formFixture(`<form>${markup}<button type="submit">Weiter</button></form>`);
}

/**
 * Renders a form and waits for its fields. Not `fixture()`: for a plain
 * `<form>` it waits for an animation frame, and a page the test runner runs
 * in the background (two test files at once) gets none.
 */
export async function formFixture(template: TemplateResult | string): Promise<HTMLFormElement> {
  const form = fixtureSync<HTMLFormElement>(template);
  await settle(form);
  return form;
}

/** Waits for every field element in `root` to finish rendering. */
export async function settle(root: ParentNode): Promise<void> {
  const hosts = [...root.querySelectorAll('*')].filter((el): el is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
  await Promise.all(hosts.map((el) => el.updateComplete));
}

/** Waits for the English pack of the field texts to be there. */
export async function englishLoaded(host: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => host.shadowRoot?.textContent?.includes(text), `English text "${text}" did not arrive`);
}

/** A file of `size` bytes. */
export function fileOf(name: string, size: number, type: string): File {
  return new File([new Uint8Array(size)], name, { type });
}

/** Puts files into a file input as the browser's file chooser does, then fires its events. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
