/** Arabic texts of the core messages (Modern Standard Arabic, right to left), loaded only on Arabic pages. */
import type { CoreMessageKey } from './core-messages.js';
import type { Message } from './messages.js';

const ar: Record<CoreMessageKey, Message> = {
  'core.loading': 'جارٍ التحميل …',
  'core.retry': 'إعادة المحاولة',
  'core.inputKept': 'البيانات التي أدخلتها محفوظة.',
  'core.error.network.title': 'لا يوجد اتصال',
  'core.error.network.text': 'تعذّر الاتصال بالخادم. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى.',
  'core.error.timeout.title': 'لا توجد استجابة',
  'core.error.timeout.text': 'لم يستجب الخادم في الوقت المحدد. يُرجى المحاولة مرة أخرى.',
  'core.error.not-found.title': 'غير موجود',
  'core.error.not-found.text': 'لم يُعثر على العنصر المطلوب. ربما أُزيل أو لم يعد العنوان صالحًا.',
  'core.error.invalid-response.title': 'استجابة غير صحيحة',
  'core.error.invalid-response.text': 'أرسل الخادم بيانات غير متوقعة. يُرجى المحاولة مرة أخرى لاحقًا.',
  'core.error.rejected.title': 'رُفض الطلب',
  'core.error.rejected.text': 'رفض الخادم الطلب. يُرجى التحقق من بياناتك.',
  'core.error.unavailable.title': 'الخدمة غير متاحة',
  'core.error.unavailable.text': 'الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',
  'core.error.rateLimited.title': 'طلبات كثيرة جدًا',
  'core.error.rateLimited.text': {
    zero: 'يُرجى الانتظار لحظة ثم المحاولة مرة أخرى.',
    one: 'يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.',
    two: 'يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.',
    few: 'يُرجى الانتظار {count} ثوانٍ ثم المحاولة مرة أخرى.',
    many: 'يُرجى الانتظار {count} ثانية ثم المحاولة مرة أخرى.',
    other: 'يُرجى الانتظار {count} ثانية ثم المحاولة مرة أخرى.',
  },
  'core.error.rateLimited.textUnknown': 'يُرجى الانتظار لحظة ثم المحاولة مرة أخرى.',
  'core.error.unexpected.title': 'خطأ غير متوقع',
  'core.error.unexpected.text': 'حدث خطأ ما. يُرجى إعادة تحميل الصفحة.',
};

export default ar;
