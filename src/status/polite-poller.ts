/**
 * Polls politely: only while the page is visible, less often the longer
 * nothing changes (backoff), never two requests at once, and not at all
 * once stopped (final state). Back on a visible page it checks at once if
 * the next check is overdue.
 *
 * Time and visibility are injectable, so tests drive the poller without
 * waiting on real timers.
 */

export interface PollerOptions {
  /** First interval, and the interval after a change. */
  intervalMs: number;
  /** Upper bound of the backoff. */
  maxIntervalMs: number;
  /** Factor by which the interval grows after a check without change. */
  backoff?: number;
  /** Does one check; resolves true when something changed. */
  check: () => Promise<boolean>;
  clock?: PollerClock;
}

export interface PollerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** True while the page is visible. */
  visible(): boolean;
  /** Calls `listener` when visibility changes; returns an unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
}

export const browserClock: PollerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  visible: () => document.visibilityState !== 'hidden',
  onVisibilityChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export class PolitePoller {
  readonly #options: Required<Omit<PollerOptions, 'clock'>>;
  readonly #clock: PollerClock;
  #interval: number;
  #timer: unknown;
  #dueAt = 0;
  #running = false;
  #busy = false;
  #unsubscribe: (() => void) | undefined;

  constructor(options: PollerOptions) {
    this.#options = { backoff: 1.5, ...options };
    this.#clock = options.clock ?? browserClock;
    this.#interval = options.intervalMs;
  }

  get running(): boolean {
    return this.#running;
  }

  /** The interval until the next check. */
  get interval(): number {
    return this.#interval;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#interval = this.#options.intervalMs;
    this.#unsubscribe = this.#clock.onVisibilityChange(() => this.#onVisibility());
    this.#schedule(this.#interval);
  }

  stop(): void {
    this.#running = false;
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** A check done outside the poller (manual refresh): restart the schedule from now. */
  reset(): void {
    if (!this.#running) return;
    this.#interval = this.#options.intervalMs;
    this.#schedule(this.#interval);
  }

  #schedule(ms: number): void {
    this.#clock.clearTimeout(this.#timer);
    this.#dueAt = this.#clock.now() + ms;
    // Hidden pages get no timer at all; the visibility change reschedules.
    this.#timer = this.#clock.visible() ? this.#clock.setTimeout(() => void this.#tick(), ms) : undefined;
  }

  #onVisibility(): void {
    if (!this.#running) return;
    if (!this.#clock.visible()) {
      this.#clock.clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    this.#schedule(Math.max(0, this.#dueAt - this.#clock.now()));
  }

  async #tick(): Promise<void> {
    if (!this.#running || this.#busy) return;
    this.#busy = true;
    let changed = false;
    try {
      changed = await this.#options.check();
    } catch {
      // A failed check counts as "no change": back off and try later.
    } finally {
      this.#busy = false;
    }
    if (!this.#running) return;
    this.#interval = changed ? this.#options.intervalMs : Math.min(this.#options.maxIntervalMs, this.#interval * this.#options.backoff);
    this.#schedule(this.#interval);
  }
}
