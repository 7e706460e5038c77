/**
 * Configuration of a `municipal-rest` connector:
 *
 * ```json
 * { "type": "municipal-rest", "baseUrl": "https://service.musterstadt.de/rest/v1/", "referencePrefix": "MS" }
 * ```
 */
import * as z from 'zod/mini';
import { HttpTuning } from '../../src/http/client.js';
import { integer } from '../../src/model/formats.js';

/** Largest page size the connector asks for; servers may cap lower. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

export const MunicipalRestConfig = z.object({
  type: z.literal('municipal-rest'),
  /**
   * The API root including its version, e.g.
   * `https://service.musterstadt.de/rest/v1/`; a relative URL resolves against the page.
   */
  baseUrl: z.string().check(z.minLength(1)),
  /** Services per page when listing; default 100. */
  pageSize: z.optional(integer(z.minimum(1), z.maximum(MAX_PAGE_SIZE))),
  /**
   * The city's prefix when its reference numbers follow the recommended
   * format `<PREFIX>-YYYY-NNNNNN-C` (e.g. `MS`). With it, the status tracker
   * corrects mistyped numbers and refuses impossible ones before asking the
   * backend; without it, references are the backend's own and only trimmed.
   */
  referencePrefix: z.optional(z.string().check(z.regex(/^[A-Z]{1,8}$/, 'must be 1 to 8 capital letters, e.g. "MS"'))),
  ...HttpTuning,
});
export type MunicipalRestConfig = z.infer<typeof MunicipalRestConfig>;

/**
 * Parses the configuration and checks `baseUrl`: an http(s) URL after
 * resolving it against the page, without query or fragment (paths are
 * appended to it, which would drop them).
 */
export function parseMunicipalRestConfig(config: unknown): MunicipalRestConfig {
  const parsed = MunicipalRestConfig.parse(config);
  const url = resolveBaseUrl(parsed.baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`"baseUrl" must be an http(s) URL, not ${url.protocol}`);
  }
  if (url.search !== '' || url.hash !== '') throw new Error('"baseUrl" must not have a query (?…) or fragment (#…)');
  return parsed;
}

/** The absolute base URL, always ending in `/` so paths stay below it. */
export function resolveBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl, document.baseURI);
  } catch {
    throw new Error(`"baseUrl" is not a URL: ${baseUrl}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
