/**
 * Arabic texts of the form fields, loaded only on Arabic pages. Plural forms
 * follow Intl.PluralRules('ar'): zero, one, two, few (3–10), many (11–99), other.
 */
import type { Message } from '../i18n/messages.js';
import type { FieldMessageKey } from './messages.js';

const ar: Record<FieldMessageKey, Message> = {
  'fields.optional': '(اختياري)',
  'fields.errorPrefix': 'خطأ:',
  'fields.date.day': 'اليوم',
  'fields.date.month': 'الشهر',
  'fields.date.year': 'السنة',
  'fields.yes': 'نعم',
  'fields.no': 'لا',
  'fields.select.placeholder': 'يُرجى الاختيار',
  'fields.address.street': 'الشارع',
  'fields.address.houseNumber': 'رقم المبنى',
  'fields.address.postalCode': 'الرمز البريدي',
  'fields.address.city': 'المدينة',
  'fields.address.addition': 'تكملة العنوان (اختياري)',
  'fields.count.remaining': {
    zero: 'لم يتبقَّ أي حرف',
    one: 'يتبقى حرف واحد',
    two: 'يتبقى حرفان',
    few: 'يتبقى {count} أحرف',
    many: 'يتبقى {count} حرفًا',
    other: 'يتبقى {count} حرف',
  },
  'fields.count.over': {
    zero: '{count} حرف زائد',
    one: 'حرف واحد زائد',
    two: 'حرفان زائدان',
    few: '{count} أحرف زائدة',
    many: '{count} حرفًا زائدًا',
    other: '{count} حرف زائد',
  },
  'fields.file.choose': 'اختيار ملف',
  'fields.file.chooseMore': 'اختيار ملف آخر',
  'fields.file.drop': 'أو اسحبه إلى هنا',
  'fields.file.chosen': {
    zero: 'لم يتم اختيار أي ملف',
    one: 'تم اختيار ملف واحد',
    two: 'تم اختيار ملفين',
    few: 'تم اختيار {count} ملفات',
    many: 'تم اختيار {count} ملفًا',
    other: 'تم اختيار {count} ملف',
  },
  'fields.file.kiosk': 'لا يمكنك تحميل ملفات من هذا الجهاز. يُرجى التوجه إلى الموظفين أو تقديم الطلب عبر الإنترنت من المنزل.',
  'fields.file.remove': 'إزالة',
  'fields.file.removed': 'تمت إزالة الملف «{name}»',
  'fields.file.added': {
    zero: 'لم تتم إضافة أي ملف',
    one: 'تمت إضافة ملف واحد',
    two: 'تمت إضافة ملفين',
    few: 'تمت إضافة {count} ملفات',
    many: 'تمت إضافة {count} ملفًا',
    other: 'تمت إضافة {count} ملف',
  },
  'fields.repeat.item': '{item} {number}',
  'fields.repeat.defaultItem': 'البند',
  'fields.repeat.add': 'إضافة المزيد',
  'fields.repeat.remove': 'إزالة',
  'fields.repeat.added': 'تمت إضافة {item} {number}',
  'fields.repeat.removed': 'تمت إزالة {item} {number}',
};

export default ar;
