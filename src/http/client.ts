/**
 * The one HTTP client every connector uses.
 *
 * It wraps ky and adds what the contract demands: a timeout per attempt,
 * retries only for idempotent requests (GET, or POST with an idempotency
 * key) with exponential backoff that honours `Retry-After`, the caller's
 * AbortSignal on every request, every body parsed by a zod schema, and every
 * failure turned into an {@link OzgError}. No cookies are sent
 * (`credentials: 'omit'`): the widgets keep no session with any backend.
 *
 * Opt-in conditional requests (`etagCacheSize`): GET answers with an `ETag`
 * are remembered in memory, the next GET of the same URL and language sends
 * `If-None-Match`, and a `304 Not Modified` resolves with the value parsed
 * the first time.
 */
import ky, { HTTPError, TimeoutError, type Options as KyOptions } from 'ky';
import * as z from 'zod/mini';
import { OzgError, isAbortError, type OzgErrorKind } from '../connector/errors.js';
import { HttpUrl, integer } from '../model/formats.js';
import { closeBidiDeep } from './bidi.js';
import { EtagCache } from './etag-cache.js';
import { readFieldErrors } from './field-errors.js';
import { parseRetryAfter } from './retry-after.js';

/** HTTP settings every HTTP connector accepts in its configuration. */
export const HttpSettings = z.object({
  /** Base URL of the backend API, e.g. `https://service.musterstadt.de/api/`. */
  baseUrl: HttpUrl,
  /** Time per attempt before giving up, in ms. */
  timeoutMs: z._default(z.number().check(z.positive()), 10_000),
  /** Extra attempts for idempotent requests. */
  retries: z._default(integer(z.nonnegative()), 2),
  /** First delay between attempts in ms; doubles each time. */
  retryDelayMs: z._default(z.number().check(z.nonnegative()), 300),
  /** A `Retry-After` longer than this fails at once instead of waiting (seconds). */
  maxRetryAfterSeconds: z._default(z.number().check(z.nonnegative()), 5),
  /**
   * How many GET answers to remember with their `ETag` for conditional
   * requests (in memory only, least recently used dropped first). 0, the
   * default, turns conditional requests off.
   */
  etagCacheSize: z._default(integer(z.nonnegative()), 0),
});
export type HttpSettings = z.input<typeof HttpSettings>;

/**
 * The HTTP tuning a connector's configuration may carry; spread into its
 * config schema: `z.object({ type: …, baseUrl: …, ...HttpTuning })`.
 */
export const HttpTuning = {
  timeoutMs: z.optional(z.number().check(z.positive())),
  retries: z.optional(integer(z.nonnegative())),
  retryDelayMs: z.optional(z.number().check(z.nonnegative())),
  maxRetryAfterSeconds: z.optional(z.number().check(z.nonnegative())),
};
type Tuning = { [K in keyof typeof HttpTuning]?: number | undefined };

/** Client settings from a base URL and a connector's tuning; unset values keep the defaults. */
export function httpSettings(baseUrl: string, tuning: Tuning, extra: Partial<HttpSettings> = {}): HttpSettings {
  const settings: HttpSettings = { ...extra, baseUrl };
  for (const key of Object.keys(HttpTuning) as (keyof Tuning)[]) {
    const value = tuning[key];
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  query?: Query | undefined;
  headers?: Record<string, string> | undefined;
  /** Preferred language of the answer, sent as `Accept-Language` (e.g. `de`, `en`). */
  language?: string | undefined;
  /**
   * Makes a POST/PUT safe to retry: sent as `Idempotency-Key` and enables
   * retries for this request.
   */
  idempotencyKey?: string | undefined;
}

type Schema = z.core.$ZodType;

/** A parsed answer with the response headers that were asked for. */
export interface Answer<T> {
  value: T;
  status: number;
  /** The headers asked for, by lower-case name; a missing one is absent. */
  headers: Partial<Record<string, string>>;
}

function pickHeaders(headers: Headers, names: readonly string[]): Partial<Record<string, string>> {
  const picked: Partial<Record<string, string>> = {};
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) picked[name.toLowerCase()] = value;
  }
  return picked;
}

