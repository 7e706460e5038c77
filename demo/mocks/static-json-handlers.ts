/**
 * msw handlers that serve the Musterstadt catalog file and one form
 * definition file per service for the static-json connector, as a city's
 * web server would.
 */
import { HttpResponse, http } from 'msw';
import { catalog } from '../data/catalog.js';
import { demoFormFor } from '../data/forms/index.js';

/** Where the demo and the tests find the catalog file. */
export const CATALOG_PATH = '/demo-api/musterstadt/katalog.json';
/** Where the form files are: `/demo-api/musterstadt/formulare/<serviceId>.json` (for `formsUrl`). */
export const FORMS_URL_PATTERN = '/demo-api/musterstadt/formulare/{serviceId}.json';

export const staticJsonHandlers = [
  http.get(CATALOG_PATH, () => HttpResponse.json(catalog)),
  // The files as an editor writes them: defaults left out.
  http.get('/demo-api/musterstadt/formulare/:file', ({ params }) => {
    const serviceId = /^(.+)\.json$/.exec(String(params['file']))?.[1];
    const form = serviceId === undefined ? undefined : demoFormFor(decodeURIComponent(serviceId));
    return form ? HttpResponse.json(form) : new HttpResponse('Not Found', { status: 404 });
  }),
];
