/**
 * msw backends that serve the current hostile {@link World} through the
 * formats of the real connectors: a static-json catalog file and form files,
 * and the municipal-rest contract (paged services, services, offices, life
 * situations, categories, forms, submissions, status). The world is swapped
 * between probes and renders; every request is counted, so a test can see
 * that a retry really asked again.
 */
import { HttpResponse, http } from 'msw';
import { emptyWorld, type ServiceInput, type World } from './hostile-world.js';

/**
 * Where a world is served. `key` tells worlds apart, so probes that run at
 * the same time each read their own; the widgets use the key `main`.
 */
export function urls(key = 'main') {
  return {
    catalog: `/hostile-api/${key}/static/katalog.json`,
    formsUrl: `/hostile-api/${key}/static/formulare/{serviceId}.json`,
    restBase: `/hostile-api/${key}/rest/v1/`,
  };
}

export const backend = {
  worlds: new Map<string, World>(),
  requests: 0,
};

export function serve(world: World, key = 'main'): void {
  backend.worlds.set(key, world);
}

export function unserve(key: string): void {
  backend.worlds.delete(key);
}

/** The world of a request (`/hostile-api/<key>/…`) and the path after `<key>/<kind>/`. */
function route(request: Request, kind: 'static' | 'rest/v1'): { world: World; path: string[] } {
  const path = new URL(request.url).pathname;
  const [, key = '', ...rest] = path.slice('/hostile-api'.length).split('/');
  const below = rest.join('/').slice(kind.length + 1);
  return { world: backend.worlds.get(key) ?? emptyWorld(), path: below.split('/').map((part) => decodeURIComponent(part)) };
}

const notFound = (what: string) =>
  HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: what }, { status: 404, headers: { 'content-type': 'application/problem+json' } });

/** The list part of a service, as the municipal-rest contract's `ServiceSummary`. */
function summary(s: ServiceInput) {
  const { id, leikaKeys, name, summary: text, synonyms, lifeSituations, categories, addressees, online, lastUpdated } = s;
  return { id, leikaKeys, name, summary: text, synonyms, lifeSituations, categories, addressees, online, lastUpdated };
}

export const hostileHandlers = [
  http.get('/hostile-api/:key/static/katalog.json', ({ request }) => {
    backend.requests++;
    const { services, offices, lifeSituations, categories } = route(request, 'static').world;
    return HttpResponse.json({ formatVersion: 1, publisher: { name: 'Stadt Musterstadt' }, language: 'de', services, offices, lifeSituations, categories });
  }),

  http.get('/hostile-api/:key/static/formulare/*', ({ request }) => {
    backend.requests++;
    const { world, path } = route(request, 'static');
    const form = world.forms.get(path.slice(1).join('/').replace(/\.json$/, ''));
    return form ? HttpResponse.json(form) : new HttpResponse('Not Found', { status: 404 });
  }),

  http.get('/hostile-api/:key/rest/v1/*', ({ request }) => {
    backend.requests++;
    const { world, path } = route(request, 'rest/v1');
    const [resource, id] = path;
    switch (resource) {
      case 'services': {
        if (id !== undefined) {
          const service = world.services.find((s) => s.id === id);
          return service ? HttpResponse.json(service) : notFound(`no service ${id}`);
        }
        const params = new URL(request.url).searchParams;
        const page = Number(params.get('page') ?? 1);
        const pageSize = Math.min(Number(params.get('pageSize') ?? 50), 100);
        const wanted = params.get('lifeSituation');
        const matching = world.services.filter((s) => wanted === null || (s.lifeSituations ?? []).includes(wanted));
        const items = matching.slice((page - 1) * pageSize, page * pageSize).map(summary);
        return HttpResponse.json({ items, page, pageSize, totalItems: matching.length, totalPages: Math.ceil(matching.length / pageSize) });
      }
      case 'offices': {
        const office = world.offices.find((o) => o.id === id);
        return office ? HttpResponse.json(office) : notFound(`no office ${id}`);
      }
      case 'life-situations':
        return HttpResponse.json(world.lifeSituations);
      case 'categories':
        return HttpResponse.json(world.categories);
      case 'forms': {
        const form = id === undefined ? undefined : world.forms.get(id);
        return form ? HttpResponse.json(form) : notFound(`no form for ${id}`);
      }
      default:
        return notFound('no such resource');
    }
  }),

  http.post('/hostile-api/:key/rest/v1/submissions', async ({ request }) => {
    backend.requests++;
    const parts = await request.formData();
    const metadata = JSON.parse(await (parts.get('submission') as Blob).text()) as { serviceId: string };
    const receipt = route(request, 'rest/v1').world.receipts.get(metadata.serviceId);
    return receipt ? HttpResponse.json(receipt, { status: 201 }) : notFound(`no service ${metadata.serviceId}`);
  }),

  http.post('/hostile-api/:key/rest/v1/status', async ({ request }) => {
    backend.requests++;
    const body = (await request.json()) as { secondFactor?: { value?: string } };
    // The case is found by its PIN; the reference is the backend's own (hostile) text.
    const found = route(request, 'rest/v1').world.cases.get(body.secondFactor?.value ?? '');
    return found ? HttpResponse.json(found) : notFound('No case matches this reference and PIN');
  }),
];
