/**
 * A stand-in for FIT-Connect on 127.0.0.1, answering as the Submission API
 * 1.1.3 and the Routing API describe it — enough for the sender proxy:
 *
 * - `POST /token` (OAuth 2 client credentials; counts requests, issues
 *   tokens that expire on the test clock)
 * - `GET /.well-known/jwks.json`, `GET /v1/destinations/{id}`,
 *   `GET /v1/destinations/{id}/keys/{kid}` (real RSA-OAEP-256 / PS512 JWKs)
 * - the submission lifecycle: `POST /v1/submissions` (201, announced
 *   attachments), `PUT …/attachments/{id}` (204), `PUT /v1/submissions/{id}`
 *   (202; 422 while announced attachments are missing), `GET /v1/submissions/{id}`
 * - `GET /v1/cases/{caseId}/events` (paged; SETs signed PS512)
 * - the Routing API under `/routing-api`: `GET /v1/routes` (routes signed by
 *   the stand-in Self-Service-Portal, whose key set is `/portal/.well-known/jwks.json`),
 *   `GET /v1/areas`
 *
 * Every request is recorded (`requests`), so tests can tell what reached it.
 * Every answer carries a `Set-Cookie` and an internal header the proxy must
 * not pass on.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { EVENT, signDestination, signSet } from './security-event-tokens.mjs';
import { standInKeys } from './stand-in-keys.mjs';

export const DESTINATION_ID = '7881dba9-4055-4854-8b6d-11ea5b7f3047';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Buffer} body
 *
 * @typedef {object} StandInOptions
 * @property {{ now: () => number }} clock
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {'form' | 'basic'} [clientAuth]   what the token endpoint accepts
 * @property {number} [tokenLifetimeSeconds]
 * @property {number} [maxPageSize]            events per page at most (FIT-Connect: 500)
 */

/** @typedef {Awaited<ReturnType<typeof startStandIn>>} StandIn */

