/**
 * The proxy's routes: the only requests it forwards. Everything not listed
 * here is refused before anything reaches FIT-Connect — an unknown path
 * with 404, a listed path with another method with 405.
 *
 * Paths are matched segment by segment on the raw request path (no URL
 * normalisation, so `..`, `%2F` or empty segments simply do not match).
 * Parameter segments are checked by pattern; query strings only where a
 * route reads one, rebuilt from the checked parameters.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** JWK `kid`: the spec allows 8–64 characters; FIT-Connect uses UUIDs or base64url thumbprints. */
const KID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * @typedef {'routing' | 'submission' | 'status'} Target
 * @typedef {'json' | 'jose'} BodyKind
 *
 * @typedef {object} Operation
 * @property {string} name                 route name for the access log
 * @property {Target} target
 * @property {BodyKind} [body]             the request must carry a body of this kind
 * @property {(params: URLSearchParams) => URLSearchParams} [query]  checks and rebuilds the query; without it no query is allowed
 *
 * @typedef {object} Route
 * @property {(string | RegExp)[]} path    literal segments and parameter patterns
 * @property {Partial<Record<string, Operation>>} methods
 *
 * @typedef {object} RouteMatch
 * @property {Route} route
 * @property {string} upstreamPath         path at FIT-Connect (below the configured base URL), e.g. `/v1/destinations/…`
 * @property {string[]} params             the parameter segments, UUIDs in lower case
 */

/** @type {Route[]} */
export const ROUTES = [
  {
    path: ['routing', 'v1', 'routes'],
    methods: { GET: { name: 'routing.routes', target: 'routing', query: routesQuery } },
  },
  {
    path: ['routing', 'v1', 'areas'],
    methods: { GET: { name: 'routing.areas', target: 'routing', query: areasQuery } },
  },
  {
    path: ['submission', 'v1', 'destinations', UUID],
    methods: { GET: { name: 'submission.destination', target: 'submission' } },
  },
  {
    path: ['submission', 'v1', 'destinations', UUID, 'keys', KID],
    methods: { GET: { name: 'submission.destination-key', target: 'submission' } },
  },
  {
    path: ['submission', 'v1', 'submissions'],
    methods: { POST: { name: 'submission.create', target: 'submission', body: 'json' } },
  },
  {
    path: ['submission', 'v1', 'submissions', UUID, 'attachments', UUID],
    methods: { PUT: { name: 'submission.attachment', target: 'submission', body: 'jose' } },
  },
  {
    path: ['submission', 'v1', 'submissions', UUID],
    methods: {
      PUT: { name: 'submission.submit', target: 'submission', body: 'json' },
      GET: { name: 'submission.get', target: 'submission' },
    },
  },
  {
    path: ['status'],
    methods: { POST: { name: 'status', target: 'status', body: 'json' } },
  },
];

/**
 * @param {string} relativePath  the request path below the base path, without query (`submission/v1/…`)
 * @returns {RouteMatch | undefined}
 */
export function matchRoute(relativePath) {
  const segments = relativePath.split('/');
  for (const route of ROUTES) {
    if (route.path.length !== segments.length) continue;
    /** @type {string[]} */
    const params = [];
    const ok = route.path.every((pattern, index) => {
      const segment = /** @type {string} */ (segments[index]);
      if (typeof pattern === 'string') return segment === pattern;
      if (!pattern.test(segment)) return false;
      params.push(pattern === UUID ? segment.toLowerCase() : segment);
      return true;
    });
    if (!ok) continue;
    let p = 0;
    const upstream = route.path.slice(1).map((pattern) => (typeof pattern === 'string' ? pattern : params[p++]));
    // The first segment (`routing`, `submission`) is the proxy's prefix, not part of FIT-Connect's path.
    return { route, upstreamPath: `/${upstream.join('/')}`, params };
  }
  return undefined;
}

export class BadQueryError extends Error {
  name = 'BadQueryError';
}

const ARS = /^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/;
const AGS = /^(\d{2}|\d{3}|\d{5}|\d{8})$/;
const AREA_ID = /^\d{1,20}$/;
const LEIKA_KEY = /^99\d{12}$/;
/**
 * Routing API `areaSearchexpression`: words of two or more characters, a `*`
 * at either end of a word. The spec's own pattern nests quantifiers (slow on
 * some inputs); this one accepts the same strings in linear time.
 */
const AREA_SEARCH = /^\*?[^*\u0000-\u001f]{2,}(?:\*{1,2}[^*\u0000-\u001f]{2,})*\*?$/;

/**
 * `GET /v1/routes`: `leikaKey` and exactly one of `ars`, `ags`, `areaId`; `offset`, `limit`.
 * @param {URLSearchParams} params
 */
function routesQuery(params) {
  const single = singleValues(params, ['leikaKey', 'ars', 'ags', 'areaId', 'offset', 'limit']);
  const out = new URLSearchParams();
  const leikaKey = single.get('leikaKey');
  if (!leikaKey || !LEIKA_KEY.test(leikaKey)) throw new BadQueryError('leikaKey must be a service key like 99123456789012');
  out.set('leikaKey', leikaKey);
  const areas = /** @type {const} */ ([
    ['ars', ARS],
    ['ags', AGS],
    ['areaId', AREA_ID],
  ]).filter(([name]) => single.has(name));
  if (areas.length !== 1) throw new BadQueryError('exactly one of ars, ags, areaId is required');
  const [[name, pattern]] = /** @type {[['ars' | 'ags' | 'areaId', RegExp]]} */ (/** @type {unknown} */ (areas));
  const value = /** @type {string} */ (single.get(name));
  if (!pattern.test(value)) throw new BadQueryError(`${name} has the wrong form`);
  out.set(name, value);
  paging(single, out);
  return out;
}

/**
 * `GET /v1/areas`: `areaSearchexpression` one to ten times; `offset`, `limit`.
 * @param {URLSearchParams} params
 */
function areasQuery(params) {
  const out = new URLSearchParams();
  const expressions = params.getAll('areaSearchexpression');
  if (expressions.length < 1 || expressions.length > 10) throw new BadQueryError('areaSearchexpression is required, at most 10 times');
  for (const expression of expressions) {
    if (expression.length > 100 || !AREA_SEARCH.test(expression)) throw new BadQueryError('areaSearchexpression has the wrong form');
    out.append('areaSearchexpression', expression);
  }
  const rest = new URLSearchParams([...params].filter(([key]) => key !== 'areaSearchexpression'));
  paging(singleValues(rest, ['offset', 'limit']), out);
  return out;
}

/**
 * @param {URLSearchParams} params
 * @param {string[]} allowed
 * @returns {Map<string, string>}
 */
function singleValues(params, allowed) {
  /** @type {Map<string, string>} */
  const values = new Map();
  for (const [key, value] of params) {
    if (!allowed.includes(key)) throw new BadQueryError(`unknown query parameter ${JSON.stringify(key.slice(0, 40))}`);
    if (values.has(key)) throw new BadQueryError(`${key} given twice`);
    values.set(key, value);
  }
  return values;
}

/**
 * @param {Map<string, string>} single
 * @param {URLSearchParams} out
 */
function paging(single, out) {
  const offset = single.get('offset');
  if (offset !== undefined) {
    if (!/^\d{1,9}$/.test(offset)) throw new BadQueryError('offset must be a whole number ≥ 0');
    out.set('offset', String(Number(offset)));
  }
  const limit = single.get('limit');
  if (limit !== undefined) {
    if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 500) throw new BadQueryError('limit must be from 1 to 500');
    out.set('limit', String(Number(limit)));
  }
}
