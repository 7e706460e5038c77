/** Registers `<ozg-application-form>`; it loads and registers its field components itself, when a form arrives. */
import { defineElement } from '../../src/ui/define.js';
import { OzgApplicationForm } from './application-form.js';

defineElement('ozg-application-form', OzgApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-application-form': OzgApplicationForm;
  }
}
