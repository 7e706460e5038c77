import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { validateCount } from '../forms/validation.js';
import { OzgField, type ErrorKind, type FieldProblem, type FormValue } from './ozg-field.js';
import { LightOptionsController, listConverter, type FieldOption } from './options.js';
import { choiceStyles } from './choice-styles.js';

/**
 * `<ozg-checkbox-group>`: any number of answers, as checkboxes in a
 * fieldset. `value` is a `string[]`; the form data gets one entry per
 * ticked box under `name`.
 *
 * ```html
 * <ozg-checkbox-group name="pets" label="Welche Tiere halten Sie?" min-items="1">
 *   <option value="dog">Hund</option>
 *   <option value="cat" selected>Katze</option>
 * </ozg-checkbox-group>
 * ```
 *
 * @summary Checkboxes in a fieldset, with minimum and maximum count.
 * @element ozg-checkbox-group
 * @attr name - name of the form data entries
 * @attr label - the question, shown as the legend and the group's accessible name
 * @attr hint - help text below the legend, e.g. "Wählen Sie alle zutreffenden aus."
 * @attr value - the initial answers, comma-separated (or mark `<option selected>` children)
 * @attr options - JSON `[{ "value": "a", "label": "A", "hint": "…" }]`, instead of `<option>` children
 * @attr required - at least one box must be ticked
 * @attr min-items - at least this many boxes must be ticked
 * @attr max-items - at most this many boxes may be ticked
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - not used by checkboxes
 * @attr placeholder - not used by checkboxes
 * @slot - `<option value="…" data-hint="…">Label</option>` elements (not displayed themselves)
 * @fires change - when the citizen ticked or unticked a box
 * @fires input - when the citizen ticked or unticked a box (the inner checkbox's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the legend
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart option - one row (label with checkbox)
 * @csspart control - each checkbox
 * @cssprop --ozg-color-primary - colour of the ticked boxes
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum height of a row
 */
export class OzgCheckboxGroup extends OzgField<string[]> {
  static override styles = [...OzgField.styles, choiceStyles];
  /** The initial answers, from the comma-separated `value` attribute (or `<option selected>` children). */
  @property({ attribute: 'value', converter: listConverter }) defaultValue: string[] = [];
  @property({ type: Array }) options: FieldOption[] | undefined;
  @property({ type: Number, attribute: 'min-items' }) minItems: number | undefined;
  @property({ type: Number, attribute: 'max-items' }) maxItems: number | undefined;

  protected readonly lightOptions = new LightOptionsController(this);
  #value: string[] | undefined;

  protected get choices(): FieldOption[] {
    return this.options ?? this.lightOptions.options;
  }

  /** The ticked values, in the order of the options. A copy: set `value` to change it. */
  get value(): string[] {
    return [...(this.#value ?? (this.defaultValue.length ? this.defaultValue : this.lightOptions.selected))];
  }
  set value(value: string[]) {
    const old = this.value;
    const next = Array.isArray(value) ? value.map(String) : [];
    if (this.#value !== undefined && next.length === old.length && next.every((item, index) => item === old[index])) return;
    this.#value = next;
    this.requestUpdate('value', old);
    this.syncFormState();
  }

  protected override get isRequired(): boolean {
    return this.required || (this.minItems ?? 0) > 0;
  }

  protected override errorKind(): ErrorKind {
    return 'choice';
  }

  protected check(): FieldProblem | undefined {
    const value = this.value;
    const error = validateCount(value.length, { required: this.required, minItems: this.minItems, maxItems: this.maxItems });
    if (error) return { error };
    const known = new Set(this.choices.map((option) => option.value));
    if (known.size && value.some((item) => !known.has(item))) return { error: { code: 'option' } };
    return undefined;
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const item of this.value) data.append(this.name, item);
    return data;
  }
  protected override formState(): FormValue {
    return JSON.stringify(this.value);
  }
  protected restoreState(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(state);
      if (Array.isArray(parsed)) this.#value = parsed.map(String);
    } catch {
      // A state this version did not write: keep the current value.
    }
  }
  protected resetValue(): void {
    this.#value = undefined;
  }
  protected mainControl(): HTMLElement | null {
    return this.inside<HTMLElement>('input[type=checkbox]');
  }

  #toggle(option: FieldOption, checked: boolean): void {
    if (this.readonly) {
      this.requestUpdate();
      return;
    }
    const chosen = new Set(this.value);
    if (checked) chosen.add(option.value);
    else chosen.delete(option.value);
    // Keep the order of the options, so the data does not depend on the order of clicks.
    const order = this.choices.map((choice) => choice.value);
    this.#value = [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.userInput();
    this.userChange();
  }

  protected renderField(message: string | undefined): TemplateResult {
    const chosen = new Set(this.value);
    return html`<fieldset aria-describedby=${this.describedBy(message)}>
      ${this.renderLegend()}${this.renderHint()}${this.renderError(message)}
      <div class="options">
        ${this.choices.map(
          (option, index) => html`<div>
            <label class="option" part="option">
              <input
                type="checkbox"
                part="control"
                value=${option.value}
                .checked=${live(chosen.has(option.value))}
                ?disabled=${this.isDisabled}
                aria-readonly=${this.readonly ? 'true' : nothing}
                aria-invalid=${message ? 'true' : nothing}
                aria-describedby=${option.hint ? `option-hint-${index}` : nothing}
                @change=${(event: Event) => this.#toggle(option, (event.target as HTMLInputElement).checked)}
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
