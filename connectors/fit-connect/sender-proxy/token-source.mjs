/**
 * OAuth 2 access tokens for the Submission API (client credentials grant,
 * RFC 6749 §4.4). One token is kept and reused until shortly before it
 * expires; when a new one is needed, all callers wait for the same token
 * request. FIT-Connect answering 401 makes the caller drop exactly the token
 * it used (`invalidate`), so several requests failing with one old token
 * still cause only one refresh.
 */

export class TokenError extends Error {
  name = 'TokenError';
}

/**
 * @typedef {object} TokenSourceOptions
 * @property {string} tokenUrl
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {'form' | 'basic'} clientAuth
 * @property {string | undefined} scope
 * @property {number} timeoutMs
 * @property {() => number} now
 * @property {typeof fetch} fetch
 * @property {(entry: Record<string, unknown>) => void} log
 */

/** Seconds before `expires_in` ends at which a token is no longer used: a tenth of its life, at most 30 s. */
function safetyMargin(/** @type {number} */ expiresIn) {
  return Math.min(30, expiresIn / 10);
}

export class TokenSource {
  /** @type {TokenSourceOptions} */
  #options;
  /** @type {{ value: string, renewAt: number } | undefined} */
  #current;
  /** @type {Promise<string> | undefined} */
  #pending;
  /** Token requests sent so far (for the log and tests). */
  requests = 0;

  /** @param {TokenSourceOptions} options */
  constructor(options) {
    this.#options = options;
  }

  /** @returns {Promise<string>} a valid access token */
  get() {
    if (this.#current && this.#options.now() < this.#current.renewAt) return Promise.resolve(this.#current.value);
    this.#pending ??= this.#request().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /**
   * Forgets `token` if it is still the current one (FIT-Connect refused it).
   * @param {string} token
   */
  invalidate(token) {
    if (this.#current?.value === token) this.#current = undefined;
  }

  async #request() {
    const { tokenUrl, clientId, clientSecret, clientAuth, scope, timeoutMs, now, log } = this.#options;
    const startedAt = now();
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scope) form.set('scope', scope);
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
    if (clientAuth === 'basic') {
      // RFC 6749 §2.3.1: id and secret form-encoded before Base64.
      const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
      headers.Authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    } else {
      form.set('client_id', clientId);
      form.set('client_secret', clientSecret);
    }
    this.requests += 1;
    let response;
    try {
      response = await this.#options.fetch(tokenUrl, {
        method: 'POST',
        headers,
        body: form.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      log({ level: 'error', event: 'token-request-failed', reason: /** @type {Error} */ (error).name });
      throw new TokenError('the token endpoint cannot be reached');
    }
    // The error body of a token endpoint may echo what it got; it is neither logged nor passed on.
    const body = await response.text().catch(() => '');
    if (!response.ok) {
      log({ level: 'error', event: 'token-refused', upstreamStatus: response.status });
      throw new TokenError(`the token endpoint answered ${response.status}`);
    }
    const token = parseTokenResponse(body);
    if (!token) {
      log({ level: 'error', event: 'token-malformed' });
      throw new TokenError('the token endpoint answered without a usable bearer token');
    }
    this.#current = { value: token.accessToken, renewAt: startedAt + (token.expiresIn - safetyMargin(token.expiresIn)) * 1000 };
    log({ level: 'info', event: 'token-issued', expiresIn: token.expiresIn });
    return token.accessToken;
  }
}

/**
 * RFC 6749 §5.1: `access_token`, `token_type` Bearer, `expires_in` (recommended;
 * without it the token is used for one minute).
 * @param {string} body
 * @returns {{ accessToken: string, expiresIn: number } | undefined}
 */
function parseTokenResponse(body) {
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { access_token: accessToken, token_type: tokenType, expires_in: expiresIn } = value;
  // The token goes into a header: visible ASCII only.
  if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) return undefined;
  if (tokenType !== undefined && String(tokenType).toLowerCase() !== 'bearer') return undefined;
  if (expiresIn === undefined) return { accessToken, expiresIn: 60 };
  const seconds = Number(expiresIn);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return { accessToken, expiresIn: seconds };
}
