/** English texts for validation errors. */
import type { Message } from '../i18n/messages.js';
import type { ValidationMessageKey } from './validation-messages.js';

const en: Record<ValidationMessageKey, Message> = {
  'validation.required': 'Please fill in this field.',
  'validation.requiredChoice': 'Please choose an answer.',
  'validation.requiredFile': 'Please add a file.',
  'validation.tooShort': { one: 'Please enter at least {min} character.', other: 'Please enter at least {min} characters.' },
  'validation.tooLong': { one: 'Please enter no more than {max} character.', other: 'Please enter no more than {max} characters.' },
  'validation.pattern': 'Please check the format of your entry.',
  'validation.notNumber': 'Please enter a number, for example 12 or 12.5.',
  'validation.notInteger': 'Please enter a whole number.',
  'validation.tooSmall': 'Please enter a number of {min} or more.',
  'validation.tooBig': 'Please enter a number of {max} or less.',
  'validation.email': 'Please enter an email address like name@example.com.',
  'validation.phone': 'Please enter a phone number, for example +49 7999 133-0.',
  'validation.date': 'Please enter a real date, for example 24 12 1990.',
  'validation.dateTooEarly': 'The date must be on or after {min}.',
  'validation.dateTooLate': 'The date must be on or before {max}.',
  'validation.iban': 'Please check the IBAN. A German IBAN has 22 characters and starts with DE.',
  'validation.postcode': 'Please enter a postcode with 5 digits.',
  'validation.option': 'Please choose one of the options.',
  'validation.tooFewItems': { one: 'Please give at least {min} entry.', other: 'Please give at least {min} entries.' },
  'validation.tooManyItems': { one: 'Please give no more than {max} entry.', other: 'Please give no more than {max} entries.' },
  'validation.fileTooBig': 'The file “{name}” is too big. The limit is {max}.',
  'validation.fileType': 'The file “{name}” is in a format we cannot accept. Allowed: {types}.',
  'validation.tooManyFiles': { one: 'Please choose no more than {max} file.', other: 'Please choose no more than {max} files.' },
  'validation.rule': 'Please check this entry.',
};

export default en;
