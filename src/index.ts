/**
 * ozg-widgets core: domain model, connector contract and registry, HTTP
 * client, i18n, theme and the widget base class.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './connector/contract.js';
export * from './connector/errors.js';
export * from './connector/configuration-error.js';
export {
  configure,
  configuredConnectors,
  configuredSynonyms,
  configurationEvents,
  CONFIGURATION_CHANGE,
  registerConnectorType,
  registeredConnectorTypes,
  resetConfiguration,
  resolveCapability,
  resolveConnector,
  type ConnectorConfig,
  type OzgConfig,
} from './connector/registry.js';
export { compositeConnectorType } from './connector/composite.js';
export { HttpClient, HttpSettings, HttpTuning, httpSettings, createHttpClient, kindOfStatus, parseBody, type RequestOptions } from './http/client.js';
export { parseRetryAfter } from './http/retry-after.js';
export { readFieldErrors } from './http/field-errors.js';
export { raceAbort } from './abort.js';
export { loadPart } from './connector/load-part.js';
export { Messages, registerTranslations, registeredLanguages, type Message, type MessageBundle, type Params, type PluralMessage } from './i18n/messages.js';
export { coreMessages, type CoreMessageKey } from './i18n/core-messages.js';
export { DEFAULT_LANGUAGE, baseLanguage, directionOf, languageOf, normalizeLanguage } from './i18n/language.js';
export { LanguageController } from './i18n/language-controller.js';
export { tokens, TOP_LEVEL_TOKENS } from './theme/tokens.js';
export { baseStyles } from './ui/base-styles.js';
export { noticeStyles } from './ui/notice-styles.js';
export { OzgElement } from './ui/ozg-element.js';
export { defineElement } from './ui/define.js';
export { describeError, renderError, renderLoading, type ErrorViewOptions } from './ui/status-views.js';
export { describeConfigurationError, renderConfigurationError } from './ui/configuration-view.js';
