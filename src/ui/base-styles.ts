/**
 * Styles every widget shares. The host resets what a CMS page might push in
 * by inheritance (font, line height, colour, alignment), so a widget looks
 * the same on every page; tokens are the only way in.
 */
import { css } from 'lit';
import { tokens } from '../theme/tokens.js';

export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_ozg-text);
      background: var(--_ozg-background);
      font-family: var(--_ozg-font);
      font-size: var(--_ozg-size);
      font-weight: 400;
      font-style: normal;
      line-height: 1.5;
      letter-spacing: normal;
      text-align: start;
      text-transform: none;
      word-spacing: normal;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 3px solid var(--_ozg-focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 5px var(--_ozg-text);
    }
    a {
      color: var(--_ozg-primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      min-height: var(--_ozg-target);
      min-width: var(--_ozg-target);
      padding: 0.5em 1.25em;
      border: 2px solid var(--_ozg-button-bg);
      border-radius: var(--_ozg-radius);
      background: var(--_ozg-button-bg);
      color: var(--_ozg-button-fg);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      text-decoration: none;
    }
    .button:hover {
      background: color-mix(in srgb, var(--_ozg-button-bg) 85%, var(--_ozg-text));
    }
    .button[disabled] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .button.secondary {
      background: var(--_ozg-background);
      color: var(--_ozg-primary);
      border-color: currentColor;
    }
    .notice {
      padding: calc(var(--_ozg-space) * 0.75) var(--_ozg-space);
      border-inline-start: 0.375rem solid var(--_ozg-primary);
      border-radius: var(--_ozg-radius);
      background: var(--_ozg-surface);
    }
    .notice.error {
      border-color: var(--_ozg-error);
      background: var(--_ozg-error-surface);
    }
    .notice > :first-child {
      margin-top: 0;
    }
    .notice > :last-child {
      margin-bottom: 0;
    }
    .notice-title {
      font-size: 1.125em;
      font-weight: 700;
      margin: 0 0 0.25em;
    }
    .spinner {
      display: inline-block;
      width: 1.25em;
      height: 1.25em;
      border: 0.2em solid var(--_ozg-border);
      border-top-color: var(--_ozg-primary);
      border-radius: 50%;
      animation: ozg-spin 0.8s linear infinite;
      vertical-align: middle;
    }
    @keyframes ozg-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 3s;
      }
    }
    /* In a kiosk (touch, no mouse) every control is at least one touch target high and wide. */
    :host([in-kiosk]) :is(a[href], button, select, summary, input:not([type='checkbox'], [type='radio'], [type='hidden']), textarea) {
      min-height: var(--_ozg-target);
    }
    :host([in-kiosk]) :is(a[href], button, summary) {
      min-width: var(--_ozg-target);
    }
    :host([in-kiosk]) a[href] {
      display: inline-flex;
      align-items: center;
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
      }
      .notice {
        border: 1px solid CanvasText;
      }
    }
  `,
];
