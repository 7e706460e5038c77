import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SingleChoiceField } from './single-choice-field.js';

/**
 * `<ozg-select-field>`: one answer from a drop-down list. Prefer radios for
 * up to about seven options; a select suits long, familiar lists.
 *
 * ```html
 * <ozg-select-field name="nationality" label="Staatsangehörigkeit" required>
 *   <option value="DE">deutsch</option>
 *   <option value="AT">österreichisch</option>
 * </ozg-select-field>
 * ```
 *
 * @summary Labelled drop-down list.
 * @element ozg-select-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label
 * @attr value - the initial choice (or mark an `<option selected>`)
 * @attr options - JSON `[{ "value": "DE", "label": "deutsch" }]`, instead of `<option>` children
 * @attr required - an option must be chosen
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, the choice cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - HTML autocomplete token, e.g. `country`
 * @attr placeholder - text of the empty first entry (default "Bitte auswählen")
 * @slot - `<option value="…">Label</option>` elements (not displayed themselves)
 * @fires change - when the citizen chose another option
 * @fires input - when the citizen chose another option (the inner select's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the label
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the select
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum height of the control
 */
export class OzgSelectField extends SingleChoiceField {
  protected mainControl(): HTMLElement | null {
    return this.inside<HTMLElement>('#control');
  }

  protected renderField(message: string | undefined): TemplateResult {
    const value = this.value;
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError(message)}
      <select
        id="control"
        part="control"
        class="input"
        autocomplete=${this.autocomplete || nothing}
        ?required=${this.required}
        aria-required=${this.required ? 'true' : nothing}
        aria-readonly=${this.readonly ? 'true' : nothing}
        ?disabled=${this.isDisabled}
        aria-invalid=${message ? 'true' : nothing}
        aria-describedby=${this.describedBy(message)}
        @input=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}
        @change=${() => this.readonly || this.userChange()}
      >
        <option value="" .selected=${live(value === '')}>${this.placeholder || this.msg('fields.select.placeholder')}</option>
        ${this.choices.map((option) => html`<option value=${option.value} .selected=${live(option.value === value)}>${option.label}</option>`)}
      </select>`;
  }
}
