import { property } from 'lit/decorators.js';
import { parseLocaleNumber, validateNumber } from '../forms/validation.js';
import type { FieldProblem } from './ozg-field.js';
import { TextInputField } from './text-input-field.js';

/**
 * `<ozg-number-field>`: a number in German or English notation. A text box
 * with `inputmode=decimal` (not `type=number`, which rejects "1.234,5",
 * changes the value on scroll and reads badly in screen readers).
 * `value` is the normalised string ("1234.5"), `valueAsNumber` the number.
 *
 * @summary Labelled number box that understands "1.234,5".
 * @element ozg-number-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label, e.g. the unit
 * @attr value - the initial value, normalised ("1234.5") or local ("1.234,5")
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - HTML autocomplete token
 * @attr placeholder - example text
 * @attr min - smallest allowed number
 * @attr max - largest allowed number
 * @attr integer - only whole numbers (also set by a whole-number `step`)
 * @attr step - `1` (or any whole number) allows only whole numbers; other steps are not checked
 * @attr minlength - not used by the number field (use `min`)
 * @attr maxlength - not used by the number field (use `max`)
 * @attr pattern - not used by the number field
 * @fires change - when the citizen committed a changed value
 * @fires input - while the citizen changes the value (the inner control's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the label
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the input
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum height of the control
 */
export class OzgNumberField extends TextInputField {
  @property({ type: Number }) min: number | undefined;
  @property({ type: Number }) max: number | undefined;
  @property({ type: Number }) step: number | undefined;
  @property({ type: Boolean }) integer = false;

  protected override readonly widthClass = 'width-10';

  protected override keyboardMode(): string {
    return this.#integer ? 'numeric' : 'decimal';
  }

  get #integer(): boolean {
    return this.integer || (this.step !== undefined && Number.isInteger(this.step) && this.step > 0);
  }

  /** The number, or `NaN` when the box is empty or holds no number. */
  get valueAsNumber(): number {
    return parseLocaleNumber(this.text) ?? Number.NaN;
  }
  set valueAsNumber(number: number) {
    this.value = Number.isFinite(number) ? String(number) : '';
  }

  protected override toValue(text: string): string {
    const number = parseLocaleNumber(text);
    return number === undefined ? '' : String(number);
  }

  /** "1234.5" is shown as "1234,5" on a German page; anything else as it is. */
  protected override toText(value: string): string {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number)) return value;
    const decimal = new Intl.NumberFormat(this.language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    return String(number).replace('.', decimal);
  }

  protected override check(): FieldProblem | undefined {
    const error = validateNumber(this.text, { required: this.required, minimum: this.min, maximum: this.max, integer: this.#integer });
    return error && { error };
  }
}
