/**
 * Texts of the on-screen keyboard: its name and the names of the special
 * keys. German here; English, Turkish and Arabic in keyboard-messages-*.ts,
 * each loaded only on a page in that language.
 */
import { Messages, type Message } from '../../src/i18n/messages.js';

const de = {
  'keyboard.label': 'Bildschirmtastatur',
  'keyboard.backspace': 'Löschen',
  'keyboard.shift': 'Umschalttaste',
  'keyboard.capsLock': 'Großbuchstaben bleiben eingeschaltet',
  'keyboard.space': 'Leerzeichen',
  'keyboard.enter': 'Eingabe',
  'keyboard.done': 'Fertig',
  'keyboard.hide': 'Tastatur ausblenden',
} satisfies Record<string, Message>;

export type KeyboardMessageKey = keyof typeof de;

export const keyboardMessages = new Messages<KeyboardMessageKey>({
  de,
  en: () => import('./keyboard-messages-en.js'),
  tr: () => import('./keyboard-messages-tr.js'),
  ar: () => import('./keyboard-messages-ar.js'),
});
