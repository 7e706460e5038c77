/**
 * The `municipal-rest` connector: a city's own backend behind the documented
 * REST contract (`docs/municipal-rest.openapi.yaml`).
 *
 * @packageDocumentation
 */
export { connectorType, createMunicipalRestConnector, ETAG_CACHE_SIZE } from './connector.js';
export { MunicipalRestCatalog, MAX_PAGES, PARALLEL_PAGES } from './catalog.js';
export { MunicipalRestConfig, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './config.js';
export { ServicePage, Problem, InvalidParam } from './api-schemas.js';
