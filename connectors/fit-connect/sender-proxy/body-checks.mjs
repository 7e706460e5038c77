/**
 * Checks of the bodies the browser sends to FIT-Connect. The proxy never
 * decrypts anything (it has no key); it only makes sure that what it
 * forwards *is* encrypted, so a faulty page cannot push plain personal
 * data through it.
 */

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * A JWE in compact serialisation (RFC 7516 §7.1): five base64url parts,
 * a protected header naming `alg` and `enc`, an initialisation vector and an
 * authentication tag. The encrypted key may be empty (direct encryption),
 * the ciphertext too (empty plaintext).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isJweCompact(value) {
  if (typeof value !== 'string') return false;
  const parts = value.split('.');
  if (parts.length !== 5 || !parts.every((part) => BASE64URL.test(part))) return false;
  const [header, , iv, , tag] = /** @type {[string, string, string, string, string]} */ (parts);
  if (header === '' || iv === '' || tag === '') return false;
  try {
    const decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && typeof decoded.alg === 'string' && typeof decoded.enc === 'string';
  } catch {
    return false;
  }
}

export class BadBodyError extends Error {
  name = 'BadBodyError';
}

/**
 * @param {Buffer} body
 * @returns {unknown}
 */
export function parseJson(body) {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new BadBodyError('the body is not JSON');
  }
}

/**
 * `PUT /v1/submissions/{id}/attachments/{id}`: the body is one JWE, nothing else.
 * @param {Buffer} body
 */
export function checkAttachmentBody(body) {
  if (!isJweCompact(body.toString('latin1'))) throw new BadBodyError('an attachment must be a JWE in compact serialisation');
}

/**
 * `PUT /v1/submissions/{id}` (`SubmitSubmission`): `encryptedMetadata` and
 * optionally `encryptedData`, both JWE, and no other field — anything else
 * would travel unencrypted.
 * @param {Buffer} body
 */
export function checkSubmitBody(body) {
  const value = parseJson(body);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadBodyError('the body must be a JSON object');
  const record = /** @type {Record<string, unknown>} */ (value);
  const extra = Object.keys(record).filter((key) => key !== 'encryptedMetadata' && key !== 'encryptedData');
  if (extra.length > 0) throw new BadBodyError('only encryptedMetadata and encryptedData may be sent');
  if (!isJweCompact(record.encryptedMetadata)) throw new BadBodyError('encryptedMetadata must be a JWE in compact serialisation');
  if ('encryptedData' in record && !isJweCompact(record.encryptedData)) throw new BadBodyError('encryptedData must be a JWE in compact serialisation');
}

/**
 * `POST /v1/submissions` (`CreateSubmission`): a JSON object, and a new case.
 * A `caseId` would make the submission a reply in an existing case — and the
 * PIN the proxy hands out afterwards would open that case's status to
 * whoever sent it. A `callback` carries a secret the browser should not
 * have. FIT-Connect checks the rest.
 * @param {Buffer} body
 */
export function checkCreateSubmissionBody(body) {
  const value = parseJson(body);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadBodyError('the body must be a JSON object');
  if ('caseId' in value) throw new BadBodyError('a submission through this proxy always opens a new case (no caseId)');
  if ('callback' in value) throw new BadBodyError('callbacks are not available through this proxy');
}
