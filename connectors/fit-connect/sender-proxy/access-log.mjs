/**
 * Structured log: one JSON object per line on stdout. Requests are logged by
 * route *name*, never by path or query (they carry case and submission ids),
 * and never with bodies, PINs, tokens, client addresses or headers.
 */

/**
 * @typedef {(entry: Record<string, unknown>) => void} Log
 */

/** @type {Log} */
export function writeJsonLine(entry) {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

/**
 * Adds the time to every entry.
 * @param {Log} sink
 * @param {() => number} now
 * @returns {Log}
 */
export function timestamped(sink, now) {
  return (entry) => sink({ time: new Date(now()).toISOString(), ...entry });
}
