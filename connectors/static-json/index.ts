/**
 * The `static-json` connector: a whole catalog from one JSON file.
 *
 * @packageDocumentation
 */
export { connectorType, StaticJsonCatalog, StaticJsonConfig } from './static-json-connector.js';
export { CatalogFile, CATALOG_FORMAT_VERSION, type CatalogFileData, type CatalogFileInput } from './catalog-file.js';
