/**
 * Watches a kiosk for a citizen walking away: after `idleMs` without input it
 * warns, and `warningMs` later it expires — unless there was input in
 * between. Armed only while the kiosk is in use (after the first input since
 * the last wipe), so an untouched start screen never counts down.
 *
 * Time comes from a {@link Clock}, so tests move it by hand instead of
 * waiting.
 */

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleTimerOptions {
  idleMs: number;
  warningMs: number;
  clock: Clock;
  /** The warning starts; `deadline` is the clock time of expiry. */
  onWarn(deadline: number): void;
  /** Input during the warning: it is over. */
  onResume(): void;
  /** No input until the deadline. */
  onExpire(): void;
}

export type IdlePhase = 'resting' | 'active' | 'warning';

export class IdleTimer {
  #options: IdleTimerOptions;
  #phase: IdlePhase = 'resting';
  #handle: unknown;
  #deadline = 0;

  constructor(options: IdleTimerOptions) {
    this.#options = options;
  }

  get phase(): IdlePhase {
    return this.#phase;
  }

  /** Clock time at which the kiosk expires, while warning. */
  get deadline(): number {
    return this.#deadline;
  }

  /** New durations; a running countdown starts over with them. */
  configure(idleMs: number, warningMs: number): void {
    this.#options = { ...this.#options, idleMs, warningMs };
    if (this.#phase === 'active') this.#schedule(idleMs, () => this.#warn());
  }

  /** The citizen did something: arm (or re-arm) the idle countdown, ending a warning. */
  activity(): void {
    const warned = this.#phase === 'warning';
    this.#phase = 'active';
    this.#schedule(this.#options.idleMs, () => this.#warn());
    if (warned) this.#options.onResume();
  }

  /** Back to resting (after a wipe): nothing counts down until the next input. */
  rest(): void {
    this.#clear();
    this.#phase = 'resting';
  }

  #warn(): void {
    this.#phase = 'warning';
    this.#deadline = this.#options.clock.now() + this.#options.warningMs;
    this.#schedule(this.#options.warningMs, () => this.#expire());
    this.#options.onWarn(this.#deadline);
  }

  #expire(): void {
    this.rest();
    this.#options.onExpire();
  }

  #schedule(ms: number, callback: () => void): void {
    this.#clear();
    this.#handle = this.#options.clock.setTimeout(callback, ms);
  }

  #clear(): void {
    if (this.#handle !== undefined) this.#options.clock.clearTimeout(this.#handle);
    this.#handle = undefined;
  }
}
