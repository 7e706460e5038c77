/**
 * Design tokens. Pages theme the widgets through nine top-level custom
 * properties; everything else derives from them, and the derived component
 * tokens can be overridden one by one.
 *
 * Defaults are given as `var()` fallbacks (not declarations on `:host`), so a
 * value the page sets on `:root` or any ancestor reaches the widget.
 * The private `--_ozg-*` properties hold the resolved values inside the
 * shadow root; they are not part of the API.
 *
 * | token | default | use |
 * | --- | --- | --- |
 * | `--ozg-color-primary` | `#0a5ea8` | links, buttons, selection |
 * | `--ozg-color-text` | `#1a1a1a` | body text |
 * | `--ozg-color-background` | `#ffffff` | widget background, text on primary |
 * | `--ozg-color-error` | `#b3261e` | error messages and borders |
 * | `--ozg-color-focus` | `#ffbf47` | focus outline |
 * | `--ozg-font-family` | system UI stack | all text |
 * | `--ozg-font-size` | `1rem` | base size; everything scales from it |
 * | `--ozg-radius` | `0.25rem` | corners |
 * | `--ozg-spacing` | `1rem` | base gap; paddings are fractions of it |
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_ozg-primary: var(--ozg-color-primary, #0a5ea8);
    --_ozg-text: var(--ozg-color-text, #1a1a1a);
    --_ozg-background: var(--ozg-color-background, #ffffff);
    --_ozg-error: var(--ozg-color-error, #b3261e);
    --_ozg-focus: var(--ozg-color-focus, #ffbf47);
    --_ozg-font: var(
      --ozg-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Liberation Sans',
      Arial,
      sans-serif
    );
    --_ozg-size: var(--ozg-font-size, 1rem);
    --_ozg-radius: var(--ozg-radius, 0.25rem);
    --_ozg-space: var(--ozg-spacing, 1rem);

    /* Component tokens, derived; each can be set on its own. */
    --_ozg-muted: var(--ozg-color-muted, color-mix(in srgb, var(--_ozg-text) 78%, var(--_ozg-background)));
    --_ozg-border: var(--ozg-color-border, color-mix(in srgb, var(--_ozg-text) 45%, var(--_ozg-background)));
    --_ozg-surface: var(--ozg-color-surface, color-mix(in srgb, var(--_ozg-primary) 6%, var(--_ozg-background)));
    --_ozg-button-bg: var(--ozg-button-background, var(--_ozg-primary));
    --_ozg-button-fg: var(--ozg-button-color, var(--_ozg-background));
    --_ozg-error-surface: var(--ozg-color-error-surface, color-mix(in srgb, var(--_ozg-error) 8%, var(--_ozg-background)));
    --_ozg-target: var(--ozg-target-size, 2.75rem);
  }
`;

/** The public top-level tokens, for docs and contrast tests. */
export const TOP_LEVEL_TOKENS = [
  '--ozg-color-primary',
  '--ozg-color-text',
  '--ozg-color-background',
  '--ozg-color-error',
  '--ozg-color-focus',
  '--ozg-font-family',
  '--ozg-font-size',
  '--ozg-radius',
  '--ozg-spacing',
] as const;
