/**
 * The form of a JWS in compact serialisation (RFC 7515, section 7.1):
 * `header.payload.signature`, three base64url parts without padding, header
 * and payload UTF-8 JSON objects.
 *
 * Only the form is checked. The browser holds no keys to verify signatures:
 * the sender proxy verifies them before it answers (see
 * docs/connectors/fit-connect.md). What is read here is never trusted for
 * more than what a citizen sees about their own case.
 */

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface CompactJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** Why a token is not a compact JWS; the caller turns it into an `invalid-response`. */
export class MalformedTokenError extends Error {
  override name = 'MalformedTokenError';
}

export function readCompactJws(token: string): CompactJws {
  const parts = token.split('.');
  if (parts.length !== 3) throw new MalformedTokenError(`has ${parts.length} parts, a signed token has 3`);
  const [header, payload, signature] = parts as [string, string, string];
  // An empty signature is an unsigned token ("alg": "none"): never accepted.
  for (const [name, part] of [['header', header], ['payload', payload], ['signature', signature]] as const) {
    if (!BASE64URL.test(part)) throw new MalformedTokenError(`its ${name} is not base64url`);
  }
  return { header: decodeJsonObject(header, 'header'), payload: decodeJsonObject(payload, 'payload') };
}

function decodeJsonObject(part: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decodeBase64Url(part));
  } catch {
    throw new MalformedTokenError(`its ${name} is not UTF-8 JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedTokenError(`its ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

/** Base64url (no padding) to text; throws on bad input, including invalid UTF-8. */
export function decodeBase64Url(part: string): string {
  if (part.length % 4 === 1) throw new Error('impossible base64 length');
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Text to base64url without padding (for building tokens in mocks and tests). */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
