/** Texts of the status tracker. German here; English in messages-en.ts, loaded on English pages. */
import { Messages, type Message } from '../../src/i18n/messages.js';

const de = {
  'status.title': 'Stand Ihres Antrags',
  'status.intro': 'Geben Sie das Aktenzeichen und die PIN von Ihrer Eingangsbestätigung ein.',
  'status.introBirthDate': 'Geben Sie das Aktenzeichen von Ihrer Eingangsbestätigung und Ihr Geburtsdatum ein.',
  'status.reference': 'Aktenzeichen',
  'status.referenceHint': 'Zum Beispiel {example}',
  'status.pin': 'PIN',
  'status.pinHint': 'Die PIN steht auf Ihrer Eingangsbestätigung.',
  'status.birthDate': 'Geburtsdatum',
  'status.lookup': 'Stand abfragen',
  'status.lookingUp': 'Der Stand wird abgefragt …',
  'status.corrected': 'Wir haben Ihre Eingabe zu {reference} ergänzt.',
  'status.invalidReference': 'Dieses Aktenzeichen kann es nicht geben. Bitte prüfen Sie die Eingabe, zum Beispiel {example}.',
  'status.notFound.title': 'Kein Antrag gefunden',
  'status.notFound.text': 'Zu diesem Aktenzeichen und dieser PIN haben wir keinen Antrag gefunden. Bitte prüfen Sie beides.',
  'status.notFound.textBirthDate': 'Zu diesem Aktenzeichen und diesem Geburtsdatum haben wir keinen Antrag gefunden. Bitte prüfen Sie beides.',
  'status.rateLimited.title': 'Bitte warten Sie kurz',
  'status.rateLimited.text': {
    one: 'Zum Schutz Ihrer Daten sind nur wenige Abfragen hintereinander möglich. Sie können es in {count} Sekunde wieder versuchen.',
    other: 'Zum Schutz Ihrer Daten sind nur wenige Abfragen hintereinander möglich. Sie können es in {count} Sekunden wieder versuchen.',
  },
  'status.rateLimited.minutes': {
    one: 'Zum Schutz Ihrer Daten sind nur wenige Abfragen hintereinander möglich. Sie können es in {count} Minute wieder versuchen.',
    other: 'Zum Schutz Ihrer Daten sind nur wenige Abfragen hintereinander möglich. Sie können es in {count} Minuten wieder versuchen.',
  },
  'status.rateLimited.soon': 'Zum Schutz Ihrer Daten sind nur wenige Abfragen hintereinander möglich. Bitte versuchen Sie es gleich noch einmal.',
} satisfies Record<string, Message>;

export type StatusMessageKey = keyof typeof de;

export const statusMessages = new Messages<StatusMessageKey>({
  de,
  en: () => import('./messages-en.js'),
  tr: () => import('./messages-tr.js'),
  ar: () => import('./messages-ar.js'),
});
