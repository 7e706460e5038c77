/**
 * msw handlers that play Musterstadt's own backend behind the municipal-rest
 * contract (`docs/municipal-rest.openapi.yaml`), serving the demo catalog
 * (`demo/data/catalog.ts`): paged and filtered service lists, services,
 * offices, life situations and categories, strong ETags with
 * `If-None-Match` → 304, and RFC 9457 problem details for errors.
 *
 * It is written from the contract, not from the connector, so the tests of
 * the connector against it check both sides.
 */
import { HttpResponse, http } from 'msw';
import { CatalogFile } from '../../connectors/static-json/index.js';
import { summarize } from '../../src/index.js';
import { MUSTERSTADT_ARS, catalog } from '../data/catalog.js';

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

/** Texts exist only in German; every answer says so. */
const CONTENT_LANGUAGE = 'de';

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
  // Anything else below the base: unknown path, or a method the read-only catalog does not allow.
  http.all(`${MUNICIPAL_REST_BASE}*`, ({ request }) =>
    request.method === 'GET' ? problem(request, 404, 'No such resource') : problem(request, 405, `${request.method} is not allowed here`, { allow: 'GET' }),
  ),
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

/**
 * A JSON answer with a strong ETag over its exact bytes; `304 Not Modified`
 * when the request's `If-None-Match` names it.
 */
function json(request: Request, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = `"${hash(`${CONTENT_LANGUAGE}\n${text}`)}"`;
  const headers = {
    etag,
    'cache-control': 'no-cache',
    vary: 'Accept-Language',
    'content-language': CONTENT_LANGUAGE,
    ...extraHeaders,
  };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new HttpResponse(null, { status: 304, headers });
  return new HttpResponse(text, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}

/** RFC 9110 §13.1.2: `*` or any listed tag, compared weakly. */
function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

const TITLES: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed' };

/** RFC 9457 problem details. */
function problem(
  request: Request,
  status: number,
  detail: string,
  extraHeaders: Record<string, string> = {},
  invalidParams?: { name: string; reason: string }[],
): Response {
  const body = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: new URL(request.url).pathname,
    ...(invalidParams ? { 'invalid-params': invalidParams } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json', 'content-language': 'en', ...extraHeaders } });
}

/** cyrb53: a fast 53-bit string hash, enough to tell versions of a document apart. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
