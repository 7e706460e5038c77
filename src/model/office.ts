/**
 * Office (XZuFi "Organisationseinheit"): where citizens go, call or write.
 *
 * Opening hours are structured (weekday + time windows, plus dated
 * exceptions) like XZuFi's `Zeitserie`, so a widget can say "open now" and
 * "next opening" instead of printing free text.
 */
import * as z from 'zod/mini';
import { Text, list } from './common.js';
import { HttpUrl, IsoDate } from './formats.js';

/** Whether `Intl` knows the time zone (`Europe/Berlin`, `UTC`). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `HH:MM` in 24-hour time, local to the office. */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const Weekday = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
export type Weekday = z.infer<typeof Weekday>;

/** A time window on one weekday, e.g. Monday 08:00–12:00. */
export const OpeningSlot = z.object({
  day: Weekday,
  opens: LocalTime,
  closes: LocalTime,
  /** Only with an appointment in this window. */
  appointmentOnly: z._default(z.boolean(), false),
  note: z.optional(z.string()),
});
export type OpeningSlot = z.infer<typeof OpeningSlot>;

/** A dated change to the regular hours: closed, or different windows. */
export const OpeningException = z.object({
  date: IsoDate,
  /** Last day of a multi-day exception (inclusive). */
  dateTo: z.optional(IsoDate),
  /** Windows on those days; empty means closed. */
  slots: list(z.object({ opens: LocalTime, closes: LocalTime })),
  note: z.optional(z.string()),
});
export type OpeningException = z.infer<typeof OpeningException>;

export const OpeningHours = z.object({
  regular: list(OpeningSlot),
  exceptions: list(OpeningException),
  /** Free text such as "Termine nach Vereinbarung". */
  note: z.optional(z.string()),
  /**
   * IANA time zone the times are in. Checked here: the widgets compute "open
   * now" in it, and `Intl` throws on a zone it does not know.
   */
  timeZone: z._default(z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as "Europe/Berlin"')), 'Europe/Berlin'),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** A postal address (XZuFi `Anschrift`). */
export const Address = z.object({
  street: Text,
  houseNumber: z.optional(z.string()),
  postalCode: z.string().check(z.regex(/^\d{5}$/)),
  city: Text,
  /** E.g. "Erdgeschoss, Zimmer 012" or "Eingang Rückseite". */
  addition: z.optional(z.string()),
  geo: z.optional(z.object({ lat: z.number(), lon: z.number() })),
});
export type Address = z.infer<typeof Address>;

/** A phone number, e-mail or fax with an optional label ("Zentrale", "Bürgerbüro"). */
export const ContactPoint = z.object({
  value: Text,
  label: z.optional(z.string()),
});
export type ContactPoint = z.infer<typeof ContactPoint>;

export const Contact = z.object({
  phone: list(ContactPoint),
  email: list(ContactPoint),
  fax: list(ContactPoint),
  web: z.optional(HttpUrl),
});
export type Contact = z.infer<typeof Contact>;

/** Barrier-free access information. */
export const Accessibility = z.object({
  wheelchairAccessible: z.optional(z.boolean()),
  accessibleToilet: z.optional(z.boolean()),
  accessibleParking: z.optional(z.boolean()),
  /** Induction loop for hearing aids. */
  hearingLoop: z.optional(z.boolean()),
  notes: z.optional(z.string()),
});
export type Accessibility = z.infer<typeof Accessibility>;

export const Office = z.object({
  /** For PVOG the ID-OE such as `B100019.OE.102789950`. */
  id: Text,
  name: Text,
  shortName: z.optional(z.string()),
  description: z.optional(z.string()),
  /** Where to go in person (Besucheranschrift). */
  visitorAddress: z.optional(Address),
  /** Where to send letters (Postanschrift or Postfach). */
  postalAddress: z.optional(Address),
  contact: z._default(Contact, () => ({ phone: [], email: [], fax: [] })),
  openingHours: z.optional(OpeningHours),
  accessibility: z.optional(Accessibility),
  appointmentUrl: z.optional(HttpUrl),
  /** Parent organisation unit, e.g. the department of an office. */
  parentId: z.optional(z.string()),
});
export type Office = z.infer<typeof Office>;
