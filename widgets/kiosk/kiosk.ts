import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LanguageController } from '../../src/i18n/language-controller.js';
import { directionOf, normalizeLanguage } from '../../src/i18n/language.js';
import type { Params } from '../../src/i18n/messages.js';
import { baseStyles } from '../../src/ui/base-styles.js';
import { defineElement } from '../../src/ui/define.js';
import { heading } from '../../src/ui/heading.js';
import { IdleTimer, realClock, type Clock } from './idle-timer.js';
import { hrefOf, linkFromEvent, staysOnPage } from './link-from-event.js';
import type { LinkTarget } from './link-policy.js';
import { kioskMessages, type KioskMessageKey } from './messages.js';
import type { WipeScope } from './storage-wipe.js';
import { kioskStyles } from './styles.js';
import { freshAnnouncement } from '../../src/ui/announcement.js';

/** Languages the kiosk offers out of the box, each named in itself. */
const LANGUAGE_NAMES: Record<string, string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
};

const TEXT_SCALES = [100, 125, 150] as const;
const KNOWN_WIDGETS = ['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker'];

type ResetReason = 'idle' | 'citizen';
type ExternalLinkDialog = HTMLElement & { show(target: LinkTarget, returnFocusTo?: HTMLElement): boolean };

/**
 * `<ozg-kiosk>`: the shell for touch terminals in the citizen office. It
 * wraps the widgets of the page (its children) and puts them in kiosk mode
 * through the kiosk context (src/ui/kiosk-context.ts): bigger targets and
 * text, no drafts stored, no file dialogs unless allowed, no link that
 * leaves the terminal.
 *
 * Each child gets a tile on the start screen. Its title is the child's
 * `kiosk-label` attribute (default by widget type), its description the
 * child's `kiosk-text` attribute.
 *
 * @summary Kiosk shell for touch terminals: start screen, languages, idle wipe.
 * @element ozg-kiosk
 * @slot - the widgets offered at this terminal, one per start-screen tile (`kiosk-label` and `kiosk-text` on a child set its tile's title and description)
 * @attr languages - languages offered, e.g. `de en tr ar` (default); the kiosk starts in its own `lang`, else the page's
 * @attr idle-timeout - seconds without input before the warning (default 90; 0 switches the wipe off)
 * @attr idle-warning - seconds the warning counts down before everything is wiped (default 30)
 * @attr wipe-storage - `all` (default): empty the origin's storage on wipe; `sdk`: only what ozg-widgets wrote (`ozg-…`)
 * @attr allow-files - citizens may pick files in upload fields (off by default: a terminal's file dialog shows the device)
 * @attr keyboard - show the on-screen keyboard for text fields (terminals without a physical keyboard)
 * @attr allowed-links - space-separated URL prefixes that may open at the terminal (other pages of the kiosk)
 * @attr print-width - paper width of the receipt printer, e.g. `80mm` (default) or `58mm`
 * @attr start-title - heading of the start screen (default "Willkommen im Bürgerservice")
 * @attr heading-level - level of the start screen's heading (default 2)
 * @fires ozg-kiosk-view - `{ view: string | null }` when a widget is opened or the start screen shown
 * @fires ozg-kiosk-reset - `{ reason: 'idle' | 'citizen' }` after everything was wiped
 * @csspart toolbar - the bar with overview, languages, accessibility toggles and restart
 * @csspart start - the start screen
 * @cssprop --ozg-kiosk-font-size - base text size in the kiosk (default 1.25rem), times the citizen's text scale
 * @cssprop --ozg-kiosk-target-size - smallest touch target (default 3.5rem)
 * @cssprop --ozg-kiosk-height - height of the kiosk (default 100dvh)
 * @cssprop --ozg-color-primary - links, buttons, selection (default `#0a5ea8`); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-text - text (default `#1a1a1a`); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-background - background; text on primary buttons (default `#ffffff`); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-error - error messages and borders (default `#b3261e`); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-focus - focus ring (default `#ffbf47`); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-font-family - all text (default: the system UI fonts, no web fonts)
 * @cssprop --ozg-font-size - set by the kiosk inside it from `--ozg-kiosk-font-size` and the citizen's text size: set that one instead
 * @cssprop --ozg-radius - corners (default `0.25rem`)
 * @cssprop --ozg-spacing - base gap; paddings are fractions of it (default `1rem`)
 * @cssprop --ozg-color-muted - secondary text (default: mixed from text and background colour); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-border - borders of fields and boxes (default: mixed from text and background colour); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-surface - background of tinted boxes (default: mixed from primary and background colour); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-color-error-surface - background of error notices (default: mixed from error and background colour); replaced by the high-contrast colours while the citizen has them on
 * @cssprop --ozg-button-background - button background (default: the primary colour)
 * @cssprop --ozg-button-color - button text (default: the background colour)
 * @cssprop --ozg-target-size - set by the kiosk inside it from `--ozg-kiosk-target-size`: set that one instead
 * @cssprop --ozg-focus-width - width of the focus outline (default `3px`)
 */
