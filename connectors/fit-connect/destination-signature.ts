/**
 * The form of a route's `destinationSignature`: the addressing information
 * the FIT-Connect Self-Service-Portal signed when the authority registered
 * its destination (a JWT, JWS compact serialisation, `alg` `PS512`). Its
 * payload names the destination and the services and regions it serves:
 *
 * ```json
 * { "submissionHost": "…", "iss": "https://portal.auth-…", "destinationId": "<uuid>",
 *   "services": [{ "gebietIDs": ["urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:rs:…"],
 *                  "leistungIDs": ["urn:de:fim:leika:leistung:99…"] }], "iat": …, "jti": "<uuid>" }
 * ```
 *
 * Only the form is checked here: the signature itself can only be verified
 * with the Self-Service-Portal's key set (`/.well-known/jwks.json` of the
 * portal's host), which neither the Routing API nor the proxy layout offers,
 * and a key fetched through the same proxy would prove nothing. The sender
 * proxy verifies it (docs/connectors/fit-connect.md). The checks catch a
 * route whose addressing information belongs to another destination or
 * service.
 */
import { MalformedTokenError, readCompactJws } from './compact-jws.js';

export const LEIKA_URN_PREFIX = 'urn:de:fim:leika:leistung:';

/**
 * Why the signature does not fit the route, or undefined when it does.
 * @param leikaKey the service asked for
 */
export function destinationSignatureProblem(token: string, destinationId: string, leikaKey: string): string | undefined {
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    ({ header, payload } = readCompactJws(token));
  } catch (error) {
    if (error instanceof MalformedTokenError) return `is not a signed token: ${error.message}`;
    throw error;
  }
  if (header['alg'] !== 'PS512') return `has header alg ${JSON.stringify(header['alg'])}, not "PS512"`;
  if (typeof header['kid'] !== 'string' || header['kid'] === '') return 'names no key (kid) in its header';
  const signed = payload['destinationId'];
  if (typeof signed !== 'string' || signed.toLowerCase() !== destinationId.toLowerCase()) {
    return `is for destination ${JSON.stringify(signed ?? null)}, not ${destinationId}`;
  }
  const services = payload['services'];
  if (services !== undefined) {
    const leistung = `${LEIKA_URN_PREFIX}${leikaKey}`;
    const listed = Array.isArray(services) && services.some((service: unknown) => {
      const ids = typeof service === 'object' && service !== null ? (service as Record<string, unknown>)['leistungIDs'] : undefined;
      return Array.isArray(ids) && ids.includes(leistung);
    });
    if (!listed) return `does not list the service ${leistung}`;
  }
  return undefined;
}
