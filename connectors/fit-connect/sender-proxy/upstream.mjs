/**
 * Calls to FIT-Connect: a time limit per call, no redirects followed, the
 * answer read into memory up to a size limit, and for the Submission API
 * the bearer token — with exactly one token refresh and retry when
 * FIT-Connect answers 401.
 */

/** @typedef {import('./token-source.mjs').TokenSource} TokenSource */

export class UpstreamError extends Error {
  name = 'UpstreamError';
  /**
   * @param {string} message
   * @param {'unreachable' | 'timeout' | 'too-large' | 'token'} reason
   */
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
}

/**
 * @typedef {object} UpstreamRequest
 * @property {string} url
 * @property {'GET' | 'POST' | 'PUT'} method
 * @property {boolean} authorized       send the bearer token (Submission API)
 * @property {Buffer} [body]
 * @property {string} [contentType]
 * @property {string} [accept]
 *
 * @typedef {object} UpstreamResponse
 * @property {number} status
 * @property {Headers} headers
 * @property {Buffer} body
 * @property {boolean} tokenRefreshed   the call was repeated with a new token after a 401
 */

export class Upstream {
  #tokens;
  #fetch;
  #timeoutMs;
  #maxResponseBytes;

  /**
   * @param {{ tokens: TokenSource, fetch: typeof fetch, timeoutMs: number, maxResponseBytes: number }} options
   */
  constructor({ tokens, fetch, timeoutMs, maxResponseBytes }) {
    this.#tokens = tokens;
    this.#fetch = fetch;
    this.#timeoutMs = timeoutMs;
    this.#maxResponseBytes = maxResponseBytes;
  }

  /**
   * @param {UpstreamRequest} request
   * @returns {Promise<UpstreamResponse>}
   */
  async call(request) {
    if (!request.authorized) return { ...(await this.#send(request, undefined)), tokenRefreshed: false };
    const token = await this.#token();
    const first = await this.#send(request, token);
    if (first.status !== 401) return { ...first, tokenRefreshed: false };
    this.#tokens.invalidate(token);
    const second = await this.#send(request, await this.#token());
    return { ...second, tokenRefreshed: true };
  }

  async #token() {
    try {
      return await this.#tokens.get();
    } catch (error) {
      throw new UpstreamError(/** @type {Error} */ (error).message, 'token');
    }
  }

  /**
   * @param {UpstreamRequest} request
   * @param {string | undefined} token
   * @returns {Promise<{ status: number, headers: Headers, body: Buffer }>}
   */
  async #send(request, token) {
    /** @type {Record<string, string>} */
    const headers = {
      Accept: request.accept ?? 'application/json, application/problem+json',
      'User-Agent': 'ozg-widgets-sender-proxy/1',
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.contentType) headers['Content-Type'] = request.contentType;
    const signal = AbortSignal.timeout(this.#timeoutMs);
    let response;
    try {
      response = await this.#fetch(request.url, {
        method: request.method,
        headers,
        // A Buffer is a Uint8Array, which fetch sends as it is.
        body: /** @type {Uint8Array<ArrayBuffer> | undefined} */ (request.body),
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      throw toUpstreamError(error);
    }
    try {
      const body = await readLimited(response, this.#maxResponseBytes);
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      throw toUpstreamError(error);
    }
  }
}

/** @param {unknown} error */
function toUpstreamError(error) {
  const name = /** @type {Error} */ (error)?.name;
  return name === 'TimeoutError' || name === 'AbortError'
    ? new UpstreamError('FIT-Connect did not answer in time', 'timeout')
    : new UpstreamError('FIT-Connect cannot be reached', 'unreachable');
}

/**
 * @param {Response} response
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
async function readLimited(response, limit) {
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body?.cancel();
    throw new UpstreamError('the answer of FIT-Connect is too large', 'too-large');
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new UpstreamError('the answer of FIT-Connect is too large', 'too-large');
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
}
