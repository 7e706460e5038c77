/**
 * Reading a request body with a size limit, and the media types the proxy
 * accepts. Bodies are kept as the exact bytes received: the proxy forwards
 * them unchanged (and may have to send them twice, after a token refresh).
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

export const MEDIA_TYPES = /** @type {const} */ ({ json: 'application/json', jose: 'application/jose' });

export class BodyTooLargeError extends Error {
  name = 'BodyTooLargeError';
}

/**
 * The media type of a request without parameters, in lower case
 * (`application/json; charset=utf-8` → `application/json`); `''` when missing.
 * @param {IncomingMessage} request
 */
export function mediaTypeOf(request) {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The declared length when it already exceeds the limit: such a request is
 * refused before a byte of its body is read.
 * @param {IncomingMessage} request
 * @param {number} limit
 */
export function declaredTooLarge(request, limit) {
  const declared = request.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Reads the whole body; rejects with BodyTooLargeError as soon as more than
 * `limit` bytes arrived (also for chunked bodies without Content-Length).
 * @param {IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        done = true;
        request.off('data', onData);
        // Keep draining (and dropping) what the client still sends, so it can read our 413.
        request.resume();
        reject(new BodyTooLargeError(`body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks, size));
    });
    request.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}