/** Stands for "read as text" where the ETag cache asks which parser made a value. */
const TEXT = Object.freeze({ reader: 'text' });

export class HttpClient {
  readonly settings: z.output<typeof HttpSettings>;
  readonly #ky: typeof ky;
  readonly #etags: EtagCache | undefined;

  constructor(settings: HttpSettings) {
    this.settings = HttpSettings.parse(settings);
    const { timeoutMs, retries, retryDelayMs, maxRetryAfterSeconds, etagCacheSize } = this.settings;
    this.#etags = etagCacheSize > 0 ? new EtagCache(etagCacheSize) : undefined;
    this.#ky = ky.create({
      timeout: timeoutMs,
      credentials: 'omit',
      retry: {
        limit: retries,
        methods: ['get', 'head', 'options'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: maxRetryAfterSeconds * 1000,
        delay: (attempt) => retryDelayMs * 2 ** (attempt - 1),
        // ky would wait maxRetryAfter and try again; a longer wait is the citizen's to decide.
        shouldRetry: ({ error }) => {
          if (!(error instanceof HTTPError)) return undefined;
          const after = parseRetryAfter(error.response.headers.get('retry-after'));
          return after !== undefined && after > maxRetryAfterSeconds ? false : undefined;
        },
      },
    });
  }

  /**
   * Resolves `path` below the base URL (a leading `/` stays below the base
   * path, so `/services` on `https://h/api` is `https://h/api/services`).
   * An absolute URL is taken as it is.
   */
  url(path: string, query?: Query): URL {
    const base = this.settings.baseUrl.endsWith('/') ? this.settings.baseUrl : `${this.settings.baseUrl}/`;
    const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(path.replace(/^\//, ''), base);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
      else url.searchParams.set(key, String(value));
    }
    return url;
  }

  /**
   * GET a JSON resource and parse it with `schema`. With conditional requests
   * on, an unchanged resource resolves with the very value parsed before:
   * treat results as read-only.
   */
  async getJson<S extends Schema>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    return this.#get(path, options, schema, async (response) => parseBody(schema, await readJson(response), response.url));
  }

  /** GET a text resource (e.g. a CSV export). */
  async getText(path: string, options: RequestOptions = {}): Promise<string> {
    return this.#get(path, options, TEXT, readText);
  }

  /** POST JSON or FormData and parse the JSON answer with `schema`. */
  async post<S extends Schema>(path: string, body: unknown, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    const response = await this.#send('post', path, body, options);
    return parseBody(schema, await readJson(response), response.url);
  }

  /** PUT JSON or a binary body and parse the JSON answer with `schema`. */
  async put<S extends Schema>(path: string, body: unknown, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    const response = await this.#send('put', path, body, options);
    return parseBody(schema, await readJson(response), response.url);
  }

  /**
   * POST or PUT like {@link post} and {@link put}, and hand back the status
   * and the response headers named in `readHeaders` (case-insensitive) — for
   * backends that answer something in a header, such as a PIN. Only the
   * named headers are handed back. A header the response lacks, or that a
   * cross-origin answer does not expose (`Access-Control-Expose-Headers`),
   * is absent.
   */
  async exchange<S extends Schema>(
    method: 'post' | 'put',
    path: string,
    body: unknown,
    schema: S,
    readHeaders: readonly string[],
    options: RequestOptions = {},
  ): Promise<Answer<z.output<S>>> {
    const response = await this.#send(method, path, body, options);
    const value = parseBody(schema, await readJson(response), response.url);
    return { value, status: response.status, headers: pickHeaders(response.headers, readHeaders) };
  }

  /** A GET, conditional when the ETag cache holds the answer read the same way before. */
  async #get<T>(path: string, options: RequestOptions, parser: object, read: (response: Response) => Promise<T>): Promise<T> {
    const url = this.url(path, options.query);
    const cache = this.#etags;
    if (!cache) return read(await this.#send('get', url, undefined, options));
    const headers = this.#headers(options);
    const key = EtagCache.key(url, headers.get('accept-language'));
    const known = cache.get(key, parser);
    if (known) headers.set('if-none-match', known.etag);
    const response = await this.#send('get', url, undefined, options, headers, known !== undefined);
    if (known && response.status === 304) return known.value as T;
    const value = await read(response);
    const etag = response.headers.get('etag');
    if (etag) cache.set(key, { etag, parser, value });
    else cache.delete(key);
    return value;
  }

  #headers(options: RequestOptions): Headers {
    const headers = new Headers({ accept: 'application/json' });
    if (options.language) headers.set('accept-language', options.language);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (options.idempotencyKey) headers.set('idempotency-key', options.idempotencyKey);
    return headers;
  }

  async #send(
    method: 'get' | 'post' | 'put',
    target: string | URL,
    body: unknown,
    options: RequestOptions,
    headers: Headers = this.#headers(options),
    conditional = false,
  ): Promise<Response> {
    options.signal?.throwIfAborted();
    const init: KyOptions = { method, headers, signal: options.signal };
    if (body instanceof FormData || body instanceof Blob || typeof body === 'string') init.body = body;
    else if (body !== undefined) init.json = body;
    // Non-idempotent writes are retried only when a key makes them idempotent.
    if (method !== 'get' && options.idempotencyKey) init.retry = { methods: [method] };
    // 304 answers our own If-None-Match: a success, not an HTTP error.
    if (conditional) init.throwHttpErrors = (status) => status !== 304;
    try {
      return await this.#ky(typeof target === 'string' ? this.url(target, options.query) : target, init);
    } catch (error) {
      throw await toOzgError(error, options.signal);
    }
  }
}

