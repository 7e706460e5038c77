import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { TextInputField } from './text-input-field.js';
import { countStyles } from './count-styles.js';

/** How long the citizen pauses typing before the count is announced (GOV.UK uses about a second). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * `<ozg-textarea-field>`: a multi-line text box. With `maxlength` it shows
 * how many characters are left ("Noch 120 Zeichen", GOV.UK character count);
 * screen readers hear the count politely once the citizen pauses typing, not
 * on every keystroke. Going over the limit is allowed while typing and
 * reported as an error, so nothing pasted is cut off silently.
 *
 * @summary Labelled multi-line text box with optional character count.
 * @element ozg-textarea-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label
 * @attr value - the initial value (restored by form reset)
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - HTML autocomplete token
 * @attr placeholder - example text
 * @attr minlength - at least this many characters
 * @attr maxlength - at most this many characters; shows the character count
 * @attr pattern - regular expression the whole entry must match
 * @attr rows - visible lines (default 5)
 * @fires change - when the citizen committed a changed value
 * @fires input - while the citizen changes the value (the inner control's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the label
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the textarea
 * @csspart count - the character count
 * @cssprop --ozg-color-error - colour of the error bar, message and exceeded count
 * @cssprop --ozg-target-size - the textarea is at least 2.5 times this high
 */
export class OzgTextareaField extends TextInputField {
  static override styles = [...TextInputField.styles, countStyles];
  @property({ type: Number }) rows = 5;
  /** The count as last told to screen readers. */
  @state() private spokenCount = '';
  #countTimer: ReturnType<typeof setTimeout> | undefined;

  /** Characters as the validation counts them (surrounding spaces do not count). */
  get #used(): number {
    return this.text.trim().length;
  }

  #countText(): string | undefined {
    if (this.maxLength === undefined) return undefined;
    const left = this.maxLength - this.#used;
    return left >= 0 ? this.msg('fields.count.remaining', { count: left }) : this.msg('fields.count.over', { count: -left });
  }

  protected override renderControl(message: string | undefined): TemplateResult {
    const count = this.#countText();
    const over = this.maxLength !== undefined && this.#used > this.maxLength;
    return html`<textarea
        id="control"
        part="control"
        class="input"
        rows=${this.rows}
        .value=${live(this.text)}
        autocomplete=${this.autocomplete || nothing}
        placeholder=${this.placeholder || nothing}
        ?required=${this.required}
        aria-required=${this.required ? 'true' : nothing}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${message ? 'true' : nothing}
        aria-describedby=${this.describedBy(message, count !== undefined && 'count')}
        @input=${this.onControlInput}
        @change=${this.onControlChange}
      ></textarea>
      ${count === undefined
        ? nothing
        : html`<div id="count" class="count ${over ? 'over' : ''}" part="count">${count}</div>
            <div class="visually-hidden" role="status">${this.spokenCount}</div>`}`;
  }

  protected override onControlInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.userInput();
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => (this.spokenCount = this.#countText() ?? ''), COUNT_ANNOUNCE_DELAY_MS);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
  }
}
