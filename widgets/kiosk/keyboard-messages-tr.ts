/** Turkish texts of the on-screen keyboard. */
import type { Message } from '../../src/i18n/messages.js';
import type { KeyboardMessageKey } from './keyboard-messages.js';

const tr: Record<KeyboardMessageKey, Message> = {
  'keyboard.label': 'Ekran klavyesi',
  'keyboard.backspace': 'Sil',
  'keyboard.shift': 'Üst karakter tuşu',
  'keyboard.capsLock': 'Büyük harfler açık kalır',
  'keyboard.space': 'Boşluk',
  'keyboard.enter': 'Yeni satır',
  'keyboard.done': 'Tamam',
  'keyboard.hide': 'Klavyeyi gizle',
};

export default tr;
