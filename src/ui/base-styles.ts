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
    /* A page's own rules reach the host element and beat :host rules there ("* { font: inherit }",
       "* { color: #777 !important }", "* { all: unset }"); inside a shadow root, !important beats the
       page's !important. So what the content inherits is !important here: tokens are the way in.
       Layout (display, margins, width) stays the page's to set. */
    :host {
      display: block;
      box-sizing: border-box !important;
      color: var(--_ozg-text) !important;
      background: var(--_ozg-background);
      font-family: var(--_ozg-font) !important;
      font-size: var(--_ozg-size) !important;
      font-weight: 400 !important;
      font-style: normal !important;
      font-variant: normal !important;
      line-height: 1.5 !important;
      letter-spacing: normal !important;
      text-align: start !important;
      text-indent: 0 !important;
      text-transform: none !important;
      text-shadow: none !important;
      white-space: normal !important;
      word-spacing: normal !important;
      word-break: normal !important;
      overflow-wrap: anywhere !important;
    }
    /* Pages that show [hidden] ("[hidden] { display: block !important }") do not show a hidden widget. */
    :host([hidden]) {
      display: none !important;
    }
    /* With "all: unset" the host is inline and paints no background behind its content: the
       widget's container (OzgElement's .root) paints it. */
    .root {
      background-color: var(--_ozg-background);
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 calc(var(--_ozg-focus-width) + 2px) var(--_ozg-text);
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
    }
  `,
];
