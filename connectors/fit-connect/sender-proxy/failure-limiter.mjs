/**
 * Counts failed status lookups per key (a client address, a case id) in a
 * sliding window. After `max` failures the key waits until the oldest one
 * leaves the window. A lookup repeated with the same Idempotency-Key, case
 * and PIN (the HTTP client retrying after a dropped connection) counts once.
 */
export class FailureLimiter {
  /** @type {Map<string, { times: number[], attempts: Set<string> }>} */
  #entries = new Map();
  #max;
  #windowMs;
  #now;

  /**
   * @param {{ max: number, windowMs: number, now: () => number }} options
   */
  constructor({ max, windowMs, now }) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /**
   * Seconds until `key` may try again; 0 when it may now.
   * @param {string} key
   */
  retryAfterSeconds(key) {
    const entry = this.#current(key);
    if (!entry || entry.times.length < this.#max) return 0;
    const oldest = /** @type {number} */ (entry.times[entry.times.length - this.#max]);
    return Math.max(1, Math.ceil((oldest + this.#windowMs - this.#now()) / 1000));
  }

  /**
   * @param {string} key
   * @param {string} [attempt]  fingerprint of the attempt; the same one counts once per window
   */
  recordFailure(key, attempt) {
    const entry = this.#current(key) ?? { times: [], attempts: new Set() };
    if (attempt !== undefined) {
      if (entry.attempts.has(attempt)) return;
      entry.attempts.add(attempt);
    }
    entry.times.push(this.#now());
    this.#entries.set(key, entry);
    if (this.#entries.size > 50_000) this.#sweep();
  }

  /** @param {string} key */
  #current(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const since = this.#now() - this.#windowMs;
    while (entry.times.length > 0 && /** @type {number} */ (entry.times[0]) <= since) entry.times.shift();
    if (entry.times.length === 0) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #sweep() {
    for (const key of [...this.#entries.keys()]) this.#current(key);
  }
}
