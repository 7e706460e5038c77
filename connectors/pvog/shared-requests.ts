/**
 * An in-memory cache of loads by key, shared between callers.
 *
 * Concurrent calls for one key share one request. Each caller's AbortSignal only ends its own
 * wait — until the last caller has aborted: then the request itself is aborted, so nobody keeps
 * downloading what nobody waits for. Results are kept (the newest `limit` keys); failures are not,
 * so the next call tries again.
 */

interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export class SharedRequests<T> {
  readonly #limit: number;
  readonly #done = new Map<string, T>();
  readonly #inFlight = new Map<string, InFlight<T>>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#done.has(key)) {
      const value = this.#done.get(key) as T;
      // Refresh the key's place, so the least recently used falls out first.
      this.#done.delete(key);
      this.#done.set(key, value);
      return Promise.resolve(value);
    }
    const entry = this.#inFlight.get(key) ?? this.#start(key, load);
    entry.waiters++;
    return new Promise<T>((resolve, reject) => {
      let waiting = true;
      const leave = () => {
        waiting = false;
        entry.waiters--;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (!waiting) return;
        leave();
        if (entry.waiters === 0) {
          if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
          entry.controller.abort(signal!.reason);
        }
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          if (!waiting) return;
          leave();
          resolve(value);
        },
        (error: unknown) => {
          if (!waiting) return;
          leave();
          reject(error);
        },
      );
    });
  }

  #start(key: string, load: (signal: AbortSignal) => Promise<T>): InFlight<T> {
    const controller = new AbortController();
    const entry: InFlight<T> = { promise: load(controller.signal), controller, waiters: 0 };
    this.#inFlight.set(key, entry);
    entry.promise.then(
      (value) => {
        if (this.#inFlight.get(key) !== entry) return;
        this.#inFlight.delete(key);
        this.#remember(key, value);
      },
      () => {
        if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
      },
    );
    return entry;
  }

  #remember(key: string, value: T): void {
    this.#done.set(key, value);
    while (this.#done.size > this.#limit) this.#done.delete(this.#done.keys().next().value as string);
  }
}
