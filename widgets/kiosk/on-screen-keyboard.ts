import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LanguageController } from '../../src/i18n/language-controller.js';
import { languageOf } from '../../src/i18n/language.js';
import { baseStyles } from '../../src/ui/base-styles.js';
import {
  decimalSeparatorOf,
  hasSelectionApi,
  keyText,
  keyboardModeOf,
  layoutFor,
  servedControl,
  type Key,
  type KeyboardMode,
  type ShiftState,
  type TextControl,
} from './keyboard-layouts.js';
import { keyboardMessages, type KeyboardMessageKey } from './keyboard-messages.js';
import { keyboardStyles } from './keyboard-styles.js';

/** Detail of `ozg-keyboard-toggle`: whether the keyboard is shown and how many CSS px it covers at the bottom. */
export interface KeyboardToggleDetail {
  open: boolean;
  height: number;
}

type EditType = 'insertText' | 'insertLineBreak' | 'deleteContentBackward';

const TEXT_MODE: KeyboardMode = { layout: 'text', extras: [], multiline: false };

/** The focused element, down through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * `<ozg-on-screen-keyboard>`: the keyboard `<ozg-kiosk>` shows on touch
 * terminals without a physical keyboard. It follows focus through shadow
 * roots, opens while a text-like `<input>` or a `<textarea>` has focus and
 * types into it as a person would: at the caret, within `maxlength`, with
 * `beforeinput`/`input` events (and `change` when focus leaves), so Lit
 * templates and the library's form fields see real input.
 *
 * Focus never leaves the field: the keys are buttons outside the tab order,
 * a press does not move focus (`pointerdown` is cancelled), and the key acts
 * on `click`, so a mouse works as a stand-in for touch.
 *
 * @summary On-screen keyboard (QWERTZ, e-mail, numeric pad) for kiosk terminals.
 * @element ozg-on-screen-keyboard
 * @attr open - reflected; set while the keyboard is shown (a served control has focus), until Fertig, the hide key or Escape
 * @fires ozg-keyboard-toggle - `{ open, height }` when it opens, closes or changes its height (bubbles, composed)
 * @csspart panel - the group of keys
 * @cssprop --ozg-target-size - height of a key is at least this, and never below 48 px
 * @cssprop --ozg-color-text - key labels; the panel and special keys are mixed from it and the background
 * @cssprop --ozg-color-background - background of the keys
 * @cssprop --ozg-button-background - background of the Enter key, the accent keys and pressed shift keys
 */
export class OzgOnScreenKeyboard extends LitElement {
  /** The shared base styles and the element's own. */
  static override styles = [baseStyles, keyboardStyles];

  /** Shown; true while a served control has focus, until Fertig, the hide key or Escape. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private mode: KeyboardMode = TEXT_MODE;
  @state() private shift: ShiftState = 'off';
  /** The key under a finger or mouse button right now (the pressed look). */
  @state() private down: string | undefined;

  readonly #language = new LanguageController(this);
  #control: TextControl | undefined;
  /** The control typed into since it got focus, for the `change` event when it loses focus. */
  #edited: TextControl | undefined;
  #reported: KeyboardToggleDetail = { open: false, height: 0 };
  #revealed: TextControl | undefined;
  #resizeObserver: ResizeObserver | undefined;
  /** Shadow roots with our focus listeners (see #listenAround). */
  readonly #roots = new Set<ShadowRoot>();
  readonly #seen = new WeakSet<Event>();

