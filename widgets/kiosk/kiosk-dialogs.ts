/**
 * The kiosk's two dialogs: the idle warning with its countdown, and the
 * question before "Fertig – neu beginnen" wipes everything. Loaded right
 * after the kiosk's first render, so the start screen comes sooner.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Params } from '../../src/i18n/messages.js';
import type { KioskMessageKey } from './messages.js';

export interface DialogContext {
  t(key: KioskMessageKey, params?: Params): string;
  /** Seconds left in the warning. */
  seconds: number;
  /** The citizen is still there (a button, Escape). */
  stillHere(): void;
  /** Wipe now. */
  restart(): void;
  closeRestart(): void;
}

export function renderIdleDialog(c: DialogContext): TemplateResult {
  return html`<dialog
    class="idle"
    role="alertdialog"
    aria-labelledby="idle-title"
    aria-describedby="idle-text"
    @cancel=${(event: Event) => {
      // Escape is input too: the citizen is still there.
      event.preventDefault();
      c.stillHere();
    }}
  >
    <h2 class="dialog-title" id="idle-title">${c.t('kiosk.idle.title')}</h2>
    <p class="countdown" aria-hidden="true">${c.seconds}</p>
    <p id="idle-text">${c.t('kiosk.idle.text', { count: c.seconds })}</p>
    <div class="dialog-actions">
      <button type="button" class="button" autofocus @click=${c.stillHere}>${c.t('kiosk.idle.continue')}</button>
      <button type="button" class="button secondary end-now" @click=${c.restart}>${c.t('kiosk.idle.end')}</button>
    </div>
  </dialog>`;
}

export function renderRestartDialog(c: DialogContext): TemplateResult {
  return html`<dialog class="restart" aria-labelledby="restart-title" aria-describedby="restart-text">
    <h2 class="dialog-title" id="restart-title">${c.t('kiosk.restart.title')}</h2>
    <p id="restart-text">${c.t('kiosk.restart.text')}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${c.restart}>${c.t('kiosk.restart.confirm')}</button>
      <button type="button" class="button secondary" autofocus @click=${c.closeRestart}>${c.t('kiosk.restart.cancel')}</button>
    </div>
  </dialog>`;
}

/** Added to the kiosk's shadow root when this module arrives. */
export const dialogStyles = css`
  dialog {
    max-width: min(36rem, calc(100vw - 2rem));
    padding: calc(var(--_ozg-space) * 1.5);
    border: 3px solid var(--_ozg-text);
    border-radius: calc(var(--_ozg-radius) * 2);
    background: var(--_ozg-background);
    color: var(--_ozg-text);
    font-size: var(--ozg-font-size);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-title {
    font-size: 1.4em;
    margin: 0 0 0.5em;
  }
  .countdown {
    font-size: 2.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    margin: 0.25em 0;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ozg-space);
    margin-top: var(--_ozg-space);
  }

`;
