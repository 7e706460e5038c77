/**
 * The FIT-Connect sender proxy: a node:http server between the citizen's
 * browser and FIT-Connect. It holds the OAuth client credentials, forwards
 * a short list of requests (routes.mjs), hands out a status PIN when a
 * submission has been sent, and answers status lookups by case id and PIN.
 * It never sees plain application data: attachments, metadata and form data
 * arrive encrypted (JWE) and are forwarded byte for byte.
 *
 * See docs/connectors/fit-connect-sender-proxy.md.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { timestamped, writeJsonLine } from './access-log.mjs';
import { BadBodyError, checkAttachmentBody, checkCreateSubmissionBody, checkSubmitBody } from './body-checks.mjs';
import { resolveConfig } from './config.mjs';
import { corsFor, preflightHeaders } from './cors.mjs';
import { EventLogError, EventLogVerifier } from './event-log-verifier.mjs';
import { FailureLimiter } from './failure-limiter.mjs';
import { JwksCache } from './jwks-cache.mjs';
import { hashPin, makePin } from './pin.mjs';
import { MemoryPinStore } from './pin-store.mjs';
import { BodyTooLargeError, MEDIA_TYPES, declaredTooLarge, mediaTypeOf, readBody } from './request-body.mjs';
import { RouteSignatureError, RouteSignatureVerifier } from './route-signature-verifier.mjs';
import { BadQueryError, UUID, matchRoute } from './routes.mjs';
import { EventLogReadError, StatusLookup } from './status-lookup.mjs';
import { SubmitReplay } from './submit-replay.mjs';
import { TokenSource } from './token-source.mjs';
import { Upstream, UpstreamError } from './upstream.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./config.mjs').SenderProxyConfig} SenderProxyConfig */
/** @typedef {import('./pin-store.mjs').PinStore} PinStore */
/** @typedef {import('./access-log.mjs').Log} Log */

/**
 * @typedef {object} SenderProxyOptions
 * @property {PinStore} [pinStore]  where PIN hashes live; default: in memory (MemoryPinStore)
 * @property {Log} [log]            receives log entries; default: JSON lines on stdout
 * @property {() => number} [now]   clock in ms (tests)
 * @property {typeof fetch} [fetch] HTTP client for FIT-Connect (tests)
 */

const DAY = 24 * 60 * 60 * 1000;
const MiB = 1024 * 1024;
export const PIN_HEADER = 'X-Ozg-Status-Pin';

/** Upstream answer headers passed on; everything else (Set-Cookie, hop-by-hop, server details) stays behind. */
const PASSED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

/**
 * @param {Partial<Record<keyof SenderProxyConfig, unknown>>} input  settings (see config.mjs); checked here
 * @param {SenderProxyOptions} [options]
 * @returns {import('node:http').Server} a server that is not yet listening
 */
