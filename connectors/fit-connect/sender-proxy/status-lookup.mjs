/**
 * `POST {base}status` — contract version 1 of docs/connectors/fit-connect.md:
 * `{ caseId, pin }` → `{ caseId, eventLog, statusUpdates }`.
 *
 * Order matters: the rate limit first (a locked client learns nothing, not
 * even with the right PIN), then the PIN (the same 404 for an unknown case
 * and a wrong PIN, and the same work: an unknown case is checked against a
 * decoy hash), and only then FIT-Connect.
 */
import { createHash } from 'node:crypto';
import { BadBodyError, parseJson } from './body-checks.mjs';
import { decoyRecord, normalizePin, pinMatches } from './pin.mjs';
import { UUID } from './routes.mjs';

/** @typedef {import('./pin-store.mjs').PinStore} PinStore */
/** @typedef {import('./failure-limiter.mjs').FailureLimiter} FailureLimiter */
/** @typedef {import('./upstream.mjs').Upstream} Upstream */
/** @typedef {import('./event-log-verifier.mjs').EventLogVerifier} EventLogVerifier */

/**
 * @typedef {object} StatusAnswer
 * @property {number} status
 * @property {Record<string, unknown>} body
 * @property {Record<string, string>} [headers]
 */

/** The one answer for "unknown case" and "wrong PIN": nothing in it tells them apart. */
export const NOT_FOUND = Object.freeze({
  status: 404,
  body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is no case with this case id and PIN.' },
});

/** FIT-Connect returns at most 500 events per page. */
const PAGE_SIZE = 500;
/** A log longer than this is not a citizen's application. */
const MAX_PAGES = 20;

export class StatusLookup {
  #store;
  #clientLimiter;
  #caseLimiter;
  #upstream;
  #verifier;
  #submissionBaseUrl;
  #decoy = decoyRecord();

  /**
   * @param {object} options
   * @param {PinStore} options.store
   * @param {FailureLimiter} options.clientLimiter
   * @param {FailureLimiter} options.caseLimiter
   * @param {Upstream} options.upstream
   * @param {EventLogVerifier} options.verifier
   * @param {string} options.submissionBaseUrl
   */
  constructor({ store, clientLimiter, caseLimiter, upstream, verifier, submissionBaseUrl }) {
    this.#store = store;
    this.#clientLimiter = clientLimiter;
    this.#caseLimiter = caseLimiter;
    this.#upstream = upstream;
    this.#verifier = verifier;
    this.#submissionBaseUrl = submissionBaseUrl;
  }

  /**
   * @param {{ body: Buffer, client: string, idempotencyKey: string | undefined }} request
   * @returns {Promise<StatusAnswer>}
   */
  async lookUp({ body, client, idempotencyKey }) {
    const { caseId, pin } = parseRequest(body);

    const wait = Math.max(this.#clientLimiter.retryAfterSeconds(client), this.#caseLimiter.retryAfterSeconds(caseId));
    if (wait > 0) {
      return {
        status: 429,
        headers: { 'Retry-After': String(wait) },
        body: { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Too many failed lookups. Please try again later.' },
      };
    }

    if (!(await this.#pinIsRight(caseId, pin))) {
      // A retry of the same lookup (same key, case and PIN) is one failure, not two.
      const attempt = idempotencyKey ? createHash('sha256').update(`${idempotencyKey}\n${caseId}\n${pin}`).digest('base64') : undefined;
      this.#clientLimiter.recordFailure(client, attempt);
      this.#caseLimiter.recordFailure(caseId, attempt);
      return NOT_FOUND;
    }

    const eventLog = await this.#readEventLog(caseId);
    if (!eventLog) return NOT_FOUND;
    await this.#verifier.verify(eventLog, caseId);
    // BundID status updates are not read by this proxy (yet): the contract allows [].
    return { status: 200, body: { caseId, eventLog, statusUpdates: [] } };
  }

  /** @param {string} caseId @param {string} typed */
  async #pinIsRight(caseId, typed) {
    const pin = normalizePin(typed);
    const records = await this.#store.pinsOf(caseId);
    let right = false;
    // Every record is checked, and a decoy when there is none, so timing does not tell an unknown case.
    for (const record of records.length > 0 ? records : [this.#decoy]) {
      if (await pinMatches(pin ?? typed, record)) right = true;
    }
    return right && pin !== undefined && records.length > 0;
  }

  /**
   * The whole event log, all pages, oldest first. `undefined` when FIT-Connect
   * does not know the case.
   * @param {string} caseId
   * @returns {Promise<string[] | undefined>}
   */
  async #readEventLog(caseId) {
    /** @type {string[]} */
    const tokens = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = `${this.#submissionBaseUrl}/v1/cases/${caseId}/events?limit=${PAGE_SIZE}&offset=${tokens.length}`;
      const response = await this.#upstream.call({ url, method: 'GET', authorized: true });
      if (response.status === 404 && page === 0) return undefined;
      if (response.status !== 200) throw new EventLogReadError(response.status);
      let log;
      try {
        log = JSON.parse(response.body.toString('utf8'));
      } catch {
        throw new EventLogReadError(response.status);
      }
      const entries = log?.eventLog;
      if (!Array.isArray(entries) || !entries.every((entry) => typeof entry === 'string')) throw new EventLogReadError(response.status);
      tokens.push(...entries);
      const total = Number.isInteger(log.totalCount) ? log.totalCount : tokens.length;
      if (entries.length === 0 || tokens.length >= total) return tokens;
    }
    throw new EventLogReadError(200);
  }
}

export class EventLogReadError extends Error {
  name = 'EventLogReadError';
  /** @param {number} upstreamStatus */
  constructor(upstreamStatus) {
    super(`FIT-Connect's event log could not be read (${upstreamStatus})`);
    this.upstreamStatus = upstreamStatus;
  }
}

/**
 * @param {Buffer} body
 * @returns {{ caseId: string, pin: string }}
 */
function parseRequest(body) {
  const value = parseJson(body);
  if (typeof value !== 'object' || value === null) throw new BadBodyError('the body must be { "caseId": "…", "pin": "…" }');
  const { caseId, pin } = /** @type {Record<string, unknown>} */ (value);
  if (typeof caseId !== 'string' || typeof pin !== 'string' || pin.length > 64) {
    throw new BadBodyError('the body must be { "caseId": "…", "pin": "…" }');
  }
  if (!UUID.test(caseId)) throw new BadBodyError('caseId must be a UUID');
  return { caseId: caseId.toLowerCase(), pin };
}
