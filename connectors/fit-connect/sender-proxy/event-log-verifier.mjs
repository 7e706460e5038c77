/**
 * Verifies the signatures of a case's Security Event Tokens before they go
 * to the browser, which has no trusted key (docs/connectors/fit-connect.md).
 *
 * - `iss` a URL: a token of the delivery service, signed with a key from
 *   `GET /.well-known/jwks.json` of the configured Submission API — never
 *   fetched from the URL in the token.
 * - `iss` a UUID: a token of that destination (accept, reject, forward …),
 *   signed with the destination's key `GET /v1/destinations/{iss}/keys/{kid}`.
 *
 * Every token must be PS512, `typ` `secevent+jwt`, and name the case asked
 * for in `txn`. Keys are cached for an hour.
 */
import { compactVerify, decodeJwt, decodeProtectedHeader } from 'jose';
import { JwksCache, importVerifyKey, parseJson } from './jwks-cache.mjs';
import { UUID } from './routes.mjs';

/** @typedef {import('./upstream.mjs').Upstream} Upstream */

export class EventLogError extends Error {
  name = 'EventLogError';
}

const KEY_TTL_MS = 60 * 60 * 1000;

export class EventLogVerifier {
  #upstream;
  #submissionBaseUrl;
  #now;
  #deliveryService;
  /** @type {Map<string, { key: CryptoKey | Uint8Array, at: number }>} destination keys by `destinationId|kid` */
  #destinationKeys = new Map();

  /**
   * @param {{ upstream: Upstream, submissionBaseUrl: string, now: () => number }} options
   */
  constructor({ upstream, submissionBaseUrl, now }) {
    this.#upstream = upstream;
    this.#submissionBaseUrl = submissionBaseUrl;
    this.#now = now;
    this.#deliveryService = new JwksCache({ url: `${submissionBaseUrl}/.well-known/jwks.json`, upstream, now });
  }

  /**
   * @param {string[]} tokens
   * @param {string} caseId  lower-case UUID
   */
  async verify(tokens, caseId) {
    for (const [index, token] of tokens.entries()) {
      const which = `token ${index + 1}`;
      let header;
      let claims;
      try {
        header = decodeProtectedHeader(token);
        claims = decodeJwt(token);
      } catch {
        throw new EventLogError(`${which} is not a signed JWT`);
      }
      const typ = String(header.typ ?? '').toLowerCase();
      if (header.alg !== 'PS512' || (typ !== 'secevent+jwt' && typ !== 'application/secevent+jwt') || typeof header.kid !== 'string') {
        throw new EventLogError(`${which} is not a PS512 security event token with a kid`);
      }
      if (typeof claims.iss !== 'string') throw new EventLogError(`${which} has no issuer`);
      const key = UUID.test(claims.iss) ? await this.#destinationKey(claims.iss.toLowerCase(), header.kid) : await this.#deliveryService.key(header.kid);
      if (!key) throw new EventLogError(`${which}: no key ${header.kid} for its issuer`);
      try {
        await compactVerify(token, key, { algorithms: ['PS512'] });
      } catch {
        throw new EventLogError(`${which}: the signature does not verify`);
      }
      if (String(claims.txn ?? '').toLowerCase() !== `case:${caseId}`) throw new EventLogError(`${which} belongs to another case`);
    }
  }

  /** @param {string} destinationId @param {string} kid */
  async #destinationKey(destinationId, kid) {
    const cacheKey = `${destinationId}|${kid}`;
    const cached = this.#destinationKeys.get(cacheKey);
    if (cached && this.#now() - cached.at < KEY_TTL_MS) return cached.key;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(kid)) return undefined;
    const response = await this.#upstream.call({
      url: `${this.#submissionBaseUrl}/v1/destinations/${destinationId}/keys/${kid}`,
      method: 'GET',
      authorized: true,
    });
    const jwk = response.status === 200 ? parseJson(response.body) : undefined;
    const key = jwk?.kid === kid ? await importVerifyKey(jwk) : undefined;
    if (key) this.#destinationKeys.set(cacheKey, { key, at: this.#now() });
    return key;
  }
}
