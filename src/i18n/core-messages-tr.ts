/** Turkish texts of the core messages, loaded only on Turkish pages. */
import type { CoreMessageKey } from './core-messages.js';
import type { Message } from './messages.js';

const tr: Record<CoreMessageKey, Message> = {
  'core.loading': 'Yükleniyor …',
  'core.retry': 'Tekrar deneyin',
  'core.inputKept': 'Girdiğiniz bilgiler korunuyor.',
  'core.error.network.title': 'Bağlantı yok',
  'core.error.network.text': 'Sunucuya bağlanılamadı. Lütfen internet bağlantınızı kontrol edin ve tekrar deneyin.',
  'core.error.timeout.title': 'Yanıt yok',
  'core.error.timeout.text': 'Sunucu zamanında yanıt vermedi. Lütfen tekrar deneyin.',
  'core.error.not-found.title': 'Bulunamadı',
  'core.error.not-found.text': 'Aradığınız kayıt bulunamadı. Kaldırılmış olabilir ya da adres artık güncel değil.',
  'core.error.invalid-response.title': 'Hatalı yanıt',
  'core.error.invalid-response.text': 'Sunucu beklenmeyen veriler gönderdi. Lütfen daha sonra tekrar deneyin.',
  'core.error.rejected.title': 'İstek reddedildi',
  'core.error.rejected.text': 'Sunucu isteği reddetti. Lütfen bilgilerinizi kontrol edin.',
  'core.error.unavailable.title': 'Hizmete ulaşılamıyor',
  'core.error.unavailable.text': 'Hizmete geçici olarak ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.',
  'core.error.rateLimited.title': 'Çok fazla istek',
  'core.error.rateLimited.text': {
    one: 'Lütfen {count} saniye bekleyin ve sonra tekrar deneyin.',
    other: 'Lütfen {count} saniye bekleyin ve sonra tekrar deneyin.',
  },
  'core.error.rateLimited.textUnknown': 'Lütfen biraz bekleyin ve sonra tekrar deneyin.',
  'core.error.unexpected.title': 'Beklenmeyen hata',
  'core.error.unexpected.text': 'Bir sorun oluştu. Lütfen sayfayı yeniden yükleyin.',
};

export default tr;
