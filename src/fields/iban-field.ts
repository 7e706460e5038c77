import { compactIban, formatIban } from '../forms/iban.js';
import { TextInputField } from './text-input-field.js';

/**
 * `<ozg-iban-field>`: an IBAN, checked for country, length and check digits.
 * The citizen may type it with or without spaces; after leaving the box it
 * is shown in groups of four. `value` is the compact upper-case IBAN
 * (`DE89370400440532013000`).
 *
 * @summary Labelled IBAN box with check-digit validation.
 * @element ozg-iban-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label
 * @attr value - the initial value (restored by form reset)
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside (e.g. "unknown bank"), shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - HTML autocomplete token (none by default)
 * @attr placeholder - example text
 * @attr minlength - at least this many characters, counted as typed (with spaces)
 * @attr maxlength - at most this many characters, counted as typed (with spaces)
 * @attr pattern - regular expression the entry must match as well, e.g. `DE.*` for German accounts only
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
export class OzgIbanField extends TextInputField {
  protected override readonly format = 'iban' as const;
  protected override readonly checkSpelling = false;
  protected override readonly widthClass = 'width-34';
  protected override readonly capitalize = 'characters';

  protected override toValue(text: string): string {
    return compactIban(text);
  }
  protected override toText(value: string): string {
    return formatIban(value);
  }

  protected override onControlBlur = (): void => {
    const grouped = formatIban(this.text);
    if (grouped !== this.text) {
      this.text = grouped;
      this.requestUpdate();
    }
  };
}
