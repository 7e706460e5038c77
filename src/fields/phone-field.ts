import { TextInputField } from './text-input-field.js';

/**
 * `<ozg-phone-field>`: a telephone number (`type=tel`, `autocomplete=tel`);
 * digits, spaces, `+ / - ( )`, 5 to 20 digits.
 *
 * @summary Labelled telephone number box.
 * @element ozg-phone-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name
 * @attr hint - help text below the label
 * @attr value - the initial value (restored by form reset)
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr autocomplete - defaults to `tel`
 * @attr placeholder - example text
 * @attr minlength - at least this many characters
 * @attr maxlength - at most this many characters
 * @attr pattern - regular expression the whole number must match as well
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
export class OzgPhoneField extends TextInputField {
  protected override readonly format = 'phone' as const;
  protected override readonly inputType = 'tel';
  protected override readonly defaultAutocomplete = 'tel';
  protected override readonly widthClass = 'width-20';
}
