import type { Message } from '../../src/i18n/messages.js';
import type { KioskMessageKey } from './messages.js';

const tr: Record<KioskMessageKey, Message> = {
  'kiosk.start.title': 'Vatandaş hizmetlerine hoş geldiniz',
  'kiosk.start.intro': 'Ne yapmak istiyorsunuz? Bir hizmete dokunun.',
  'kiosk.tile.ozg-service-finder': 'Hizmet bulun',
  'kiosk.tile.ozg-service-finder.text': 'Neye ihtiyacım var, ücreti ne kadar, kim yetkili?',
  'kiosk.tile.ozg-application-form': 'Başvuru yapın',
  'kiosk.tile.ozg-application-form.text': 'Bir başvuru formunu doldurun ve gönderin.',
  'kiosk.tile.ozg-status-tracker': 'Başvurumun durumu',
  'kiosk.tile.ozg-status-tracker.text': 'Dosya numarası (Aktenzeichen) ve PIN ile başvurunuzun durumuna bakın.',
  'kiosk.tile.other': 'Hizmet {number}',
  'kiosk.languages': 'Dil',
  'kiosk.toolbar': 'Kumanda',
  'kiosk.home': 'Genel bakış',
  'kiosk.textSize': 'Yazıyı büyüt',
  'kiosk.textSize.value': 'Yazı boyutu yüzde {percent}',
  'kiosk.contrast': 'Yüksek kontrast',
  'kiosk.reach': 'Düğmeler aşağıda',
  'kiosk.print': 'Yazdır',
  'kiosk.restart': 'Bitti – yeniden başla',
  'kiosk.restart.title': 'Girdiğiniz her şey silinsin mi?',
  'kiosk.restart.text': 'Girdiğiniz bilgiler bu cihazdan silinir. Ardından sıradaki kişi cihazı kullanabilir.',
  'kiosk.restart.confirm': 'Evet, her şeyi sil',
  'kiosk.restart.cancel': 'Vazgeç',
  'kiosk.idle.title': 'Hâlâ orada mısınız?',
  'kiosk.idle.text': {
    one: 'Verilerinizi korumak için girdiklerinizi {count} saniye içinde sileceğiz.',
    other: 'Verilerinizi korumak için girdiklerinizi {count} saniye içinde sileceğiz.',
  },
  'kiosk.idle.continue': 'Devam et',
  'kiosk.idle.end': 'Şimdi bitir',
  'kiosk.wiped': 'Girdiğiniz her şey silindi.',
  'kiosk.view': '{title} – şu an buradasınız.',
};

export default tr;
