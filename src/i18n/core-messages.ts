/** Messages every widget uses: loading, errors, configuration problems. */
import { Messages, type MessageBundle } from './messages.js';

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
  'core.config.title': 'Dieses Element ist nicht richtig eingerichtet',
  'core.config.editorHint': 'Hinweis für die Redaktion:',
  'core.config.none': 'keine',
  'core.config.no-connector': 'Es ist kein Connector gewählt. Bitte setzen Sie das Attribut connector="…". Eingerichtet: {available}.',
  'core.config.unknown-connector': 'Der Connector „{name}“ ist nicht eingerichtet. Eingerichtet: {available}.',
  'core.config.unknown-type': 'Der Connector „{name}“ hat den unbekannten Typ „{type}“. Bekannte Typen: {known}.',
  'core.config.invalid-config': 'Die Einstellungen des Connectors „{name}“ sind fehlerhaft: {details}',
  'core.config.invalid-json': 'Ein Konfigurationsblock (<script type="application/json" data-ozg-config>) enthält kein gültiges JSON: {details}',
  'core.config.missing-capability': 'Der Connector „{name}“ bietet „{capability}“ nicht an.',
  'core.config.load-failed': 'Der Connector „{name}“ (Typ „{type}“) konnte nicht geladen werden: {details}',
} as const;

type Key = keyof typeof de;

const en: Record<Key, MessageBundle<Key>['en'][Key]> = {
  'core.loading': 'Loading …',
  'core.retry': 'Try again',
  'core.inputKept': 'Your entries have been kept.',
  'core.error.network.title': 'No connection',
  'core.error.network.text': 'Could not connect to the server. Please check your internet connection and try again.',
  'core.error.timeout.title': 'No answer',
  'core.error.timeout.text': 'The server did not answer in time. Please try again.',
  'core.error.not-found.title': 'Not found',
  'core.error.not-found.text': 'The entry you are looking for was not found. It may have been removed, or the address is out of date.',
  'core.error.invalid-response.title': 'Unexpected answer',
  'core.error.invalid-response.text': 'The server sent data we could not read. Please try again later.',
  'core.error.rejected.title': 'Request refused',
  'core.error.rejected.text': 'The server refused the request. Please check your entries.',
  'core.error.unavailable.title': 'Service unavailable',
  'core.error.unavailable.text': 'The service is temporarily unavailable. Please try again in a few minutes.',
  'core.error.rateLimited.title': 'Too many requests',
  'core.error.rateLimited.text': {
    one: 'Please wait {count} second, then try again.',
    other: 'Please wait {count} seconds, then try again.',
  },
  'core.error.rateLimited.textUnknown': 'Please wait a moment, then try again.',
  'core.error.unexpected.title': 'Unexpected error',
  'core.error.unexpected.text': 'Something went wrong. Please reload the page.',
  'core.config.title': 'This element is not set up correctly',
  'core.config.editorHint': 'Note for the web editor:',
  'core.config.none': 'none',
  'core.config.no-connector': 'No connector is chosen. Please set the attribute connector="…". Configured: {available}.',
  'core.config.unknown-connector': 'The connector "{name}" is not configured. Configured: {available}.',
  'core.config.unknown-type': 'The connector "{name}" has the unknown type "{type}". Known types: {known}.',
  'core.config.invalid-config': 'The settings of connector "{name}" are wrong: {details}',
  'core.config.invalid-json': 'A configuration block (<script type="application/json" data-ozg-config>) is not valid JSON: {details}',
  'core.config.missing-capability': 'The connector "{name}" does not offer "{capability}".',
  'core.config.load-failed': 'The connector "{name}" (type "{type}") could not be loaded: {details}',
};

export const coreMessages = new Messages<Key>({ de, en });
export type CoreMessageKey = Key;
