/**
 * The `static-json` connector: a whole catalog from one JSON file, and form
 * definitions from one JSON file per service.
 *
 * @packageDocumentation
 */
export { connectorType, StaticJsonCatalog, StaticJsonConfig } from './static-json-connector.js';
export { StaticJsonForms, SERVICE_ID_PLACEHOLDER, type StaticJsonFormsSource } from './static-json-forms.js';
export { CatalogFile, CATALOG_FORMAT_VERSION, type CatalogFileData, type CatalogFileInput } from './catalog-file.js';
