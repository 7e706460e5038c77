/**
 * Detects what hostile data must never achieve, while the widgets render it:
 *
 * - executions: every payload calls the global probe (or posts a message
 *   to it from another document), so a run is counted and attributed;
 * - dangerous DOM: a MutationObserver on the document and on every shadow
 *   root (attachShadow is wrapped, so no root escapes it) reports added
 *   `<script>` and other active elements, `on*` attributes, and
 *   `javascript:`/`data:`/`vbscript:` in href/src/action/formaction and
 *   friends; a final deep scan checks the same on the settled DOM;
 * - clobbering: named elements that shadow document or window properties;
 * - bidi leaks: a text that leaves an embedding, override or isolate open
 *   with more text after it in the same paragraph (which it would turn
 *   around, e.g. the widget's own amounts and dates);
 * - crashes: uncaught errors and unhandled rejections, and widgets logging
 *   an unexpected error.
 *
 * `fence()` waits until event handlers of earlier insertions had their
 * chance to run (a control image with the same broken source, and a control
 * `<details>` toggle, must fire first), instead of sleeping.
 */
import { PROBE } from './hostile-corpus.js';
import { deepElements } from '../helpers/deep-dom.js';

export interface Finding {
  kind: 'script-element' | 'active-element' | 'event-handler' | 'dangerous-url' | 'inline-style' | 'sanitizer-leak' | 'clobbering' | 'bidi-leak' | 'crash';
  detail: string;
}

const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'template', 'noscript', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'cite', 'longdesc', 'manifest', 'srcset', 'imagesrcset', 'profile', 'usemap']);
/** What DOMPurify is configured to leave in backend HTML (src/ui/sanitize.ts). */
const PROSE_TAGS = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'span', 'abbr', 'sub', 'sup']);
const PROSE_ATTRIBUTES = new Set(['href', 'title', 'lang', 'rel']);

/** The scheme a browser would see: control characters and whitespace anywhere are ignored, case too. */
export function isDangerousUrl(value: string): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff]/g, '').toLowerCase();
  return /^(?:javascript|data|vbscript|livescript|mocha):/.test(compact) || /(?:^|,)\s*(?:javascript|data):/.test(compact);
}

