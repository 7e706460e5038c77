/**
 * The message an element shows when the page is set up wrongly. Loaded
 * lazily by OzgElement: a correctly set-up page never downloads it.
 */
import { html, type TemplateResult } from 'lit';
import type { ConfigurationError } from '../connector/configuration-error.js';
import { configurationMessages } from './configuration-messages.js';

export function describeConfigurationError(language: string, error: ConfigurationError): string {
  const { problem } = error;
  const none = configurationMessages.format(language, 'config.none');
  const list = (names: string[]) => (names.length ? names.join(', ') : none);
  switch (problem.code) {
    case 'no-connector':
      return configurationMessages.format(language, 'config.no-connector', { available: list(problem.available) });
    case 'unknown-connector':
      return configurationMessages.format(language, 'config.unknown-connector', { name: problem.name, available: list(problem.available) });
    case 'unknown-type':
      return configurationMessages.format(language, 'config.unknown-type', { ...problem, known: list(problem.known) });
    case 'invalid-config':
    case 'invalid-json':
    case 'missing-capability':
    case 'load-failed':
      return configurationMessages.format(language, `config.${problem.code}`, { ...problem });
  }
}

export function renderConfigurationError(language: string, error: ConfigurationError): TemplateResult {
  return html`<div class="notice error" role="alert" part="error configuration-error">
    <p class="notice-title">${configurationMessages.format(language, 'config.title')}</p>
    <p>
      <strong>${configurationMessages.format(language, 'config.editorHint')}</strong>
      ${describeConfigurationError(language, error)}
    </p>
  </div>`;
}
