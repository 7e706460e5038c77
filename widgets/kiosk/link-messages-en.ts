/** English texts of the kiosk's external-link dialog. */
import type { Message } from '../../src/i18n/messages.js';
import type { LinkMessageKey } from './link-messages.js';

const en: Record<LinkMessageKey, Message> = {
  'link.external.title': 'This page does not open here',
  'link.external.text': 'Scan the code with your smartphone or type the address yourself later:',
  'link.phone.title': 'Phone number',
  'link.phone.text': 'You cannot make calls from here. Scan the code with your smartphone or dial the number yourself:',
  'link.email.title': 'Email address',
  'link.email.text': 'You cannot send emails from here. Scan the code with your smartphone or write to this address later:',
  'link.qrLabel': 'QR code for {address}',
  'link.close': 'Close',
};

export default en;
