/**
 * `municipal-rest`: a city's own backend that implements the documented REST
 * contract (`docs/municipal-rest.openapi.yaml`, `docs/connectors/municipal-rest.md`):
 * catalog, forms, submission and status.
 *
 * One HTTP client per connector, shared by all capabilities, with conditional
 * requests on: every GET is revalidated with `If-None-Match`, and an
 * unchanged resource costs a 304 instead of a download and a parse. (Status
 * lookups are POSTs and never cached.)
 *
 * Catalog and forms are here at once. Sending and the status lookup load
 * their requests with their first use (submission-request.ts,
 * status-request.ts), so a finder page downloads neither.
 */
import { HttpClient, httpSettings, type Connector, type ConnectorType } from '../../src/index.js';
import { MunicipalRestCatalog } from './catalog.js';
import { DEFAULT_PAGE_SIZE, parseMunicipalRestConfig, resolveBaseUrl, type MunicipalRestConfig } from './config.js';
import { MunicipalRestForms } from './forms.js';
import { recommendedReferenceFormat } from './reference-format.js';
import { MunicipalRestStatus } from './status.js';
import { MunicipalRestSubmission } from './submission.js';

/** Answers kept for revalidation: a city's list pages plus the services, offices and forms a visitor opens. */
export const ETAG_CACHE_SIZE = 256;

export function createMunicipalRestConnector(config: MunicipalRestConfig): Connector {
  const client = new HttpClient(httpSettings(resolveBaseUrl(config.baseUrl).href, config, { etagCacheSize: ETAG_CACHE_SIZE }));
  return {
    type: 'municipal-rest',
    catalog: new MunicipalRestCatalog(client, config.pageSize ?? DEFAULT_PAGE_SIZE),
    forms: new MunicipalRestForms(client),
    submission: new MunicipalRestSubmission(client),
    status: new MunicipalRestStatus(client, config.referencePrefix === undefined ? undefined : recommendedReferenceFormat(config.referencePrefix)),
  };
}

export const connectorType: ConnectorType<MunicipalRestConfig> = {
  parseConfig: parseMunicipalRestConfig,
  create: createMunicipalRestConnector,
};
