/**
 * Checks that a destination's key is one FIT-Connect allows for encrypting
 * applications, before anything is encrypted with it:
 *
 * - `kid` is the destination's `encryptionKid` (the key asked for);
 * - `kty` `RSA`, `alg` `RSA-OAEP-256`, public exponent `AQAB`;
 * - `key_ops` allows wrapping keys (`wrapKey`, FIT-Connect's value, or
 *   `encrypt`) and nothing of signing (`sign`, `verify`): a signing key in
 *   its place is a mix-up;
 * - a modulus of at least 4096 bits (FIT-Connect's minimum);
 * - a certificate chain `x5c`, as the API requires. The chain is not
 *   validated in the browser, which has no trust anchor of the
 *   administration's PKI; the sender proxy validates it.
 *
 * A key that fails is refused with `invalid-response`, and nothing is sent.
 */
import { OzgError } from '../../src/connector/errors.js';
import type { Jwk } from './submission-api-v1.js';

export const MIN_MODULUS_BITS = 4096;

/** The public parts of a checked key: what the encryption needs. */
export interface EncryptionKey {
  kid: string;
  n: string;
  e: string;
}

export function checkEncryptionKey(jwk: Jwk, encryptionKid: string): EncryptionKey {
  const refuse = (reason: string): never => {
    throw new OzgError('invalid-response', `The destination's encryption key ${JSON.stringify(jwk.kid)} cannot be used: ${reason}`);
  };
  if (jwk.kid !== encryptionKid) refuse(`the destination names key ${JSON.stringify(encryptionKid)}`);
  if (jwk.kty !== 'RSA') refuse(`its type is ${JSON.stringify(jwk.kty)}, not "RSA"`);
  if (jwk.alg !== 'RSA-OAEP-256') refuse(`its algorithm is ${JSON.stringify(jwk.alg)}, not "RSA-OAEP-256"`);
  if (!jwk.key_ops.some((op) => op === 'wrapKey' || op === 'encrypt')) refuse('its key_ops do not allow wrapKey');
  if (jwk.key_ops.some((op) => op === 'sign' || op === 'verify')) refuse('it is a signing key (key_ops sign/verify)');
  if (jwk.e !== 'AQAB') refuse('its public exponent is not AQAB (65537)');
  const bits = modulusBits(jwk.n);
  if (bits === undefined) refuse('its modulus is not base64url');
  if (bits! < MIN_MODULUS_BITS) refuse(`its modulus has ${bits} bits, FIT-Connect requires at least ${MIN_MODULUS_BITS}`);
  if (!jwk.x5c || jwk.x5c.length === 0 || jwk.x5c.some((cert) => cert === '')) refuse('it has no certificate chain (x5c)');
  return { kid: jwk.kid, n: jwk.n, e: jwk.e };
}

/** Bit length of a base64url-encoded big-endian unsigned integer, or undefined when it is not base64url. */
export function modulusBits(n: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(n) || n.length % 4 === 1) return undefined;
  const binary = atob(n.replace(/-/g, '+').replace(/_/g, '/'));
  let first = 0;
  while (first < binary.length && binary.charCodeAt(first) === 0) first++;
  if (first === binary.length) return 0;
  return (binary.length - first - 1) * 8 + (32 - Math.clz32(binary.charCodeAt(first)));
}
