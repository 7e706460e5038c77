import { TextInputField } from './text-input-field.js';

/**
 * `<ozg-postcode-field>`: a German postcode, five digits, with the numeric
 * keyboard on phones (`inputmode=numeric`) and `autocomplete=postal-code`.
 *
 * @summary Labelled postcode box.
 * @element ozg-postcode-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label
 * @attr value - the initial value (restored by form reset)
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - defaults to `postal-code`
 * @attr placeholder - example text
 * @attr minlength - at least this many characters (a postcode has five anyway)
 * @attr maxlength - at most this many characters (a postcode has five anyway)
 * @attr pattern - regular expression the postcode must match as well, e.g. `33[0-9]{3}` for one region
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
export class OzgPostcodeField extends TextInputField {
  protected override readonly format = 'postcode' as const;
  protected override readonly controlInputMode = 'numeric';
  protected override readonly defaultAutocomplete = 'postal-code';
  protected override readonly widthClass = 'width-5';

  /** Spaces typed or pasted around the digits do not count. */
  protected override toValue(text: string): string {
    return text.trim();
  }
}
