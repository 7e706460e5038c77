/**
 * Message catalogs. German is the source language and complete; English must
 * be complete too (the types enforce it); further languages may be partial
 * and fall back to German. A city can override any wording at run time with
 * {@link registerTranslations} (e.g. "Bürgeramt" instead of "Bürgerbüro").
 */

/** A message, or plural forms chosen by `Intl.PluralRules` from the `count` parameter. */
export type Message = string | PluralMessage;
export interface PluralMessage {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Params = Record<string, string | number>;

/** German and English complete; other languages optional and partial. */
export type MessageBundle<K extends string> = {
  de: Record<K, Message>;
  en: Record<K, Message>;
} & { [language: string]: Partial<Record<K, Message>> };

/** City overrides and extra languages, shared by every copy of the library on the page. */
const overrides: Map<string, Record<string, Message>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('ozg-widgets.translations')
] ??= new Map()) as Map<string, Record<string, Message>>;

/**
 * Adds or overrides messages for a language, e.g.
 * `registerTranslations('tr', { 'core.retry': 'Tekrar dene' })`.
 * Returns a function that removes them again.
 */
export function registerTranslations(language: string, messages: Record<string, Message>): () => void {
  const previous = overrides.get(language) ?? {};
  overrides.set(language, { ...previous, ...messages });
  return () => {
    const current = { ...overrides.get(language) };
    for (const key of Object.keys(messages)) delete current[key];
    overrides.set(language, current);
  };
}

/** Languages that have registered messages beyond German and English. */
export function registeredLanguages(): string[] {
  return [...overrides.keys()];
}

/**
 * A typed catalog. `format('de', 'core.retry')` looks up the key in the
 * overrides, then the language, then its base language (`de-CH` → `de`),
 * then German.
 */
export class Messages<K extends string> {
  readonly #bundle: MessageBundle<K>;

  constructor(bundle: MessageBundle<K>) {
    this.#bundle = bundle;
  }

  format(language: string, key: K, params: Params = {}): string {
    const message = this.#lookup(language, key);
    const text = typeof message === 'string' ? message : selectPlural(language, message, params['count']);
    return interpolate(language, text, params);
  }

  /** The languages this catalog has its own texts for. */
  get languages(): string[] {
    return Object.keys(this.#bundle);
  }

  #lookup(language: string, key: K): Message {
    const base = language.split('-')[0] ?? language;
    for (const lang of [language, base]) {
      const override = overrides.get(lang)?.[key];
      if (override !== undefined) return override;
      const own = this.#bundle[lang]?.[key];
      if (own !== undefined) return own;
    }
    return overrides.get('de')?.[key] ?? this.#bundle.de[key];
  }
}

function selectPlural(language: string, message: PluralMessage, count: string | number | undefined): string {
  const n = Number(count ?? 0);
  if (n === 0 && message.zero !== undefined) return message.zero;
  const form = new Intl.PluralRules(language).select(n) as keyof PluralMessage;
  return message[form] ?? message.other;
}

function interpolate(language: string, text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? value.toLocaleString(language) : value;
  });
}