function describe(element: Element): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${element.localName}>${host}`;
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Global names the page relies on and what they must stay. */
const GLOBALS: [string, () => boolean][] = [
  ['document.cookie', () => typeof document.cookie === 'string'],
  ['document.getElementById', () => typeof document.getElementById === 'function'],
  ['document.querySelector', () => typeof document.querySelector === 'function'],
  ['document.body', () => document.body instanceof HTMLBodyElement],
  ['document.attributes', () => (document as unknown as Record<string, unknown>)['attributes'] === undefined],
  ['document.location', () => document.location === window.location],
  ['window.ozg-config', () => (window as unknown as Record<string, unknown>)['ozg-config'] === undefined],
  ['window.results', () => (window as unknown as Record<string, unknown>)['results'] === undefined],
  ['window.reference', () => (window as unknown as Record<string, unknown>)['reference'] === undefined],
  ['window.search-input', () => (window as unknown as Record<string, unknown>)['search-input'] === undefined],
];

export class HostileGuard {
  /** Vector names reported by executed payloads. */
  readonly executions: string[] = [];
  readonly findings: Finding[] = [];
  readonly #seen = new WeakSet<Node>();
  readonly #observer = new MutationObserver((records) => this.#onMutations(records));
  #baseline = new WeakSet<Element>();
  #marked = { executions: 0, findings: 0 };
  #controls = 0;

  install(): void {
    const guard = this;
    (window as unknown as Record<string, unknown>)[PROBE] = (name: unknown) => void guard.executions.push(String(name));
    addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.startsWith(`${PROBE}:`)) guard.executions.push(event.data.slice(PROBE.length + 1));
    });
    addEventListener('error', (event) => {
      // Resource errors (a broken image) are not crashes; they do not reach window listeners in the bubble phase anyway.
      if (event instanceof ErrorEvent) guard.findings.push({ kind: 'crash', detail: `uncaught: ${event.message}` });
    });
    addEventListener('unhandledrejection', (event) => guard.findings.push({ kind: 'crash', detail: `unhandled rejection: ${String(event.reason)}` }));
    const consoleError = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('unexpected error')) {
        guard.findings.push({ kind: 'crash', detail: `${args[0]} ${String(args[1])}` });
      }
      consoleError(...args);
    };
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      guard.#observe(root);
      return root;
    };
    // What the test page has before any widget (the runner's own scripts) is not the widgets' doing.
    this.#baseline = new WeakSet(deepElements(document));
    this.#observe(document);
  }

  /** Everything found since the last mark, as messages; the mark moves on. */
  takeNew(): { executions: string[]; findings: Finding[] } {
    this.#onMutations(this.#observer.takeRecords());
    const result = { executions: this.executions.slice(this.#marked.executions), findings: this.findings.slice(this.#marked.findings) };
    this.#marked = { executions: this.executions.length, findings: this.findings.length };
    return result;
  }

  /** Checks the settled DOM under `root` (default: the document, every shadow root included). */
  scan(root: Document | Element = document): void {
    this.#onMutations(this.#observer.takeRecords());
    for (const element of deepElements(root)) this.#check(element);
    const roots: (Document | Element | ShadowRoot)[] = [root, ...deepElements(root).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    if (root instanceof Element && root.shadowRoot) roots.push(root.shadowRoot);
    for (const tree of roots) this.#checkBidi(tree);
    for (const [name, holds] of GLOBALS) if (!holds()) this.findings.push({ kind: 'clobbering', detail: `${name} was clobbered` });
  }

  /**
   * Resolves when handlers of elements inserted before it would have run:
   * a control image with the broken source the payloads use, and a control
   * `<details open>` whose toggle event is queued like theirs.
   */
  async fence(): Promise<void> {
    const id = ++this.#controls;
    const host = document.createElement('div');
    host.dataset['hostileControl'] = String(id);
    const fired = { error: false, toggle: false };
    const image = document.createElement('img');
    const details = document.createElement('details');
    image.addEventListener('error', () => (fired.error = true));
    details.addEventListener('toggle', () => (fired.toggle = true));
    // A broken image without a network request (a request for `x` would be logged as a 404).
    image.src = 'data:,broken';
    details.open = true;
    host.append(image, details);
    this.#baseline.add(host);
    this.#baseline.add(image);
    this.#baseline.add(details);
    document.body.append(host);
    await new Promise<void>((resolve) => {
      const check = () => (fired.error && fired.toggle ? resolve() : requestAnimationFrame(check));
      check();
    });
    host.remove();
  }

  /** Text nodes that leave a bidi control open while text follows them in the same paragraph. */
  #checkBidi(tree: Document | Element | ShadowRoot): void {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!leavesBidiOpen(node.data)) continue;
      const parent = node.parentElement;
      if (!parent || this.#baseline.has(parent)) continue;
      // Backend HTML sits in a block of its own: it can only turn its own text around.
      if (parent.closest('.prose')) continue;
      if (hasTextAfter(paragraphOf(parent), node)) this.#bidiFinding(parent, node.data);
    }
  }

  #bidiFinding(element: Element, text: string): void {
    const detail = `${describe(element)} "${short(text)}" leaves a bidi control open before more text`;
    if (!this.findings.some((f) => f.detail === detail)) this.findings.push({ kind: 'bidi-leak', detail });
  }

  #observe(root: Document | ShadowRoot): void {
    this.#observer.observe(root, { subtree: true, childList: true, attributes: true });
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) this.#observe(element.shadowRoot);
  }

  #onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) this.#check(record.target, record.attributeName ?? undefined);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const element of [node, ...deepElements(node)]) this.#check(element);
      }
    }
  }


  #check(element: Element, onlyAttribute?: string): void {
    if (this.#baseline.has(element) || element.closest('[data-hostile-control]')) return;
    const findings: Finding[] = [];
    if (onlyAttribute === undefined && !this.#seen.has(element)) {
      this.#seen.add(element);
      if (element.localName === 'script') findings.push({ kind: 'script-element', detail: `${describe(element)} ${short(element.textContent ?? '')}` });
      else if (ACTIVE_ELEMENTS.has(element.localName)) findings.push({ kind: 'active-element', detail: describe(element) });
      const prose = element.parentElement?.closest('.prose');
      if (prose && !PROSE_TAGS.has(element.localName)) findings.push({ kind: 'sanitizer-leak', detail: `${describe(element)} inside backend HTML` });
    }
    const prose = element.parentElement?.closest('.prose');
    for (const attribute of element.attributes) {
      if (onlyAttribute !== undefined && attribute.name !== onlyAttribute) continue;
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push({ kind: 'event-handler', detail: `${describe(element)} ${name}="${short(attribute.value)}"` });
      if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && isDangerousUrl(attribute.value)) {
        findings.push({ kind: 'dangerous-url', detail: `${describe(element)} ${name}="${short(attribute.value)}"` });
      }
      if (name === 'srcdoc') findings.push({ kind: 'active-element', detail: `${describe(element)} srcdoc` });
      if (name === 'style' && /position\s*:\s*(fixed|absolute|sticky)|expression\(|url\(|@import|behavior\s*:/i.test(attribute.value)) {
        findings.push({ kind: 'inline-style', detail: `${describe(element)} style="${short(attribute.value)}"` });
      }
      if (prose && !PROSE_ATTRIBUTES.has(name)) findings.push({ kind: 'sanitizer-leak', detail: `${describe(element)} ${name}="${short(attribute.value)}" inside backend HTML` });
    }
    this.findings.push(...findings);
  }
}

/** Whether `text` leaves an embedding/override (U+202A–E) or isolate (U+2066–8) open (UAX #9 pairing). */
export function leavesBidiOpen(text: string): boolean {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return false;
  const open: string[] = [];
  for (const char of text) {
    if (char === '\u202c') {
      if (open.at(-1) === 'e') open.pop();
    } else if (char === '\u2069') {
      const at = open.lastIndexOf('i');
      if (at >= 0) open.length = at;
    } else if (/[\u202a\u202b\u202d\u202e]/.test(char)) open.push('e');
    else if (/[\u2066-\u2068]/.test(char)) open.push('i');
  }
  return open.length > 0;
}

/** The element whose content forms the paragraph (bidi run) `element` is in: the nearest block, inline-block or isolating element. */
function paragraphOf(element: Element): Element {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const style = getComputedStyle(current);
    if (current.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi) || !/^inline$|^contents$/.test(style.display)) return current;
  }
  return element;
}

/** Whether visible text follows `node` inside `container`. */
function hasTextAfter(container: Element, node: Node): boolean {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) if (/\S/.test(next.nodeValue ?? '')) return true;
  return false;
}
