/** Turkish texts for validation errors. */
import type { Message } from '../i18n/messages.js';
import type { ValidationMessageKey } from './validation-messages.js';

const tr: Record<ValidationMessageKey, Message> = {
  'validation.required': 'Lütfen bu alanı doldurun.',
  'validation.requiredChoice': 'Lütfen bir yanıt seçin.',
  'validation.requiredFile': 'Lütfen bir dosya ekleyin.',
  'validation.tooShort': { one: 'Lütfen en az {min} karakter girin.', other: 'Lütfen en az {min} karakter girin.' },
  'validation.tooLong': { one: 'Lütfen en fazla {max} karakter girin.', other: 'Lütfen en fazla {max} karakter girin.' },
  'validation.pattern': 'Lütfen girdiğiniz bilginin biçimini kontrol edin.',
  'validation.notNumber': 'Lütfen bir sayı girin, örneğin 12 veya 12,5.',
  'validation.notInteger': 'Lütfen bir tam sayı girin.',
  'validation.tooSmall': 'Lütfen en az {min} olan bir sayı girin.',
  'validation.tooBig': 'Lütfen en fazla {max} olan bir sayı girin.',
  'validation.email': 'Lütfen e-posta adresini isim@ornek.de biçiminde girin.',
  'validation.phone': 'Lütfen bir telefon numarası girin, örneğin 07999 133-0.',
  'validation.date': 'Lütfen geçerli bir tarih girin, örneğin 24 12 1990.',
  'validation.dateTooEarly': 'Tarih en erken {min} olabilir.',
  'validation.dateTooLate': 'Tarih en geç {max} olabilir.',
  'validation.iban': 'Lütfen IBAN’ı kontrol edin. Alman IBAN’ı 22 karakterden oluşur ve DE ile başlar.',
  'validation.postcode': 'Lütfen 5 haneli bir posta kodu girin.',
  'validation.option': 'Lütfen sunulan seçeneklerden birini seçin.',
  'validation.tooFewItems': { one: 'Lütfen en az {min} bilgi girin.', other: 'Lütfen en az {min} bilgi girin.' },
  'validation.tooManyItems': { one: 'Lütfen en fazla {max} bilgi girin.', other: 'Lütfen en fazla {max} bilgi girin.' },
  'validation.fileTooBig': '“{name}” dosyası çok büyük. En fazla {max} olabilir.',
  'validation.fileType': '“{name}” dosyasının biçimi kabul edilmiyor. İzin verilen biçimler: {types}.',
  'validation.tooManyFiles': { one: 'Lütfen en fazla {max} dosya seçin.', other: 'Lütfen en fazla {max} dosya seçin.' },
  'validation.rule': 'Lütfen bu bilgiyi kontrol edin.',
};

export default tr;
