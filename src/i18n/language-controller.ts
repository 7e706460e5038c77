/**
 * Keeps a Lit element's language current: one MutationObserver per document
 * watches every `lang` attribute in the light DOM and in the shadow roots of
 * the elements with a controller (a widget renders `lang` on its root, and the
 * form fields inside it follow that), and tells the elements, which re-render
 * only when their resolved language changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, languageOf } from './language.js';
import { TRANSLATIONS_LOADED, preloadLanguage, translationEvents } from './messages.js';

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

const WATCH: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** `root`: the shadow root of the listener's element, where it may render `lang` for the elements inside. */
function subscribe(listener: Listener, root: ShadowRoot | null): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(document.documentElement, WATCH);
  }
  if (root) observer.observe(root, WATCH);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #language = 'de';
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The resolved language, e.g. `de` or `en-GB`. */
  get language(): string {
    return this.#language;
  }

  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.#language);
  }

  hostConnected(): void {
    this.#language = languageOf(this.#host);
    void preloadLanguage(this.#language);
    this.#unsubscribe = subscribe(() => this.#update(), this.#host.shadowRoot);
    translationEvents().addEventListener(TRANSLATIONS_LOADED, this.#rerender);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    translationEvents().removeEventListener(TRANSLATIONS_LOADED, this.#rerender);
  }

  readonly #rerender = () => this.#host.requestUpdate();

  #update(): void {
    const next = languageOf(this.#host);
    if (next === this.#language) return;
    this.#language = next;
    void preloadLanguage(next);
    this.#host.requestUpdate();
  }
}
