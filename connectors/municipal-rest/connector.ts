/**
 * `municipal-rest`: a city's own backend that implements the documented REST
 * contract (`docs/municipal-rest.openapi.yaml`, `docs/connectors/municipal-rest.md`).
 *
 * One HTTP client per connector, with conditional requests on: every GET is
 * revalidated with `If-None-Match`, and an unchanged resource costs a 304
 * instead of a download and a parse.
 */
import { HttpClient, httpSettings, type Connector, type ConnectorType } from '../../src/index.js';
import { MunicipalRestCatalog } from './catalog.js';
import { DEFAULT_PAGE_SIZE, parseMunicipalRestConfig, resolveBaseUrl, type MunicipalRestConfig } from './config.js';

/** Answers kept for revalidation: a city's list pages plus the services and offices a visitor opens. */
export const ETAG_CACHE_SIZE = 256;

export function createMunicipalRestConnector(config: MunicipalRestConfig): Connector {
  const client = new HttpClient(httpSettings(resolveBaseUrl(config.baseUrl).href, config, { etagCacheSize: ETAG_CACHE_SIZE }));
  // Later capabilities of the contract (forms, submission, status) share this client.
  return { type: 'municipal-rest', catalog: new MunicipalRestCatalog(client, config.pageSize ?? DEFAULT_PAGE_SIZE) };
}

export const connectorType: ConnectorType<MunicipalRestConfig> = {
  parseConfig: parseMunicipalRestConfig,
  create: createMunicipalRestConnector,
};
