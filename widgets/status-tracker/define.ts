/** Registers `<ozg-status-tracker>` and its text field (the date field loads only when a backend asks for a date of birth). */
import { OzgTextField } from '../../src/fields/text-field.js';
import { defineElement } from '../../src/ui/define.js';
import { OzgStatusTracker } from './status-tracker.js';

defineElement('ozg-text-field', OzgTextField);
defineElement('ozg-status-tracker', OzgStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-status-tracker': OzgStatusTracker;
  }
}
