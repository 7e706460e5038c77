/**
 * The base class of every widget.
 *
 * It gives a widget: its connector (by the `connector` attribute, through the
 * registry), its language (from `lang`, live), `ozg-*` events that bubble out
 * of the shadow root, a polite live region for announcements, and the
 * configuration-error view for editors. Subclasses implement
 * {@link OzgElement.renderContent} instead of `render`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConfigurationError, isConfigurationError } from '../connector/configuration-error.js';
import { isAbortError, isOzgError } from '../connector/errors.js';
import type { Capabilities, CapabilityName } from '../connector/contract.js';
import { CONFIGURATION_CHANGE, configurationEvents, resolveCapability } from '../connector/registry.js';
import { LanguageController } from '../i18n/language-controller.js';
import { baseStyles } from './base-styles.js';
import { noticeStyles } from './notice-styles.js';
import { markKioskHost } from './kiosk-context.js';
import { freshAnnouncement } from './announcement.js';

export abstract class OzgElement extends LitElement {
  /** Shared widget styles: tokens, host reset, buttons, notices. Subclasses add their own. */
  static override styles = [...baseStyles, noticeStyles];

  /**
   * Name of the configured connector to use. Without it the page's default
   * connector is used (or the only one configured).
   */
  @property({ reflect: true }) connector: string | null = null;

  /** Set when the page is set up wrongly; shown instead of the content. */
  @state() protected configurationError: ConfigurationError | undefined;

  /**
   * Goes up by one on every configuration change and on a new `connector`
   * attribute. Put it in task arguments to reload data then.
   */
  @state() protected configurationVersion = 0;

  @state() private announcement = '';

  protected readonly languageController = new LanguageController(this);
  readonly #onConfigurationChange = () => {
    this.configurationError = undefined;
    this.configurationVersion++;
  };

  /** The resolved language of this element, e.g. `de` or `en`. */
  get language(): string {
    return this.languageController.language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markKioskHost(this);
    configurationEvents().addEventListener(CONFIGURATION_CHANGE, this.#onConfigurationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    configurationEvents().removeEventListener(CONFIGURATION_CHANGE, this.#onConfigurationChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('connector') && changed.get('connector') !== undefined) this.#onConfigurationChange();
  }

  /**
   * The capability of this element's connector. A configuration problem is
   * shown in the element and logged, then rethrown.
   */
  protected async capability<K extends CapabilityName>(name: K): Promise<Capabilities[K]> {
    try {
      return await resolveCapability(name, this.connector);
    } catch (error) {
      if (isConfigurationError(error)) this.#showConfigurationError(error);
      throw error;
    }
  }

  #showConfigurationError(error: ConfigurationError): void {
    if (this.configurationError?.message !== error.message) console.error(`<${this.localName}>: ${error.message}`, this);
    this.configurationError = error;
    void import('./configuration-view.js').then((view) => {
      this.#configurationView = view;
      this.requestUpdate();
    });
  }

  /** The lazily loaded view for configuration problems. */
  #configurationView: typeof import('./configuration-view.js') | undefined;

  /**
   * Logs an error that is neither a typed backend failure nor a configuration
   * problem nor an abort — a bug — so developers see it in the console while
   * the citizen sees the generic error view. Use as a task's `onError`.
   */
  protected logUnexpected = (error: unknown): void => {
    if (isOzgError(error) || isConfigurationError(error) || isAbortError(error)) return;
    console.error(`<${this.localName}>: unexpected error`, error);
  };

  /**
   * Dispatches `ozg-…` events that bubble and cross shadow boundaries.
   * Returns false when a listener called `preventDefault()`.
   */
  protected emit<D>(type: `ozg-${string}`, detail: D, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Says `message` to screen reader users through the element's polite live region. */
  protected announce(message: string): void {
    this.announcement = freshAnnouncement(this.announcement, message);
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="root" lang=${this.language} dir=${this.languageController.direction}>
        ${this.configurationError
          ? html`${this.#configurationView?.renderConfigurationError(this.language, this.configurationError) ?? nothing}<slot></slot>`
          : this.renderContent()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement || nothing}</div>`;
  }

  /** The widget's own content. */
  protected abstract renderContent(): unknown;
}
