/**
 * An HTTP request whose path goes out exactly as written (fetch resolves
 * `..` and `.` segments before sending), with exactly the headers given.
 */
import { request as httpRequest } from 'node:http';

/**
 * @typedef {object} RawResponse
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string} body
 */

/**
 * @param {string} base
 * @param {string} method
 * @param {string} path  sent exactly as given
 * @param {Record<string, string>} headers
 * @param {string | Buffer | Buffer[]} [body]  an array is sent as separate chunks (chunked encoding unless a length is given)
 * @returns {Promise<RawResponse>}
 */
export function rawRequest(base, method, path, headers, body) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ hostname, port, method, path, headers }, (res) => {
      answered = true;
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // A server that answers early (413) and closes may cut the rest of the upload off: not an error once it answered.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (Array.isArray(body)) {
      for (const chunk of body) req.write(chunk);
      req.end();
    } else {
      req.end(body);
    }
  });
}
