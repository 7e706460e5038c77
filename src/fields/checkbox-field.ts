import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { OzgField, type ErrorKind, type FieldProblem, type FormValue } from './ozg-field.js';
import { choiceStyles } from './choice-styles.js';

/**
 * `<ozg-checkbox-field>`: one checkbox whose label is the statement, e.g.
 * "Ich bestätige, dass meine Angaben richtig sind." With `required` it must
 * be ticked. `checked` is the state; `value` is `'true'` when ticked, else
 * `''`; the form data gets `name=true` only when ticked (as a native
 * checkbox sends nothing when unticked).
 *
 * A single checkbox is not marked "(optional)": unticked is a valid answer
 * unless `required` says otherwise.
 *
 * @summary A single labelled checkbox (consent, confirmation).
 * @element ozg-checkbox-field
 * @attr name - name of the form data entry
 * @attr label - the statement next to the box, also its accessible name
 * @attr hint - help text, linked to the box
 * @attr checked - ticked at first (restored by form reset); the `checked` property is the current state
 * @attr required - the box must be ticked
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - not used by a checkbox
 * @attr placeholder - not used by a checkbox
 * @fires change - when the citizen ticked or unticked the box
 * @fires input - when the citizen ticked or unticked the box (the inner checkbox's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the row with box and statement
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the checkbox
 * @cssprop --ozg-color-primary - colour of the ticked box
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum height of the row
 */
export class OzgCheckboxField extends OzgField<string> {
  static override styles = [...OzgField.styles, choiceStyles];
  /** Ticked at first, from the `checked` attribute; the field returns to it on form reset. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  #checked: boolean | undefined;

  /** Whether the box is ticked. Setting it is no change by the citizen and fires no event. */
  get checked(): boolean {
    return this.#checked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const old = this.checked;
    if (this.#checked !== undefined && Boolean(checked) === old) return;
    this.#checked = Boolean(checked);
    this.requestUpdate('checked', old);
    this.syncFormState();
  }

  /** `'true'` when ticked, else `''`; setting `'true'` (or `true`) ticks the box. */
  get value(): string {
    return this.checked ? 'true' : '';
  }
  set value(value: string) {
    this.checked = String(value) === 'true';
  }

  protected override get isRequired(): boolean {
    // Never "(optional)": see the class comment.
    return true;
  }

  protected override errorKind(): ErrorKind {
    return 'choice';
  }

  protected check(): FieldProblem | undefined {
    return this.required && !this.checked ? { error: { code: 'required' } } : undefined;
  }

  protected formValue(): FormValue {
    if (!this.name || !this.checked) return null;
    const data = new FormData();
    data.append(this.name, 'true');
    return data;
  }
  protected override formState(): FormValue {
    return this.checked ? 'true' : 'false';
  }
  protected restoreState(state: FormValue): void {
    if (typeof state === 'string') this.#checked = state === 'true';
  }
  protected resetValue(): void {
    this.#checked = undefined;
  }
  protected mainControl(): HTMLElement | null {
    return this.inside('#control');
  }

  #onChange = (event: Event): void => {
    if (this.readonly) {
      this.requestUpdate();
      return;
    }
    this.#checked = (event.target as HTMLInputElement).checked;
    this.userInput();
    this.userChange();
  };

  protected renderField(message: string | undefined): TemplateResult {
    return html`${this.renderError(message)}
      <label class="option" part="label">
        <input
          id="control"
          type="checkbox"
          part="control"
          .checked=${live(this.checked)}
          ?required=${this.required}
          aria-required=${this.required ? 'true' : nothing}
          aria-readonly=${this.readonly ? 'true' : nothing}
          ?disabled=${this.isDisabled}
          aria-invalid=${message ? 'true' : nothing}
          aria-describedby=${this.describedBy(message)}
          @change=${this.#onChange}
        />
        <span>${this.label}</span>
      </label>
      ${this.hint ? html`<div id="hint" class="option-hint" part="hint">${this.hint}</div>` : nothing}`;
  }
}
