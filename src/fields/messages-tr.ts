/** Turkish texts of the form fields, loaded only on Turkish pages. */
import type { Message } from '../i18n/messages.js';
import type { FieldMessageKey } from './messages.js';

const tr: Record<FieldMessageKey, Message> = {
  'fields.optional': '(isteğe bağlı)',
  'fields.errorPrefix': 'Hata:',
  'fields.date.day': 'Gün',
  'fields.date.month': 'Ay',
  'fields.date.year': 'Yıl',
  'fields.yes': 'Evet',
  'fields.no': 'Hayır',
  'fields.select.placeholder': 'Lütfen seçin',
  'fields.address.street': 'Sokak / Cadde',
  'fields.address.houseNumber': 'Kapı numarası',
  'fields.address.postalCode': 'Posta kodu',
  'fields.address.city': 'Şehir',
  'fields.address.addition': 'Adres ek bilgisi (isteğe bağlı)',
  'fields.count.remaining': { one: '{count} karakter kaldı', other: '{count} karakter kaldı' },
  'fields.count.over': { one: '{count} karakter fazla', other: '{count} karakter fazla' },
  'fields.file.choose': 'Dosya seçin',
  'fields.file.chooseMore': 'Başka bir dosya seçin',
  'fields.file.drop': 'ya da buraya sürükleyin',
  'fields.file.chosen': { one: '{count} dosya seçildi', other: '{count} dosya seçildi' },
  'fields.file.kiosk': 'Bu terminalden dosya yükleyemezsiniz. Lütfen görevlilere başvurun veya başvurunuzu evden çevrimiçi yapın.',
  'fields.file.remove': 'Kaldır',
  'fields.file.removed': '“{name}” dosyası kaldırıldı',
  'fields.file.added': { one: '{count} dosya eklendi', other: '{count} dosya eklendi' },
  'fields.repeat.item': '{item} {number}',
  'fields.repeat.defaultItem': 'Kayıt',
  'fields.repeat.add': 'Bir tane daha ekle',
  'fields.repeat.remove': 'Kaldır',
  'fields.repeat.added': '{item} {number} eklendi',
  'fields.repeat.removed': '{item} {number} kaldırıldı',
};

export default tr;