/** @param {StandInOptions} options */
export async function startStandIn({ clock, clientId, clientSecret, clientAuth = 'form', tokenLifetimeSeconds = 300, maxPageSize = 500 }) {
  const keys = await standInKeys();
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Map<string, number>} token → expiry (ms) */
  const tokens = new Map();
  /** @type {Map<string, { destinationId: string, caseId: string, announced: string[], attachments: Map<string, Buffer>, submitBody?: Buffer, serviceType: unknown }>} */
  const submissions = new Map();
  /** @type {Map<string, string[]>} case → SETs, oldest first */
  const cases = new Map();
  /** @type {Set<import('node:http').ServerResponse>} answers held back (timeouts) */
  const hanging = new Set();

  const state = {
    url: '',
    requests,
    submissions,
    cases,
    keys,
    /** Token requests received. */
    tokenRequests: 0,
    /** Answer the token endpoint with this status instead of a token (e.g. 401 `invalid_client`). */
    tokenStatus: 200,
    /** Token answer body to send instead of a token (malformed answers). */
    tokenBody: /** @type {string | undefined} */ (undefined),
    /** Refuse every bearer token with 401 (credentials revoked for good). */
    refuseAllTokens: false,
    /** Who signs the routes' destinationSignature: the portal, or a forger claiming the portal's kid. */
    routeSigner: /** @type {'portal' | 'forger'} */ ('portal'),
    /** The destination the route signature names (normally the route's). */
    routeSignedDestination: DESTINATION_ID,
    /** Paths (without query) whose requests are never answered. */
    hangPaths: new Set(),
    /** Makes every token issued so far invalid: the next call gets 401. */
    revokeTokens() {
      tokens.clear();
    },
    /** Requests other than the token endpoint, i.e. calls the proxy forwarded or made. */
    apiRequests() {
      return requests.filter((r) => r.path !== '/token');
    },
    /**
     * Appends a SET to a case's log.
     * @param {string} caseId
     * @param {string} event
     * @param {{ issuer?: 'delivery-service' | 'destination' | 'forger', txnCase?: string, detail?: Record<string, unknown>, submissionId?: string }} [options]
     */
    async addEvent(caseId, event, { issuer = 'delivery-service', txnCase = caseId, detail = {}, submissionId = randomUUID() } = {}) {
      const log = cases.get(caseId) ?? [];
      const signing = { 'delivery-service': keys.deliveryService, destination: keys.destinationSigning, forger: keys.forger }[issuer];
      const token = await signSet({
        key: signing,
        // A forger claims the delivery service's key id.
        kid: issuer === 'forger' ? keys.deliveryService.kid : signing.kid,
        iss: issuer === 'destination' ? DESTINATION_ID : state.url,
        submissionId,
        caseId: txnCase,
        event,
        detail,
        iat: Math.floor(clock.now() / 1000),
      });
      log.push(token);
      cases.set(caseId, log);
      return token;
    },
    close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const body = await readAll(request);
    requests.push({ method: request.method ?? '', path: url.pathname, query: url.searchParams, headers: request.headers, body });
    if (state.hangPaths.has(url.pathname)) {
      hanging.add(response);
      return;
    }
    try {
      await route(request.method ?? '', url, request.headers, body, response);
    } catch (error) {
      json(response, 500, { type: 'about:blank', title: 'stand-in failed', status: 500, detail: String(error) });
    }
  });

  /**
   * @param {string} method
   * @param {URL} url
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} response
   */
  async function route(method, url, headers, body, response) {
    const path = url.pathname;
    /**
     * The path and its (up to two) parameters when it matches `pattern`.
     * @param {string} pattern
     * @returns {[string, string, string] | undefined}
     */
    const params = (pattern) => {
      const match = path.match(new RegExp(`^${pattern}$`));
      return match ? [match[0], match[1] ?? '', match[2] ?? ''] : undefined;
    };
    /** @type {[string, string, string] | undefined} */
    let m;
    if (method === 'POST' && path === '/token') return token(headers, body, response);
    if (method === 'GET' && path === '/.well-known/jwks.json') return json(response, 200, { keys: [keys.deliveryService.publicJwk] });
    if (method === 'GET' && path === '/portal/.well-known/jwks.json') return json(response, 200, { keys: [keys.portal.publicJwk] });
    if (method === 'GET' && path === '/routing-api/v1/routes') return json(response, 200, await routes(url.searchParams));
    if (method === 'GET' && path === '/routing-api/v1/areas') {
      return json(response, 200, { count: 1, offset: 0, totalCount: 1, areas: [{ id: '48566', name: 'Musterstadt', type: 'Gemeinde' }] }, 'application/problem+json');
    }
    if ((m = params(`/v1/destinations/(${UUID})/keys/([^/]+)`)) && method === 'GET') {
      const key = [keys.destinationEncryption, keys.destinationSigning].find((k) => k.kid === m?.[2]);
      return m[1] === DESTINATION_ID && key ? json(response, 200, key.publicJwk) : problem(response, 404, 'Key not found');
    }
    // Everything below needs a valid bearer token.
    if (!authorized(headers)) {
      response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      return problem(response, 401, 'Unauthorized');
    }
    if ((m = params(`/v1/destinations/(${UUID})`)) && method === 'GET') {
      return m[1] === DESTINATION_ID ? json(response, 200, destination()) : problem(response, 404, 'Destination not found');
    }
    if (path === '/v1/submissions' && method === 'POST') return createSubmission(headers, body, response);
    if ((m = params(`/v1/submissions/(${UUID})/attachments/(${UUID})`)) && method === 'PUT') {
      const submission = submissions.get(m[1]);
      if (!submission) return problem(response, 404, 'Submission not found');
      if (headers['content-type'] !== 'application/jose') return problem(response, 415, 'Unsupported Media Type');
      if (!submission.announced.includes(m[2])) return problem(response, 422, 'Attachment not announced');
      submission.attachments.set(m[2], body);
      response.writeHead(204).end();
      return undefined;
    }
    if ((m = params(`/v1/submissions/(${UUID})`))) {
      const submission = submissions.get(m[1]);
      if (!submission) return problem(response, 404, 'Submission not found');
      if (method === 'GET') return json(response, 200, reduced(m[1], submission));
      if (method === 'PUT') return submit(m[1], submission, headers, body, response);
    }
    if ((m = params(`/v1/cases/(${UUID})/events`)) && method === 'GET') {
      const log = cases.get(m[1]);
      if (!log) return problem(response, 404, 'Case not found');
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 500, maxPageSize);
      const page = log.slice(offset, offset + limit);
      return json(response, 200, { count: page.length, offset, totalCount: log.length, eventLog: page });
    }
    return problem(response, 404, 'Not Found');
  }

  /**
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} response
   */
  function token(headers, body, response) {
    state.tokenRequests += 1;
    const form = new URLSearchParams(body.toString('utf8'));
    let id = form.get('client_id');
    let secret = form.get('client_secret');
    if (clientAuth === 'basic') {
      const basic = /^Basic (.+)$/.exec(headers.authorization ?? '');
      const [user, password] = basic ? Buffer.from(basic[1] ?? '', 'base64').toString('utf8').split(':') : [];
      // RFC 6749 §2.3.1: Basic credentials only, never both.
      if (id !== null || secret !== null) return json(response, 400, { error: 'invalid_request' });
      id = user ? decodeURIComponent(user) : null;
      secret = password ? decodeURIComponent(password) : null;
    }
    if (headers['content-type'] !== 'application/x-www-form-urlencoded' || form.get('grant_type') !== 'client_credentials') {
      return json(response, 400, { error: 'unsupported_grant_type' });
    }
    if (id !== clientId || secret !== clientSecret) return json(response, 401, { error: 'invalid_client', error_description: `unknown client ${id}` });
    if (state.tokenStatus !== 200) return json(response, state.tokenStatus, { error: 'server_error' });
    if (state.tokenBody !== undefined) return json(response, 200, JSON.parse(state.tokenBody));
    const value = `stand-in-token-${randomUUID()}`;
    tokens.set(value, clock.now() + tokenLifetimeSeconds * 1000);
    return json(response, 200, { access_token: value, token_type: 'Bearer', expires_in: tokenLifetimeSeconds, scope: 'send:region:DE09' });
  }

  /** @param {import('node:http').IncomingHttpHeaders} headers */
  function authorized(headers) {
    if (state.refuseAllTokens) return false;
    const match = /^Bearer (\S+)$/.exec(headers.authorization ?? '');
    const expiry = match ? tokens.get(match[1] ?? '') : undefined;
    return expiry !== undefined && clock.now() < expiry;
  }

  /**
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} response
   */
  async function createSubmission(headers, body, response) {
    if (headers['content-type'] !== 'application/json') return problem(response, 415, 'Unsupported Media Type');
    const create = JSON.parse(body.toString('utf8'));
    if (create.destinationId !== DESTINATION_ID) return problem(response, 404, 'Destination not found');
    if (!Array.isArray(create.announcedAttachments) || typeof create.serviceType?.identifier !== 'string') return problem(response, 400, 'Bad Request');
    const submissionId = randomUUID();
    const caseId = randomUUID();
    submissions.set(submissionId, {
      destinationId: DESTINATION_ID,
      caseId,
      announced: create.announcedAttachments,
      attachments: new Map(),
      serviceType: create.serviceType,
    });
    await state.addEvent(caseId, 'create-submission', { submissionId });
    return json(response, 201, { destinationId: DESTINATION_ID, submissionId, caseId });
  }

  /**
   * @param {string} submissionId
   * @param {NonNullable<ReturnType<typeof submissions.get>>} submission
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @param {import('node:http').ServerResponse} response
   */
  async function submit(submissionId, submission, headers, body, response) {
    if (headers['content-type'] !== 'application/json') return problem(response, 415, 'Unsupported Media Type');
    if (submission.submitBody) return problem(response, 409, 'Already submitted');
    if (submission.announced.some((id) => !submission.attachments.has(id))) return problem(response, 422, 'Announced attachments missing');
    const { encryptedMetadata, encryptedData } = JSON.parse(body.toString('utf8'));
    submission.submitBody = body;
    // The authentication tags are the last part of each JWE, as in the real submit-submission token.
    const tag = (/** @type {string} */ jwe) => jwe.split('.')[4];
    await state.addEvent(submission.caseId, 'submit-submission', {
      submissionId,
      detail: {
        authenticationTags: {
          metadata: tag(encryptedMetadata),
          ...(encryptedData ? { data: tag(encryptedData) } : {}),
          attachments: Object.fromEntries([...submission.attachments].map(([id, jwe]) => [id, tag(jwe.toString('latin1'))])),
        },
      },
    });
    return json(response, 202, reduced(submissionId, submission));
  }

  /**
   * `SubmissionReduced`
   * @param {string} submissionId
   * @param {NonNullable<ReturnType<typeof submissions.get>>} submission
   */
  function reduced(submissionId, submission) {
    return {
      destinationId: submission.destinationId,
      submissionId,
      caseId: submission.caseId,
      attachments: [...submission.attachments.keys()],
      serviceType: submission.serviceType,
    };
  }

  function destination() {
    return {
      destinationId: DESTINATION_ID,
      status: 'active',
      services: [
        {
          identifier: 'urn:de:fim:leika:leistung:99010003001006',
          submissionSchemas: [{ schemaUri: 'https://schema.fitko.de/fim/s00000121_1.0.0.schema.json', mimeType: 'application/json' }],
          regions: ['DE094750156156', 'DE09330411'],
        },
      ],
      encryptionKid: keys.destinationEncryption.kid,
      metadataVersions: ['1.0.1', '2.1.2'],
    };
  }

  /** @param {URLSearchParams} query */
  async function routes(query) {
    const destinationSignature = await signDestination({
      key: state.routeSigner === 'portal' ? keys.portal : keys.forger,
      kid: keys.portal.kid,
      destinationId: state.routeSignedDestination,
      leikaKey: query.get('leikaKey') ?? '',
      iat: Math.floor(clock.now() / 1000),
    });
    return {
      count: 1,
      offset: Number(query.get('offset') ?? 0),
      totalCount: 1,
      routes: [
        {
          destinationId: DESTINATION_ID,
          destinationSignature,
          destinationName: 'Stadtverwaltung Musterstadt - Straßenverkehrsbehörde',
          destinationShortName: 'Straßenverkehrsbehörde Musterstadt',
        },
      ],
    };
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  state.url = `http://127.0.0.1:${address.port}`;
  return state;
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} value
 * @param {string} [contentType]
 */
function json(response, status, value, contentType = 'application/json') {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Set-Cookie': 'stand-in-session=should-not-reach-the-browser; HttpOnly',
    'X-Stand-In-Internal': 'internal',
    'Cache-Control': 'no-cache',
  });
  response.end(body);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} title
 */
function problem(response, status, title) {
  json(response, status, { type: 'about:blank', title, status }, 'application/problem+json');
}

/** @param {import('node:http').IncomingMessage} request @returns {Promise<Buffer>} */
async function readAll(request) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export { EVENT };
