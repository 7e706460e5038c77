/**
 * Limits failed status lookups per client in a sliding window, as the
 * contract asks backends to (docs/connectors/municipal-rest.md): after
 * `limit` failures within `windowSeconds`, every lookup of that client is
 * refused until the oldest failure leaves the window. Refusing the correct
 * reference and PIN too is what makes guessing pointless: a success during
 * the wait would tell a guesser they were right.
 */

export interface FailedLookupLimitOptions {
  limit: number;
  windowSeconds: number;
}

export class FailedLookupLimit {
  readonly limit: number;
  readonly windowSeconds: number;
  /** Times (ms) of the failures per client, oldest first. */
  readonly #failures = new Map<string, number[]>();

  constructor({ limit, windowSeconds }: FailedLookupLimitOptions) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
  }

  /** Seconds the client must wait before its next lookup; 0 when it may look up now. */
  waitSeconds(client: string, now: number): number {
    const recent = this.#recent(client, now);
    if (recent.length < this.limit) return 0;
    const freedAt = recent[recent.length - this.limit]! + this.windowSeconds * 1000;
    return Math.max(1, Math.ceil((freedAt - now) / 1000));
  }

  /** Counts a lookup whose reference and PIN matched no case. */
  recordFailure(client: string, now: number): void {
    this.#failures.set(client, [...this.#recent(client, now), now]);
  }

  /** Failures of the client within the window. */
  failures(client: string, now: number): number {
    return this.#recent(client, now).length;
  }

  /** Forgets every failure of every client. */
  reset(): void {
    this.#failures.clear();
  }

  #recent(client: string, now: number): number[] {
    const since = now - this.windowSeconds * 1000;
    const recent = (this.#failures.get(client) ?? []).filter((time) => time > since);
    if (recent.length === 0) this.#failures.delete(client);
    else this.#failures.set(client, recent);
    return recent;
  }
}
