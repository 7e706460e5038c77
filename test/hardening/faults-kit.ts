/**
 * The faults the failing-backends suite injects with msw, and the small
 * tools it needs to inject them and to watch what happens: one-shot holds
 * on a request, observation of connector calls, and a record of unhandled
 * promise rejections.
 *
 * Time is scaled 1:10 against production. A city's connector gives a backend
 * 10 s per attempt (the HTTP client's default); here every connector gets
 * {@link TIMEOUT_MS} = 1 s. A "slow" answer — 4 s in production, longer than
 * feels instant but well within the timeout — is {@link SLOW_MS} = 400 ms here.
 * A timeout is a request that gets no answer for ten times the timeout.
 * Nothing waits on these times to synchronise: tests wait for events
 * (a request seen, a view rendered) and the times only decide which side of
 * the connector's timeout an answer falls on.
 */
import { HttpResponse, delay, getResponse, http, type DefaultBodyType, type HttpResponseResolver, type PathParams, type RequestHandler } from 'msw';
import type { OzgErrorKind } from '../../src/index.js';

/** Per-attempt timeout of every connector in the suite (production default: 10 s). */
export const TIMEOUT_MS = 1000;
/** A slow answer: well past "instant" (~100 ms), well within {@link TIMEOUT_MS} (production: 4 s of 10 s). */
export const SLOW_MS = 400;
/** A request that times out is not answered for this long. */
export const NO_ANSWER_MS = TIMEOUT_MS * 10;
export const RETRY_AFTER_503_SECONDS = 120;
export const RETRY_AFTER_429_SECONDS = 30;

export type FaultId = 'timeout' | 'drop' | 'http-500' | 'http-503' | 'http-429' | 'malformed-json' | 'schema-invalid' | 'slow' | 'out-of-order';

/** A fault that must end in a typed error. */
export interface ErrorFault {
  id: Exclude<FaultId, 'slow' | 'out-of-order'>;
  label: string;
  kind: OzgErrorKind;
  status?: number;
  retryAfterSeconds?: number;
  rateLimited?: boolean;
  respond(): Response | Promise<Response>;
}

export const ERROR_FAULTS: readonly ErrorFault[] = [
  {
    id: 'timeout',
    label: 'no answer within the timeout',
    kind: 'timeout',
    respond: async () => {
      await delay(NO_ANSWER_MS);
      return HttpResponse.json({ late: true });
    },
  },
  { id: 'drop', label: 'a dropped connection', kind: 'network', respond: () => HttpResponse.error() },
  { id: 'http-500', label: 'HTTP 500', kind: 'unavailable', status: 500, respond: () => new HttpResponse('Internal Server Error', { status: 500 }) },
  {
    id: 'http-503',
    label: `HTTP 503 with Retry-After: ${RETRY_AFTER_503_SECONDS}`,
    kind: 'unavailable',
    status: 503,
    retryAfterSeconds: RETRY_AFTER_503_SECONDS,
    respond: () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_503_SECONDS) } }),
  },
  {
    id: 'http-429',
    label: `HTTP 429 with Retry-After: ${RETRY_AFTER_429_SECONDS}`,
    kind: 'unavailable',
    status: 429,
    retryAfterSeconds: RETRY_AFTER_429_SECONDS,
    rateLimited: true,
    respond: () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Too Many Requests', status: 429 },
        { status: 429, headers: { 'Retry-After': String(RETRY_AFTER_429_SECONDS), 'content-type': 'application/problem+json' } },
      ),
  },
  {
    id: 'malformed-json',
    label: 'malformed JSON',
    kind: 'invalid-response',
    respond: () => new HttpResponse('{"items": [{"id": "hund-anm', { headers: { 'content-type': 'application/json' } }),
  },
  {
    id: 'schema-invalid',
    label: 'valid JSON of the wrong shape',
    kind: 'invalid-response',
    respond: () => HttpResponse.json({ unexpected: ['shape'], id: 42, items: 'none' }),
  },
];

/** Rows of the matrix, in print order. */
export const FAULT_ROWS: readonly { id: FaultId; label: string }[] = [
  ...ERROR_FAULTS.map(({ id, label }) => ({ id, label })),
  { id: 'slow', label: `a slow answer (${SLOW_MS} ms of ${TIMEOUT_MS} ms)` },
  { id: 'out-of-order', label: 'an older answer after a newer one' },
];

// --- injection ------------------------------------------------------------------------

/** Where a capability's requests go: method, msw path, and optionally which requests on it. */
export interface Target {
  method: 'get' | 'post' | 'put';
  path: string;
  when?: (request: Request) => boolean;
}

