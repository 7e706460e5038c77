import type { Message } from '../../src/i18n/messages.js';
import type { KioskMessageKey } from './messages.js';

const ar: Record<KioskMessageKey, Message> = {
  'kiosk.start.title': 'مرحبًا بكم في خدمة المواطنين',
  'kiosk.start.intro': 'ماذا تريد أن تفعل؟ المس إحدى الخدمات.',
  'kiosk.tile.ozg-service-finder': 'البحث عن خدمة',
  'kiosk.tile.ozg-service-finder.text': 'ماذا أحتاج، وكم التكلفة، ومن الجهة المختصة؟',
  'kiosk.tile.ozg-application-form': 'تقديم طلب',
  'kiosk.tile.ozg-application-form.text': 'املأ طلبًا وأرسله.',
  'kiosk.tile.ozg-status-tracker': 'حالة طلبي',
  'kiosk.tile.ozg-status-tracker.text': 'تحقق من مرحلة طلبك برقم الملف (Aktenzeichen) والرمز السري PIN.',
  'kiosk.tile.other': 'الخدمة {number}',
  'kiosk.languages': 'اللغة',
  'kiosk.toolbar': 'أدوات التحكم',
  'kiosk.home': 'نظرة عامة',
  'kiosk.textSize': 'تكبير الخط',
  'kiosk.textSize.value': 'حجم الخط {percent} بالمئة',
  'kiosk.contrast': 'تباين عالٍ',
  'kiosk.reach': 'أدوات التحكم في الأسفل',
  'kiosk.print': 'طباعة',
  'kiosk.restart': 'انتهيت – البدء من جديد',
  'kiosk.restart.title': 'هل تريد حذف كل ما أدخلته؟',
  'kiosk.restart.text': 'سيتم حذف ما أدخلته من هذا الجهاز. بعد ذلك يمكن للشخص التالي استخدامه.',
  'kiosk.restart.confirm': 'نعم، احذف كل شيء',
  'kiosk.restart.cancel': 'إلغاء',
  'kiosk.idle.title': 'هل ما زلت هنا؟',
  'kiosk.idle.text': {
    zero: 'لحماية بياناتك سنحذف ما أدخلته الآن.',
    one: 'لحماية بياناتك سنحذف ما أدخلته خلال ثانية واحدة.',
    two: 'لحماية بياناتك سنحذف ما أدخلته خلال ثانيتين.',
    few: 'لحماية بياناتك سنحذف ما أدخلته خلال {count} ثوانٍ.',
    many: 'لحماية بياناتك سنحذف ما أدخلته خلال {count} ثانية.',
    other: 'لحماية بياناتك سنحذف ما أدخلته خلال {count} ثانية.',
  },
  'kiosk.idle.continue': 'متابعة',
  'kiosk.idle.end': 'إنهاء الآن',
  'kiosk.wiped': 'تم حذف كل ما أدخلته.',
  'kiosk.view': '{title} – أنت هنا الآن.',
};

export default ar;
