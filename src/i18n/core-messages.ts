/** Messages every widget uses: loading, errors, configuration problems. */
import { Messages } from './messages.js';

const de = {
  'core.loading': 'Wird geladen …',
  'core.retry': 'Erneut versuchen',
  'core.inputKept': 'Ihre Eingaben bleiben erhalten.',
  'core.error.network.title': 'Keine Verbindung',
  'core.error.network.text': 'Die Verbindung zum Server ist fehlgeschlagen. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'core.error.timeout.title': 'Keine Antwort',
  'core.error.timeout.text': 'Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
  'core.error.not-found.title': 'Nicht gefunden',
  'core.error.not-found.text': 'Der gesuchte Eintrag wurde nicht gefunden. Vielleicht wurde er entfernt oder die Adresse ist nicht mehr aktuell.',
  'core.error.invalid-response.title': 'Fehlerhafte Antwort',
  'core.error.invalid-response.text': 'Der Server hat unerwartete Daten geliefert. Bitte versuchen Sie es später erneut.',
  'core.error.rejected.title': 'Anfrage abgelehnt',
  'core.error.rejected.text': 'Der Server hat die Anfrage abgelehnt. Bitte prüfen Sie Ihre Angaben.',
  'core.error.unavailable.title': 'Dienst nicht erreichbar',
  'core.error.unavailable.text': 'Der Dienst ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
  'core.error.rateLimited.title': 'Zu viele Anfragen',
  'core.error.rateLimited.text': {
    one: 'Bitte warten Sie {count} Sekunde und versuchen Sie es dann erneut.',
    other: 'Bitte warten Sie {count} Sekunden und versuchen Sie es dann erneut.',
  },
  'core.error.rateLimited.textUnknown': 'Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  'core.error.unexpected.title': 'Unerwarteter Fehler',
  'core.error.unexpected.text': 'Etwas ist schiefgelaufen. Bitte laden Sie die Seite neu.',
} as const;

export type CoreMessageKey = keyof typeof de;
type Key = CoreMessageKey;


export const coreMessages = new Messages<Key>({
  de,
  en: () => import('./core-messages-en.js'),
  tr: () => import('./core-messages-tr.js'),
  ar: () => import('./core-messages-ar.js'),
});
