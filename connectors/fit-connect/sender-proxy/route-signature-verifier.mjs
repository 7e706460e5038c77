/**
 * Verifies the `destinationSignature` of every route the Routing API
 * returns, when the Self-Service-Portal's key set is configured
 * (`FIT_CONNECT_PORTAL_JWKS_URL`). The signature is the portal's PS512 JWS
 * over the addressing information the authority registered; checking it
 * rules out a route altered on its way through the Portalverbund or the
 * Routing API. The answer itself is passed on unchanged — or not at all:
 * one route that does not verify, or whose signed `destinationId` is not
 * the route's, fails the whole lookup. Which services and regions the
 * signature names is left to the connector (destination-signature.ts).
 */
import { compactVerify, decodeProtectedHeader } from 'jose';
import { parseJson } from './jwks-cache.mjs';

/** @typedef {import('./jwks-cache.mjs').JwksCache} JwksCache */

export class RouteSignatureError extends Error {
  name = 'RouteSignatureError';
}

export class RouteSignatureVerifier {
  #portalKeys;

  /** @param {JwksCache} portalKeys */
  constructor(portalKeys) {
    this.#portalKeys = portalKeys;
  }

  /**
   * @param {Buffer} body  a `200` answer of `GET /v1/routes` (`RouteResult`)
   */
  async verify(body) {
    const answer = parseJson(body);
    if (!Array.isArray(answer?.routes)) throw new RouteSignatureError('the answer is not a route result');
    for (const [index, route] of answer.routes.entries()) {
      const which = `route ${index + 1}`;
      const signature = route?.destinationSignature;
      if (typeof signature !== 'string') throw new RouteSignatureError(`${which} has no destinationSignature`);
      let header;
      try {
        header = decodeProtectedHeader(signature);
      } catch {
        throw new RouteSignatureError(`${which}: the destinationSignature is not a JWS`);
      }
      if (header.alg !== 'PS512' || typeof header.kid !== 'string') throw new RouteSignatureError(`${which}: not PS512 with a kid`);
      const key = await this.#portalKeys.key(header.kid);
      if (!key) throw new RouteSignatureError(`${which}: the portal has no key ${header.kid}`);
      let payload;
      try {
        ({ payload } = await compactVerify(signature, key, { algorithms: ['PS512'] }));
      } catch {
        throw new RouteSignatureError(`${which}: the signature does not verify`);
      }
      const signed = parseJson(Buffer.from(payload));
      if (typeof route.destinationId !== 'string' || String(signed?.destinationId ?? '').toLowerCase() !== route.destinationId.toLowerCase()) {
        throw new RouteSignatureError(`${which}: the signature names another destination`);
      }
    }
  }
}
