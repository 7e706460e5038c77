/**
 * msw handlers that serve the Musterstadt catalog file for the static-json
 * connector, as a city's web server would.
 */
import { HttpResponse, http } from 'msw';
import { catalog } from '../data/catalog.js';

/** Where the demo and the tests find the catalog file. */
export const CATALOG_PATH = '/demo-api/musterstadt/katalog.json';

export const staticJsonHandlers = [http.get(CATALOG_PATH, () => HttpResponse.json(catalog))];
