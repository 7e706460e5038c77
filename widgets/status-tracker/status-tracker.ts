import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ReferenceFormat, StatusCapability } from '../../src/connector/contract.js';
import { isOzgError } from '../../src/connector/errors.js';
import { isRealDate } from '../../src/forms/validation.js';
import { validationMessage } from '../../src/forms/validation-messages.js';
import { isFinalCaseState } from '../../src/model/case-states.js';
import type { CaseStatus, StatusQuery } from '../../src/model/case-status.js';
import { PolitePoller, browserClock, type PollerClock } from '../../src/status/polite-poller.js';
import { heading } from '../../src/ui/heading.js';
import { defineElement } from '../../src/ui/define.js';
import { Loader } from '../../src/ui/loader.js';
import { OzgElement } from '../../src/ui/ozg-element.js';
import { renderError, renderLoading } from '../../src/ui/status-views.js';
import { statusMessages, type StatusMessageKey } from './messages.js';
import { statusStyles } from './styles.js';
import type { TimelineArgs } from './timeline-view.js';

const URL_PARAM = 'ref';

/** A reference without a known format: trimmed, inner spaces collapsed. */
const plainReference: ReferenceFormat = {
  example: '',
  normalize: (input) => input.trim().replace(/\s+/g, ' '),
  isValid: (reference) => reference.length > 0,
};

type LookupFailure = { kind: 'reference' | 'second-factor'; message: string };

/**
 * `<ozg-status-tracker>`: a citizen looks up where their application stands
 * with the reference number from the receipt and a second factor (a PIN or
 * the date of birth — the connector says which). The reference is tidied
 * and checked before any request; the result is one plain-language timeline
 * that refreshes itself politely while the page is visible.
 *
 * The second factor is kept in memory only: never in the URL, never stored.
 *
 * @summary Status tracker: reference + second factor → timeline of the case.
 * @element ozg-status-tracker
 * @attr connector - configured connector with the `status` capability; default: the page's default connector
 * @attr reference - a reference to fill in (a deep link `?ref=` does the same)
 * @attr url-state - `query` (default: `?ref=`), `hash` (`#ref=`) or `off`
 * @attr poll-interval - seconds between automatic checks at first (default 30; 0 turns polling off)
 * @attr max-poll-interval - longest pause between checks in seconds (default 300)
 * @attr heading-level - level of the widget's top headings (default 2)
 * @fires ozg-status - `{ reference, state }` when a status was loaded or changed
 * @slot - fallback content (e.g. a phone number to ask), shown until the widget runs and again if the status service cannot be reached
 * @csspart root - the widget's container
 * @csspart form - the lookup form
 * @csspart result - the result: current state, what to do, history
 * @csspart current - the current state
 * @csspart action - what the citizen must do now, if anything
 * @csspart reason - the reason the authority gave for a rejection
 * @csspart timeline - the history of the case
 * @csspart loading - the loading indicator
 * @csspart error - an error notice (loading failed, or the page is set up wrongly)
 * @csspart button - the retry button of an error notice
 * @csspart retry - the "try again" button of an error notice
 * @csspart configuration-error - the notice for editors when the page is set up wrongly
 * @cssprop --ozg-color-primary - links, buttons, selection (default `#0a5ea8`)
 * @cssprop --ozg-color-text - text (default `#1a1a1a`)
 * @cssprop --ozg-color-background - background; text on primary buttons (default `#ffffff`)
 * @cssprop --ozg-color-error - error messages and borders (default `#b3261e`)
 * @cssprop --ozg-color-focus - focus ring (default `#ffbf47`)
 * @cssprop --ozg-font-family - all text (default: the system UI fonts, no web fonts)
 * @cssprop --ozg-font-size - base size; everything scales with it (default `1rem`)
 * @cssprop --ozg-radius - corners (default `0.25rem`)
 * @cssprop --ozg-spacing - base gap; paddings are fractions of it (default `1rem`)
 * @cssprop --ozg-color-muted - secondary text (default: mixed from text and background colour)
 * @cssprop --ozg-color-border - borders of fields and boxes (default: mixed from text and background colour)
 * @cssprop --ozg-color-surface - background of tinted boxes (default: mixed from primary and background colour)
 * @cssprop --ozg-color-error-surface - background of error notices (default: mixed from error and background colour)
 * @cssprop --ozg-button-background - button background (default: the primary colour)
 * @cssprop --ozg-button-color - button text (default: the background colour)
 * @cssprop --ozg-target-size - smallest size of buttons, links and controls (default `2.75rem`)
 * @cssprop --ozg-focus-width - width of the focus outline (default `3px`)
 */
