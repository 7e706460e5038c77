/**
 * The demo backends' clock. Cases advance and failed lookups expire by it,
 * and receipts are dated by it, so tests can move time on instead of
 * sleeping: {@link useManualClock} stops the clock and hands out the lever.
 * The demo runs on the real clock.
 */

let now: () => number = () => Date.now();

/** The backend's current time in ms since 1970. */
export function mockNow(): number {
  return now();
}

/** A clock that moves only when told. */
export interface ManualClock {
  now(): number;
  /** Moves the clock on by `seconds` (may be fractional). */
  advance(seconds: number): void;
  /** Puts the clock at `ms` since 1970. */
  set(ms: number): void;
}

/** Stops the backend's clock at `start` (default: now); it then moves only by the returned clock. */
export function useManualClock(start: number = Date.now()): ManualClock {
  let time = start;
  const clock: ManualClock = {
    now: () => time,
    advance: (seconds) => {
      if (!(seconds >= 0)) throw new RangeError(`The clock only moves forward, not by ${seconds} s`);
      time += seconds * 1000;
    },
    set: (ms) => {
      time = ms;
    },
  };
  now = clock.now;
  return clock;
}

/** Back to the real clock. */
export function useRealClock(): void {
  now = () => Date.now();
}

/** `YYYY-MM-DD` of a time, in UTC as the receipts give dates. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
