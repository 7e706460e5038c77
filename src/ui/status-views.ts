/**
 * Templates for the states every widget has besides its content: loading,
 * and failure with retry. (A page set up wrongly: configuration-view.ts.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isOzgError } from '../connector/errors.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';

export function renderLoading(language: string, label?: string): TemplateResult {
  return html`<div class="loading" part="loading">
    <span class="spinner" aria-hidden="true"></span>
    <span>${label ?? coreMessages.format(language, 'core.loading')}</span>
  </div>`;
}

export interface ErrorViewOptions {
  /** Offers a retry button when given and the error is retryable. */
  onRetry?: (() => void) | undefined;
  /** Tells the citizen their input is safe (forms). */
  inputKept?: boolean | undefined;
}

/** Title and text for any error, in the given language. */
export function describeError(language: string, error: unknown): { title: string; text: string } {
  const t = (key: CoreMessageKey, params?: Record<string, number>) => coreMessages.format(language, key, params);
  if (!isOzgError(error)) {
    return { title: t('core.error.unexpected.title'), text: t('core.error.unexpected.text') };
  }
  if (error.rateLimited) {
    return {
      title: t('core.error.rateLimited.title'),
      text:
        error.retryAfterSeconds === undefined
          ? t('core.error.rateLimited.textUnknown')
          : t('core.error.rateLimited.text', { count: error.retryAfterSeconds }),
    };
  }
  return { title: t(`core.error.${error.kind}.title`), text: t(`core.error.${error.kind}.text`) };
}

export function renderError(language: string, error: unknown, options: ErrorViewOptions = {}): TemplateResult {
  const { title, text } = describeError(language, error);
  const retryable = !isOzgError(error) || error.retryable;
  return html`<div class="notice error" role="alert" part="error">
    <p class="notice-title">${title}</p>
    <p>${text}${options.inputKept ? html` ${coreMessages.format(language, 'core.inputKept')}` : nothing}</p>
    ${options.onRetry && retryable
      ? html`<p><button type="button" class="button" part="button retry" @click=${options.onRetry}>
          ${coreMessages.format(language, 'core.retry')}
        </button></p>`
      : nothing}
  </div>`;
}
