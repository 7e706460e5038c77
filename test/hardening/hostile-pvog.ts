/**
 * The hostile world as the PVOG Suchdienst serves it, for the `pvog`
 * connector: each service converted to a service description (XZuFi text
 * modules, Kosten/Fristen details, links), offices to organisation units,
 * life situations to the Lebenslagen tree, the catalog to the pipe-separated
 * CSV export — with the demo's converters (demo/mocks/pvog/), so the
 * hostile values arrive in the fields the connector's XZuFi mapping reads.
 */
import { HttpResponse, http } from 'msw';
import { catalogCsv } from '../../demo/mocks/pvog/catalog-to-csv.js';
import { lifeSituationTree } from '../../demo/mocks/pvog/life-situations-to-pvog.js';
import { officeToPvog } from '../../demo/mocks/pvog/office-to-pvog.js';
import type { PvogOrganisationUnitJson, PvogPersonalMatterJson, PvogServiceDescriptionJson } from '../../demo/mocks/pvog/pvog-json.js';
import { serviceToPvog } from '../../demo/mocks/pvog/service-to-pvog.js';
import { backend } from './hostile-backends.js';
import { emptyWorld, type World } from './hostile-world.js';

export const PVOG_ARS = '082990000000';

export function pvogBase(key = 'main'): string {
  return `/hostile-api/${key}/pvog/suchdienst/api/v5/`;
}

interface PvogData {
  descriptions: PvogServiceDescriptionJson[];
  units: Map<string, PvogOrganisationUnitJson>;
  personalMatters: PvogPersonalMatterJson[];
  csv: string;
}

const converted = new WeakMap<World, PvogData>();

function pvogOf(world: World): PvogData {
  let data = converted.get(world);
  if (!data) {
    const descriptions = world.services.map((service) => serviceToPvog(service, { ars: PVOG_ARS, lifeSituations: world.lifeSituations }));
    data = {
      descriptions,
      units: new Map(world.offices.map((office) => [office.id, officeToPvog(office)])),
      personalMatters: lifeSituationTree(world.lifeSituations),
      csv: catalogCsv(descriptions),
    };
    converted.set(world, data);
  }
  return data;
}

function worldOf(request: Request): World {
  const key = new URL(request.url).pathname.split('/')[2] ?? '';
  return backend.worlds.get(key) ?? emptyWorld();
}

const notFound = (what: string) => HttpResponse.json({ status: 404, error: 'Not Found', message: what }, { status: 404 });

function codesOf(tree: PvogPersonalMatterJson[] | null | undefined): string[] {
  return (tree ?? []).flatMap((node) => [node.code, ...codesOf(node.children)]);
}

const BASE = '/hostile-api/:key/pvog/suchdienst/api/v5/';

export const hostilePvogHandlers = [
  http.get(`${BASE}servicedescriptions/csv`, ({ request }) => {
    backend.requests++;
    return new HttpResponse(pvogOf(worldOf(request)).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }),
  http.get(`${BASE}servicedescriptions/:ars/detail`, ({ request }) => {
    backend.requests++;
    const id = new URL(request.url).searchParams.get('q') ?? '';
    const description = pvogOf(worldOf(request)).descriptions.find((d) => d.id === id);
    return description ? HttpResponse.json(description) : notFound(`no service description ${id}`);
  }),
  http.get(`${BASE}servicedescriptions/:ars`, ({ request }) => {
    backend.requests++;
    const params = new URL(request.url).searchParams;
    const words = (params.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matter = params.get('personalMatter');
    const size = Number(params.get('size') ?? 20);
    const page = Number(params.get('page') ?? 0);
    const hits = pvogOf(worldOf(request)).descriptions.filter((d) => {
      if (matter && !codesOf(d.personalMatters).includes(matter)) return false;
      const text = `${d.name ?? ''} ${(d.synonyms ?? []).join(' ')}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    // A hit carries the names and the Kurztext, not the long texts.
    const content = hits.slice(page * size, (page + 1) * size).map((d) => ({ ...d, details: (d.details ?? []).filter((m) => ['02', '03', '24'].includes(m.code ?? '')) }));
    const totalPages = Math.ceil(hits.length / size);
    return HttpResponse.json({ serviceDescriptions: { content, totalElements: hits.length, totalPages, number: page, size, last: page + 1 >= totalPages } });
  }),
  http.get(`${BASE}organisationunits/detail`, ({ request }) => {
    backend.requests++;
    const id = new URL(request.url).searchParams.get('q') ?? '';
    const unit = pvogOf(worldOf(request)).units.get(id);
    return unit ? HttpResponse.json(unit) : notFound(`no organisation unit ${id}`);
  }),
  http.get(`${BASE}personalmatters`, ({ request }) => {
    backend.requests++;
    return HttpResponse.json(pvogOf(worldOf(request)).personalMatters);
  }),
];
