/**
 * WCAG 2.2 contrast from computed colours: parses what getComputedStyle
 * returns (`rgb()`, `rgba()`, and `color(srgb …)`, which is what
 * `color-mix(in srgb, …)` computes to), composites colours with alpha, and
 * computes the contrast ratio (1.4.3 / 1.4.11).
 */

import { composite, contrastRatio, type Rgba } from '../theme/contrast.js';

export type { Rgba };

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Parses a computed colour. Throws on a format it does not know, so a check never passes by accident. */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (match) return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha(match[4]) };
  match = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (match) return { r: Number(match[1]) * 255, g: Number(match[2]) * 255, b: Number(match[3]) * 255, a: alpha(match[4]) };
  throw new Error(`contrast helper cannot read the colour "${value}"`);
}

function alpha(value: string | undefined): number {
  if (value === undefined) return 1;
  return value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
}

/** Compositing and the ratio are the theme check's (test/theme/contrast.ts); this module adds a strict parser and a backdrop. */
export { composite as over } from '../theme/contrast.js';

/** Contrast ratio of two colours, 1 … 21. Colours with alpha are first put on `backdrop` (white by default). */
export function contrast(a: Rgba, b: Rgba, backdrop: Rgba = WHITE): number {
  const solidB = b.a < 1 ? composite(b, backdrop) : b;
  const solidA = a.a < 1 ? composite(a, solidB) : a;
  return contrastRatio(solidA, solidB);
}

export function formatColor({ r, g, b, a }: Rgba): string {
  const hex = [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
  return a < 1 ? `#${hex}/${a.toFixed(2)}` : `#${hex}`;
}
