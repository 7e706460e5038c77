/**
 * The one place that loads the encryption (and with it `jose`): on demand,
 * when a submission starts. Everything else of the connector — status
 * lookup, routing, the recipient — runs without it.
 */
import type * as Encryption from './jwe-encryption.js';

export type EncryptionModule = typeof Encryption;

export function loadEncryption(): Promise<EncryptionModule> {
  return import('./jwe-encryption.js');
}