export class OzgStatusTracker extends OzgElement {
  static override styles = [...OzgElement.styles, statusStyles];

  @property() reference = '';
  @property({ attribute: 'url-state' }) urlState: 'query' | 'hash' | 'off' = 'query';
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30;
  @property({ type: Number, attribute: 'max-poll-interval' }) maxPollInterval = 300;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Time and page visibility for polling and the rate-limit countdown; tests set a controllable clock. */
  @property({ attribute: false }) pollClock: PollerClock = browserClock;

  @state() private secondFactorValue = '';
  @state() private showErrors = false;
  @state() private failures: LookupFailure[] = [];
  @state() private correctedTo: string | undefined;
  @state() private result: CaseStatus | undefined;
  @state() private error: unknown;
  @state() private busy = false;
  @state() private checkedAt = new Date();
  @state() private waitUntil = 0;
  @state() private now = Date.now();

  #query: StatusQuery | undefined;
  #poller: PolitePoller | undefined;
  #controller: AbortController | undefined;
  /** The running tick of the rate-limit countdown, on the clock that runs it. */
  #countdown: { clock: PollerClock; handle: unknown } | undefined;
  #focusAfterRender: string | undefined;

  /** The timeline view loads with the first result; a citizen who only sees the form never downloads it. */
  #timeline: typeof import('./timeline-view.js') | undefined;

