/**
 * Building blocks shared by the domain schemas.
 *
 * Every schema here is written with `zod/mini`: the same validation as classic
 * zod at a quarter of the bundle size, which matters for widgets that load on
 * a citizen's phone.
 */
import * as z from 'zod/mini';
import { HttpUrl } from './formats.js';

/** A non-empty, trimmed-on-display text. */
export const Text = z.string().check(z.minLength(1));


/** A hyperlink with a title, as XZuFi's `HyperlinkErweitert`. */
export const Link = z.object({
  uri: HttpUrl,
  title: Text,
  description: z.optional(z.string()),
});
export type Link = z.infer<typeof Link>;

/**
 * Time units of XZuFi's code list `Zeiteinheit`
 * (JAHR, MONAT, WOCHE, TAG, WERKTAG, ARBEITSTAG, STUNDE, MINUTE).
 */
export const TimeUnit = z.enum(['year', 'month', 'week', 'day', 'working-day', 'hour', 'minute']);
export type TimeUnit = z.infer<typeof TimeUnit>;

/** A duration or a range of durations ("2 to 4 weeks"), as XZuFi's `FristDauer`. */
export const Duration = z.object({
  value: z.number().check(z.nonnegative()),
  unit: TimeUnit,
  /** Upper end of a range; its unit defaults to `unit`. */
  valueTo: z.optional(z.number().check(z.nonnegative())),
  unitTo: z.optional(TimeUnit),
});
export type Duration = z.infer<typeof Duration>;

/** An amount of money in a currency (ISO 4217), EUR when not stated. */
export const Money = z.object({
  value: z.number(),
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'EUR'),
});
export type Money = z.infer<typeof Money>;

/** A BCP 47 language tag such as `de`, `en`, `de-DE`. */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** An array that is empty when the backend leaves it out. */
export function list<T extends z.core.SomeType>(item: T) {
  return z._default(z.array(item), () => []);
}
