/** English texts of the core messages, loaded only on English pages. */
import type { CoreMessageKey } from './core-messages.js';
import type { Message } from './messages.js';

const en: Record<CoreMessageKey, Message> = {
  'core.loading': 'Loading …',
  'core.retry': 'Try again',
  'core.inputKept': 'Your entries have been kept.',
  'core.error.network.title': 'No connection',
  'core.error.network.text': 'Could not connect to the server. Please check your internet connection and try again.',
  'core.error.timeout.title': 'No answer',
  'core.error.timeout.text': 'The server did not answer in time. Please try again.',
  'core.error.not-found.title': 'Not found',
  'core.error.not-found.text': 'The entry you are looking for was not found. It may have been removed, or the address is out of date.',
  'core.error.invalid-response.title': 'Unexpected answer',
  'core.error.invalid-response.text': 'The server sent data we could not read. Please try again later.',
  'core.error.rejected.title': 'Request refused',
  'core.error.rejected.text': 'The server refused the request. Please check your entries.',
  'core.error.unavailable.title': 'Service unavailable',
  'core.error.unavailable.text': 'The service is temporarily unavailable. Please try again in a few minutes.',
  'core.error.rateLimited.title': 'Too many requests',
  'core.error.rateLimited.text': {
    one: 'Please wait {count} second, then try again.',
    other: 'Please wait {count} seconds, then try again.',
  },
  'core.error.rateLimited.textUnknown': 'Please wait a moment, then try again.',
  'core.error.unexpected.title': 'Unexpected error',
  'core.error.unexpected.text': 'Something went wrong. Please reload the page.',
};

export default en;
