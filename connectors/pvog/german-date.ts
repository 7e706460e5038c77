/**
 * Dates and timestamps as the Suchdienst writes them: `31.07.2027`, and in the catalog CSV
 * `20.01.2025 00:48` (German local time, which we turn into an ISO timestamp with the right
 * offset, CET or CEST).
 */

const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIMESTAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `31.07.2027` or `2027-07-31` → `2027-07-31`; undefined for anything else or an impossible date. */
export function parseGermanDate(text: string | null | undefined): string | undefined {
  const t = (text ?? '').trim().replace(/\.$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isRealDate(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))) ? t : undefined;
  const m = DATE.exec(t);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** `20.01.2025 00:48` (Berlin time) → `2025-01-20T00:48:00+01:00`. */
export function parseGermanTimestamp(text: string | null | undefined): string | undefined {
  const m = TIMESTAMP.exec((text ?? '').trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = isBerlinSummerTime(year, month, day, hour) ? '+02:00' : '+01:00';
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

/** EU rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
function isBerlinSummerTime(year: number, month: number, day: number, hour: number): boolean {
  const instant = Date.UTC(year, month - 1, day, hour) - 3_600_000; // the wall time read as CET
  return instant >= Date.UTC(year, 2, lastSunday(year, 2), 1) && instant < Date.UTC(year, 9, lastSunday(year, 9), 1);
}

function lastSunday(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
