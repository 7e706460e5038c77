/** Texts for editors about a page set up wrongly; loaded only when that happens. */
import { Messages, type Message } from '../i18n/messages.js';

const de = {
  'config.title': 'Dieses Element ist nicht richtig eingerichtet',
  'config.editorHint': 'Hinweis für die Redaktion:',
  'config.none': 'keine',
  'config.no-connector': 'Es ist kein Connector gewählt. Bitte setzen Sie das Attribut connector="…". Eingerichtet: {available}.',
  'config.unknown-connector': 'Der Connector „{name}“ ist nicht eingerichtet. Eingerichtet: {available}.',
  'config.unknown-type': 'Der Connector „{name}“ hat den unbekannten Typ „{type}“. Bekannte Typen: {known}.',
  'config.invalid-config': 'Die Einstellungen des Connectors „{name}“ sind fehlerhaft: {details}',
  'config.invalid-json': 'Ein Konfigurationsblock (<script type="application/json" data-ozg-config>) enthält kein gültiges JSON: {details}',
  'config.missing-capability': 'Der Connector „{name}“ bietet „{capability}“ nicht an.',
  'config.load-failed': 'Der Connector „{name}“ (Typ „{type}“) konnte nicht geladen werden: {details}',
} satisfies Record<string, Message>;

export type ConfigurationMessageKey = keyof typeof de;

export const configurationMessages = new Messages<ConfigurationMessageKey>({
  de,
  en: () => import('./configuration-messages-en.js'),
  tr: () => import('./configuration-messages-tr.js'),
  ar: () => import('./configuration-messages-ar.js'),
});
