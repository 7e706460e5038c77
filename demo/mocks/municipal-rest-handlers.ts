/**
 * msw handlers that play Musterstadt's own backend behind the municipal-rest
 * contract (`docs/municipal-rest.openapi.yaml`), serving the demo catalog
 * (`demo/data/catalog.ts`) and forms (`demo/data/forms/`): paged and
 * filtered service lists, services, offices, life situations and
 * categories, form definitions, submissions (municipal-rest-submissions.ts),
 * status lookups of the cases they open (municipal-rest-status.ts,
 * municipal-rest-cases.ts), strong ETags with `If-None-Match` → 304, and
 * RFC 9457 problem details for errors.
 *
 * It is written from the contract, not from the connector, so the tests of
 * the connector against it check both sides.
 */
import { http } from 'msw';
import { CatalogFile } from '../../connectors/static-json/index.js';
import { FormDefinition, summarize } from '../../src/index.js';
import { MUSTERSTADT_ARS, catalog } from '../data/catalog.js';
import { demoForms } from '../data/forms/index.js';
import { json, problem } from './municipal-rest-responses.js';
import { statusEndpoint } from './municipal-rest-status.js';
import { submissionEndpoint } from './municipal-rest-submissions.js';

export { storedSubmissionCount, storedSubmissions, resetSubmissions, MAX_SUBMISSION_BYTES, REFERENCE_PREFIX } from './municipal-rest-submissions.js';
export { FAILED_LOOKUP_LIMIT, FAILED_LOOKUP_WINDOW_SECONDS, failedLookupCount, resetFailedLookups } from './municipal-rest-status.js';
export { ACTION_DUE_DAYS, CASE_PROGRESS, HAND_IN_URL, resetCases, setCaseSpeed } from './municipal-rest-cases.js';
export { DEMO_STATUS_CASES, type DemoStatusCase } from './municipal-rest-demo-cases.js';
export { useManualClock, useRealClock, type ManualClock } from './mock-clock.js';

/** Where the demo and the tests find the API (version 1 of the contract). */
export const MUNICIPAL_REST_BASE = '/demo-api/musterstadt/rest/v1/';

/** Page size when the client names none, and the largest the server gives. */
export const MUNICIPAL_REST_DEFAULT_PAGE_SIZE = 50;
export const MUNICIPAL_REST_MAX_PAGE_SIZE = 100;

/** The catalog with defaults filled in, as a database would hold it. */
const data = CatalogFile.parse(catalog);
const collator = new Intl.Collator('de');
/** A stable order (by name, then id), so pages do not shift between requests. */
const services = [...data.services].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
const parents = new Map(data.lifeSituations.map((l) => [l.code, l.parent]));
/** The online forms by service id, with defaults filled in. */
const forms = new Map(demoForms.map((form) => [form.serviceId!, FormDefinition.parse(form)]));

const names = {
  serviceName: (serviceId: string) => services.find((s) => s.id === serviceId)?.name,
  authorityName: (serviceId: string) => {
    const officeId = services.find((s) => s.id === serviceId)?.officeIds[0];
    return data.offices.find((o) => o.id === officeId)?.name;
  },
};
const submit = submissionEndpoint({ form: (serviceId) => forms.get(serviceId), ...names });
const lookUpStatus = statusEndpoint(names);

/** Paths that take POST only. */
const POST_PATHS = /\/(submissions|status)$/;

