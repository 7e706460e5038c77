/**
 * The form field elements, without registering them. Import
 * `define-fields.js` to register the tags.
 *
 * @packageDocumentation
 */
export { OzgField, type ErrorKind, type FieldProblem, type FormValue } from './ozg-field.js';
export { TextInputField } from './text-input-field.js';
export { SingleChoiceField } from './single-choice-field.js';
export { OzgTextField } from './text-field.js';
export { OzgTextareaField } from './textarea-field.js';
export { OzgNumberField } from './number-field.js';
export { OzgDateField, dateParts, isoFromParts, type DateParts } from './date-field.js';
export { OzgEmailField } from './email-field.js';
export { OzgPhoneField } from './phone-field.js';
export { OzgSelectField } from './select-field.js';
export { OzgRadioGroup } from './radio-group.js';
export { OzgCheckboxGroup } from './checkbox-group.js';
export { OzgCheckboxField } from './checkbox-field.js';
export { OzgYesNoField } from './yes-no-field.js';
export { OzgIbanField } from './iban-field.js';
export { OzgPostcodeField } from './postcode-field.js';
export { OzgAddressGroup, EMPTY_ADDRESS, toAddress, type AddressPart, type AddressValue } from './address-group.js';
export { OzgRepeatableGroup, type RepeatEventDetail } from './repeatable-group.js';
export { OzgFileField } from './file-field.js';
export { type FieldOption } from './options.js';
export { fieldMessages, type FieldMessageKey } from './messages.js';
