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
 * | `--ozg-font-size` | `1rem`, at least 16px | base size; everything scales from it |
 * | `--ozg-radius` | `0.25rem` | corners |
 * | `--ozg-spacing` | `1rem`, at least 16px | base gap; paddings are fractions of it |
 *
 * The defaults of size, spacing and target size follow the root font size
 * (the citizen's browser setting) but never go below their values at 16px:
 * many CMS themes set `html { font-size: 10px }` or `62.5%` (Bootstrap 3 and
 * others), which would shrink rem-based text to 10px and targets to 27.5px.
 * A value the page sets for a token is used as given.
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
    --_ozg-size: var(--ozg-font-size, max(1rem, 16px));
    --_ozg-radius: var(--ozg-radius, 0.25rem);
    --_ozg-space: var(--ozg-spacing, max(1rem, 16px));

    /* Component tokens, derived; each can be set on its own. */
    --_ozg-muted: var(--ozg-color-muted, color-mix(in srgb, var(--_ozg-text) 78%, var(--_ozg-background)));
    --_ozg-border: var(--ozg-color-border, color-mix(in srgb, var(--_ozg-text) 45%, var(--_ozg-background)));
    --_ozg-surface: var(--ozg-color-surface, color-mix(in srgb, var(--_ozg-primary) 6%, var(--_ozg-background)));
    --_ozg-button-bg: var(--ozg-button-background, var(--_ozg-primary));
    --_ozg-button-fg: var(--ozg-button-color, var(--_ozg-background));
    --_ozg-error-surface: var(--ozg-color-error-surface, color-mix(in srgb, var(--_ozg-error) 8%, var(--_ozg-background)));
    --_ozg-target: var(--ozg-target-size, max(2.75rem, 44px));
    --_ozg-focus-width: var(--ozg-focus-width, 3px);
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

/** The public component tokens (derived from the top-level ones unless set), for docs, presets and tests. */
export const COMPONENT_TOKENS = [
  '--ozg-color-muted',
  '--ozg-color-border',
  '--ozg-color-surface',
  '--ozg-color-error-surface',
  '--ozg-button-background',
  '--ozg-button-color',
  '--ozg-target-size',
  '--ozg-focus-width',
] as const;
