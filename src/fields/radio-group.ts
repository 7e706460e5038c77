import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { SingleChoiceField } from './single-choice-field.js';
import { choiceStyles } from './choice-styles.js';

/**
 * `<ozg-radio-group>`: one answer out of a few, as radio buttons in a
 * fieldset whose legend is the question. Each whole row (button and text)
 * is the click target, at least 44 px high.
 *
 * ```html
 * <ozg-radio-group name="contact" label="Wie dürfen wir Sie erreichen?" required>
 *   <option value="email">Per E-Mail</option>
 *   <option value="phone" data-hint="Werktags zwischen 8 und 16 Uhr">Per Telefon</option>
 * </ozg-radio-group>
 * ```
 *
 * @summary Radio buttons in a fieldset.
 * @element ozg-radio-group
 * @attr name - name of the form data entry
 * @attr label - the question, shown as the legend and the group's accessible name
 * @attr hint - help text below the legend
 * @attr value - the initial choice (or mark an `<option selected>`)
 * @attr options - JSON `[{ "value": "a", "label": "A", "hint": "…" }]`, instead of `<option>` children
 * @attr required - an option must be chosen
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, the choice cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr inline - options side by side (for two or three short ones)
 * @attr autocomplete - not used by radio buttons
 * @attr placeholder - not used by radio buttons
 * @slot - `<option value="…" data-hint="…">Label</option>` elements (not displayed themselves)
 * @fires change - when the citizen chose another option
 * @fires input - when the citizen chose another option (the inner radio's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the legend
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart option - one row (label with radio)
 * @csspart control - each radio input
 * @cssprop --ozg-color-primary - colour of the chosen radio
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum height of a row
 */
export class OzgRadioGroup extends SingleChoiceField {
  static override styles = [...SingleChoiceField.styles, choiceStyles];
  @property({ type: Boolean, reflect: true }) inline = false;

  protected mainControl(): HTMLElement | null {
    return (
      this.inside<HTMLElement>('input[type=radio]:checked') ?? this.inside<HTMLElement>('input[type=radio]')
    );
  }

  protected renderField(message: string | undefined): TemplateResult {
    const value = this.value;
    return html`<fieldset
      role="radiogroup"
      aria-required=${this.required ? 'true' : nothing}
      aria-readonly=${this.readonly ? 'true' : nothing}
      aria-invalid=${message ? 'true' : nothing}
      aria-describedby=${this.describedBy(message)}
    >
      ${this.renderLegend()}${this.renderHint()}${this.renderError(message)}
      <div class="options ${this.inline ? 'inline' : ''}">
        ${this.choices.map(
          (option, index) => html`<div>
            <label class="option" part="option">
              <input
                type="radio"
                part="control"
                name="choice"
                value=${option.value}
                .checked=${live(option.value === value)}
                ?required=${this.required}
                ?disabled=${this.isDisabled}
                aria-describedby=${option.hint ? `option-hint-${index}` : nothing}
                @change=${() => {
                  this.choose(option.value);
                  if (!this.readonly) this.userChange();
                }}
              />
              <span>${option.label}</span>
            </label>
            ${option.hint ? html`<div id="option-hint-${index}" class="option-hint">${option.hint}</div>` : nothing}
          </div>`,
        )}
      </div>
    </fieldset>`;
  }
}
