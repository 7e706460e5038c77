import { css } from 'lit';

/**
 * The kiosk sets the public tokens for everything inside it (its own shadow
 * content and, through the slot, the widgets): a larger base size, the
 * chosen text scale, and the high-contrast colours when switched on.
 */
export const kioskStyles = css`
  :host {
    display: block;
    --_kiosk-scale: 1;
    --_kiosk-keyboard-space: 0px;
  }
  .kiosk {
    /* Defaults not below their size at a 16px root: a CMS page's 10px root must not shrink them. */
    --ozg-font-size: calc(var(--ozg-kiosk-font-size, max(1.25rem, 20px)) * var(--_kiosk-scale));
    --ozg-target-size: var(--ozg-kiosk-target-size, max(3.5rem, 56px));
    display: flex;
    flex-direction: column;
    min-height: var(--ozg-kiosk-height, 100dvh);
    padding-bottom: var(--_kiosk-keyboard-space);
    font-size: var(--ozg-font-size);
    color: var(--_ozg-text);
    background: var(--_ozg-background);
  }
  :host([text-scale='125']) {
    --_kiosk-scale: 1.25;
  }
  :host([text-scale='150']) {
    --_kiosk-scale: 1.5;
  }
  /* On the host, so the host's own token derivation (and every widget inside) picks the colours up. */
  :host([contrast]) {
    --ozg-color-text: #ffffff;
    --ozg-color-background: #000000;
    --ozg-color-primary: #ffe94d;
    --ozg-color-focus: #00e5ff;
    --ozg-color-error: #ff9e9e;
    --ozg-color-muted: #ffffff;
    --ozg-color-border: #ffffff;
    --ozg-color-surface: #1a1a1a;
    --ozg-color-error-surface: #2a0000;
  }

  .toolbar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_ozg-space) * 0.5);
    padding: calc(var(--_ozg-space) * 0.5) var(--_ozg-space);
    border-bottom: 2px solid var(--_ozg-border);
    background: var(--_ozg-surface);
  }
  /* With the on-screen keyboard up, the field needs the space more than the controls. */
  .kiosk.keyboard-open .toolbar {
    position: static;
  }
  .toolbar .spacer {
    flex: 1 1 0;
  }
  .toolbar .button {
    padding-inline: 0.9em;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ozg-space) * 0.5);
  }
  /* Narrow screens: one row that scrolls sideways, so the controls never take half the screen. */
  @media (max-width: 48rem) {
    .toolbar,
    .languages {
      flex-wrap: nowrap;
    }
    .toolbar {
      overflow-x: auto;
      scrollbar-width: thin;
    }
    .toolbar .button {
      flex: 0 0 auto;
      white-space: nowrap;
    }
  }
  .button[aria-pressed='true'] {
    background: var(--_ozg-button-bg);
    color: var(--_ozg-button-fg);
    border-color: var(--_ozg-button-bg);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .button[aria-pressed='false'] {
    background: var(--_ozg-background);
    color: var(--_ozg-text);
    border-color: var(--_ozg-text);
  }

  .content {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    padding: var(--_ozg-space);
  }
  .view:focus {
    outline: none;
  }
  .view:focus-visible {
    outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
  }

  .start {
    display: flex;
    flex-direction: column;
    gap: var(--_ozg-space);
    max-width: 70rem;
    width: 100%;
    margin-inline: auto;
  }
  .start-title {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0;
  }
  .start-title:focus {
    outline: none;
  }
  .start-intro {
    margin: 0;
  }
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_ozg-space);
  }
  .tile {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.35em;
    width: 100%;
    height: 100%;
    min-height: 7rem;
    padding: var(--_ozg-space);
    border: 3px solid var(--_ozg-primary);
    border-radius: calc(var(--_ozg-radius) * 2);
    background: var(--_ozg-surface);
    color: var(--_ozg-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .tile:active {
    background: color-mix(in srgb, var(--_ozg-primary) 18%, var(--_ozg-background));
  }
  .tile-title {
    font-size: 1.3em;
    font-weight: 700;
    color: var(--_ozg-primary);
  }
  .language-title {
    font-size: 1.1em;
    font-weight: 700;
    margin: var(--_ozg-space) 0 0;
  }

  /* Reach zone: on tall screens the content starts lower and the controls sit at the bottom. */
  .kiosk.reach {
    flex-direction: column-reverse;
  }
  .kiosk.reach .toolbar {
    top: auto;
    bottom: var(--_kiosk-keyboard-space);
    border-bottom: 0;
    border-top: 2px solid var(--_ozg-border);
  }
  @media (min-height: 50rem) {
    .kiosk.reach .content {
      justify-content: flex-end;
      padding-top: 35vh;
    }
  }

  @media print {
    .toolbar,
    .start,
    dialog,
    ozg-on-screen-keyboard {
      display: none !important;
    }
    .kiosk {
      --ozg-font-size: 10pt;
      --ozg-spacing: 0.5rem;
      --ozg-target-size: 0;
      --_kiosk-keyboard-space: 0px;
      min-height: 0;
      color: #000;
      background: #fff;
    }
    .content {
      padding: 0;
    }
  }
`;
