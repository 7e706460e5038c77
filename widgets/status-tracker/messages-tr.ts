/** Turkish texts of the status tracker, loaded only on Turkish pages. */
import type { Message } from '../../src/i18n/messages.js';
import type { StatusMessageKey } from './messages.js';

const limited = 'Verilerinizin güvenliği için arka arkaya yalnızca birkaç sorgu yapılabilir.';

const tr: Record<StatusMessageKey, Message> = {
  'status.title': 'Başvurunuzun durumu',
  'status.intro': 'Alındı belgenizdeki (Eingangsbestätigung) dosya numarasını (Aktenzeichen) ve PIN’i girin.',
  'status.introBirthDate': 'Alındı belgenizdeki (Eingangsbestätigung) dosya numarasını (Aktenzeichen) ve doğum tarihinizi girin.',
  'status.reference': 'Dosya numarası (Aktenzeichen)',
  'status.referenceHint': 'Örneğin {example}',
  'status.pin': 'PIN',
  'status.pinHint': 'PIN, alındı belgenizde yazılıdır.',
  'status.birthDate': 'Doğum tarihi',
  'status.lookup': 'Durumu sorgula',
  'status.lookingUp': 'Durum sorgulanıyor …',
  'status.corrected': 'Girdiğiniz bilgiyi {reference} olarak tamamladık.',
  'status.invalidReference': 'Böyle bir dosya numarası olamaz. Lütfen girdiğiniz bilgiyi kontrol edin, örneğin {example}.',
  'status.notFound.title': 'Başvuru bulunamadı',
  'status.notFound.text': 'Bu dosya numarası ve PIN ile bir başvuru bulamadık. Lütfen ikisini de kontrol edin.',
  'status.notFound.textBirthDate': 'Bu dosya numarası ve doğum tarihiyle bir başvuru bulamadık. Lütfen ikisini de kontrol edin.',
  'status.rateLimited.title': 'Lütfen biraz bekleyin',
  'status.rateLimited.text': {
    one: `${limited} {count} saniye sonra tekrar deneyebilirsiniz.`,
    other: `${limited} {count} saniye sonra tekrar deneyebilirsiniz.`,
  },
  'status.rateLimited.minutes': {
    one: `${limited} {count} dakika sonra tekrar deneyebilirsiniz.`,
    other: `${limited} {count} dakika sonra tekrar deneyebilirsiniz.`,
  },
  'status.rateLimited.soon': `${limited} Lütfen az sonra tekrar deneyin.`,
};

export default tr;
