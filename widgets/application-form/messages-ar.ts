/**
 * Arabic texts of the application form (Modern Standard Arabic, right to
 * left), loaded only on Arabic pages. Plural forms follow Intl.PluralRules('ar').
 */
import type { Message } from '../../src/i18n/messages.js';
import type { FormMessageKey } from './messages.js';

const ar: Record<FormMessageKey, Message> = {
  'form.loading': 'جارٍ تحميل الاستمارة …',
  'form.noForm.title': 'لا توجد هنا استمارة إلكترونية لهذه الخدمة',
  'form.noForm.text': 'يمكنك تقديم الطلب بطريقة أخرى.',
  'form.noService.title': 'لم يتم اختيار طلب',
  'form.noService.text': 'يُرجى اختيار خدمة أولًا.',
  'form.noSubmission.title': 'الإرسال الإلكتروني غير ممكن هنا',
  'form.noSubmission.text': 'لا تستقبل هذه الخدمة الطلبات عبر الإنترنت، لكن يمكنك الاطلاع على الاستمارة.',
  'form.fallbackLink': 'طريقة تقديم الطلب',
  'form.progress': 'الخطوة {current} من {total}',
  'form.progress.label': 'التقدّم',
  'form.progress.review': 'مراجعة البيانات',
  'form.next': 'التالي',
  'form.back': 'رجوع',
  'form.toReview': 'المتابعة إلى الملخّص',
  'form.backToReview': 'العودة إلى الملخّص',
  'form.draft.restored': 'استعدنا البيانات التي أدخلتها سابقًا.',
  'form.draft.restart': 'البدء من جديد',
  'form.draft.restartConfirm': 'هل تريد حذف جميع البيانات المُدخلة والبدء من جديد؟',
  'form.draft.filesAgain': 'يُرجى اختيار هذه الملفات مرة أخرى: {files}.',
  'form.draft.saved': 'تُحفظ البيانات المُدخلة مؤقتًا في هذا المتصفح حتى إرسال الطلب.',
  'form.draft.savedLocal': 'تُحفظ البيانات المُدخلة في هذا المتصفح لمدة أقصاها سبعة أيام حتى إرسال الطلب.',
  'form.errors.title': 'يُرجى تصحيح ما يلي',
  'form.review.title': 'مراجعة البيانات',
  'form.review.intro': 'يُرجى مراجعة بياناتك قبل إرسال الطلب.',
  'form.review.change': 'تعديل',
  'form.review.changeField': 'تعديل «{label}»',
  'form.review.empty': 'لا توجد بيانات',
  'form.review.yes': 'نعم',
  'form.review.no': 'لا',
  'form.review.item': 'البند {number}',
  'form.recipient': 'يُرسَل طلبك إلى',
  'form.submit': 'إرسال الطلب بشكل نهائي',
  'form.sending': 'جارٍ إرسال الطلب …',
  'form.submitFailed': 'لم يُرسَل طلبك بعد.',
  'form.receipt.title': 'تم استلام طلبك',
  'form.receipt.reference': 'رقم ملفك (Aktenzeichen)',
  'form.receipt.submittedAt': 'تاريخ الاستلام: {date} الساعة {time}',
  'form.receipt.authority': 'الجهة المختصة: {name}',
  'form.receipt.next': 'الخطوات التالية',
  'form.receipt.expected': 'الموعد المتوقّع للإنجاز: {date} (دون ضمان)',
  'form.receipt.pin': 'رمز PIN الخاص بك للاستعلام عن حالة الطلب: {pin}',
  'form.receipt.keep': 'يُرجى الاحتفاظ برقم الملف (Aktenzeichen) ورمز PIN، إذ يلزم كلاهما للاستعلام عن حالة طلبك.',
  'form.receipt.print': 'طباعة التأكيد',
  'form.receipt.status': 'متابعة حالة الطلب',
  'form.receipt.document': 'التأكيد بصيغة PDF',
  'form.attachment.hint': 'المسموح به: {types}، بحدّ أقصى {size}',
  'form.announce.step': 'الخطوة {current} من {total}: {title}',
  'form.announce.added': 'تمت إضافة البند {number}',
};

export default ar;
