/**
 * Arabic texts for editors about a page set up wrongly. Code and technical
 * details are wrapped in Unicode isolates (U+2066 … U+2069, U+2068 … U+2069)
 * so they keep their left-to-right order inside the right-to-left sentence.
 */
import type { Message } from '../i18n/messages.js';
import type { ConfigurationMessageKey } from './configuration-messages.js';

const ar: Record<ConfigurationMessageKey, Message> = {
  'config.title': 'هذا العنصر غير مُعدّ بشكل صحيح',
  'config.editorHint': 'ملاحظة لفريق تحرير الموقع:',
  'config.none': 'لا يوجد',
  'config.no-connector': 'لم يتم اختيار موصِّل (Connector). يُرجى تعيين السمة \u2066connector="…"\u2069. الموصِّلات المُعدّة: {available}.',
  'config.unknown-connector': 'الموصِّل «{name}» غير مُعدّ. الموصِّلات المُعدّة: {available}.',
  'config.unknown-type': 'نوع الموصِّل «{name}» غير معروف: «{type}». الأنواع المعروفة: {known}.',
  'config.invalid-config': 'إعدادات الموصِّل «{name}» غير صحيحة: \u2068{details}\u2069',
  'config.invalid-json': 'إحدى كتل الإعداد (\u2066<script type="application/json" data-ozg-config>\u2069) لا تحتوي على JSON صالح: \u2068{details}\u2069',
  'config.missing-capability': 'الموصِّل «{name}» لا يوفّر «{capability}».',
  'config.load-failed': 'تعذّر تحميل الموصِّل «{name}» (النوع «{type}»): \u2068{details}\u2069',
};

export default ar;
