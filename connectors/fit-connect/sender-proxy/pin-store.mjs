/**
 * Where the proxy keeps what it needs between requests: which submissions
 * it created (and their case), and the PIN hashes per case.
 *
 * `MemoryPinStore` keeps both in this process: a restart forgets every PIN,
 * and several proxy instances behind one load balancer do not share them.
 * For production, pass a persistent store with the same four methods to
 * `createSenderProxy(config, { pinStore })` — a database table or a key-value
 * store with expiry. A store holds no PIN, only salted hashes, and no
 * personal data: case and submission ids are random UUIDs.
 */

/** @typedef {import('./pin.mjs').PinRecord} PinRecord */

/**
 * @typedef {object} PinStore
 * @property {(submissionId: string, caseId: string) => Promise<void>} rememberSubmission
 *   A submission the proxy created (always a new case), until it is submitted.
 * @property {(submissionId: string) => Promise<string | undefined>} takeSubmission
 *   The case of a remembered submission, which is then forgotten: its PIN is issued once.
 * @property {(caseId: string, record: PinRecord) => Promise<void>} addPin
 * @property {(caseId: string) => Promise<PinRecord[]>} pinsOf
 *   The case's PIN hashes that have not expired; `[]` for an unknown case.
 */

const HOUR = 60 * 60 * 1000;

/** @implements {PinStore} */
export class MemoryPinStore {
  /** @type {Map<string, { caseId: string, at: number }>} */
  #submissions = new Map();
  /** @type {Map<string, PinRecord[]>} */
  #pins = new Map();
  #now;
  #pinTtlMs;
  #submissionTtlMs;
  #maxPinsPerCase;
  #maxEntries;

  /**
   * @param {object} options
   * @param {() => number} options.now
   * @param {number} options.pinTtlMs         how long a PIN stays valid
   * @param {number} [options.submissionTtlMs] how long a created, not yet submitted submission is remembered
   * @param {number} [options.maxPinsPerCase]  newest PINs kept per case
   * @param {number} [options.maxEntries]      oldest entries are dropped beyond this many (memory bound)
   */
  constructor({ now, pinTtlMs, submissionTtlMs = 24 * HOUR, maxPinsPerCase = 5, maxEntries = 200_000 }) {
    this.#now = now;
    this.#pinTtlMs = pinTtlMs;
    this.#submissionTtlMs = submissionTtlMs;
    this.#maxPinsPerCase = maxPinsPerCase;
    this.#maxEntries = maxEntries;
  }

  /** @param {string} submissionId @param {string} caseId */
  async rememberSubmission(submissionId, caseId) {
    this.#submissions.set(submissionId, { caseId, at: this.#now() });
    trimOldest(this.#submissions, this.#maxEntries);
  }

  /** @param {string} submissionId */
  async takeSubmission(submissionId) {
    const entry = this.#submissions.get(submissionId);
    this.#submissions.delete(submissionId);
    if (!entry || this.#now() - entry.at > this.#submissionTtlMs) return undefined;
    return entry.caseId;
  }

  /** @param {string} caseId @param {PinRecord} record */
  async addPin(caseId, record) {
    const records = [...(await this.pinsOf(caseId)), record].slice(-this.#maxPinsPerCase);
    // Re-inserting moves the case to the end: the map stays ordered by last issue.
    this.#pins.delete(caseId);
    this.#pins.set(caseId, records);
    trimOldest(this.#pins, this.#maxEntries);
  }

  /** @param {string} caseId */
  async pinsOf(caseId) {
    const now = this.#now();
    const records = (this.#pins.get(caseId) ?? []).filter((record) => now - record.issuedAt <= this.#pinTtlMs);
    if (records.length === 0) this.#pins.delete(caseId);
    return records;
  }
}

/**
 * @param {Map<string, unknown>} map
 * @param {number} max
 */
function trimOldest(map, max) {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}