export interface MockControl {
  use(...handlers: RequestHandler[]): void;
}

function handlerFor(target: Target, resolver: HttpResponseResolver<PathParams, DefaultBodyType, DefaultBodyType>): RequestHandler {
  const guarded: typeof resolver = (info) => (target.when && !target.when(info.request) ? undefined : resolver(info));
  return http[target.method](target.path, guarded);
}

/** Answers every request on `target` with `respond`; `hits` counts them. */
export function injectFault(mock: MockControl, target: Target, respond: () => Response | Promise<Response>): { hits: number } {
  const injected = { hits: 0 };
  mock.use(
    handlerFor(target, () => {
      injected.hits++;
      return respond();
    }),
  );
  return injected;
}

export class Deferred<T = void> {
  resolve!: (value: T) => void;
  reject!: (error: unknown) => void;
  readonly promise = new Promise<T>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}

/**
 * Holds requests on `target` until released, then lets the real backend
 * (`handlers`) answer. `count` requests are held (default: all); the
 * others pass straight through.
 */
export interface Hold {
  /** Resolves when the first held request arrived. */
  seen: Promise<void>;
  /** Lets the held requests go on. */
  release(): void;
  /** Resolves when the real backend has answered the first held request (whether anyone still listens or not). */
  answered: Promise<void>;
  /** Requests seen on the target, held or not. */
  readonly requests: Request[];
}

export function hold(mock: MockControl, target: Target, handlers: readonly RequestHandler[], options: { count?: number; atLeastMs?: number } = {}): Hold {
  const seen = new Deferred();
  const released = new Deferred();
  const answered = new Deferred();
  const requests: Request[] = [];
  let held = 0;
  mock.use(
    handlerFor(target, async ({ request }) => {
      requests.push(request.clone());
      if (options.count !== undefined && held >= options.count) return undefined;
      const first = held++ === 0;
      seen.resolve();
      await Promise.all([released.promise, options.atLeastMs ? delay(options.atLeastMs) : undefined]);
      const response = await getResponse([...handlers], request);
      if (first) answered.resolve();
      return response;
    }),
  );
  return { seen: seen.promise, release: () => released.resolve(), answered: answered.promise, requests };
}

// --- watching -------------------------------------------------------------------------

/**
 * Lets every microtask chain that is already running finish: resolves in a
 * later task (a message through a MessageChannel), without any timer.
 */
export function afterPendingMicrotasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export interface ObservedCall {
  args: unknown[];
  /** Settles (never rejects) when the call settled. */
  settled: Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

/**
 * Wraps `object[method]` so each call is recorded with its settlement; the
 * call itself is passed through unchanged. Returns the record and an undo.
 */
export function observeCalls<O extends object>(object: O, method: keyof O & string): { calls: ObservedCall[]; restore: () => void } {
  const original = object[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  const calls: ObservedCall[] = [];
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    calls.push({
      args,
      settled: result.then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error }),
      ),
    });
    return result;
  };
  (object as Record<string, unknown>)[method] = wrapped;
  return { calls, restore: () => ((object as Record<string, unknown>)[method] = original) };
}

/**
 * Waits until every observed call has settled and nothing new was called
 * while waiting: what a settled call sets off (a widget task going on to
 * load offices, say) has run its course.
 */
export async function quiesce(...observed: { calls: ObservedCall[] }[]): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const count = observed.reduce((sum, o) => sum + o.calls.length, 0);
    await Promise.all(observed.flatMap((o) => o.calls.map((c) => c.settled)));
    await afterPendingMicrotasks();
    if (observed.reduce((sum, o) => sum + o.calls.length, 0) === count) return;
  }
  throw new Error('the observed calls did not come to rest');
}

/** Every unhandled promise rejection and uncaught error on the page, with the test that was running. */
export interface PageProblem {
  test: string;
  type: 'unhandledrejection' | 'error';
  reason: string;
}

export class ProblemRecorder {
  readonly problems: PageProblem[] = [];
  current = '(outside any test)';
  readonly #onRejection = (event: PromiseRejectionEvent) => this.#record('unhandledrejection', event.reason);
  readonly #onError = (event: ErrorEvent) => this.#record('error', event.error ?? event.message);

  start(): void {
    window.addEventListener('unhandledrejection', this.#onRejection);
    window.addEventListener('error', this.#onError);
  }

  stop(): void {
    window.removeEventListener('unhandledrejection', this.#onRejection);
    window.removeEventListener('error', this.#onError);
  }

  since(count: number): PageProblem[] {
    return this.problems.slice(count);
  }

  #record(type: PageProblem['type'], reason: unknown): void {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    this.problems.push({ test: this.current, type, reason: text });
  }
}
