/** English texts of the form fields, loaded only on English pages. */
import type { Message } from '../i18n/messages.js';
import type { FieldMessageKey } from './messages.js';

const en: Record<FieldMessageKey, Message> = {
  'fields.optional': '(optional)',
  'fields.errorPrefix': 'Error:',
  'fields.date.day': 'Day',
  'fields.date.month': 'Month',
  'fields.date.year': 'Year',
  'fields.yes': 'Yes',
  'fields.no': 'No',
  'fields.select.placeholder': 'Please choose',
  'fields.address.street': 'Street',
  'fields.address.houseNumber': 'House number',
  'fields.address.postalCode': 'Postcode',
  'fields.address.city': 'Town or city',
  'fields.address.addition': 'Address line 2 (optional)',
  'fields.count.remaining': { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
  'fields.count.over': { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  'fields.file.choose': 'Choose file',
  'fields.file.chooseMore': 'Choose another file',
  'fields.file.drop': 'or drop it here',
  'fields.file.chosen': { one: '{count} file chosen', other: '{count} files chosen' },
  'fields.file.kiosk': 'You cannot upload files at this terminal. Please ask the staff, or apply online at home.',
  'fields.file.remove': 'Remove',
  'fields.file.removed': 'File “{name}” removed',
  'fields.file.added': { one: '{count} file added', other: '{count} files added' },
  'fields.repeat.item': '{item} {number}',
  'fields.repeat.defaultItem': 'Entry',
  'fields.repeat.add': 'Add another',
  'fields.repeat.remove': 'Remove',
  'fields.repeat.added': '{item} {number} added',
  'fields.repeat.removed': '{item} {number} removed',
};

export default en;