  readonly #status = new Loader(this, {
    task: async () => {
      // The form shows only once the connector is there, so its text field downloads meanwhile.
      const textField = import('../../src/fields/text-field.js');
      textField.catch(() => undefined);
      const status = await this.capability('status');
      defineElement('ozg-text-field', (await textField).OzgTextField);
      // The date field is needed only by backends that ask for the date of birth.
      if (status.secondFactor === 'birth-date') {
        const { OzgDateField } = await import('../../src/fields/date-field.js');
        defineElement('ozg-date-field', OzgDateField);
      }
      return status;
    },
    args: () => [this.connector, this.configurationVersion] as const,
    onError: this.logUnexpected,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.reference) this.reference = this.#referenceFromUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#poller?.stop();
    this.#controller?.abort();
    this.#stopCountdown();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      if (target) {
        this.#focusAfterRender = undefined;
        target.focus();
      }
    }
  }

  #t(key: StatusMessageKey, params?: Record<string, string | number>): string {
    return statusMessages.format(this.language, key, params);
  }

  #referenceFromUrl(): string {
    if (this.urlState === 'off') return '';
    const source = this.urlState === 'hash' ? location.hash.slice(1) : location.search;
    return new URLSearchParams(source.includes('=') ? source : '').get(URL_PARAM) ?? '';
  }

  #writeUrl(reference: string | undefined): void {
    if (this.urlState === 'off') return;
    const url = new URL(location.href);
    if (this.urlState === 'query') {
      if (reference) url.searchParams.set(URL_PARAM, reference);
      else url.searchParams.delete(URL_PARAM);
    } else {
      url.hash = reference ? new URLSearchParams({ [URL_PARAM]: reference }).toString() : '';
    }
    // Only the reference: the second factor never goes into the URL or the history.
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  // --- lookup ---------------------------------------------------------------------------

  #onSubmit = (event: SubmitEvent, status: StatusCapability) => {
    event.preventDefault();
    void this.#lookup(status);
  };

  async #lookup(status: StatusCapability): Promise<void> {
    if (this.busy || this.#waiting) return;
    const format = status.reference ?? plainReference;
    const typed = (this.renderRoot.querySelector<HTMLElement & { value: string }>('#reference')?.value ?? this.reference).trim();
    const reference = format.normalize(typed);
    const failures: LookupFailure[] = [];
    if (!typed) failures.push({ kind: 'reference', message: validationMessage(this.language, { code: 'required' }) });
    else if (!format.isValid(reference)) failures.push({ kind: 'reference', message: this.#t('status.invalidReference', { example: format.example }) });
    const factor = this.secondFactorValue.trim();
    if (status.secondFactor !== 'none') {
      if (!factor) failures.push({ kind: 'second-factor', message: validationMessage(this.language, { code: 'required' }) });
      else if (status.secondFactor === 'birth-date' && !isRealDate(factor)) failures.push({ kind: 'second-factor', message: validationMessage(this.language, { code: 'date' }) });
    }
    this.reference = typed && format.isValid(reference) ? reference : typed;
    this.correctedTo = typed && reference !== typed && format.isValid(reference) ? reference : undefined;
    this.failures = failures;
    this.showErrors = true;
    if (failures.length) {
      this.#focusAfterRender = failures[0]!.kind === 'reference' ? '#reference' : '#second-factor';
      return;
    }
    this.#query = {
      reference,
      ...(status.secondFactor === 'pin' ? { secondFactor: { kind: 'pin' as const, value: factor } } : {}),
      ...(status.secondFactor === 'birth-date' ? { secondFactor: { kind: 'birth-date' as const, value: factor } } : {}),
    };
    await this.#fetch(status, 'lookup');
  }

  /** One request for the current query; `lookup` shows the outcome, `refresh` and `poll` update it. */
  async #fetch(status: StatusCapability, cause: 'lookup' | 'refresh' | 'poll'): Promise<boolean> {
    if (!this.#query) return false;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (cause !== 'poll') this.busy = true;
    try {
      const [next, timeline] = await Promise.all([
        status.getStatus(this.#query, { signal: controller.signal, language: this.language }),
        this.#timeline ?? import('./timeline-view.js'),
      ]);
      this.#timeline = timeline;
      const changed = !this.result || fingerprint(this.result) !== fingerprint(next);
      const previous = this.result;
      this.result = next;
      this.error = undefined;
      this.checkedAt = new Date(this.pollClock.now());
      if (cause === 'lookup') {
        this.#writeUrl(next.reference);
        this.#focusAfterRender = '.view-title';
        this.announce(timeline.timelineMessages.format(this.language, 'timeline.result.loaded', { state: timeline.stateLabel(this.language, next.state) }));
      } else if (changed && previous?.state !== next.state) {
        this.announce(timeline.timelineMessages.format(this.language, 'timeline.result.changed', { state: timeline.stateLabel(this.language, next.state) }));
      }
      if (changed) this.emit('ozg-status', { reference: next.reference, state: next.state });
      this.#updatePolling(status, next);
      return changed;
    } catch (error) {
      if (controller.signal.aborted) return false;
      if (cause === 'poll') throw error;
      this.#showFailure(error, cause);
      return false;
    } finally {
      if (cause !== 'poll') this.busy = false;
    }
  }

  #showFailure(error: unknown, cause: 'lookup' | 'refresh'): void {
    if (isOzgError(error) && error.rateLimited) {
      this.waitUntil = this.pollClock.now() + (error.retryAfterSeconds ?? 30) * 1000;
      this.#startCountdown();
    }
    this.error = error;
    if (cause === 'lookup') this.result = undefined;
    this.#focusAfterRender = '.lookup-error';
  }

  get #waiting(): boolean {
    return this.waitUntil > this.now;
  }

  /** Counts the wait down once a second on `pollClock`, like the polling, so tests can drive it. */
  #startCountdown(): void {
    this.#stopCountdown();
    const clock = this.pollClock;
    this.now = clock.now();
    const tick = () => {
      this.now = clock.now();
      this.#countdown = this.#waiting ? { clock, handle: clock.setTimeout(tick, 1000) } : undefined;
    };
    this.#countdown = { clock, handle: clock.setTimeout(tick, 1000) };
  }

  #stopCountdown(): void {
    this.#countdown?.clock.clearTimeout(this.#countdown.handle);
    this.#countdown = undefined;
  }

  #updatePolling(status: StatusCapability, result: CaseStatus): void {
    if (isFinalCaseState(result.state) || this.pollInterval <= 0) {
      this.#poller?.stop();
      this.#poller = undefined;
      return;
    }
    if (!this.#poller) {
      this.#poller = new PolitePoller({
        intervalMs: this.pollInterval * 1000,
        maxIntervalMs: Math.max(this.pollInterval, this.maxPollInterval) * 1000,
        clock: this.pollClock,
        check: () => this.#fetch(status, 'poll'),
      });
      this.#poller.start();
    }
  }

  #refresh = (status: StatusCapability) => {
    this.#poller?.reset();
    void this.#fetch(status, 'refresh');
  };

  #another = () => {
    this.#poller?.stop();
    this.#poller = undefined;
    this.#controller?.abort();
    this.result = undefined;
    this.error = undefined;
    this.#query = undefined;
    this.secondFactorValue = '';
    this.reference = '';
    this.correctedTo = undefined;
    this.showErrors = false;
    this.failures = [];
    this.#writeUrl(undefined);
    this.#focusAfterRender = '#reference';
  };

  // --- rendering ------------------------------------------------------------------------

  protected override renderContent(): unknown {
    return this.#status.render({
      pending: () => renderLoading(this.language),
      error: (error) => html`${renderError(this.language, error, { onRetry: () => this.#status.run() })}<slot></slot>`,
      complete: (status) => (this.result && this.#timeline ? this.#renderResult(status, this.result, this.#timeline.renderTimeline) : this.#renderForm(status)),
    });
  }

  #renderForm(status: StatusCapability): TemplateResult {
    const format = status.reference;
    const referenceError = this.failures.find((f) => f.kind === 'reference')?.message ?? '';
    const factorError = this.failures.find((f) => f.kind === 'second-factor')?.message ?? '';
    return html`<form class="lookup" part="form" novalidate @submit=${(e: SubmitEvent) => this.#onSubmit(e, status)}>
      ${heading(this.headingLevel, this.#t('status.title'), { className: 'form-title' })}
      <p>${this.#t(status.secondFactor === 'birth-date' ? 'status.introBirthDate' : 'status.intro')}</p>
      ${this.#renderLookupError(status)}
      <div class="fields">
        <ozg-text-field
          id="reference"
          label=${this.#t('status.reference')}
          hint=${format?.example ? this.#t('status.referenceHint', { example: format.example }) : ''}
          required
          autocomplete="off"
          spellcheck="false"
          .value=${this.reference}
          .error=${referenceError}
          ?show-errors=${this.showErrors && referenceError !== ''}
          @change=${(e: Event) => (this.reference = (e.target as HTMLElement & { value: string }).value)}
        ></ozg-text-field>
        ${this.correctedTo ? html`<p class="corrected" role="status">${this.#t('status.corrected', { reference: this.correctedTo })}</p>` : nothing}
        ${status.secondFactor === 'pin'
          ? html`<ozg-text-field
              id="second-factor"
              label=${this.#t('status.pin')}
              hint=${this.#t('status.pinHint')}
              required
              autocomplete="off"
              inputmode="numeric"
              .value=${this.secondFactorValue}
              .error=${factorError}
              ?show-errors=${this.showErrors && factorError !== ''}
              @input=${(e: Event) => (this.secondFactorValue = (e.target as HTMLElement & { value: string }).value)}
            ></ozg-text-field>`
          : status.secondFactor === 'birth-date'
            ? html`<ozg-date-field
                id="second-factor"
                label=${this.#t('status.birthDate')}
                required
                autocomplete="bday"
                .value=${this.secondFactorValue}
                .error=${factorError}
                ?show-errors=${this.showErrors && factorError !== ''}
                @change=${(e: Event) => (this.secondFactorValue = (e.target as HTMLElement & { value: string }).value)}
              ></ozg-date-field>`
            : nothing}
      </div>
      <p>
        <button type="submit" class="button" ?disabled=${this.busy || this.#waiting}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span> ${this.#t('status.lookingUp')}` : this.#t('status.lookup')}
        </button>
      </p>
    </form>`;
  }

  #renderLookupError(status: StatusCapability): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    if (isOzgError(error) && error.rateLimited) {
      const seconds = Math.max(0, Math.ceil((this.waitUntil - this.now) / 1000));
      const text =
        seconds === 0
          ? this.#t('status.rateLimited.soon')
          : seconds > 90
            ? this.#t('status.rateLimited.minutes', { count: Math.ceil(seconds / 60) })
            : this.#t('status.rateLimited.text', { count: seconds });
      return html`<div class="notice lookup-error rate-limited" tabindex="-1" role="alert">
        <p class="notice-title">${this.#t('status.rateLimited.title')}</p>
        <p>${text}</p>
      </div>`;
    }
    if (isOzgError(error) && error.kind === 'not-found') {
      return html`<div class="notice error lookup-error" tabindex="-1" role="alert">
        <p class="notice-title">${this.#t('status.notFound.title')}</p>
        <p>${this.#t(status.secondFactor === 'birth-date' ? 'status.notFound.textBirthDate' : 'status.notFound.text')}</p>
      </div>`;
    }
    return html`<div class="lookup-error" tabindex="-1">${renderError(this.language, error, { onRetry: () => void this.#fetch(status, 'lookup'), inputKept: true })}</div>`;
  }

  #renderResult(status: StatusCapability, result: CaseStatus, renderTimeline: (args: TimelineArgs) => TemplateResult): TemplateResult {
    return html`${this.error ? this.#renderLookupError(status) : nothing}
      ${renderTimeline({
        language: this.language,
        status: result,
        headingLevel: this.headingLevel,
        checkedAt: this.checkedAt,
        polling: this.#poller?.running ?? false,
        refreshing: this.busy || this.#waiting,
        onRefresh: () => this.#refresh(status),
      })}
      <p>
        <button type="button" class="button secondary" @click=${this.#another}>
          ${this.#timeline?.timelineMessages.format(this.language, 'timeline.result.another')}
        </button>
      </p>`;
  }
}

/** What counts as a change worth announcing. */
function fingerprint(status: CaseStatus): string {
  return JSON.stringify([status.state, status.updatedAt, status.history.length, status.expectedCompletion]);
}
