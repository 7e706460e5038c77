/**
 * The answer to a sent submission, kept a short while so that a browser
 * whose connection dropped after FIT-Connect took the submission still gets
 * its receipt and PIN: a repeated `PUT submissions/{id}` with the same
 * `Idempotency-Key` and the same body is answered as the first one was,
 * without asking FIT-Connect (which would refuse a second submit).
 *
 * This is the one place the proxy holds a PIN in plain text — in memory,
 * for `ttlMs` (default 15 minutes), never written anywhere.
 */
import { createHash } from 'node:crypto';

/**
 * @typedef {object} SentAnswer
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {Buffer} body
 */

export class SubmitReplay {
  /** @type {Map<string, SentAnswer & { at: number }>} */
  #answers = new Map();
  #now;
  #ttlMs;
  #maxEntries;

  /** @param {{ now: () => number, ttlMs?: number, maxEntries?: number }} options */
  constructor({ now, ttlMs = 15 * 60 * 1000, maxEntries = 10_000 }) {
    this.#now = now;
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  /**
   * @param {string} submissionId
   * @param {string | undefined} idempotencyKey  without one, nothing is kept or found
   * @param {Buffer} body  the submit body (encrypted metadata and data)
   * @param {SentAnswer} answer
   */
  remember(submissionId, idempotencyKey, body, answer) {
    if (!idempotencyKey) return;
    this.#forgetExpired();
    this.#answers.set(keyOf(submissionId, idempotencyKey, body), { ...answer, at: this.#now() });
    while (this.#answers.size > this.#maxEntries) {
      const oldest = this.#answers.keys().next().value;
      if (oldest === undefined) break;
      this.#answers.delete(oldest);
    }
  }

  /**
   * The first answer to the same request, while it is kept.
   * @param {string} submissionId
   * @param {string | undefined} idempotencyKey
   * @param {Buffer} body
   * @returns {SentAnswer | undefined}
   */
  find(submissionId, idempotencyKey, body) {
    if (!idempotencyKey) return undefined;
    this.#forgetExpired();
    const kept = this.#answers.get(keyOf(submissionId, idempotencyKey, body));
    return kept && { status: kept.status, headers: kept.headers, body: kept.body };
  }

  #forgetExpired() {
    const oldestAllowed = this.#now() - this.#ttlMs;
    // Insertion order is age order: stop at the first one still fresh.
    for (const [key, kept] of this.#answers) {
      if (kept.at >= oldestAllowed) break;
      this.#answers.delete(key);
    }
  }
}

/**
 * @param {string} submissionId
 * @param {string} idempotencyKey
 * @param {Buffer} body
 */
function keyOf(submissionId, idempotencyKey, body) {
  const digest = createHash('sha256').update(body).digest('base64url');
  return `${submissionId.toLowerCase()} ${idempotencyKey} ${digest}`;
}