export function createSenderProxy(input, options = {}) {
  const config = resolveConfig(input);
  const now = options.now ?? Date.now;
  const log = timestamped(options.log ?? writeJsonLine, now);
  const store = options.pinStore ?? new MemoryPinStore({ now, pinTtlMs: config.pinTtlDays * DAY });
  const tokens = new TokenSource({
    tokenUrl: config.tokenUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    clientAuth: config.clientAuth,
    scope: config.scope,
    timeoutMs: config.upstreamTimeoutMs,
    now,
    fetch: options.fetch ?? globalThis.fetch,
    log,
  });
  const upstream = new Upstream({
    tokens,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: config.upstreamTimeoutMs,
    maxResponseBytes: config.maxAttachmentBytes + MiB,
  });
  const statusLookup = new StatusLookup({
    store,
    clientLimiter: new FailureLimiter({ max: config.statusMaxFailures, windowMs: config.statusWindowSeconds * 1000, now }),
    caseLimiter: new FailureLimiter({ max: config.statusMaxFailuresPerCase, windowMs: config.statusCaseWindowSeconds * 1000, now }),
    upstream,
    verifier: new EventLogVerifier({ upstream, submissionBaseUrl: config.submissionBaseUrl, now }),
    submissionBaseUrl: config.submissionBaseUrl,
  });
  const sentAnswers = new SubmitReplay({ now });
  const routeSignatures = config.portalJwksUrl
    ? new RouteSignatureVerifier(new JwksCache({ url: config.portalJwksUrl, upstream, now }))
    : undefined;

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   */
  async function handle(request, response) {
    const started = performance.now();
    const requestId = randomUUID();
    /** @type {Record<string, unknown>} */
    const entry = { level: 'info', event: 'request', requestId, method: request.method, route: 'unknown' };
    let requestBytes = 0;
    let responseBytes = 0;
    response.on('close', () => {
      log({
        ...entry,
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
        requestBytes,
        responseBytes,
      });
    });

    const cors = corsFor(request.headers.origin, config.allowedOrigins);
    /**
     * @param {number} status
     * @param {Record<string, string>} headers
     * @param {Buffer | string} [body]
     */
    const send = (status, headers, body) => {
      const bytes = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
      responseBytes = bytes.length;
      response.writeHead(status, {
        ...cors.headers,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Request-Id': requestId,
        ...headers,
        'Content-Length': String(bytes.length),
      });
      response.end(bytes);
    };
    /**
     * RFC 9457 problem details, the same form FIT-Connect uses.
     * @param {number} status
     * @param {string} title
     * @param {string} [detail]
     * @param {Record<string, string>} [headers]
     */
    const problem = (status, title, detail, headers = {}) =>
      send(status, { 'Content-Type': 'application/problem+json', ...headers }, JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }));

    try {
      const url = request.url ?? '/';
      const queryAt = url.indexOf('?');
      const path = queryAt < 0 ? url : url.slice(0, queryAt);
      const rawQuery = queryAt < 0 ? '' : url.slice(queryAt + 1);

      if (!cors.allowed) return problem(403, 'Forbidden', 'This origin may not use the proxy.');
      const match = path.startsWith(config.basePath) ? matchRoute(path.slice(config.basePath.length)) : undefined;
      const routingOff = match?.route.path[0] === 'routing' && !config.routingBaseUrl;
      if (!match || routingOff) return problem(404, 'Not Found');
      const methods = Object.keys(match.route.methods);

      if (request.method === 'OPTIONS') {
        const origin = request.headers.origin;
        return send(204, origin ? preflightHeaders(origin, methods) : { Allow: [...methods, 'OPTIONS'].join(', ') });
      }
      const operation = match.route.methods[request.method ?? ''];
      if (!operation) return problem(405, 'Method Not Allowed', undefined, { Allow: [...methods, 'OPTIONS'].join(', ') });
      entry.route = operation.name;

      /** @type {URLSearchParams | undefined} */
      let query;
      if (operation.query) query = operation.query(new URLSearchParams(rawQuery));
      else if (rawQuery !== '') throw new BadQueryError('this route takes no query');

      /** @type {Buffer | undefined} */
      let body;
      if (operation.body) {
        if (mediaTypeOf(request) !== MEDIA_TYPES[operation.body]) {
          return problem(415, 'Unsupported Media Type', `The body must be ${MEDIA_TYPES[operation.body]}.`);
        }
        const limit = operation.body === 'jose' ? config.maxAttachmentBytes : config.maxJsonBytes;
        if (declaredTooLarge(request, limit)) {
          return problem(413, 'Content Too Large', `At most ${limit} bytes.`, { Connection: 'close' });
        }
        body = await readBody(request, limit);
        requestBytes = body.length;
        checkBody(operation.name, body);
      } else if (hasBody(request)) {
        throw new BadBodyError('this route takes no body');
      }

      if (operation.target === 'status') {
        const answer = await statusLookup.lookUp({
          body: /** @type {Buffer} */ (body),
          client: clientAddress(request, config.trustForwardedFor),
          idempotencyKey: idempotencyKeyOf(request),
        });
        const json = answer.status === 200 ? 'application/json' : 'application/problem+json';
        return send(answer.status, { 'Content-Type': json, ...answer.headers }, JSON.stringify(answer.body));
      }

      if (operation.name === 'submission.submit') {
        const kept = sentAnswers.find(/** @type {string} */ (match.params[0]), idempotencyKeyOf(request), /** @type {Buffer} */ (body));
        if (kept) {
          entry.replayed = true;
          return send(kept.status, kept.headers, kept.body);
        }
      }

      const base = operation.target === 'routing' ? /** @type {string} */ (config.routingBaseUrl) : config.submissionBaseUrl;
      const queryText = query && [...query].length > 0 ? `?${query}` : '';
      const answer = await upstream.call({
        url: `${base}${match.upstreamPath}${queryText}`,
        method: /** @type {'GET' | 'POST' | 'PUT'} */ (request.method),
        authorized: operation.target === 'submission',
        body,
        contentType: operation.body ? MEDIA_TYPES[operation.body] : undefined,
      });
      entry.upstreamStatus = answer.status;
      if (answer.tokenRefreshed) entry.tokenRefreshed = true;

      if (operation.target === 'submission' && (answer.status === 401 || answer.status === 403)) {
        log({ level: 'error', event: 'credentials-refused', requestId, upstreamStatus: answer.status });
        return problem(502, 'Bad Gateway', 'FIT-Connect refused the proxy’s credentials.');
      }
      if (answer.status >= 300 && answer.status < 400) return problem(502, 'Bad Gateway', 'FIT-Connect answered with a redirect.');

      /** @type {Record<string, string>} */
      const headers = {};
      for (const name of PASSED_RESPONSE_HEADERS) {
        const value = answer.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      if (operation.name === 'routing.routes' && answer.status === 200) await routeSignatures?.verify(answer.body);
      if (operation.name === 'submission.create' && answer.status === 201) await rememberSubmission(answer.body);
      if (operation.name === 'submission.submit' && answer.status === 202) {
        const submissionId = /** @type {string} */ (match.params[0]);
        const pin = await issuePin(submissionId, answer.body, requestId);
        if (pin) headers[PIN_HEADER] = pin;
        sentAnswers.remember(submissionId, idempotencyKeyOf(request), /** @type {Buffer} */ (body), { status: answer.status, headers, body: answer.body });
      }
      return send(answer.status, headers, answer.body);
    } catch (error) {
      if (response.headersSent) return response.destroy();
      if (error instanceof BadQueryError || error instanceof BadBodyError) return problem(400, 'Bad Request', error.message);
      if (error instanceof BodyTooLargeError) return problem(413, 'Content Too Large', error.message, { Connection: 'close' });
      if (error instanceof UpstreamError) {
        entry.upstreamError = error.reason;
        return error.reason === 'timeout' ? problem(504, 'Gateway Timeout', error.message) : problem(502, 'Bad Gateway', error.message);
      }
      if (error instanceof RouteSignatureError) {
        log({ level: 'error', event: 'route-signature-refused', requestId, reason: error.message });
        return problem(502, 'Bad Gateway', 'A route’s destinationSignature could not be verified.');
      }
      if (error instanceof EventLogError || error instanceof EventLogReadError) {
        log({ level: 'error', event: 'event-log-refused', requestId, reason: error.message });
        return problem(502, 'Bad Gateway', 'FIT-Connect’s event log could not be read or verified.');
      }
      log({ level: 'error', event: 'internal-error', requestId, error: /** @type {Error} */ (error)?.name });
      return problem(500, 'Internal Server Error');
    }
  }

  /**
   * `POST /v1/submissions` answered 201: remember the case of the new
   * submission, for the PIN when it is sent. The answer holds only ids.
   * @param {Buffer} body
   */
  async function rememberSubmission(body) {
    const created = parseJsonObject(body);
    const submissionId = String(created?.submissionId ?? '');
    const caseId = String(created?.caseId ?? '');
    if (UUID.test(submissionId) && UUID.test(caseId)) await store.rememberSubmission(submissionId.toLowerCase(), caseId.toLowerCase());
  }

  /**
   * `PUT /v1/submissions/{id}` answered 202: a PIN for the submission's
   * case — only for a submission this proxy created, and only once. A
   * failure here costs the citizen the PIN, not the submission (which is
   * already sent), so it is logged and the 202 passes on without PIN.
   * @param {string} submissionId
   * @param {Buffer} body  FIT-Connect's `SubmissionReduced`, which names the case
   * @param {string} requestId
   */
  async function issuePin(submissionId, body, requestId) {
    try {
      const caseId = await store.takeSubmission(submissionId);
      const answered = String(parseJsonObject(body)?.caseId ?? '').toLowerCase();
      if (!caseId || (answered !== '' && answered !== caseId)) {
        log({ level: 'warn', event: 'pin-not-issued', requestId, reason: caseId ? 'case-mismatch' : 'unknown-submission' });
        return undefined;
      }
      const pin = makePin();
      await store.addPin(caseId, await hashPin(pin, now()));
      log({ level: 'info', event: 'pin-issued', requestId });
      return pin;
    } catch (error) {
      log({ level: 'error', event: 'pin-not-issued', requestId, reason: /** @type {Error} */ (error)?.name });
      return undefined;
    }
  }

  const server = createServer(
    { requestTimeout: config.requestTimeoutMs, headersTimeout: Math.min(60_000, config.requestTimeoutMs) },
    (request, response) => {
      handle(request, response).catch(() => response.destroy());
    },
  );
  return server;
}

/**
 * @param {string} name  the operation
 * @param {Buffer} body
 */
function checkBody(name, body) {
  if (name === 'submission.create') checkCreateSubmissionBody(body);
  else if (name === 'submission.attachment') checkAttachmentBody(body);
  else if (name === 'submission.submit') checkSubmitBody(body);
}

/** @param {IncomingMessage} request */
function hasBody(request) {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}

/**
 * The client a failed lookup is counted for: the peer address, or — behind
 * the city's reverse proxy, when configured — the address that proxy
 * appended last to `X-Forwarded-For` (earlier entries are the client's word).
 * @param {IncomingMessage} request
 * @param {boolean} trustForwardedFor
 */
function clientAddress(request, trustForwardedFor) {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustForwardedFor && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** @param {IncomingMessage} request */
function idempotencyKeyOf(request) {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined;
}

/** @param {Buffer} body @returns {Record<string, unknown> | undefined} */
function parseJsonObject(body) {
  try {
    const value = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
