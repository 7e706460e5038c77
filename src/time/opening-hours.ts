/**
 * "Open now" and "next opening" from structured opening hours.
 *
 * Opening hours are wall-clock times in the office's time zone. We convert
 * the current instant into that zone's calendar date and time once, then
 * walk forward day by day in local terms; no absolute times are computed,
 * so daylight-saving changes cannot shift a slot.
 */
import type { OpeningHours, Weekday } from '../model/office.js';

export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A calendar date and time of day in the office's time zone. */
export interface LocalMoment {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  weekday: Weekday;
}

export interface Slot {
  opens: string;
  closes: string;
  appointmentOnly: boolean;
}

export interface OpeningState {
  /** Open right now (in a slot, appointment-only slots included). */
  open: boolean;
  /** The slot we are in, when open. */
  current?: Slot | undefined;
  /** The next slot that starts later (today or within the horizon). */
  next?: { date: string; weekday: Weekday; slot: Slot; daysAhead: number } | undefined;
  /** A dated exception note that applies today, e.g. "Heiligabend". */
  todayNote?: string | undefined;
}

/** How far ahead to look for the next opening. */
const HORIZON_DAYS = 21;

/** The wall-clock date and time of `instant` in `timeZone`. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  return { date, time: `${get('hour')}:${get('minute')}`, weekday: weekdayOf(date) };
}

/** Weekday of a `YYYY-MM-DD` calendar date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7]!;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The slots of one calendar date: a dated exception wins over the weekly hours. */
export function slotsOn(hours: OpeningHours, date: string): { slots: Slot[]; note?: string | undefined } {
  const exception = hours.exceptions.find((e) => e.date <= date && date <= (e.dateTo ?? e.date));
  if (exception) {
    return { slots: exception.slots.map((s) => ({ ...s, appointmentOnly: false })), note: exception.note };
  }
  const weekday = weekdayOf(date);
  return {
    slots: hours.regular
      .filter((s) => s.day === weekday)
      .map(({ opens, closes, appointmentOnly }) => ({ opens, closes, appointmentOnly }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  };
}

export function openingState(hours: OpeningHours, now: Date = new Date()): OpeningState {
  const here = localMoment(now, hours.timeZone);
  const today = slotsOn(hours, here.date);
  const current = today.slots.find((s) => s.opens <= here.time && here.time < s.closes);
  const state: OpeningState = { open: current !== undefined, current, todayNote: today.note };
  for (let daysAhead = 0; daysAhead <= HORIZON_DAYS; daysAhead++) {
    const date = addDays(here.date, daysAhead);
    const { slots } = daysAhead === 0 ? today : slotsOn(hours, date);
    const slot = slots.find((s) => daysAhead > 0 || s.opens > here.time);
    if (slot) {
      state.next = { date, weekday: weekdayOf(date), slot, daysAhead };
      break;
    }
  }
  return state;
}

/** Dated exceptions from today on, within `days`, for "Abweichende Öffnungszeiten". */
export function upcomingExceptions(hours: OpeningHours, now: Date = new Date(), days = 14) {
  const today = localMoment(now, hours.timeZone).date;
  const until = addDays(today, days);
  return hours.exceptions
    .filter((e) => (e.dateTo ?? e.date) >= today && e.date <= until)
    .sort((a, b) => a.date.localeCompare(b.date));
}
