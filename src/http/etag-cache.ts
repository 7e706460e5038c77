/**
 * Remembers parsed GET answers with their `ETag`, so the HTTP client can ask
 * `If-None-Match` and, on `304 Not Modified`, hand back the value it parsed
 * before instead of downloading and parsing it again.
 *
 * It lives in memory only, one per client, and is never written to any
 * storage: a page reload starts empty. It keeps at most `capacity` answers,
 * dropping the least recently used.
 */

export interface EtagEntry {
  /** The validator exactly as the server sent it (strong or `W/` weak). */
  readonly etag: string;
  /**
   * What turned the body into `value` (the zod schema, or a marker for text).
   * A request with another parser must not receive this value on a 304.
   */
  readonly parser: object;
  readonly value: unknown;
}

export class EtagCache {
  readonly capacity: number;
  readonly #entries = new Map<string, EtagEntry>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** The key of a representation: the URL and the language asked for (servers vary on it). */
  static key(url: URL, acceptLanguage: string | null): string {
    return `${url.href}\n${acceptLanguage ?? ''}`;
  }

  /** The entry for `key` when it was read with the same parser; marks it recently used. */
  get(key: string, parser: object): EtagEntry | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.parser !== parser) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: EtagEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