export class OzgKiosk extends LitElement {
  /** The shared base styles and the element's own. */
  static override styles = [baseStyles, kioskStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  @property() languages = 'de en tr ar';
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 90;
  @property({ type: Number, attribute: 'idle-warning' }) idleWarning = 30;
  @property({ attribute: 'wipe-storage' }) wipeScope: WipeScope = 'all';
  @property({ type: Boolean, reflect: true, attribute: 'allow-files' }) allowFiles = false;
  @property({ type: Boolean, reflect: true }) keyboard = false;
  @property({ attribute: 'allowed-links' }) allowedLinks = '';
  @property({ attribute: 'print-width' }) printWidth: string | null = null;
  @property({ attribute: 'start-title' }) startTitle: string | null = null;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Where time comes from (tests put a hand-moved clock here). */
  clock: Clock = realClock;

  /** The open widget's index among the children; undefined: the start screen. */
  @state() private active: number | undefined;
  @state() private textScale = 0;
  @state() private contrast = false;
  @state() private reach = false;
  @state() private warningSeconds: number | undefined;
  @state() private announcement = '';
  @state() private keyboardLoaded = false;
  @state() private keyboardOpen = false;

  @query('slot') private slotElement!: HTMLSlotElement | null;
  @query('.start-title') private startHeading!: HTMLElement | null;
  @query('.view') private viewElement!: HTMLElement | null;
  @query('dialog.idle') private idleDialog!: HTMLDialogElement | null;
  @query('dialog.restart') private restartDialog!: HTMLDialogElement | null;
  @query('.end-now') private endNowButton!: HTMLElement | null;

  protected readonly languageController = new LanguageController(this);

  /** The widgets as the editor wrote them, to put back on every wipe. */
  #pristine: Element[] | undefined;
  #startUrl = '';
  #startLanguage: string | null = null;
  #releasePaper: (() => void) | undefined;
  #tick: unknown;
  #linkDialog: ExternalLinkDialog | undefined;
  #wiping = false;
  #dialogModule: typeof import('./kiosk-dialogs.js') | undefined;
  #policy: typeof import('./link-policy.js') | undefined;
  #paper: typeof import('./receipt-paper.js') | undefined;
  /** The dialogs and the link rules, loaded after the first render so the start screen comes sooner. */
  #dialogs: Promise<void> | undefined;

  readonly #idle = new IdleTimer({
    idleMs: this.idleTimeout * 1000,
    warningMs: this.idleWarning * 1000,
    // Delegates, so a clock set after construction is used.
    clock: {
      now: () => this.clock.now(),
      setTimeout: (callback, ms) => this.clock.setTimeout(callback, ms),
      clearTimeout: (handle) => this.clock.clearTimeout(handle),
    },
    onWarn: (deadline) => this.#showWarning(deadline),
    onResume: () => this.#hideWarning(),
    onExpire: () => void this.restart('idle'),
  });

  get #views(): HTMLElement[] {
    return [...this.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !['SCRIPT', 'TEMPLATE', 'STYLE'].includes(child.tagName),
    );
  }

  get #language(): string {
    return this.languageController.language;
  }

  #t(key: KioskMessageKey, params?: Params): string {
    return kioskMessages.format(this.#language, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pristine ??= this.#views.map((view) => view.cloneNode(true) as Element);
    this.#startUrl ||= location.href;
    this.#startLanguage = this.getAttribute('lang');
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, this.#onActivity, { capture: true, passive: true });
    this.addEventListener('click', this.#onClick);
    this.addEventListener('auxclick', this.#onClick);
    this.addEventListener('ozg-apply-request', this.#onApplyRequest);
    this.addEventListener('ozg-keyboard-toggle', this.#onKeyboardToggle);
    this.#usePaper();
  }

  /** Receipt paper while connected (its module comes with the lazy parts: printing is never the first thing). */
  #usePaper(): void {
    this.#releasePaper?.();
    this.#releasePaper = this.#paper && this.isConnected ? this.#paper.useReceiptPaper(this.#paper.paperWidth(this.printWidth)) : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, this.#onActivity, { capture: true });
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('auxclick', this.#onClick);
    this.removeEventListener('ozg-apply-request', this.#onApplyRequest);
    this.removeEventListener('ozg-keyboard-toggle', this.#onKeyboardToggle);
    this.#releasePaper?.();
    this.#releasePaper = undefined;
    this.#idle.rest();
    this.#stopTicking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('idleTimeout') || changed.has('idleWarning')) {
      this.#idle.configure(Math.max(0, this.idleTimeout) * 1000, Math.max(1, this.idleWarning) * 1000);
    }
    if (changed.has('printWidth')) this.#usePaper();
    if (changed.has('keyboard') && this.keyboard && !this.keyboardLoaded) void this.#loadKeyboard();
  }

  /** Resolves when rendered and, after the first render, when the dialogs and link rules are there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#dialogs) return done;
    await this.#dialogs;
    return super.getUpdateComplete();
  }

  protected override firstUpdated(): void {
    this.#dialogs = Promise.all([import('./kiosk-dialogs.js'), import('./link-policy.js'), import('./receipt-paper.js')]).then(([module, policy, paper]) => {
      this.#dialogModule = module;
      this.#policy = policy;
      this.#paper = paper;
      this.#usePaper();
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.dialogStyles.styleSheet!];
      this.requestUpdate();
    });
  }

  protected override updated(): void {
    // Display settings as host attributes: the kiosk's styles set the tokens for everything inside from them.
    this.toggleAttribute('contrast', this.contrast);
    if (this.textScale > 0) this.setAttribute('text-scale', String(TEXT_SCALES[this.textScale]));
    else this.removeAttribute('text-scale');
    // Only the open widget is shown; the others stay in the page, unrendered.
    const view = this.active === undefined ? undefined : this.#views[this.active];
    this.slotElement?.assign(...(view ? [view] : []));
  }

  // ---------------------------------------------------------------- views

  /** Opens the widget at `index` (among the children). */
  async open(index: number): Promise<void> {
    const view = this.#views[index];
    if (!view) return;
    this.active = index;
    await this.updateComplete;
    this.viewElement?.focus();
    this.scrollIntoView({ block: 'start' });
    this.#announce(this.#t('kiosk.view', { title: this.#tileTitle(view, index) }));
    this.#emit('ozg-kiosk-view', { view: view.localName });
  }

  /** Back to the start screen, keeping what was entered (the same citizen goes on). */
  async showStart(): Promise<void> {
    this.active = undefined;
    await this.updateComplete;
    this.startHeading?.focus();
    this.#emit('ozg-kiosk-view', { view: null });
  }

  readonly #onApplyRequest = (): void => {
    const form = this.#views.findIndex((view) => view.localName === 'ozg-application-form');
    if (form < 0) return;
    // The finder then hands the service to the form and moves focus there.
    this.active = form;
    this.slotElement?.assign(this.#views[form]!);
    void this.updateComplete.then(() => this.#emit('ozg-kiosk-view', { view: 'ozg-application-form' }));
  };

  // ---------------------------------------------------------------- links

  readonly #onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented) return;
    const link = linkFromEvent(event);
    if (!link) return;
    const href = hrefOf(link);
    // Links within the kiosk page go as usual.
    if (staysOnPage(href, new URL(location.href))) return;
    const target = this.#policy?.classifyLink(href, new URL(location.href), this.#allowed());
    if (target?.kind === 'internal') return;
    event.preventDefault();
    // In the moment before the rules have loaded, decide when they are there.
    if (!target) void this.#dialogs?.then(() => this.#followOrShow(href, link as unknown as HTMLElement));
    else void this.#show(target, link as unknown as HTMLElement);
  };

  #allowed(): string[] {
    return this.allowedLinks.split(/\s+/).filter(Boolean);
  }

  #followOrShow(href: string, trigger: HTMLElement): void {
    const target = this.#policy!.classifyLink(href, new URL(location.href), this.#allowed());
    if (target.kind === 'internal') location.assign(href);
    else void this.#show(target, trigger);
  }

  async #show(target: LinkTarget, trigger: HTMLElement): Promise<void> {
    if (target.kind === 'blocked') return;
    if (!this.#linkDialog) {
      const { OzgExternalLinkDialog } = await import('./external-link-dialog.js');
      defineElement('ozg-external-link-dialog', OzgExternalLinkDialog);
      this.#linkDialog ??= document.createElement('ozg-external-link-dialog') as ExternalLinkDialog;
      this.renderRoot.querySelector('.kiosk')?.append(this.#linkDialog);
    }
    this.#linkDialog.show(target, trigger);
  }

  // ---------------------------------------------------------------- keyboard

  async #loadKeyboard(): Promise<void> {
    const { OzgOnScreenKeyboard } = await import('./on-screen-keyboard.js');
    defineElement('ozg-on-screen-keyboard', OzgOnScreenKeyboard);
    this.keyboardLoaded = true;
  }

  readonly #onKeyboardToggle = (event: Event): void => {
    const { open, height } = (event as CustomEvent<{ open: boolean; height: number }>).detail;
    this.style.setProperty('--_kiosk-keyboard-space', open ? `${Math.ceil(height)}px` : '0px');
    this.keyboardOpen = open;
  };

  // ---------------------------------------------------------------- idle and wipe

  readonly #onActivity = (event: Event): void => {
    if (this.#wiping || this.idleTimeout <= 0) return;
    // "End now" in the warning must not count as "still here".
    if (this.endNowButton && event.composedPath().includes(this.endNowButton)) return;
    this.#idle.activity();
  };

  #showWarning(deadline: number): void {
    this.#updateCountdown(deadline);
    const open = () => {
      // Input (or the wipe) may have ended the warning before the dialog was there.
      if (this.#idle.phase !== 'warning') return;
      this.restartDialog?.close();
      if (this.idleDialog && !this.idleDialog.open) this.idleDialog.showModal();
    };
    if (this.idleDialog) open();
    else void Promise.resolve(this.#dialogs).then(() => this.updateComplete).then(open);
  }

  #updateCountdown(deadline: number): void {
    const left = Math.max(0, deadline - this.clock.now());
    this.warningSeconds = Math.ceil(left / 1000);
    this.#stopTicking();
    if (left > 0) this.#tick = this.clock.setTimeout(() => this.#updateCountdown(deadline), left % 1000 || 1000);
  }

  #hideWarning(): void {
    this.#stopTicking();
    this.warningSeconds = undefined;
    this.idleDialog?.close();
  }

  #stopTicking(): void {
    if (this.#tick !== undefined) this.clock.clearTimeout(this.#tick);
    this.#tick = undefined;
  }

  /**
   * Wipes everything a citizen left: every widget's state (the widgets are
   * put back as the editor wrote them), what the SDK stored, the URL state,
   * a pending print, language and display settings, focus and scroll — and
   * shows the start screen.
   */
  async restart(reason: ResetReason = 'citizen'): Promise<void> {
    this.#wiping = true;
    try {
      this.#idle.rest();
      this.#hideWarning();
      this.restartDialog?.close();
      (this.#linkDialog as (HTMLElement & { close?: () => void }) | undefined)?.close?.();
      blurDeepActiveElement();
      const [print, storage] = await Promise.all([import('../../src/ui/print-only.js'), import('./storage-wipe.js')]);
      print.cancelPendingPrint();
      // The URL first: the new widgets read their state from it.
      history.replaceState(null, '', this.#startUrl);
      this.#renewWidgets();
      await storage.wipeStorage(this.wipeScope === 'sdk' ? 'sdk' : 'all');
      if (this.#startLanguage === null) this.removeAttribute('lang');
      else this.setAttribute('lang', this.#startLanguage);
      this.removeAttribute('dir');
      this.textScale = 0;
      this.contrast = false;
      this.reach = false;
      this.active = undefined;
      getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
      await this.updateComplete;
      this.startHeading?.focus();
      this.#announce(this.#t('kiosk.wiped'));
      this.#emit('ozg-kiosk-reset', { reason });
    } finally {
      this.#wiping = false;
    }
  }

  #renewWidgets(): void {
    const views = this.#views;
    this.#pristine?.forEach((original, index) => {
      const fresh = original.cloneNode(true);
      const current = views[index];
      if (current) current.replaceWith(fresh);
      else this.append(fresh);
    });
  }

  // ---------------------------------------------------------------- settings

  #chooseLanguage(language: string): void {
    this.setAttribute('lang', language);
    this.setAttribute('dir', directionOf(language));
  }

  #offeredLanguages(): string[] {
    const offered = this.languages.split(/\s+/).filter(Boolean).map(normalizeLanguage);
    return offered.length > 0 ? offered : ['de'];
  }

  // ---------------------------------------------------------------- rendering

  #tileTitle(view: Element, index: number): string {
    const own = view.getAttribute('kiosk-label');
    if (own) return own;
    if (KNOWN_WIDGETS.includes(view.localName)) return this.#t(`kiosk.tile.${view.localName}` as KioskMessageKey);
    return this.#t('kiosk.tile.other', { number: index + 1 });
  }

  #tileText(view: Element): string | undefined {
    const own = view.getAttribute('kiosk-text');
    if (own !== null) return own || undefined;
    if (KNOWN_WIDGETS.includes(view.localName)) return this.#t(`kiosk.tile.${view.localName}.text` as KioskMessageKey);
    return undefined;
  }

  protected override render(): unknown {
    const language = this.#language;
    const classes = [
      'kiosk',
      this.reach ? 'reach' : '',
      this.keyboardOpen ? 'keyboard-open' : '',
    ];
    return html`<div class=${classes.filter(Boolean).join(' ')} lang=${language} dir=${this.languageController.direction}>
      ${this.#renderToolbar()}
      <div class="content">${this.active === undefined ? this.#renderStart() : this.#renderView()}</div>
      ${this.#renderDialogs()}
      ${this.keyboard && this.keyboardLoaded ? html`<ozg-on-screen-keyboard></ozg-on-screen-keyboard>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  #renderToolbar(): unknown {
    const scale = TEXT_SCALES[this.textScale] ?? 100;
    const views = this.#views;
    const view = this.active === undefined ? undefined : views[this.active];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.#t('kiosk.toolbar')}>
      ${this.active !== undefined ? html`<button type="button" class="button secondary" @click=${() => void this.showStart()}>${this.#t('kiosk.home')}</button>` : nothing}
      ${this.#renderLanguages()}
      <span class="spacer"></span>
      <button
        type="button"
        class="button"
        aria-pressed=${this.textScale > 0 ? 'true' : 'false'}
        aria-describedby="scale-value"
        @click=${() => (this.textScale = (this.textScale + 1) % TEXT_SCALES.length)}
      >
        ${this.#t('kiosk.textSize')}<span id="scale-value" class="visually-hidden">${this.#t('kiosk.textSize.value', { percent: scale })}</span>
      </button>
      <button type="button" class="button" aria-pressed=${this.contrast ? 'true' : 'false'} @click=${() => (this.contrast = !this.contrast)}>
        ${this.#t('kiosk.contrast')}
      </button>
      <button type="button" class="button" aria-pressed=${this.reach ? 'true' : 'false'} @click=${() => (this.reach = !this.reach)}>
        ${this.#t('kiosk.reach')}
      </button>
      ${view?.localName === 'ozg-service-finder'
        ? html`<button type="button" class="button secondary" @click=${() => void import('../../src/ui/print-only.js').then((print) => print.printOnly(view))}>${this.#t('kiosk.print')}</button>`
        : nothing}
      <button type="button" class="button" @click=${this.#askRestart}>${this.#t('kiosk.restart')}</button>
    </div>`;
  }

  #renderLanguages(): unknown {
    const current = this.#language;
    return html`<div class="languages" role="group" aria-label=${this.#t('kiosk.languages')}>
      ${this.#offeredLanguages().map(
        (code) => html`<button
          type="button"
          class="button"
          lang=${code}
          dir=${directionOf(code)}
          aria-pressed=${current === code || current.startsWith(`${code}-`) ? 'true' : 'false'}
          @click=${() => this.#chooseLanguage(code)}
        >
          ${LANGUAGE_NAMES[code] ?? code}
        </button>`,
      )}
    </div>`;
  }

  #renderStart(): unknown {
    const views = this.#views;
    return html`<div class="start" part="start">
      ${heading(this.headingLevel, this.startTitle ?? this.#t('kiosk.start.title'), { className: 'start-title', focusable: true })}
      <p class="start-intro">${this.#t('kiosk.start.intro')}</p>
      <ul class="tiles">
        ${views.map((view, index) => {
          const text = this.#tileText(view);
          return html`<li>
            <button type="button" class="tile" @click=${() => void this.open(index)}>
              <span class="tile-title">${this.#tileTitle(view, index)}</span>
              ${text ? html`<span class="tile-text">${text}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderView(): unknown {
    const views = this.#views;
    const view = this.active === undefined ? undefined : views[this.active];
    const title = view ? this.#tileTitle(view, this.active ?? 0) : undefined;
    return html`<div class="view" role="region" aria-label=${ifDefined(title)} tabindex="-1"><slot></slot></div>`;
  }

  readonly #askRestart = (): void => {
    if (this.restartDialog) this.restartDialog.showModal();
    else void Promise.resolve(this.#dialogs).then(() => this.updateComplete).then(() => this.restartDialog?.showModal());
  };

  #renderDialogs(): unknown {
    const dialogs = this.#dialogModule;
    if (!dialogs) return nothing;
    const context = {
      t: (key: KioskMessageKey, params?: Params) => this.#t(key, params),
      seconds: this.warningSeconds ?? this.idleWarning,
      stillHere: () => this.#idle.activity(),
      restart: () => void this.restart('citizen'),
      closeRestart: () => this.restartDialog?.close(),
    };
    return html`${dialogs.renderIdleDialog(context)} ${dialogs.renderRestartDialog(context)}`;
  }

  #announce(message: string): void {
    this.announcement = freshAnnouncement(this.announcement, message);
  }

  #emit<D>(type: `ozg-${string}`, detail: D): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** What counts as "someone is using the terminal". */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** Blurs the focused element, down through shadow roots (closes the on-screen keyboard, ends an edit). */
function blurDeepActiveElement(): void {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (active as HTMLElement | null)?.blur?.();
}
