/**
 * End-to-end encryption of an application's parts as FIT-Connect wants it:
 * JWE in compact serialisation, key wrapping `RSA-OAEP-256` with the
 * destination's public key, content encryption `A256GCM`, protected header
 * `{ alg, enc, kid, cty }` — `kid` names the destination's key, `cty` the
 * media type of what is inside (`application/json` for data and metadata,
 * the file's type for attachments). No compression (`zip`): compressing
 * before encrypting can leak the content's length patterns.
 *
 * This module imports `jose` and is loaded only when a submission starts
 * (load-encryption.ts), so pages that only look up a status or show the
 * recipient never download it.
 */
import { CompactEncrypt } from 'jose';
import type { EncryptionKey } from './encryption-key.js';

export const KEY_ALGORITHM = 'RSA-OAEP-256';
export const CONTENT_ENCRYPTION = 'A256GCM';

export interface Encrypter {
  readonly kid: string;
  /** The JWE (compact) of `plaintext`, its header's `cty` set to `mediaType`. */
  encrypt(plaintext: Uint8Array, mediaType: string): Promise<string>;
}

/** Imports the checked public key once; every part is then encrypted with a fresh content key. */
export async function createEncrypter(key: EncryptionKey): Promise<Encrypter> {
  // Only the public parts, for encrypting: FIT-Connect's keys say key_ops ["wrapKey"], with which
  // WebCrypto would not encrypt a content key by RSA-OAEP; the key's use was checked in encryption-key.ts.
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'RSA', n: key.n, e: key.e, alg: KEY_ALGORITHM, ext: true },
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['encrypt'],
  );
  return {
    kid: key.kid,
    encrypt: (plaintext, mediaType) =>
      new CompactEncrypt(plaintext)
        .setProtectedHeader({ alg: KEY_ALGORITHM, enc: CONTENT_ENCRYPTION, kid: key.kid, cty: mediaType })
        .encrypt(publicKey),
  };
}
