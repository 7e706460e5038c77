/**
 * Shared base of the one-box fields (text, e-mail, phone, postcode, IBAN,
 * number, textarea): the text in the box, the value derived from it, native
 * `value`/`defaultValue` semantics and the text constraints.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { validateText, type Constraints } from '../forms/validation.js';
import { OzgField, type FieldProblem, type FormValue } from './ozg-field.js';

const warnedPatterns = new Set<string>();

/** A `pattern` that is no valid regular expression is ignored, as browsers do, with one warning. */
export function usablePattern(pattern: string): string | undefined {
  if (!pattern) return undefined;
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
    return pattern;
  } catch {
    if (!warnedPatterns.has(pattern)) console.warn(`ozg-widgets: the pattern "${pattern}" is not a valid regular expression and is ignored.`);
    warnedPatterns.add(pattern);
    return undefined;
  }
}

export abstract class TextInputField extends OzgField<string> {
  /** The initial value, from the `value` attribute; the field returns to it on form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  @property({ type: Number, attribute: 'minlength' }) minLength: number | undefined;
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;
  /** A regular expression the whole entry must match (as the native `pattern`). */
  @property() pattern = '';

  /** The text in the box once the citizen typed or `value` was set; before that it follows `defaultValue`. */
  #text: string | undefined;

  /** Format check of this field type. */
  protected readonly format: Constraints['format'] = undefined;
  protected readonly inputType: string = 'text';
  protected readonly controlInputMode: string | undefined = undefined;
  protected readonly defaultAutocomplete: string | undefined = undefined;
  /** False for entries a spell checker would only mark red (e-mail, IBAN). */
  protected readonly checkSpelling: boolean = true;
  /** `autocapitalize` for phone keyboards, e.g. `characters` for an IBAN. */
  protected readonly capitalize: string | undefined = undefined;
  /** A `width-*` class that hints at the expected length. */
  protected readonly widthClass: string = '';

  /** `inputmode` of the box (which keyboard phones show). */
  protected keyboardMode(): string | undefined {
    return this.controlInputMode;
  }

  /** The text in the box. */
  protected get text(): string {
    return this.#text ?? this.toText(this.defaultValue);
  }
  protected set text(text: string) {
    this.#text = text;
  }

  /** The current value. Setting it does not count as a change by the citizen and fires no event. */
  get value(): string {
    return this.toValue(this.text);
  }
  set value(value: string) {
    const old = this.value;
    const next = value === undefined || value === null ? '' : String(value);
    // A template that writes back what the field reported ("1234" for "1.234,") must not replace the citizen's text mid-typing.
    if (next === old && this.#text !== undefined) return;
    this.#text = this.toText(next);
    this.requestUpdate('value', old);
    this.syncFormState();
  }

  /** How a value is shown in the box (a number in local notation, an IBAN in groups). */
  protected toText(value: string): string {
    return value;
  }
  /** The value the box's text stands for (normalised number, compact IBAN). */
  protected toValue(text: string): string {
    return text;
  }

  protected constraints(): Constraints {
    return {
      required: this.required,
      minLength: this.minLength,
      maxLength: this.maxLength,
      pattern: usablePattern(this.pattern),
      format: this.format,
    };
  }

  protected check(): FieldProblem | undefined {
    const error = validateText(this.text, this.constraints());
    return error && { error };
  }

  protected formValue(): FormValue {
    return this.value;
  }
  protected override formState(): FormValue {
    return this.text;
  }
  protected restoreState(state: FormValue): void {
    if (typeof state === 'string') this.#text = state;
  }
  protected resetValue(): void {
    this.#text = undefined;
  }
  protected mainControl(): HTMLElement | null {
    return this.inside<HTMLElement>('#control');
  }

  protected renderField(message: string | undefined): unknown {
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError(message)}${this.renderControl(message)}`;
  }

  protected renderControl(message: string | undefined): TemplateResult {
    return html`<input
      id="control"
      part="control"
      class="input ${this.widthClass}"
      type=${this.inputType}
      .value=${live(this.text)}
      inputmode=${this.keyboardMode() ?? nothing}
      autocomplete=${this.autocomplete || this.defaultAutocomplete || nothing}
      placeholder=${this.placeholder || nothing}
      spellcheck=${this.checkSpelling ? nothing : 'false'}
      autocapitalize=${this.capitalize ?? nothing}
      ?required=${this.required}
      aria-required=${this.required ? 'true' : nothing}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly}
      aria-invalid=${message ? 'true' : nothing}
      aria-describedby=${this.describedBy(message)}
      @input=${this.onControlInput}
      @change=${this.onControlChange}
      @blur=${this.onControlBlur}
    />`;
  }

  protected onControlInput = (event: Event): void => {
    this.#text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.userInput();
  };

  protected onControlChange = (): void => {
    this.userChange();
  };

  /** Hook for tidying the text when the citizen leaves the box. */
  protected onControlBlur = (): void => {};
}
