/** Registers `<ozg-application-form>` and the field components it uses. */
import { defineElement } from '../../src/ui/define.js';
import '../../src/fields/define-fields.js';
import { OzgApplicationForm } from './application-form.js';

defineElement('ozg-application-form', OzgApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-application-form': OzgApplicationForm;
  }
}
