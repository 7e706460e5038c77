import { LitElement, css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../../src/ui/base-styles.js';

/** Modules of white around the code, as ISO/IEC 18004 asks. */
export const QUIET_ZONE = 4;

/**
 * - `empty`: no value, nothing shown;
 * - `loading`: the encoder is on its way;
 * - `ready`: the code is shown;
 * - `too-long`: the value does not fit into a QR code, it is shown as text;
 * - `failed`: the encoder could not be loaded, the value is shown as text.
 */
export type QrCodeState = 'empty' | 'loading' | 'ready' | 'too-long' | 'failed';

type Encoder = typeof import('lean-qr');

let encoder: Promise<Encoder> | undefined;

/** The encoder module, imported on first use; a failed import is tried again next time. */
function loadEncoder(): Promise<Encoder> {
  encoder ??= import('lean-qr').catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  return encoder;
}

interface Code {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** The dark modules as one SVG path, row by row in runs. */
  path: string;
}

function encode(lib: Encoder, value: string): Code {
  const { generate, correction, mode } = lib;
  const bitmap = generate(value, {
    minCorrectionLevel: correction.M,
    maxCorrectionLevel: correction.M,
    // UTF-8 rather than ISO 8859-1 for non-ASCII text: phone scanners that ignore the ECI guess UTF-8.
    modes: [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8],
  });
  const n = bitmap.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; ) {
      if (!bitmap.get(x, y)) {
        x++;
        continue;
      }
      let end = x + 1;
      while (end < n && bitmap.get(end, y)) end++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  }
  return { size: n + 2 * QUIET_ZONE, path };
}

/**
 * `<ozg-qr-code>`: a QR code as an SVG, for a citizen to scan an address
 * off a kiosk screen with their own phone.
 *
 * - Error correction level M, quiet zone of 4 modules, always black on
 *   white whatever the theme (scanners need the contrast the right way round).
 * - Rendered with Lit's `svg` template as one `<path>`: no innerHTML, so it
 *   works under a strict Content Security Policy.
 * - The encoder (lean-qr, about 3.7 kB min+gzip) is imported only when a
 *   value is set, so a page that never shows a code never downloads it.
 * - Text is encoded as UTF-8 (with an ECI marker where it is not plain
 *   ASCII). A value longer than a version 40-M code holds (about 2,300 bytes)
 *   is shown as text instead.
 *
 * `await element.updateComplete` resolves once the code for the current
 * value is rendered (or the text fallback is).
 *
 * The element class does not register itself: `defineElement('ozg-qr-code', OzgQrCode)`.
 *
 * @summary QR code of a value, as a crisp black-on-white SVG.
 * @element ozg-qr-code
 * @attr value - the text to encode, usually a URL
 * @attr label - accessible name of the image (default: the value)
 * @cssprop --ozg-qr-size - width and height of the code including its quiet zone (default 12rem)
 * @csspart svg - the code
 * @csspart fallback - the value as text when it cannot be encoded (too long, or the encoder could not be loaded)
 */
export class OzgQrCode extends LitElement {
  /** The shared base styles and the element's own. */
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        width: var(--ozg-qr-size, 12rem);
        max-width: 100%;
        vertical-align: middle;
        background: transparent;
      }
      svg,
      .placeholder {
        display: block;
        width: 100%;
        height: auto;
        aspect-ratio: 1;
        background: #fff;
        /* Windows high contrast must not recolour the code. */
        forced-color-adjust: none;
      }
      .fallback {
        margin: 0;
        font-size: 1.25em;
        font-weight: 600;
        user-select: text;
        -webkit-user-select: text;
        overflow-wrap: anywhere;
        unicode-bidi: isolate;
      }
    `,
  ];

  /** The text to encode, usually a URL. */
  @property() value = '';

  /** The accessible name of the image; without one the value is read out. */
  @property() label = '';

  @state() private _state: QrCodeState = 'empty';
  @state() private _code: Code | undefined;

  #encoding: Promise<void> = Promise.resolve();
  #generation = 0;

  /** Where the element stands: see {@link QrCodeState}. */
  get state(): QrCodeState {
    return this._state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.#encode(this.value);
  }

  #encode(value: string): void {
    const generation = ++this.#generation;
    this._code = undefined;
    if (!value) {
      this._state = 'empty';
      this.#encoding = Promise.resolve();
      return;
    }
    this._state = 'loading';
    this.#encoding = loadEncoder().then(
      (lib) => {
        if (generation !== this.#generation) return;
        try {
          this._code = encode(lib, value);
          this._state = 'ready';
        } catch {
          // lean-qr throws when the value does not fit into version 40 at level M.
          this._state = 'too-long';
        }
      },
      () => {
        if (generation === this.#generation) this._state = 'failed';
      },
    );
  }

  /** Also waits for the encoder and the render of the code for the current value. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let awaited: Promise<void> | undefined;
    while (awaited !== this.#encoding) {
      awaited = this.#encoding;
      await awaited;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override render(): TemplateResult | typeof nothing {
    const code = this._code;
    switch (this._state) {
      case 'ready':
        if (!code) return nothing;
        return html`<svg
          part="svg"
          role="img"
          aria-label=${this.label || this.value}
          viewBox="0 0 ${code.size} ${code.size}"
          shape-rendering="crispEdges"
        >${svg`<rect width=${code.size} height=${code.size} fill="#fff"></rect><path d=${code.path} fill="#000"></path>`}</svg>`;
      case 'loading':
        // Keeps the space, so the layout does not jump when the code arrives.
        return html`<div class="placeholder" aria-hidden="true"></div>`;
      case 'too-long':
      case 'failed':
        return html`<p class="fallback" part="fallback" dir="ltr">${this.value}</p>`;
      default:
        return nothing;
    }
  }
}
