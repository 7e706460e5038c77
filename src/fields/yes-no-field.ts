import type { FieldOption } from './options.js';
import { OzgRadioGroup } from './radio-group.js';

/**
 * `<ozg-yes-no-field>`: a yes/no question as two radio buttons Ja / Nein
 * side by side. `value` is `'true'`, `'false'` or `''` (not answered).
 *
 * @summary Yes/no question as a radio pair.
 * @element ozg-yes-no-field
 * @attr name - name of the form data entry (`true` / `false`)
 * @attr label - the question, shown as the legend and the group's accessible name
 * @attr hint - help text below the legend
 * @attr value - the initial answer, `true` or `false`
 * @attr required - the question must be answered
 * @attr disabled - not editable, not submitted
 * @attr readonly - shown, submitted, the answer cannot be changed
 * @attr error - a message from outside, shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr inline - set by the element (Ja and Nein side by side); removing it stacks them
 * @attr options - not used: the answers are always Ja and Nein (in the page's language)
 * @attr autocomplete - not used by radio buttons
 * @attr placeholder - not used by radio buttons
 * @slot - not used: `<option>` children are ignored, the answers are always Ja and Nein
 * @fires change - when the citizen chose an answer
 * @fires input - when the citizen chose an answer (the inner radio's event, which crosses the shadow root)
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
