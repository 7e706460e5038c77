/**
 * Which language an element speaks: its own or nearest ancestor's `lang`
 * (crossing shadow roots, so a widget inside another component follows it),
 * else the document's, else German.
 */

export const DEFAULT_LANGUAGE = 'de';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi', 'dv']);

export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const lang = found?.getAttribute('lang')?.trim();
    if (lang) return normalizeLanguage(lang);
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return normalizeLanguage(document.documentElement.lang || DEFAULT_LANGUAGE);
}

/** `de-DE` → `de-DE`, `EN_gb` → `en-GB`, empty → `de`. */
export function normalizeLanguage(tag: string): string {
  const [language = DEFAULT_LANGUAGE, ...rest] = tag.replaceAll('_', '-').split('-');
  if (!language) return DEFAULT_LANGUAGE;
  return [language.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** The primary subtag: `de-AT` → `de`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0] ?? tag;
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}
