/** Arabic texts of the on-screen keyboard. */
import type { Message } from '../../src/i18n/messages.js';
import type { KeyboardMessageKey } from './keyboard-messages.js';

const ar: Record<KeyboardMessageKey, Message> = {
  'keyboard.label': 'لوحة المفاتيح على الشاشة',
  'keyboard.backspace': 'حذف',
  'keyboard.shift': 'مفتاح الأحرف الكبيرة (Shift)',
  'keyboard.capsLock': 'الأحرف الكبيرة تبقى مفعّلة',
  'keyboard.space': 'مسافة',
  'keyboard.enter': 'سطر جديد',
  'keyboard.done': 'تم',
  'keyboard.hide': 'إخفاء لوحة المفاتيح',
};

export default ar;