export function createHttpClient(settings: HttpSettings): HttpClient {
  return new HttpClient(settings);
}

/** Maps anything thrown by fetch/ky to an OzgError, or rethrows an abort. */
async function toOzgError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (isAbortError(error)) return error;
  if (error instanceof TimeoutError) {
    return new OzgError('timeout', `No answer from ${error.request.url} in time`, { cause: error });
  }
  if (error instanceof HTTPError) {
    const { status, url } = error.response;
    const kind = kindOfStatus(status);
    const retryAfterSeconds = parseRetryAfter(error.response.headers.get('retry-after'));
    const fieldErrors = kind === 'rejected' ? readFieldErrors(await error.response.json().catch(() => undefined)) : [];
    return new OzgError(kind, `HTTP ${status} from ${url}`, { status, retryAfterSeconds, fieldErrors, cause: error });
  }
  return new OzgError('network', `Request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

export function kindOfStatus(status: number): OzgErrorKind {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429 || status >= 500) return 'unavailable';
  return 'rejected';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await readText(response);
  if (text === '' && response.status === 204) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OzgError('invalid-response', `Answer from ${response.url} is not JSON`, { status: response.status, cause: error });
  }
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    // The connection dropped while the body was streaming.
    if (isAbortError(error)) throw error;
    throw new OzgError('network', `Connection lost while reading ${response.url}`, { cause: error });
  }
}

/**
 * Parses backend data with a domain schema; a mismatch is an
 * `invalid-response` whose message names the first offending paths, for the
 * developer console.
 */
export function parseBody<S extends Schema>(schema: S, data: unknown, source: string): z.output<S> {
  const result = z.safeParse(schema, data);
  // Bidi controls a text leaves open would turn the widget's own text after it around.
  if (result.success) return closeBidiDeep(result.data);
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new OzgError('invalid-response', `Unexpected data from ${source}: ${where}`, { cause: result.error });
}
