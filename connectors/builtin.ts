/**
 * Registers the built-in connector types as lazy loaders: a page downloads a
 * connector's code only when its configuration uses that type. The CDN
 * bundles include this module; npm users may import it or register types
 * themselves.
 *
 * Each loader imports the module that defines the type, not the connector's
 * index: an index also re-exports parts a connector loads only when they are
 * needed (the PVOG detail mapping, for one), which would pull them in at once.
 */
import { registerConnectorType } from '../src/connector/registry.js';

registerConnectorType('static-json', () => import('./static-json/static-json-connector.js'));
registerConnectorType('pvog', () => import('./pvog/pvog-catalog.js'));
registerConnectorType('municipal-rest', () => import('./municipal-rest/connector.js'));
registerConnectorType('fit-connect', () => import('./fit-connect/connector.js'));
