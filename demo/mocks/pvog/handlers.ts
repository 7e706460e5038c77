/**
 * msw handlers that play the PVOG Suchdienst (API v5) for the demo and the tests, same-origin under
 * {@link PVOG_BASE_PATH}. They serve the Musterstadt catalog converted to Suchdienst JSON/CSV and the
 * real service description vendored in test/fixtures/pvog/ (see pvog-demo-backend.ts).
 *
 * Endpoints marked ASSUMED in connectors/pvog/endpoints.ts (search, Lebenslagen) and the assumed
 * organisation-unit shape are played as the connector expects them; they are not evidence of the
 * real API.
 */
import { HttpResponse, http } from 'msw';
import { pvogDemoBackend } from './pvog-demo-backend.js';

/** The Suchdienst v5 root the mocks answer under; use it as the connector's `baseUrl`. */
export const PVOG_BASE_PATH = '/demo-api/pvog/suchdienst/api/v5/';

const ARS = /^\d{12}$/;

const notFound = (what: string) => HttpResponse.json({ status: 404, error: 'Not Found', message: what }, { status: 404 });
const badRequest = (what: string) => HttpResponse.json({ status: 400, error: 'Bad Request', message: what }, { status: 400 });

export const pvogHandlers = [
  // Before `servicedescriptions/:ars`, which would match "csv" too.
  http.get(`${PVOG_BASE_PATH}servicedescriptions/csv`, ({ request }) => {
    const ars = new URL(request.url).searchParams.get('ars') ?? '';
    if (!ARS.test(ars)) return badRequest('ars must have 12 digits');
    return new HttpResponse(pvogDemoBackend().csv(ars), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }),

  http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars/detail`, ({ request, params }) => {
    const ars = String(params['ars']);
    const id = new URL(request.url).searchParams.get('q') ?? '';
    if (!ARS.test(ars)) return badRequest('ars must have 12 digits');
    const description = pvogDemoBackend().detail(ars, id);
    return description ? HttpResponse.json(description) : notFound(`no service description ${id} for ${ars}`);
  }),

  // ASSUMED: the search (see connectors/pvog/endpoints.ts).
  http.get(`${PVOG_BASE_PATH}servicedescriptions/:ars`, ({ request, params }) => {
    const ars = String(params['ars']);
    if (!ARS.test(ars)) return notFound(`no region ${ars}`);
    const query = new URL(request.url).searchParams;
    const size = Number(query.get('size') ?? 20);
    const page = Number(query.get('page') ?? 0);
    // Third-party clients report that the real API wants a page size of at least 5.
    if (!Number.isInteger(size) || size < 5 || !Number.isInteger(page) || page < 0) return badRequest('size must be >= 5');
    return HttpResponse.json(
      pvogDemoBackend().search(ars, { text: query.get('q') ?? '', personalMatter: query.get('personalMatter') ?? '', size, page }),
    );
  }),

  http.get(`${PVOG_BASE_PATH}organisationunits/detail`, ({ request }) => {
    const id = new URL(request.url).searchParams.get('q') ?? '';
    const unit = pvogDemoBackend().units.get(id);
    return unit ? HttpResponse.json(unit) : notFound(`no organisation unit ${id}`);
  }),

  // ASSUMED: the Lebenslagen tree.
  http.get(`${PVOG_BASE_PATH}personalmatters`, () => HttpResponse.json(pvogDemoBackend().personalMatters)),
];
