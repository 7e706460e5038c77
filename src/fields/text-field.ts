import { TextInputField } from './text-input-field.js';

/**
 * `<ozg-text-field>`: a labelled one-line text box.
 *
 * @summary Labelled text box that works in any form.
 * @element ozg-text-field
 * @attr name - name of the form data entry
 * @attr label - the visible label, also the accessible name; optional fields get "(optional)"
 * @attr hint - help text below the label
 * @attr value - the initial value (restored by form reset); the `value` property is the current one
 * @attr required - the field must be filled
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, not editable, not validated
 * @attr error - a message from outside (rule, backend), shown and reported until cleared
 * @attr show-errors - show errors now, not only after the citizen left the field
 * @attr autocomplete - HTML autocomplete token, e.g. `family-name`
 * @attr placeholder - example text (use `hint` for instructions)
 * @attr minlength - at least this many characters
 * @attr maxlength - at most this many characters (checked, not cut off)
 * @attr pattern - regular expression the whole entry must match
 * @fires change - when the citizen committed a changed value
 * @fires input - while the citizen changes the value (the inner control's event, which crosses the shadow root)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the label
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the input
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-color-focus - focus outline
 * @cssprop --ozg-target-size - minimum height of the control (default 2.75rem)
 */
export class OzgTextField extends TextInputField {}
