/**
 * String and number formats the schemas check: URLs, e-mail addresses,
 * GUIDs, ISO dates and times, whole numbers.
 *
 * zod's own format schemas (`z.url()`, `z.iso.date()`, `z.int()` …) each
 * bring a schema class of their own; together they were about 2 KB gzip of
 * every connector's runtime. These are plain strings and numbers with one
 * check each: the same values pass and fail. The `format` (or `type`) note
 * in zod's registry keeps the generated JSON Schemas and the OpenAPI
 * document saying `uri`, `date`, `integer` … as before.
 */
import * as z from 'zod/mini';

type Note = { format: string } | { type: 'integer' };
const noted = <T extends z.ZodMiniType>(schema: T, note: Note): T => {
  z.globalRegistry.add(schema, note);
  return schema;
};

const parsesAsUrl = (value: string, protocols?: readonly string[]): boolean => {
  try {
    const url = new URL(value);
    return !protocols || protocols.includes(url.protocol);
  } catch {
    return false;
  }
};

/** Any absolute URL (`urn:`, `https:` …), as JSON Schema's `uri`. */
export const AnyUrl = noted(
  z.string().check(z.refine((value) => parsesAsUrl(value), { message: 'Invalid URL' })),
  { format: 'uri' },
);

/**
 * An absolute link target a citizen may follow. Only `http:`/`https:` URLs
 * pass, so a `javascript:` or `data:` URL from a backend never reaches an `href`.
 */
export const HttpUrl = noted(
  z.string().check(z.refine((value) => parsesAsUrl(value, ['http:', 'https:']), { message: 'Invalid http(s) URL' })),
  { format: 'uri' },
);

/** An e-mail address (zod's default pattern: no leading, trailing or double dots). */
export const Email = noted(
  z.string().check(z.regex(/^(?:[\w'+-]+\.)*[\w'+-]*[\w+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/, 'Invalid e-mail address')),
  { format: 'email' },
);

/** Any 8-4-4-4-12 hex identifier (FIT-Connect's ids). */
export const Guid = noted(
  z.string().check(z.regex(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i, 'Invalid GUID')),
  { format: 'uuid' },
);

/** An RFC 9562 UUID: version 1–8 and the RFC variant. */
export const Uuid = noted(
  z.string().check(z.regex(/^[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/i, 'Invalid UUID')),
  { format: 'uuid' },
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Whether `YYYY-MM-DD` at the start of the text names a day that exists (no 30 February). */
const realDay = (text: string): boolean => {
  const [, year, month, day] = DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};

/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = noted(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Invalid date'), z.refine(realDay, { message: 'Invalid date' })),
  { format: 'date' },
);

/** Date and time with seconds and an offset, e.g. `2025-01-20T01:26:46Z` or `…46.5+01:00`. */
export const IsoDateTime = noted(
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/, 'Invalid date and time'),
    z.refine(realDay, { message: 'Invalid date and time' }),
  ),
  { format: 'date-time' },
);

/** A whole number (safe integer) with further checks, e.g. `integer(z.nonnegative())`. */
export const integer = (...checks: z.core.$ZodCheck<number>[]) =>
  noted(z.number().check(z.refine(Number.isSafeInteger, { message: 'Expected a whole number' }), ...checks), { type: 'integer' });
