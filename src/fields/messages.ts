/** Every visible text of the form fields. German here; English in messages-en.ts, loaded on English pages. */
import { Messages, type Message } from '../i18n/messages.js';

const de = {
  'fields.optional': '(optional)',
  'fields.errorPrefix': 'Fehler:',
  'fields.date.day': 'Tag',
  'fields.date.month': 'Monat',
  'fields.date.year': 'Jahr',
  'fields.yes': 'Ja',
  'fields.no': 'Nein',
  'fields.select.placeholder': 'Bitte auswählen',
  'fields.address.street': 'Straße',
  'fields.address.houseNumber': 'Hausnummer',
  'fields.address.postalCode': 'Postleitzahl',
  'fields.address.city': 'Ort',
  'fields.address.addition': 'Adresszusatz (optional)',
  'fields.count.remaining': { one: 'Noch {count} Zeichen', other: 'Noch {count} Zeichen' },
  'fields.count.over': { one: '{count} Zeichen zu viel', other: '{count} Zeichen zu viel' },
  'fields.file.choose': 'Datei auswählen',
  'fields.file.chooseMore': 'Weitere Datei auswählen',
  'fields.file.drop': 'oder hierher ziehen',
  'fields.file.chosen': { one: '{count} Datei ausgewählt', other: '{count} Dateien ausgewählt' },
  'fields.file.kiosk': 'An diesem Terminal können Sie keine Dateien hochladen. Bitte wenden Sie sich an die Mitarbeitenden oder stellen Sie den Antrag zu Hause online.',
  'fields.file.remove': 'Entfernen',
  'fields.file.removed': 'Datei „{name}“ entfernt',
  'fields.file.added': { one: '{count} Datei hinzugefügt', other: '{count} Dateien hinzugefügt' },
  'fields.repeat.item': '{item} {number}',
  'fields.repeat.defaultItem': 'Eintrag',
  'fields.repeat.add': 'Weitere hinzufügen',
  'fields.repeat.remove': 'Entfernen',
  'fields.repeat.added': '{item} {number} hinzugefügt',
  'fields.repeat.removed': '{item} {number} entfernt',
} satisfies Record<string, Message>;

export type FieldMessageKey = keyof typeof de;

export const fieldMessages = new Messages<FieldMessageKey>({
  de,
  en: () => import('./messages-en.js'),
  tr: () => import('./messages-tr.js'),
  ar: () => import('./messages-ar.js'),
});
