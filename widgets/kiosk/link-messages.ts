/**
 * Texts of the kiosk's external-link dialog. German here; English, Turkish
 * and Arabic in link-messages-*.ts, each loaded only on a page in that language.
 */
import { Messages, type Message } from '../../src/i18n/messages.js';

const de = {
  'link.external.title': 'Diese Seite öffnet sich hier nicht',
  'link.external.text': 'Scannen Sie den Code mit Ihrem Smartphone oder geben Sie die Adresse später selbst ein:',
  'link.phone.title': 'Telefonnummer',
  'link.phone.text': 'Von hier aus können Sie nicht anrufen. Scannen Sie den Code mit Ihrem Smartphone oder wählen Sie die Nummer selbst:',
  'link.email.title': 'E-Mail-Adresse',
  'link.email.text': 'Von hier aus können Sie keine E-Mail schreiben. Scannen Sie den Code mit Ihrem Smartphone oder schreiben Sie später an diese Adresse:',
  'link.qrLabel': 'QR-Code für {address}',
  'link.close': 'Schließen',
} satisfies Record<string, Message>;

export type LinkMessageKey = keyof typeof de;

export const linkMessages = new Messages<LinkMessageKey>({
  de,
  en: () => import('./link-messages-en.js'),
  tr: () => import('./link-messages-tr.js'),
  ar: () => import('./link-messages-ar.js'),
});
