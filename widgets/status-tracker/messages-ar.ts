/**
 * Arabic texts of the status tracker (Modern Standard Arabic, right to left),
 * loaded only on Arabic pages. Plural forms follow Intl.PluralRules('ar').
 */
import type { Message } from '../../src/i18n/messages.js';
import type { StatusMessageKey } from './messages.js';

const limited = 'حمايةً لبياناتك، لا يُسمح إلا بعدد قليل من الاستعلامات المتتالية.';

const ar: Record<StatusMessageKey, Message> = {
  'status.title': 'حالة طلبك',
  'status.intro': 'يُرجى إدخال رقم الملف (Aktenzeichen) ورمز PIN المذكورين في إشعار الاستلام (Eingangsbestätigung).',
  'status.introBirthDate': 'يُرجى إدخال رقم الملف (Aktenzeichen) المذكور في إشعار الاستلام (Eingangsbestätigung) وتاريخ ميلادك.',
  'status.reference': 'رقم الملف (Aktenzeichen)',
  'status.referenceHint': 'مثال: {example}',
  'status.pin': 'رمز PIN',
  'status.pinHint': 'رمز PIN مذكور في إشعار الاستلام.',
  'status.birthDate': 'تاريخ الميلاد',
  'status.lookup': 'الاستعلام عن الحالة',
  'status.lookingUp': 'جارٍ الاستعلام عن الحالة …',
  'status.corrected': 'أكملنا ما أدخلته ليصبح {reference}.',
  'status.invalidReference': 'رقم الملف هذا غير صالح. يُرجى التحقق مما أدخلته، مثال: {example}.',
  'status.notFound.title': 'لم يُعثر على طلب',
  'status.notFound.text': 'لم نعثر على طلب بهذا الرقم ورمز PIN هذا. يُرجى التحقق من كليهما.',
  'status.notFound.textBirthDate': 'لم نعثر على طلب بهذا الرقم وتاريخ الميلاد هذا. يُرجى التحقق من كليهما.',
  'status.rateLimited.title': 'يُرجى الانتظار قليلًا',
  'status.rateLimited.text': {
    zero: `${limited} يمكنك المحاولة مرة أخرى بعد لحظات.`,
    one: `${limited} يمكنك المحاولة مرة أخرى بعد ثانية واحدة.`,
    two: `${limited} يمكنك المحاولة مرة أخرى بعد ثانيتين.`,
    few: `${limited} يمكنك المحاولة مرة أخرى بعد {count} ثوانٍ.`,
    many: `${limited} يمكنك المحاولة مرة أخرى بعد {count} ثانية.`,
    other: `${limited} يمكنك المحاولة مرة أخرى بعد {count} ثانية.`,
  },
  'status.rateLimited.minutes': {
    zero: `${limited} يمكنك المحاولة مرة أخرى بعد لحظات.`,
    one: `${limited} يمكنك المحاولة مرة أخرى بعد دقيقة واحدة.`,
    two: `${limited} يمكنك المحاولة مرة أخرى بعد دقيقتين.`,
    few: `${limited} يمكنك المحاولة مرة أخرى بعد {count} دقائق.`,
    many: `${limited} يمكنك المحاولة مرة أخرى بعد {count} دقيقة.`,
    other: `${limited} يمكنك المحاولة مرة أخرى بعد {count} دقيقة.`,
  },
  'status.rateLimited.soon': `${limited} يُرجى المحاولة مرة أخرى بعد قليل.`,
};

export default ar;
