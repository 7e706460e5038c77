/**
 * Theme presets: complete sets of the public `--ozg-*` tokens.
 *
 * The same presets are plain CSS files beside this module (`default.css`,
 * `kern.css`, `high-contrast.css`; on the CDN under `themes/`), for pages
 * without a build step. This module is for developers who build their page:
 * the token values as data, and the CSS text for any selector.
 * A browser test checks that both say the same.
 *
 * `initial` as a value means "derived": the widget mixes the token from the
 * top-level colours (see `tokens.ts`), and a value inherited from an outer
 * preset does not leak in.
 *
 * @example
 * ```ts
 * import { presetCss } from 'ozg-widgets/theme/presets';
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(presetCss('kern'));
 * document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
 * ```
 */
import type { COMPONENT_TOKENS, TOP_LEVEL_TOKENS } from '../tokens.js';

/** A public token a preset sets. */
export type PublicToken = (typeof TOP_LEVEL_TOKENS)[number] | (typeof COMPONENT_TOKENS)[number];

/** A preset: a value for every public token. */
export type ThemePreset = Readonly<Record<PublicToken, string>>;

const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Today's built-in defaults, written out (`default.css`). */
const defaultPreset: ThemePreset = {
  '--ozg-color-primary': '#0a5ea8',
  '--ozg-color-text': '#1a1a1a',
  '--ozg-color-background': '#ffffff',
  '--ozg-color-error': '#b3261e',
  '--ozg-color-focus': '#ffbf47',
  '--ozg-font-family': SYSTEM_FONTS,
  '--ozg-font-size': 'max(1rem, 16px)',
  '--ozg-radius': '0.25rem',
  '--ozg-spacing': 'max(1rem, 16px)',
  '--ozg-color-muted': 'initial',
  '--ozg-color-border': 'initial',
  '--ozg-color-surface': 'initial',
  '--ozg-color-error-surface': 'initial',
  '--ozg-button-background': 'initial',
  '--ozg-button-color': 'initial',
  '--ozg-target-size': 'max(2.75rem, 44px)',
  '--ozg-focus-width': '3px',
};

/**
 * KERN UX, light mode (`kern.css`), from `@kern-ux/native` 2.7.2 (EUPL-1.2).
 * Fira Sans by name only: no web font is loaded.
 */
const kernPreset: ThemePreset = {
  '--ozg-color-primary': '#2044aa',
  '--ozg-color-text': '#131525',
  '--ozg-color-background': '#ffffff',
  '--ozg-color-error': '#c31c13',
  '--ozg-color-focus': '#454b6b',
  '--ozg-font-family': "'Fira Sans', 'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, Helvetica, sans-serif",
  '--ozg-font-size': 'max(1.125rem, 18px)',
  '--ozg-radius': '0.25rem',
  '--ozg-spacing': 'max(1rem, 16px)',
  '--ozg-color-muted': '#51577a',
  '--ozg-color-border': '#6e7597',
  '--ozg-color-surface': '#f3f4f7',
  '--ozg-color-error-surface': '#fee4e0',
  '--ozg-button-background': 'initial',
  '--ozg-button-color': 'initial',
  '--ozg-target-size': 'max(3rem, 48px)',
  '--ozg-focus-width': '4px',
};

/** Black on white with one accent, thick focus, text at 7:1 or more (`high-contrast.css`). */
const highContrastPreset: ThemePreset = {
  '--ozg-color-primary': '#00319c',
  '--ozg-color-text': '#000000',
  '--ozg-color-background': '#ffffff',
  '--ozg-color-error': '#8b0000',
  '--ozg-color-focus': '#00319c',
  '--ozg-font-family': SYSTEM_FONTS,
  '--ozg-font-size': 'max(1rem, 16px)',
  '--ozg-radius': '0.25rem',
  '--ozg-spacing': 'max(1rem, 16px)',
  '--ozg-color-muted': '#000000',
  '--ozg-color-border': '#000000',
  '--ozg-color-surface': '#ffffff',
  '--ozg-color-error-surface': '#ffffff',
  '--ozg-button-background': 'initial',
  '--ozg-button-color': 'initial',
  '--ozg-target-size': 'max(2.75rem, 44px)',
  '--ozg-focus-width': '5px',
};

/** Every preset by name; the name is also the CSS file's name and the class `ozg-theme-<name>`. */
export const PRESETS = {
  default: defaultPreset,
  kern: kernPreset,
  'high-contrast': highContrastPreset,
} as const satisfies Record<string, ThemePreset>;

export type PresetName = keyof typeof PRESETS;

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** The selector the CSS files use: the whole page, or an element with the class `ozg-theme-<name>`, without specificity. */
export function presetSelector(name: PresetName): string {
  return `:where(:root, .ozg-theme-${name})`;
}

/**
 * The preset as CSS text, on `selector` (by default the one of the CSS
 * files). Any selector works, e.g. `.sidebar` to theme one part of a page.
 */
export function presetCss(name: PresetName, selector: string = presetSelector(name)): string {
  const declarations = Object.entries(PRESETS[name]).map(([token, value]) => `  ${token}: ${value};`);
  return `${selector} {\n${declarations.join('\n')}\n}\n`;
}
