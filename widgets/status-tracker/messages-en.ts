/** English texts of the status tracker. */
import type { Message } from '../../src/i18n/messages.js';
import type { StatusMessageKey } from './messages.js';

const en: Record<StatusMessageKey, Message> = {
  'status.title': 'Status of your application',
  'status.intro': 'Enter the reference number and the PIN from your confirmation.',
  'status.introBirthDate': 'Enter the reference number from your confirmation and your date of birth.',
  'status.reference': 'Reference number',
  'status.referenceHint': 'For example {example}',
  'status.pin': 'PIN',
  'status.pinHint': 'The PIN is on your confirmation.',
  'status.birthDate': 'Date of birth',
  'status.lookup': 'Check status',
  'status.lookingUp': 'Checking the status …',
  'status.corrected': 'We completed your entry to {reference}.',
  'status.invalidReference': 'This reference number cannot exist. Please check it, for example {example}.',
  'status.notFound.title': 'No application found',
  'status.notFound.text': 'We found no application with this reference number and PIN. Please check both.',
  'status.notFound.textBirthDate': 'We found no application with this reference number and date of birth. Please check both.',
  'status.rateLimited.title': 'Please wait a moment',
  'status.rateLimited.text': {
    one: 'To protect your data, only a few lookups in a row are possible. You can try again in {count} second.',
    other: 'To protect your data, only a few lookups in a row are possible. You can try again in {count} seconds.',
  },
  'status.rateLimited.minutes': {
    one: 'To protect your data, only a few lookups in a row are possible. You can try again in {count} minute.',
    other: 'To protect your data, only a few lookups in a row are possible. You can try again in {count} minutes.',
  },
  'status.rateLimited.soon': 'To protect your data, only a few lookups in a row are possible. Please try again in a moment.',
};

export default en;
