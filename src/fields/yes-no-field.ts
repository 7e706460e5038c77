import type { FieldOption } from './options.js';
import { OzgRadioGroup } from './radio-group.js';

/**
 * `<ozg-yes-no-field>`: a yes/no question as two radio buttons Ja / Nein
 * side by side. `value` is `'true'`, `'false'` or `''` (not answered).
 *
 * @summary Yes/no question as a radio pair.
 * @attr name - name of the form data entry (`true` / `false`)
 * @attr label - the question, shown as the legend and the group's accessible name
 * @attr hint - help text below the legend
 * @attr value - the initial answer, `true` or `false`
 * @attr required - the question must be answered
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, the answer cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @fires change - when the citizen chose an answer
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
export class OzgYesNoField extends OzgRadioGroup {
  constructor() {
    super();
    this.inline = true;
  }

  protected override get choices(): FieldOption[] {
    return [
      { value: 'true', label: this.msg('fields.yes') },
      { value: 'false', label: this.msg('fields.no') },
    ];
  }
}
