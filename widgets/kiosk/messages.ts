/** Texts of the kiosk shell. German here; English, Turkish and Arabic in lazy packs beside it. */
import { Messages, type Message } from '../../src/i18n/messages.js';

const de = {
  'kiosk.start.title': 'Willkommen im Bürgerservice',
  'kiosk.start.intro': 'Was möchten Sie tun? Tippen Sie auf ein Angebot.',
  'kiosk.tile.ozg-service-finder': 'Dienstleistungen finden',
  'kiosk.tile.ozg-service-finder.text': 'Was brauche ich, was kostet es, wer ist zuständig?',
  'kiosk.tile.ozg-application-form': 'Antrag stellen',
  'kiosk.tile.ozg-application-form.text': 'Einen Antrag ausfüllen und absenden.',
  'kiosk.tile.ozg-status-tracker': 'Stand meines Antrags',
  'kiosk.tile.ozg-status-tracker.text': 'Mit Aktenzeichen und PIN nachsehen, wie weit Ihr Antrag ist.',
  'kiosk.tile.other': 'Angebot {number}',
  'kiosk.languages': 'Sprache',
  'kiosk.toolbar': 'Bedienung',
  'kiosk.home': 'Übersicht',
  'kiosk.textSize': 'Schrift größer',
  'kiosk.textSize.value': 'Schriftgröße {percent} Prozent',
  'kiosk.contrast': 'Hoher Kontrast',
  'kiosk.reach': 'Bedienung unten',
  'kiosk.print': 'Drucken',
  'kiosk.restart': 'Fertig – neu beginnen',
  'kiosk.restart.title': 'Alle Eingaben löschen?',
  'kiosk.restart.text': 'Ihre Eingaben werden von diesem Gerät gelöscht. Danach kann die nächste Person es nutzen.',
  'kiosk.restart.confirm': 'Ja, alles löschen',
  'kiosk.restart.cancel': 'Abbrechen',
  'kiosk.idle.title': 'Sind Sie noch da?',
  'kiosk.idle.text': {
    one: 'Zum Schutz Ihrer Daten löschen wir Ihre Eingaben in {count} Sekunde.',
    other: 'Zum Schutz Ihrer Daten löschen wir Ihre Eingaben in {count} Sekunden.',
  },
  'kiosk.idle.continue': 'Weitermachen',
  'kiosk.idle.end': 'Jetzt beenden',
  'kiosk.wiped': 'Alle Eingaben wurden gelöscht.',
  'kiosk.view': '{title} – Sie sind jetzt hier.',
} satisfies Record<string, Message>;

export type KioskMessageKey = keyof typeof de;

export const kioskMessages = new Messages<KioskMessageKey>({
  de,
  en: () => import('./messages-en.js'),
  tr: () => import('./messages-tr.js'),
  ar: () => import('./messages-ar.js'),
});
