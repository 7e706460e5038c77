/**
 * The `pvog` connector: the catalog capability on the PVOG Suchdienst (Portalverbund
 * Online-Gateway, XZuFi service descriptions). See docs/connectors/pvog.md.
 *
 * @packageDocumentation
 */
export { connectorType, PvogCatalog } from './pvog-catalog.js';
export { PvogConfig } from './pvog-config.js';
export { mapServiceDescription, mapServiceSummary } from './xzufi-mapping.js';
export { mapOrganisationUnit } from './office-mapping.js';
export { parseServiceCatalogCsv, type CatalogEntry } from './service-catalog-csv.js';
export { PvogServiceDescription } from './pvog-service-description.js';
export { PvogOrganisationUnit } from './pvog-organisation-unit.js';
