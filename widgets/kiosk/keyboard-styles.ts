import { css } from 'lit';

/**
 * The on-screen keyboard: a bar fixed to the bottom of the screen, keys at
 * least 48 × 48 CSS px with labels of at least 1.25rem. Below 680 px of width
 * the letter rows break into two lines of six keys each (QWERTZ order kept),
 * so the keys stay 48 px wide even on a 390 px screen. All colours are the
 * shared tokens; pressed keys are inverted (text colour as background).
 */
export const keyboardStyles = css`
  :host {
    position: fixed;
    inset-inline: 0;
    bottom: 0;
    z-index: 1000;
    --_kb-gap: 0.375rem;
    --_kb-key-height: max(48px, var(--_ozg-target));
    --_kb-panel: color-mix(in srgb, var(--_ozg-text) 9%, var(--_ozg-background));
    --_kb-special: color-mix(in srgb, var(--_ozg-text) 20%, var(--_ozg-background));
    /* Key edges with 3:1 against the panel, so each key's extent is visible, not only its label. */
    --_kb-edge: color-mix(in srgb, var(--_ozg-text) 55%, var(--_ozg-background));
    padding: var(--_kb-gap) max(var(--_kb-gap), env(safe-area-inset-right)) calc(var(--_kb-gap) + env(safe-area-inset-bottom))
      max(var(--_kb-gap), env(safe-area-inset-left));
    border-top: 1px solid var(--_ozg-border);
    background: var(--_kb-panel);
    user-select: none;
    -webkit-user-select: none;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
    container-type: inline-size;
  }
  :host(:not([open])) {
    display: none;
  }
  .panel {
    max-width: 72rem;
    margin-inline: auto;
  }
  .panel.numeric {
    max-width: 28rem;
  }
  .keys {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kb-gap);
  }
  .row {
    display: grid;
    gap: var(--_kb-gap);
    grid-template-columns: repeat(6, minmax(0, 1fr));
  }
  .numeric .row {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .row.bottom {
    display: flex;
  }
  @container (min-width: 680px) {
    .row {
      grid-template-columns: repeat(11, minmax(0, 1fr));
    }
    .row.shift-row {
      grid-template-columns: 1.5fr repeat(10, minmax(0, 1fr)) 1.5fr;
    }
    .numeric .row {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .panel {
      --_kb-key-height: max(48px, var(--_ozg-target), 3.5rem);
    }
  }

  .key {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 48px;
    min-height: var(--_kb-key-height);
    margin: 0;
    padding: 0 0.25em;
    border: 1px solid var(--_kb-edge);
    border-radius: max(var(--_ozg-radius), 0.375rem);
    background: var(--_ozg-background);
    color: var(--_ozg-text);
    box-shadow: 0 2px 0 var(--_kb-edge);
    font: inherit;
    font-size: max(1.25rem, calc(var(--_ozg-size) * 1.25));
    line-height: 1.1;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .bottom .key {
    flex: 1 1 0;
    /* "Fertig" and ".de" still fit on a phone-wide screen with the kiosk's larger text. */
    font-size: max(1.25rem, min(calc(var(--_ozg-size) * 1.25), 5.5cqi));
  }
  .bottom .space {
    flex-grow: 4;
  }
  .bottom .enter {
    flex-grow: 2;
  }
  .bottom .hide {
    flex-grow: 1.25;
  }
  .numeric .bottom .key {
    flex-grow: 1;
  }
  .numeric .bottom .enter {
    flex-grow: 2;
  }
  .special {
    background: var(--_kb-special);
  }
  .accent,
  .enter,
  .key[aria-pressed='true'] {
    border-color: var(--_ozg-button-bg);
    background: var(--_ozg-button-bg);
    color: var(--_ozg-button-fg);
    font-weight: 600;
  }
  .key.down {
    border-color: var(--_ozg-text);
    background: var(--_ozg-text);
    color: var(--_ozg-background);
    box-shadow: none;
    transform: translateY(2px);
  }
  .gap {
    min-height: var(--_kb-key-height);
  }
  .icon {
    width: min(1.6em, 2.25rem);
    height: min(1.6em, 2.25rem);
    flex: none;
  }
  .lock-bar {
    opacity: 0;
  }
  [aria-pressed='true'] .lock-bar.on {
    opacity: 1;
  }
  .key:focus-visible {
    z-index: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .key.down {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-top-color: CanvasText;
    }
    .key {
      border-color: ButtonText;
      box-shadow: none;
    }
    .key[aria-pressed='true'],
    .key.down {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
