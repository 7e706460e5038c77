import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { LanguageController } from '../../src/i18n/language-controller.js';
import { baseStyles } from '../../src/ui/base-styles.js';
import { defineElement } from '../../src/ui/define.js';
import { linkMessages, type LinkMessageKey } from './link-messages.js';
import type { LinkTarget } from './link-policy.js';
import { OzgQrCode } from './qr-code.js';

defineElement('ozg-qr-code', OzgQrCode);

/** Detail of the `ozg-external-link` event. */
export interface ExternalLinkEventDetail {
  kind: 'external' | 'phone' | 'email';
  /** For external links: origin and path, without query, fragment or credentials. */
  url?: string;
}

type ShownTarget = Exclude<LinkTarget, { kind: 'internal' } | { kind: 'blocked' }>;

interface View {
  title: LinkMessageKey;
  text: LinkMessageKey;
  /** What the QR code holds. */
  qr: string;
  /** What is shown in large type. */
  shown: string;
}

function viewOf(target: ShownTarget): View {
  switch (target.kind) {
    case 'external':
      return { title: 'link.external.title', text: 'link.external.text', qr: target.url, shown: target.display };
    case 'phone':
      return { title: 'link.phone.title', text: 'link.phone.text', qr: `tel:${target.number.replace(/[^\d+*#a-z]/gi, '').replaceAll('#', '%23')}`, shown: target.number };
    case 'email':
      return { title: 'link.email.title', text: 'link.email.text', qr: `mailto:${encodeURI(target.address.replace(/\s+/g, ''))}`, shown: target.address };
  }
}

/**
 * `<ozg-external-link-dialog>`: what a kiosk shows instead of leaving the
 * terminal. For another website a QR code and the address to type at home;
 * for a phone number or an email address the number or address, large, and
 * a QR code of the `tel:`/`mailto:` link. A blocked link shows nothing.
 *
 * A modal `<dialog>`: focus moves to its heading when it opens and back to
 * the element given to {@link OzgExternalLinkDialog.show} when it closes
 * (close button, Escape, or a tap beside it).
 *
 * The element class does not register itself; importing this module
 * registers `<ozg-qr-code>`, which it uses.
 *
 * @summary Kiosk dialog: an external link as a QR code and a readable address.
 * @element ozg-external-link-dialog
 * @fires ozg-external-link - `{ kind, url? }` when the dialog is shown; `url` (external links only) without query and fragment, so it can be counted without personal data
 * @csspart dialog - the `<dialog>`
 * @csspart heading - the heading ("Diese Seite öffnet sich hier nicht" …), focused when the dialog opens
 * @csspart text - the explanation below the heading
 * @csspart qr - the `<ozg-qr-code>` (size it with `--ozg-qr-size`)
 * @csspart address - the address or number, in large type
 * @csspart close - the close button
 * @cssprop --ozg-color-border - border of the dialog and the QR code
 * @cssprop --ozg-color-surface - background of the address
 * @cssprop --ozg-target-size - smallest size of the close button (at least 3.25rem high)
 */
