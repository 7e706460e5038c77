/**
 * Helpers for the kiosk tests: a clock moved by hand, and a search through
 * everything a page can read (DOM with every shadow root, form values,
 * storage, IndexedDB, Cache Storage, URL) for a piece of personal data.
 */
import type { Clock } from '../../widgets/kiosk/idle-timer.js';
import { deepElements } from '../helpers/deep-dom.js';

export { deepElements };

export class ManualClock implements Clock {
  #now = 0;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Moves time on by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.#now = timer.at;
      timer.callback();
    }
    this.#now = end;
  }
}

/** Where `needle` (case-insensitive) can still be read by the page; empty when nowhere. */
export async function whereIs(needle: string): Promise<string[]> {
  const lower = needle.toLowerCase();
  const has = (text: unknown) => typeof text === 'string' && text.toLowerCase().includes(lower);
  const places: string[] = [];
  const roots: (Document | ShadowRoot)[] = [document, ...deepElements().flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (has(node.nodeValue)) places.push(`text in ${describe(node.parentElement)}`);
  }
  for (const element of deepElements()) {
    for (const attribute of element.attributes) if (has(attribute.value)) places.push(`attribute ${attribute.name} of ${describe(element)}`);
    const value = (element as { value?: unknown }).value;
    if (has(value) || (value && typeof value === 'object' && has(JSON.stringify(value)))) places.push(`value of ${describe(element)}`);
  }
  for (const [name, storage] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      if (has(key) || has(storage.getItem(key))) places.push(`${name} ${key}`);
    }
  }
  for (const database of await indexedDB.databases()) places.push(`IndexedDB ${database.name}`);
  for (const cache of await caches.keys()) places.push(`Cache Storage ${cache}`);
  if (has(decodeURIComponent(location.href))) places.push('URL');
  if (has(JSON.stringify(history.state))) places.push('history.state');
  return places;
}

function describe(element: Element | null): string {
  if (!element) return '?';
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}>${host}`;
}

/** Types into a text input the way a citizen does (value, then the input event). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Puts something into IndexedDB and Cache Storage, as an SDK or page might. */
export async function storeEverywhere(marker: string): Promise<void> {
  sessionStorage.setItem('ozg-draft:test', JSON.stringify({ name: marker }));
  localStorage.setItem('ozg-draft:kept', marker);
  localStorage.setItem('page-setting', marker);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('ozg-kiosk-test', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('drafts');
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(marker, 'name');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
  const cache = await caches.open('ozg-responses');
  await cache.put(new Request('/cached-answer'), new Response(marker));
}
