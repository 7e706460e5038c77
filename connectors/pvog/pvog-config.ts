/**
 * Configuration of the `pvog` connector.
 *
 * `baseUrl` is the Suchdienst API v5 root (`https://pvog.fitko.net/suchdienst/api/v5/`) or a
 * proxy of it on the city's own server. A proxy is the place for anything secret: the browser
 * only ever sends `token`, which must be a *public* API key.
 */
import * as z from 'zod/mini';
import { HttpTuning } from '../../src/http/client.js';

/** A 12-digit Amtlicher Regionalschlüssel, e.g. `082120000000` (Karlsruhe). */
export const Ars = z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit Amtlicher Regionalschlüssel'));

/** True for an absolute http(s) URL or a path that resolves to one against the page. */
function isHttpUrlOrPath(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

export const PvogConfig = z.object({
  type: z.literal('pvog'),
  /** Suchdienst v5 root or a same-origin proxy path such as `/pvog/suchdienst/api/v5/`. */
  baseUrl: z.string().check(z.minLength(1), z.refine(isHttpUrlOrPath, 'must be an http(s) URL or a path')),
  /** The region whose services are listed and whose detail texts are asked for. */
  ars: Ars,
  /** A public API key only; sent as the `tokenHeader` header. Secrets belong in a proxy. */
  token: z.optional(z.string().check(z.minLength(1))),
  /** Header that carries `token`; default `X-API-Key`. */
  tokenHeader: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name'))),
  ...HttpTuning,
});
export type PvogConfig = z.infer<typeof PvogConfig>;
