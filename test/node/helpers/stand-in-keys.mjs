/**
 * Keys of the stand-in FIT-Connect, made fresh for each test process:
 * the delivery service's signing key, a destination's signing and
 * encryption keys, and a forger's key nobody publishes.
 *
 * The destination's encryption key has 4096 bits like FIT-Connect's (the
 * spec's minimum modulus length); the signing keys have 2048 bits to keep
 * the tests quick — the proxy does not depend on the key size.
 */
import { randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';

/**
 * @typedef {object} StandInKey
 * @property {string} kid
 * @property {CryptoKey} privateKey
 * @property {Record<string, unknown>} publicJwk  as FIT-Connect publishes it (kty, key_ops, alg, x5c, kid, n, e)
 */

/**
 * @typedef {object} StandInKeys
 * @property {StandInKey} deliveryService        signs the delivery service's SETs
 * @property {StandInKey} destinationSigning     signs the destination's SETs
 * @property {StandInKey} destinationEncryption  the destination's RSA-OAEP-256 key
 * @property {StandInKey} portal                 the Self-Service-Portal's key (route signatures), kid a thumbprint like the real one
 * @property {StandInKey} forger                 published nowhere
 */

/** @type {Promise<StandInKeys> | undefined} */
let keys;

/** @returns {Promise<StandInKeys>} */
export function standInKeys() {
  keys ??= (async () => {
    const [deliveryService, destinationSigning, destinationEncryption, portal, forger] = await Promise.all([
      makeKey('PS512', 2048, 'verify'),
      makeKey('PS512', 2048, 'verify'),
      makeKey('RSA-OAEP-256', 4096, 'wrapKey'),
      makeKey('PS512', 2048, 'verify', true),
      makeKey('PS512', 2048, 'verify'),
    ]);
    return { deliveryService, destinationSigning, destinationEncryption, portal, forger };
  })();
  return keys;
}

/**
 * @param {'PS512' | 'RSA-OAEP-256'} alg
 * @param {number} modulusLength
 * @param {'verify' | 'wrapKey'} use
 * @param {boolean} [thumbprintKid]  kid = RFC 7638 thumbprint instead of a UUID
 * @returns {Promise<StandInKey>}
 */
async function makeKey(alg, modulusLength, use, thumbprintKid = false) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { modulusLength, extractable: true });
  const { n, e } = await exportJWK(publicKey);
  const kid = thumbprintKid ? await calculateJwkThumbprint({ kty: 'RSA', n, e }) : randomUUID();
  // x5c: FIT-Connect keys carry a certificate chain; the stand-in has none, like the spec's examples.
  return { kid, privateKey, publicJwk: { kty: 'RSA', key_ops: [use], alg, x5c: ['...(base64 encoded cert)...'], kid, n, e } };
}
