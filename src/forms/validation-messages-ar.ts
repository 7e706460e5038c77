/**
 * Arabic texts for validation errors. Plural forms follow Intl.PluralRules('ar'):
 * zero, one (1), two (2), few (3–10), many (11–99), other (100 …).
 */
import type { Message } from '../i18n/messages.js';
import type { ValidationMessageKey } from './validation-messages.js';

const ar: Record<ValidationMessageKey, Message> = {
  'validation.required': 'يُرجى ملء هذا الحقل.',
  'validation.requiredChoice': 'يُرجى اختيار إجابة.',
  'validation.requiredFile': 'يُرجى إضافة ملف.',
  'validation.tooShort': {
    zero: 'يُرجى إدخال {min} حرف على الأقل.',
    one: 'يُرجى إدخال حرف واحد على الأقل.',
    two: 'يُرجى إدخال حرفين على الأقل.',
    few: 'يُرجى إدخال {min} أحرف على الأقل.',
    many: 'يُرجى إدخال {min} حرفًا على الأقل.',
    other: 'يُرجى إدخال {min} حرف على الأقل.',
  },
  'validation.tooLong': {
    zero: 'يُرجى إدخال {max} حرف كحدّ أقصى.',
    one: 'يُرجى إدخال حرف واحد كحدّ أقصى.',
    two: 'يُرجى إدخال حرفين كحدّ أقصى.',
    few: 'يُرجى إدخال {max} أحرف كحدّ أقصى.',
    many: 'يُرجى إدخال {max} حرفًا كحدّ أقصى.',
    other: 'يُرجى إدخال {max} حرف كحدّ أقصى.',
  },
  'validation.pattern': 'يُرجى التحقق من صيغة ما أدخلته.',
  'validation.notNumber': 'يُرجى إدخال رقم، مثل 12 أو 12.5.',
  'validation.notInteger': 'يُرجى إدخال عدد صحيح.',
  'validation.tooSmall': 'يُرجى إدخال رقم لا يقل عن {min}.',
  'validation.tooBig': 'يُرجى إدخال رقم لا يزيد عن {max}.',
  'validation.email': 'يُرجى إدخال عنوان بريد إلكتروني بالصيغة \u2066name@beispiel.de\u2069.',
  'validation.phone': 'يُرجى إدخال رقم هاتف، مثل \u206607999 133-0\u2069.',
  'validation.date': 'يُرجى إدخال تاريخ صحيح، مثل 24 12 1990.',
  'validation.dateTooEarly': 'يجب أن يكون التاريخ في {min} أو بعده.',
  'validation.dateTooLate': 'يجب أن يكون التاريخ في {max} أو قبله.',
  'validation.iban': 'يُرجى التحقق من رقم IBAN. يتكوّن رقم IBAN الألماني من 22 خانة ويبدأ بـ DE.',
  'validation.postcode': 'يُرجى إدخال رمز بريدي من خمسة أرقام.',
  'validation.option': 'يُرجى اختيار أحد الخيارات المعروضة.',
  'validation.tooFewItems': {
    zero: 'يُرجى تحديد {min} بند على الأقل.',
    one: 'يُرجى تحديد بند واحد على الأقل.',
    two: 'يُرجى تحديد بندين على الأقل.',
    few: 'يُرجى تحديد {min} بنود على الأقل.',
    many: 'يُرجى تحديد {min} بندًا على الأقل.',
    other: 'يُرجى تحديد {min} بند على الأقل.',
  },
  'validation.tooManyItems': {
    zero: 'يُرجى تحديد {max} بند كحدّ أقصى.',
    one: 'يُرجى تحديد بند واحد كحدّ أقصى.',
    two: 'يُرجى تحديد بندين كحدّ أقصى.',
    few: 'يُرجى تحديد {max} بنود كحدّ أقصى.',
    many: 'يُرجى تحديد {max} بندًا كحدّ أقصى.',
    other: 'يُرجى تحديد {max} بند كحدّ أقصى.',
  },
  'validation.fileTooBig': 'الملف «{name}» كبير جدًا. الحد الأقصى المسموح به هو {max}.',
  'validation.fileType': 'صيغة الملف «{name}» غير مقبولة. الصيغ المسموح بها: {types}.',
  'validation.tooManyFiles': {
    zero: 'يُرجى اختيار {max} ملف كحدّ أقصى.',
    one: 'يُرجى اختيار ملف واحد كحدّ أقصى.',
    two: 'يُرجى اختيار ملفين كحدّ أقصى.',
    few: 'يُرجى اختيار {max} ملفات كحدّ أقصى.',
    many: 'يُرجى اختيار {max} ملفًا كحدّ أقصى.',
    other: 'يُرجى اختيار {max} ملف كحدّ أقصى.',
  },
  'validation.rule': 'يُرجى التحقق من هذا الإدخال.',
};

export default ar;
