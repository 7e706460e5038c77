/**
 * Public signature keys of a JSON Web Key Set at a configured URL (the
 * delivery service's, the Self-Service-Portal's), cached for an hour. An
 * unknown `kid` makes the cache read the set again — at most once a minute,
 * and concurrent lookups wait for the same read.
 */
import { importJWK } from 'jose';

/** @typedef {import('./upstream.mjs').Upstream} Upstream */

const KEY_TTL_MS = 60 * 60 * 1000;
const REFRESH_MS = 60 * 1000;

export class JwksCache {
  #url;
  #upstream;
  #now;
  /** @type {Map<string, { key: CryptoKey | Uint8Array, at: number }>} */
  #keys = new Map();
  #readAt = -Infinity;
  /** @type {Promise<void> | undefined} */
  #pending;

  /**
   * @param {{ url: string, upstream: Upstream, now: () => number }} options
   */
  constructor({ url, upstream, now }) {
    this.#url = url;
    this.#upstream = upstream;
    this.#now = now;
  }

  /**
   * @param {string} kid
   * @returns {Promise<CryptoKey | Uint8Array | undefined>}
   */
  async key(kid) {
    if (!this.#cached(kid)) {
      if (!this.#pending && this.#now() - this.#readAt >= REFRESH_MS) {
        this.#readAt = this.#now();
        this.#pending = this.#read().finally(() => {
          this.#pending = undefined;
        });
      }
      await this.#pending;
    }
    return this.#cached(kid);
  }

  async #read() {
    const response = await this.#upstream.call({ url: this.#url, method: 'GET', authorized: false });
    const jwks = response.status === 200 ? parseJson(response.body) : undefined;
    const keys = Array.isArray(jwks?.keys) ? jwks.keys : [];
    for (const jwk of keys) {
      const key = await importVerifyKey(jwk);
      if (key) this.#keys.set(jwk.kid, { key, at: this.#now() });
    }
  }

  /** @param {string} kid */
  #cached(kid) {
    const entry = this.#keys.get(kid);
    return entry && this.#now() - entry.at < KEY_TTL_MS ? entry.key : undefined;
  }
}

/**
 * A FIT-Connect signature key (RSA, PS512, for `verify`), imported from its
 * public parts only. Keys that name another algorithm or use are skipped.
 * The certificate chain (`x5c`) is not checked here.
 * @param {any} jwk  parsed JSON, checked field by field
 */
export async function importVerifyKey(jwk) {
  if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA') return undefined;
  if (jwk.alg !== undefined && jwk.alg !== 'PS512') return undefined;
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes('verify')) return undefined;
  if (jwk.use !== undefined && jwk.use !== 'sig') return undefined;
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string' || typeof jwk.kid !== 'string') return undefined;
  try {
    return await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'PS512' }, 'PS512');
  } catch {
    return undefined;
  }
}

/** @param {Buffer} body @returns {any} */
export function parseJson(body) {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
