/**
 * Registers the built-in connector types as lazy loaders: a page downloads a
 * connector's code only when its configuration uses that type. The CDN
 * bundles include this module; npm users may import it or register types
 * themselves.
 */
import { registerConnectorType } from '../src/connector/registry.js';

registerConnectorType('static-json', () => import('./static-json/index.js'));
registerConnectorType('pvog', () => import('./pvog/index.js'));
registerConnectorType('municipal-rest', () => import('./municipal-rest/index.js'));
registerConnectorType('fit-connect', () => import('./fit-connect/index.js'));