export const municipalRestHandlers = [
  http.get(`${MUNICIPAL_REST_BASE}services`, ({ request }) => listServices(request)),
  http.get(`${MUNICIPAL_REST_BASE}services/:id`, ({ request, params }) => {
    const service = services.find((s) => s.id === params['id']);
    return service ? json(request, service) : problem(request, 404, `No service "${String(params['id'])}"`);
  }),
  http.get(`${MUNICIPAL_REST_BASE}offices/:id`, ({ request, params }) => {
    const office = data.offices.find((o) => o.id === params['id']);
    return office ? json(request, office) : problem(request, 404, `No office "${String(params['id'])}"`);
  }),
  http.get(`${MUNICIPAL_REST_BASE}life-situations`, ({ request }) => json(request, data.lifeSituations)),
  http.get(`${MUNICIPAL_REST_BASE}categories`, ({ request }) => json(request, data.categories)),
  http.get(`${MUNICIPAL_REST_BASE}forms/:serviceId`, ({ request, params }) => {
    const form = forms.get(String(params['serviceId']));
    return form ? json(request, form) : problem(request, 404, `No online form for service "${String(params['serviceId'])}"`);
  }),
  http.post(`${MUNICIPAL_REST_BASE}submissions`, ({ request }) => submit(request)),
  http.post(`${MUNICIPAL_REST_BASE}status`, ({ request }) => lookUpStatus(request)),
  // A reference never goes into a URL: there is no resource per case.
  http.all(`${MUNICIPAL_REST_BASE}status/*`, ({ request }) =>
    problem(request, 404, 'No such resource: look a case up with POST /status, the reference and PIN in the body'),
  ),
  // Anything else below the base: unknown path, or a method the path does not allow.
  http.all(`${MUNICIPAL_REST_BASE}*`, ({ request }) => {
    const allow = POST_PATHS.test(new URL(request.url).pathname) ? 'POST' : 'GET';
    if (request.method === allow) return problem(request, 404, 'No such resource');
    return problem(request, 405, `${request.method} is not allowed here`, { allow });
  }),
];

function listServices(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const invalid: { name: string; reason: string }[] = [];
  const page = integerParam(params, 'page', 1, invalid);
  const asked = integerParam(params, 'pageSize', MUNICIPAL_REST_DEFAULT_PAGE_SIZE, invalid);
  const region = params.get('region');
  if (region !== null && !/^\d{12}$/.test(region)) invalid.push({ name: 'region', reason: 'must be an Amtlicher Regionalschlüssel of 12 digits' });
  if (invalid.length > 0) return problem(request, 400, 'Invalid query parameters', {}, invalid);

  const lifeSituation = params.get('lifeSituation');
  const category = params.get('category');
  const matching = services.filter(
    (s) =>
      // A single-city backend offers its services for its own region only.
      (region === null || region === MUSTERSTADT_ARS) &&
      (lifeSituation === null || s.lifeSituations.some((code) => isWithin(code, lifeSituation))) &&
      (category === null || s.categories.includes(category)),
  );
  const pageSize = Math.min(asked, MUNICIPAL_REST_MAX_PAGE_SIZE);
  const totalPages = Math.ceil(matching.length / pageSize);
  const items = matching.slice((page - 1) * pageSize, page * pageSize).map(summarize);
  const body = { items, page, pageSize, totalItems: matching.length, totalPages };

  const links: string[] = [];
  const linkTo = (target: number, rel: string) => {
    const url = new URL(request.url);
    url.searchParams.set('page', String(target));
    url.searchParams.set('pageSize', String(pageSize));
    links.push(`<${url.pathname}${url.search}>; rel="${rel}"`);
  };
  if (page < totalPages) linkTo(page + 1, 'next');
  if (page > 1 && page <= totalPages) linkTo(page - 1, 'prev');
  return json(request, body, links.length > 0 ? { link: links.join(', ') } : {});
}

function integerParam(params: URLSearchParams, name: string, fallback: number, invalid: { name: string; reason: string }[]): number {
  const value = params.get(name);
  if (value === null) return fallback;
  if (!/^[1-9]\d{0,5}$/.test(value)) {
    invalid.push({ name, reason: 'must be a whole number from 1' });
    return fallback;
  }
  return Number(value);
}

/** Whether `code` is `ancestor` or lies below it in the life-situation tree. */
function isWithin(code: string, ancestor: string): boolean {
  for (let current: string | undefined = code, depth = 0; current && depth < 32; current = parents.get(current), depth++) {
    if (current === ancestor) return true;
  }
  return false;
}
