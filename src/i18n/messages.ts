/**
 * Message catalogs. German is the source language, complete and always
 * loaded; English must be complete too (the types enforce it); further
 * languages may be partial and fall back to German. Every language but German
 * can be a lazy pack (`en: () => import('./messages-en.js')`) so a German
 * page downloads no other language. A city can override any wording at run
 * time with {@link registerTranslations} (e.g. "Bürgeramt" instead of
 * "Bürgerbüro").
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

/** A language pack loaded on first use. */
export type LazyPack<T> = () => Promise<{ default: T }>;

/** German complete and eager; English complete; other languages optional and partial. */
export type MessageBundle<K extends string> = {
  de: Record<K, Message>;
  en: Record<K, Message> | LazyPack<Record<K, Message>>;
} & { [language: string]: Partial<Record<K, Message>> | LazyPack<Partial<Record<K, Message>>> };

interface SharedState {
  /** City overrides and extra languages. */
  overrides: Map<string, Record<string, Message>>;
  /** Told when a lazy pack arrived, so elements re-render in the new language. */
  events: EventTarget;
}

/** Shared by every copy of the library on the page. */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('ozg-widgets.translations.v2')] ??= {
  overrides: new Map(),
  events: new EventTarget(),
}) as SharedState;

export const TRANSLATIONS_LOADED = 'ozg-translations-loaded';

/** Listen here to re-render when a language pack has arrived. */
export function translationEvents(): EventTarget {
  return shared.events;
}

/** Every catalog of this copy of the library, so a language can be preloaded for all at once. */
const catalogs = new Set<Messages<string>>();

/**
 * Adds or overrides messages for a language, e.g.
 * `registerTranslations('tr', { 'core.retry': 'Tekrar dene' })`.
 * Returns a function that removes them again.
 */
export function registerTranslations(language: string, messages: Record<string, Message>): () => void {
  const previous = shared.overrides.get(language) ?? {};
  shared.overrides.set(language, { ...previous, ...messages });
  shared.events.dispatchEvent(new Event(TRANSLATIONS_LOADED));
  return () => {
    const current = { ...shared.overrides.get(language) };
    for (const key of Object.keys(messages)) delete current[key];
    shared.overrides.set(language, current);
  };
}

/** Languages that have registered messages beyond German and English. */
export function registeredLanguages(): string[] {
  return [...shared.overrides.keys()];
}

/** Starts loading `language` (and its base language) in every catalog; resolves when all are there. */
export function preloadLanguage(language: string): Promise<void> {
  return Promise.all([...catalogs].map((catalog) => catalog.load(language))).then(() => undefined);
}

/**
 * A typed catalog. `format('de', 'core.retry')` looks up the key in the
 * overrides, then the language, then its base language (`de-CH` → `de`),
 * then German. A language still loading shows German meanwhile.
 */
export class Messages<K extends string> {
  readonly #bundle: MessageBundle<K>;
  readonly #loaded = new Map<string, Partial<Record<K, Message>>>();
  readonly #loading = new Map<string, Promise<void>>();

  constructor(bundle: MessageBundle<K>) {
    this.#bundle = bundle;
    catalogs.add(this as unknown as Messages<string>);
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

  /** Loads the lazy packs of `language` and its base language, if any. */
  load(language: string): Promise<void> {
    return Promise.all([language, baseOf(language)].map((lang) => this.#loadOne(lang))).then(() => undefined);
  }

  #loadOne(language: string): Promise<void> {
    const pack = this.#bundle[language];
    if (typeof pack !== 'function') return Promise.resolve();
    let loading = this.#loading.get(language);
    if (!loading) {
      loading = pack().then(
        (module) => {
          this.#loaded.set(language, module.default);
          shared.events.dispatchEvent(new Event(TRANSLATIONS_LOADED));
        },
        // A pack that cannot load leaves German in place; the next call tries again.
        () => void this.#loading.delete(language),
      );
      this.#loading.set(language, loading);
    }
    return loading;
  }

  #texts(language: string): Partial<Record<K, Message>> | undefined {
    const own = this.#bundle[language];
    if (typeof own !== 'function') return own;
    const loaded = this.#loaded.get(language);
    if (!loaded) void this.#loadOne(language);
    return loaded;
  }

  #lookup(language: string, key: K): Message {
    for (const lang of [language, baseOf(language)]) {
      const override = shared.overrides.get(lang)?.[key];
      if (override !== undefined) return override;
      const own = this.#texts(lang)?.[key];
      if (own !== undefined) return own;
    }
    return shared.overrides.get('de')?.[key] ?? this.#bundle.de[key];
  }
}

function baseOf(language: string): string {
  return language.split('-')[0] ?? language;
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