  /** The control the keyboard types into, if any. */
  get control(): TextControl | undefined {
    return this.#control;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(document, true);
    document.addEventListener('keydown', this.#onKeyDown, true);
    document.addEventListener('click', this.#onDocumentClick, true);
    document.addEventListener('pointerup', this.#release, true);
    document.addEventListener('pointercancel', this.#release, true);
    this.#resizeObserver ??= new ResizeObserver(() => this.#report());
    this.#resizeObserver.observe(this);
    // Connected after a field already has focus (the kiosk loads the keyboard lazily).
    const active = deepActiveElement();
    if (active) this.#listenAround(active);
    const control = servedControl(active);
    if (control) this.#attach(control);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(document, false);
    document.removeEventListener('keydown', this.#onKeyDown, true);
    document.removeEventListener('click', this.#onDocumentClick, true);
    document.removeEventListener('pointerup', this.#release, true);
    document.removeEventListener('pointercancel', this.#release, true);
    this.#resizeObserver?.disconnect();
    for (const root of this.#roots) this.#listen(root, false);
  }

  /** Focus changes, and `change` (which stays inside its shadow root), in `root`. */
  #listen(root: Document | ShadowRoot, on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    root[method]('focusin', this.#onFocusIn as EventListener, true);
    root[method]('focusout', this.#onFocusOut as EventListener, true);
    root[method]('change', this.#onNativeChange, true);
    if (root instanceof ShadowRoot) {
      if (on) this.#roots.add(root);
      else this.#roots.delete(root);
    }
  }

  /**
   * Listens in every shadow root around `node` too. Focus moving inside one
   * shadow root (from one field of `<ozg-application-form>` to the next, or
   * between the boxes of a date field) never reaches the document's
   * listeners: at the document, target and related target are the same host.
   */
  #listenAround(node: Node): void {
    for (const root of this.#roots) if (!root.host.isConnected) this.#listen(root, false);
    let root = node.getRootNode();
    while (root instanceof ShadowRoot && root !== this.shadowRoot) {
      if (!this.#roots.has(root)) this.#listen(root, true);
      root = root.host.getRootNode();
    }
  }

  // ---- following focus ------------------------------------------------------------------------

  readonly #onFocusIn = (event: FocusEvent): void => {
    // The same event passes the document and then the shadow roots we listen in.
    if (this.#seen.has(event)) return;
    this.#seen.add(event);
    const path = event.composedPath();
    // A key got focus (a screen reader activated it): #onOwnFocus gives it back to the field.
    if (path.includes(this)) return;
    if (path[0] instanceof Node) this.#listenAround(path[0]);
    const control = servedControl(path[0]);
    if (control) this.#attach(control);
    else this.#detach();
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (this.#seen.has(event)) return;
    this.#seen.add(event);
    const left = event.composedPath()[0];
    if (left && left === this.#edited) {
      this.#edited = undefined;
      // Native controls fire `change` only for edits they made themselves.
      left.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // Focus went nowhere (a tap on the page background): nothing to type into.
    if (event.relatedTarget === null && left === this.#control) this.#detach();
  };

  /** Focus moved into the keyboard itself: put it back on the field. */
  readonly #onOwnFocus = (): void => {
    const control = this.#control;
    if (control?.isConnected) control.focus({ preventScroll: true });
  };

  /** A tap on the focused field opens the keyboard again after Fertig or Escape. */
  readonly #onDocumentClick = (event: MouseEvent): void => {
    if (this.open) return;
    const control = servedControl(event.composedPath()[0]);
    if (control && control === deepActiveElement()) this.#attach(control);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (this.open && event.key === 'Escape') this.open = false;
  };

  #attach(control: TextControl): void {
    this.#listenAround(control);
    if (control !== this.#control) {
      this.#control = control;
      this.shift = 'off';
    }
    this.mode = keyboardModeOf(control, decimalSeparatorOf(languageOf(control)));
    this.open = true;
  }

  #detach(): void {
    this.#control = undefined;
    this.#revealed = undefined;
    this.open = false;
  }

  /** A native `change` (the citizen also typed on a real keyboard) means ours is not needed. */
  readonly #onNativeChange = (event: Event): void => {
    if (event.isTrusted && event.composedPath()[0] === this.#edited) this.#edited = undefined;
  };

  // ---- keys -----------------------------------------------------------------------------------

  /** Keeps focus in the field: no press on the keyboard may move it. */
  readonly #onPointerDown = (event: PointerEvent): void => {
    event.preventDefault();
    const key = (event.target as Element | null)?.closest<HTMLElement>('[data-key]');
    this.down = key?.dataset['key'];
  };

  readonly #release = (): void => {
    if (this.down !== undefined) this.down = undefined;
  };

  readonly #prevent = (event: Event): void => event.preventDefault();

  /** The control a key press may type into: still there, editable and focused. */
  #target(): TextControl | undefined {
    const control = this.#control;
    if (control?.isConnected && servedControl(control) && deepActiveElement() === control) return control;
    this.#detach();
    return undefined;
  }

  #press(key: Key): void {
    if (key.kind === 'gap') return;
    if (key.kind === 'hide') {
      this.open = false;
      return;
    }
    if (key.kind === 'shift') {
      this.shift = this.shift === 'off' ? 'once' : this.shift === 'once' ? 'lock' : 'off';
      return;
    }
    const control = this.#target();
    if (!control) return;
    switch (key.kind) {
      case 'char':
        this.#insert(control, this.#typed(key.text), 'insertText');
        if (this.shift === 'once') this.shift = 'off';
        break;
      case 'space':
        this.#insert(control, ' ', 'insertText');
        break;
      case 'backspace':
        this.#deleteBackward(control);
        break;
      case 'enter':
        // In a one-line field Enter means "done": it never submits the form.
        if (control instanceof HTMLTextAreaElement) this.#insert(control, '\n', 'insertLineBreak');
        else this.open = false;
        break;
    }
  }

  #typed(text: string): string {
    return this.mode.layout === 'numeric' ? text : keyText(text, this.shift);
  }

  #insert(control: TextControl, text: string, type: EditType): void {
    const value = control.value;
    const ranged = hasSelectionApi(control);
    const start = ranged ? (control.selectionStart ?? value.length) : value.length;
    const end = ranged ? (control.selectionEnd ?? value.length) : value.length;
    // `maxLength` is -1 without the attribute; `type=number` has no length limit.
    const max = control instanceof HTMLInputElement && control.type === 'number' ? -1 : control.maxLength;
    if (max >= 0) {
      const room = max - (value.length - (end - start));
      if (room <= 0) return;
      text = text.slice(0, room);
    }
    const data = type === 'insertText' ? text : null;
    if (!this.#beforeInput(control, type, data)) return;
    if (ranged) control.setRangeText(text, start, end, 'end');
    else control.value = value + text;
    this.#input(control, type, data);
  }

  #deleteBackward(control: TextControl): void {
    const value = control.value;
    if (hasSelectionApi(control)) {
      let start = control.selectionStart ?? value.length;
      const end = control.selectionEnd ?? value.length;
      if (start === end) {
        if (start === 0) return;
        // One character, also when it is a surrogate pair.
        start -= start > 1 && /[\uDC00-\uDFFF]/.test(value[start - 1] ?? '') && /[\uD800-\uDBFF]/.test(value[start - 2] ?? '') ? 2 : 1;
      }
      if (!this.#beforeInput(control, 'deleteContentBackward', null)) return;
      control.setRangeText('', start, end, 'end');
    } else {
      if (value === '') return;
      if (!this.#beforeInput(control, 'deleteContentBackward', null)) return;
      control.value = [...value].slice(0, -1).join('');
    }
    this.#input(control, 'deleteContentBackward', null);
  }

  /** `beforeinput` as the browser fires it; a listener may cancel the edit. */
  #beforeInput(control: TextControl, inputType: EditType, data: string | null): boolean {
    return control.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, composed: true, cancelable: true, inputType, data }));
  }

  #input(control: TextControl, inputType: EditType, data: string | null): void {
    this.#edited = control;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
  }

  // ---- size reporting -------------------------------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#report();
  }

