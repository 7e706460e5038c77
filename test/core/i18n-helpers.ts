/**
 * Helpers for the language tests: the German texts of a catalog module, and
 * every text a widget shows or gives to assistive technology, through nested
 * shadow roots.
 */
import type { Message } from '../../src/i18n/messages.js';

export type Texts = Record<string, Message>;

/**
 * The `de` object of a catalog module (a path relative to test/core), as the
 * test server serves it (TypeScript compiled to JavaScript): the object is
 * not exported, and the test must compare with the German the catalog has.
 */
export async function germanOf(source: string): Promise<Texts> {
  const response = await fetch(new URL(source, import.meta.url));
  const code = await response.text();
  const start = code.indexOf('const de = {');
  const end = code.indexOf('\nexport const ', start);
  if (start < 0 || end < 0) throw new Error(`no German object found in ${source}`);
  return new Function(`${code.slice(start, end)}\nreturn de;`)() as Texts;
}

export function formsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'hint'];

/**
 * Every text node (trimmed, whitespace collapsed) and every label-like
 * attribute inside `root`, descending into the shadow roots of its elements.
 */
export function shownTexts(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text && node.parentElement?.localName !== 'style') found.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * The German catalog texts (without placeholders) that `root` shows as a
 * whole text or attribute: chrome a translation missed, or German written
 * into a template instead of a catalog. `except` are texts the other
 * language writes the same way (e.g. "PIN").
 */
export async function germanShown(root: Node, sources: string[], except: Iterable<string> = []): Promise<string[]> {
  const skip = new Set(except);
  const german = new Set<string>();
  for (const source of sources) {
    for (const message of Object.values(await germanOf(source))) {
      for (const text of formsOf(message)) if (!/\{\w+\}/.test(text) && /\p{L}{2}/u.test(text) && !skip.has(text)) german.add(text);
    }
  }
  return [...new Set(shownTexts(root).filter((text) => german.has(text)))];
}

/** The catalogs every widget shows texts of. */
export const SHARED_CATALOGS = ['../../src/i18n/core-messages.ts', '../../src/fields/messages.ts', '../../src/forms/validation-messages.ts'];
