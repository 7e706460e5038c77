/** English texts of the on-screen keyboard. */
import type { Message } from '../../src/i18n/messages.js';
import type { KeyboardMessageKey } from './keyboard-messages.js';

const en: Record<KeyboardMessageKey, Message> = {
  'keyboard.label': 'On-screen keyboard',
  'keyboard.backspace': 'Delete',
  'keyboard.shift': 'Shift',
  'keyboard.capsLock': 'Capital letters stay on',
  'keyboard.space': 'Space',
  'keyboard.enter': 'Enter',
  'keyboard.done': 'Done',
  'keyboard.hide': 'Hide keyboard',
};

export default en;