  /** Tells the kiosk how much of the screen the keyboard covers, once per change. */
  #report(): void {
    const height = this.open ? Math.ceil(this.getBoundingClientRect().height) : 0;
    if (this.open === this.#reported.open && height === this.#reported.height) {
      this.#reveal(false);
      return;
    }
    this.#reported = { open: this.open, height };
    this.dispatchEvent(new CustomEvent<KeyboardToggleDetail>('ozg-keyboard-toggle', { detail: { open: this.open, height }, bubbles: true, composed: true }));
    this.#reveal(true);
  }

  /**
   * Scrolls the page so the field is not under the keyboard (after the
   * listeners of `ozg-keyboard-toggle` made room), once per field and size.
   */
  #reveal(sizeChanged: boolean): void {
    const control = this.#control;
    if (!this.open || !control || (!sizeChanged && this.#revealed === control)) return;
    this.#revealed = control;
    const limit = window.innerHeight - this.#reported.height - 16;
    const bottom = control.getBoundingClientRect().bottom;
    if (bottom > limit) window.scrollBy({ top: bottom - limit, behavior: 'instant' });
  }

  // ---- rendering ------------------------------------------------------------------------------

  #t(key: KeyboardMessageKey): string {
    return keyboardMessages.format(this.#language.language, key);
  }

  protected override render(): TemplateResult {
    const layout = layoutFor(this.mode);
    return html`<div
      class="panel ${layout.name}"
      part="panel"
      role="group"
      aria-label=${this.#t('keyboard.label')}
      lang=${this.#language.language}
      dir=${this.#language.direction}
      @pointerdown=${this.#onPointerDown}
      @mousedown=${this.#prevent}
      @contextmenu=${this.#prevent}
      @focusin=${this.#onOwnFocus}
    >
      <div class="keys" dir="ltr">
        ${layout.rows.map(
          (row, r) =>
            html`<div class="row ${r === layout.rows.length - 1 ? 'bottom' : row[0]?.kind === 'shift' ? 'shift-row' : ''}">
              ${row.map((key, k) => this.#renderKey(key, `${r}-${k}`))}
            </div>`,
        )}
      </div>
      <span id="caps-lock" hidden>${this.#t('keyboard.capsLock')}</span>
    </div>`;
  }

  #renderKey(key: Key, id: string): TemplateResult {
    if (key.kind === 'gap') return html`<span class="gap"></span>`;
    const down = this.down === id ? 'down' : '';
    const button = (classes: string, content: unknown, extra?: { pressed?: boolean; describedBy?: string }) =>
      html`<button
        type="button"
        tabindex="-1"
        class="key ${classes} ${down}"
        data-key=${id}
        aria-pressed=${extra?.pressed === undefined ? nothing : String(extra.pressed)}
        aria-describedby=${extra?.describedBy ?? nothing}
        @click=${() => this.#press(key)}
      >
        ${content}
      </button>`;
    const named = (glyph: TemplateResult, name: KeyboardMessageKey) => html`${glyph}<span class="visually-hidden">${this.#t(name)}</span>`;
    switch (key.kind) {
      case 'char':
        return button(`char${key.accent ? ' accent' : ''}`, this.#typed(key.text));
      case 'shift':
        return button('special shift', named(this.shift === 'lock' ? icons.capsLock : icons.shift, 'keyboard.shift'), {
          pressed: this.shift !== 'off',
          describedBy: this.shift === 'lock' ? 'caps-lock' : undefined,
        });
      case 'backspace':
        return button('special backspace', named(icons.backspace, 'keyboard.backspace'));
      case 'space':
        return button('special space', named(icons.space, 'keyboard.space'));
      case 'hide':
        return button('special hide', named(icons.hide, 'keyboard.hide'));
      case 'enter':
        return this.mode.multiline ? button('enter', named(icons.enter, 'keyboard.enter')) : button('enter', this.#t('keyboard.done'));
    }
  }
}

/** Line icons (24 × 24, `currentColor`), hidden from assistive technology: the keys are named by text. */
const icon = (paths: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

const icons = {
  shift: icon(svg`<path d="M12 3 3 12h5v8h8v-8h5z" />`),
  capsLock: icon(svg`<path d="M12 3 3 11h5v6h8v-6h5z" fill="currentColor" /><path d="M8 21h8" />`),
  backspace: icon(svg`<path d="M21 5H9l-7 7 7 7h12z" /><path d="m17 9-6 6m0-6 6 6" />`),
  space: icon(svg`<path d="M4 10v4h16v-4" />`),
  enter: icon(svg`<path d="M20 5v6a3 3 0 0 1-3 3H5" /><path d="m9 10-4 4 4 4" />`),
  hide: icon(svg`<rect x="2" y="3" width="20" height="12" rx="2" /><path d="M6 7h.01M10 7h.01M14 7h.01M18 7h.01M8 11h8" /><path d="m9 18 3 3 3-3" />`),
};

declare global {
  interface HTMLElementTagNameMap {
    'ozg-on-screen-keyboard': OzgOnScreenKeyboard;
  }
  interface HTMLElementEventMap {
    'ozg-keyboard-toggle': CustomEvent<KeyboardToggleDetail>;
  }
}
