/**
 * Registers every form field tag. The element classes have no side effects;
 * importing this module is what defines `<ozg-text-field>` and the others.
 */
import { defineElement } from '../ui/define.js';
import { OzgAddressGroup } from './address-group.js';
import { OzgCheckboxField } from './checkbox-field.js';
import { OzgCheckboxGroup } from './checkbox-group.js';
import { OzgDateField } from './date-field.js';
import { OzgEmailField } from './email-field.js';
import { OzgFileField } from './file-field.js';
import { OzgIbanField } from './iban-field.js';
import { OzgNumberField } from './number-field.js';
import { OzgPhoneField } from './phone-field.js';
import { OzgPostcodeField } from './postcode-field.js';
import { OzgRadioGroup } from './radio-group.js';
import { OzgRepeatableGroup } from './repeatable-group.js';
import { OzgSelectField } from './select-field.js';
import { OzgTextareaField } from './textarea-field.js';
import { OzgTextField } from './text-field.js';
import { OzgYesNoField } from './yes-no-field.js';

/** Tag name → class of every field element. */
export const FIELD_ELEMENTS = {
  'ozg-text-field': OzgTextField,
  'ozg-textarea-field': OzgTextareaField,
  'ozg-number-field': OzgNumberField,
  'ozg-date-field': OzgDateField,
  'ozg-email-field': OzgEmailField,
  'ozg-phone-field': OzgPhoneField,
  'ozg-select-field': OzgSelectField,
  'ozg-radio-group': OzgRadioGroup,
  'ozg-checkbox-group': OzgCheckboxGroup,
  'ozg-checkbox-field': OzgCheckboxField,
  'ozg-yes-no-field': OzgYesNoField,
  'ozg-iban-field': OzgIbanField,
  'ozg-postcode-field': OzgPostcodeField,
  'ozg-address-group': OzgAddressGroup,
  'ozg-repeatable-group': OzgRepeatableGroup,
  'ozg-file-field': OzgFileField,
} as const;

for (const [name, constructor] of Object.entries(FIELD_ELEMENTS)) defineElement(name, constructor);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-text-field': OzgTextField;
    'ozg-textarea-field': OzgTextareaField;
    'ozg-number-field': OzgNumberField;
    'ozg-date-field': OzgDateField;
    'ozg-email-field': OzgEmailField;
    'ozg-phone-field': OzgPhoneField;
    'ozg-select-field': OzgSelectField;
    'ozg-radio-group': OzgRadioGroup;
    'ozg-checkbox-group': OzgCheckboxGroup;
    'ozg-checkbox-field': OzgCheckboxField;
    'ozg-yes-no-field': OzgYesNoField;
    'ozg-iban-field': OzgIbanField;
    'ozg-postcode-field': OzgPostcodeField;
    'ozg-address-group': OzgAddressGroup;
    'ozg-repeatable-group': OzgRepeatableGroup;
    'ozg-file-field': OzgFileField;
  }
}
