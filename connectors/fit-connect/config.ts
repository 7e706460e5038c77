/**
 * Configuration of a `fit-connect` connector:
 *
 * ```json
 * { "type": "fit-connect", "proxyUrl": "https://service.musterstadt.de/fit-connect-proxy/" }
 * ```
 *
 * Every request goes to the city's sender proxy at `proxyUrl`. The proxy holds
 * the FIT-Connect client credentials, fetches the OAuth token and talks to the
 * Submission API; nothing secret is ever configured in the browser.
 *
 * With `ars` (routing by the city's region) or `destinationId` (a fixed
 * destination) the connector also sends applications:
 *
 * ```json
 * { "type": "fit-connect", "proxyUrl": "/fit-connect-proxy/", "ars": "082990000000", "replyChannel": "eMail" }
 * ```
 */
import * as z from 'zod/mini';
import { HttpTuning } from '../../src/http/client.js';

/** Where the status lookup is, below `proxyUrl`, unless configured otherwise. */
export const DEFAULT_STATUS_PATH = 'status';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A relative path of plain segments: no scheme, host, query, fragment or `..`, so requests stay at the proxy. */
const RelativePath = z
  .string()
  .check(
    z.regex(/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, { message: 'must be a relative path such as "status" or "v1/status"' }),
    z.refine((path) => !path.split('/').includes('..'), { message: 'must not contain ".."' }),
  );

export const FitConnectConfig = z.object({
  type: z.literal('fit-connect'),
  /**
   * Base URL of the city's FIT-Connect sender proxy, e.g.
   * `https://service.musterstadt.de/fit-connect-proxy/`; a relative URL resolves against the page.
   */
  proxyUrl: z.string().check(z.minLength(1)),
  /** Path of the status lookup below `proxyUrl`; default `status`. */
  statusPath: z.optional(RelativePath),
  /**
   * Amtlicher Regionalschlüssel (12 digits) of the city: where the Routing API
   * looks for the authority responsible for a service. A submission's own
   * `region` takes precedence.
   */
  ars: z.optional(z.string().check(z.regex(/^\d{12}$/, { message: 'must be the 12-digit Amtlicher Regionalschlüssel, e.g. "082990000000"' }))),
  /** A fixed FIT-Connect destination (UUID): applications go there without asking the Routing API. */
  destinationId: z.optional(z.string().check(z.regex(UUID, { message: 'must be a destination id (UUID)' }))),
  /**
   * How the authority may answer electronically: `eMail` or `deMail`, to the
   * address the citizen gave (`replyTo.email`). Without it, or without an
   * address, the authority answers by post.
   */
  replyChannel: z.optional(z.enum(['eMail', 'deMail'])),
  /** Put before the application's key in `senderReference`, e.g. `"musterstadt-portal:"`. */
  senderReferencePrefix: z.optional(z.string().check(z.maxLength(64), z.regex(/^[\x21-\x7e]*$/, { message: 'must be printable ASCII without spaces' }))),
  ...HttpTuning,
});
export type FitConnectConfig = z.infer<typeof FitConnectConfig>;

/** Whether the configuration says where applications go, so the connector can send them. */
export function canSubmit(config: FitConnectConfig): boolean {
  return config.ars !== undefined || config.destinationId !== undefined;
}

/**
 * Parses the configuration and checks `proxyUrl`: an http(s) URL after
 * resolving it against the page, without credentials, query or fragment.
 */
export function parseFitConnectConfig(config: unknown): FitConnectConfig {
  const parsed = FitConnectConfig.parse(config);
  const url = resolveProxyUrl(parsed.proxyUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`"proxyUrl" must be an http(s) URL, not ${url.protocol}`);
  // A user name or password in the URL would be a secret in the page.
  if (url.username !== '' || url.password !== '') throw new Error('"proxyUrl" must not contain a user name or password');
  if (url.search !== '' || url.hash !== '') throw new Error('"proxyUrl" must not have a query (?…) or fragment (#…)');
  return parsed;
}

/** The absolute proxy URL, always ending in `/` so paths stay below it. */
export function resolveProxyUrl(proxyUrl: string): URL {
  let url: URL;
  try {
    url = new URL(proxyUrl, document.baseURI);
  } catch {
    throw new Error(`"proxyUrl" is not a URL: ${proxyUrl}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
