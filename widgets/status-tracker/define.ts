/**
 * Registers `<ozg-status-tracker>`. Its form fields register themselves when
 * the tracker first loads its connector (the date field only when a backend
 * asks for a date of birth).
 */
import { defineElement } from '../../src/ui/define.js';
import { OzgStatusTracker } from './status-tracker.js';

defineElement('ozg-status-tracker', OzgStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-status-tracker': OzgStatusTracker;
  }
}