export class OzgExternalLinkDialog extends LitElement {
  /** The shared base styles and the element's own. */
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        box-sizing: border-box;
        width: min(44rem, calc(100vw - 1.5rem));
        max-width: none;
        max-height: calc(100dvh - 1.5rem);
        margin: auto;
        padding: 0;
        border: 2px solid var(--_ozg-border);
        border-radius: calc(var(--_ozg-radius) * 2);
        background: var(--_ozg-background);
        color: var(--_ozg-text);
        font-family: var(--_ozg-font);
        font-size: max(1.25rem, var(--_ozg-size));
        line-height: 1.45;
        overflow: auto;
        overscroll-behavior: contain;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.65);
      }
      .content {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--_ozg-space);
        padding: calc(var(--_ozg-space) * 1.5) var(--_ozg-space);
        text-align: center;
      }
      h2 {
        margin: 0;
        font-size: 1.5em;
        line-height: 1.25;
        font-weight: 700;
      }
      /* The heading takes the focus only so reading starts there; it is no control to mark. */
      h2:focus {
        outline: none;
        box-shadow: none;
      }
      .text {
        margin: 0;
        max-width: 34em;
      }
      ozg-qr-code {
        --ozg-qr-size: min(16rem, 62vw, 42dvh);
        border: 1px solid var(--_ozg-border);
      }
      .address {
        max-width: 100%;
        margin: 0;
        padding: 0.25em 0.5em;
        border-radius: var(--_ozg-radius);
        background: var(--_ozg-surface);
        font-size: 1.6em;
        font-weight: 700;
        line-height: 1.3;
        overflow-wrap: anywhere;
        unicode-bidi: isolate;
        user-select: text;
        -webkit-user-select: text;
        cursor: text;
      }
      /* The close button stays in view while a long address scrolls on a small screen. */
      .actions {
        position: sticky;
        bottom: 0;
        align-self: stretch;
        display: flex;
        justify-content: center;
        margin: 0 calc(var(--_ozg-space) * -1) calc(var(--_ozg-space) * -1.5);
        padding: calc(var(--_ozg-space) * 0.5) var(--_ozg-space) var(--_ozg-space);
        background: var(--_ozg-background);
      }
      .close {
        min-width: max(var(--_ozg-target), 10rem);
        min-height: max(var(--_ozg-target), 3.25rem);
        font-size: 1em;
        touch-action: manipulation;
      }
      @media (max-width: 30rem) {
        h2 {
          font-size: 1.3em;
        }
        .address {
          font-size: 1.25em;
        }
      }
      @media (min-width: 60rem) {
        dialog {
          font-size: max(1.375rem, var(--_ozg-size));
        }
        ozg-qr-code {
          --ozg-qr-size: min(18rem, 42dvh);
        }
      }
      @media (forced-colors: active) {
        dialog {
          border-color: CanvasText;
        }
      }
    `,
  ];

  readonly #language = new LanguageController(this);

  @state() private _target: ShownTarget | undefined;

  @query('dialog') private _dialog!: HTMLDialogElement | null;
  @query('h2') private _heading!: HTMLElement | null;

  #returnFocusTo: HTMLElement | SVGElement | undefined;
  #openAfterRender = false;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this._dialog?.open ?? false;
  }

  /**
   * Shows `target` in the modal dialog and returns true; for `blocked` (and
   * `internal`, which needs no dialog) shows nothing and returns false.
   * `returnFocusTo` gets the focus back when the dialog closes, usually the
   * link that was tapped. The dialog opens with the next render:
   * `await element.updateComplete` to wait for it.
   */
  show(target: LinkTarget, returnFocusTo?: HTMLElement | SVGElement): boolean {
    if (target.kind === 'blocked' || target.kind === 'internal') return false;
    this._target = target;
    if (returnFocusTo) this.#returnFocusTo = returnFocusTo;
    this.#openAfterRender = true;
    this.requestUpdate();
    return true;
  }

  /** Closes the dialog; focus goes back as after Escape. */
  close(): void {
    if (this._dialog?.open) this._dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#openAfterRender = false;
    this._target = undefined;
    this.#returnFocusTo = undefined;
  }

  #t(key: LinkMessageKey, params?: Record<string, string>): string {
    return linkMessages.format(this.#language.language, key, params);
  }

  protected override render(): TemplateResult {
    const target = this._target;
    const view = target ? viewOf(target) : undefined;
    return html`<dialog
      part="dialog"
      aria-labelledby="heading"
      aria-describedby="text"
      lang=${this.#language.language}
      dir=${this.#language.direction}
      @close=${this.#onClose}
      @click=${this.#onClick}
    >
      ${view
        ? html`<div class="content">
            <h2 id="heading" part="heading" tabindex="-1">${this.#t(view.title)}</h2>
            <p id="text" class="text" part="text">${this.#t(view.text)}</p>
            <ozg-qr-code part="qr" .value=${view.qr} label=${this.#t('link.qrLabel', { address: view.shown })}></ozg-qr-code>
            <p class="address" part="address" dir="ltr" translate="no">${breakable(view.shown)}</p>
            <div class="actions">
              <button type="button" class="button close" part="close" @click=${this.close}>${this.#t('link.close')}</button>
            </div>
          </div>`
        : nothing}
    </dialog>`;
  }

  protected override updated(): void {
    if (!this.#openAfterRender || !this._target) return;
    this.#openAfterRender = false;
    const dialog = this._dialog;
    if (!dialog || !this.isConnected) return;
    if (!dialog.open) dialog.showModal();
    this._heading?.focus();
    const detail: ExternalLinkEventDetail = { kind: this._target.kind };
    if (this._target.kind === 'external') detail.url = withoutQuery(this._target.url);
    this.dispatchEvent(new CustomEvent<ExternalLinkEventDetail>('ozg-external-link', { detail, bubbles: true, composed: true }));
  }

  readonly #onClose = (): void => {
    const back = this.#returnFocusTo;
    this.#returnFocusTo = undefined;
    this._target = undefined;
    if (back?.isConnected) back.focus();
  };

  /** A tap on the backdrop (the dialog element itself, outside its content) closes it. */
  readonly #onClick = (event: MouseEvent): void => {
    if (event.target === this._dialog && event.composedPath()[0] === this._dialog) {
      const box = this._dialog.getBoundingClientRect();
      const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
      if (outside) this.close();
    }
  };
}

/** An address with line-break opportunities after `/ ? & # = @`, so it wraps between its parts, not inside words. */
function breakable(text: string): (string | TemplateResult)[] {
  return text.split(/(?<=[/?&#=@])(?!$)/).map((piece, index) => (index === 0 ? piece : html`<wbr />${piece}`));
}

function withoutQuery(href: string): string {
  try {
    const url = new URL(href);
    return url.origin + url.pathname;
  } catch {
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ozg-qr-code': OzgQrCode;
  }
  interface HTMLElementEventMap {
    'ozg-external-link': CustomEvent<ExternalLinkEventDetail>;
  }
}
