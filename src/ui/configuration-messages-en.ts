/** English texts for editors about a page set up wrongly. */
import type { Message } from '../i18n/messages.js';
import type { ConfigurationMessageKey } from './configuration-messages.js';

const en: Record<ConfigurationMessageKey, Message> = {
  'config.title': 'This element is not set up correctly',
  'config.editorHint': 'Note for the web editor:',
  'config.none': 'none',
  'config.no-connector': 'No connector is chosen. Please set the attribute connector="…". Configured: {available}.',
  'config.unknown-connector': 'The connector "{name}" is not configured. Configured: {available}.',
  'config.unknown-type': 'The connector "{name}" has the unknown type "{type}". Known types: {known}.',
  'config.invalid-config': 'The settings of connector "{name}" are wrong: {details}',
  'config.invalid-json': 'A configuration block (<script type="application/json" data-ozg-config>) is not valid JSON: {details}',
  'config.missing-capability': 'The connector "{name}" does not offer "{capability}".',
  'config.load-failed': 'The connector "{name}" (type "{type}") could not be loaded: {details}',
};

export default en;
