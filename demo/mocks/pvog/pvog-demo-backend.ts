/**
 * The data behind the PVOG mocks: the Musterstadt catalog converted to Suchdienst JSON/CSV, plus the
 * real service description vendored in test/fixtures/pvog/ ("Ausbildungsgeld beantragen", a
 * federal service registered for ARS 000000000000).
 *
 * Which region sees what:
 * - a detail is found for every region its `ars` covers (a federal service everywhere);
 * - the catalog CSV and the search of a region list the services registered for that region or a
 *   region containing it, leaving out federal ones — except for the federal ARS itself. So the
 *   Musterstadt page shows exactly the city's services, as with static-json, and
 *   `csv?ars=000000000000` lists the real example.
 */
import realDescription from '../../../test/fixtures/pvog/servicedescription-detail.B100019_LB_574711.json';
import { catalog, MUSTERSTADT_ARS } from '../../data/catalog.js';
import { catalogCsv } from './catalog-to-csv.js';
import { lifeSituationTree } from './life-situations-to-pvog.js';
import { officeToPvog } from './office-to-pvog.js';
import { plainText } from './plain-text.js';
import type { PvogOrganisationUnitJson, PvogPersonalMatterJson, PvogServiceDescriptionJson } from './pvog-json.js';
import { serviceToPvog } from './service-to-pvog.js';

export const FEDERAL_ARS = '000000000000';
export { MUSTERSTADT_ARS };
/** The id of the real description. */
export const REAL_SERVICE_ID = 'B100019.LB.574711';

export interface SearchParams {
  text: string;
  personalMatter: string;
  size: number;
  page: number;
}

/** Whether a region registered as `registered` contains `ars` (`082990000000` contains `082990010001`). */
function covers(registered: string, ars: string): boolean {
  return ars.startsWith(registered.replace(/0+$/, ''));
}

function codesOf(tree: PvogPersonalMatterJson[] | null | undefined): string[] {
  return (tree ?? []).flatMap((node) => [node.code, ...codesOf(node.children)]);
}

export class PvogDemoBackend {
  readonly descriptions: PvogServiceDescriptionJson[];
  readonly units: Map<string, PvogOrganisationUnitJson>;
  readonly personalMatters: PvogPersonalMatterJson[];
  readonly #csv = new Map<string, string>();

  constructor() {
    const lifeSituations = catalog.lifeSituations ?? [];
    this.descriptions = [
      ...catalog.services.map((service) => serviceToPvog(service, { ars: MUSTERSTADT_ARS, lifeSituations, updated: catalog.updated })),
      realDescription as PvogServiceDescriptionJson,
    ];
    this.units = new Map((catalog.offices ?? []).map((office) => [office.id, officeToPvog(office)]));
    this.personalMatters = lifeSituationTree(lifeSituations);
  }

  detail(ars: string, id: string): PvogServiceDescriptionJson | undefined {
    return this.descriptions.find((d) => d.id === id && (d.ars ?? []).some((registered) => covers(registered, ars)));
  }

  /** Services a region's catalog and search list (see the module comment). */
  listed(ars: string): PvogServiceDescriptionJson[] {
    return this.descriptions.filter((d) =>
      (d.ars ?? []).some((registered) => (ars === FEDERAL_ARS ? registered === FEDERAL_ARS : registered !== FEDERAL_ARS && covers(registered, ars))),
    );
  }

  csv(ars: string): string {
    let csv = this.#csv.get(ars);
    if (csv === undefined) {
      csv = catalogCsv(this.listed(ars));
      this.#csv.set(ars, csv);
    }
    return csv;
  }

  /** A simple search: every word must occur; hits in the name rank first. */
  search(ars: string, params: SearchParams) {
    const words = params.text.toLowerCase().split(/\s+/).filter(Boolean);
    const scored = this.listed(ars)
      .filter((d) => !params.personalMatter || codesOf(d.personalMatters).includes(params.personalMatter))
      .map((d) => {
        const name = `${d.name ?? ''} ${d.details?.find((m) => m.code === '02')?.text ?? ''}`.toLowerCase();
        const rest = `${(d.synonyms ?? []).join(' ')} ${plainText(d.description ?? '')} ${(d.leikakeys ?? []).join(' ')}`.toLowerCase();
        const score = words.reduce((sum, w) => sum + (name.includes(w) ? 2 : rest.includes(w) ? 1 : -100), 0);
        return { d, score };
      })
      .filter(({ score }) => words.length === 0 || score > 0)
      .sort((a, b) => b.score - a.score || (a.d.name ?? '').localeCompare(b.d.name ?? '', 'de'));
    const total = scored.length;
    const content = scored.slice(params.page * params.size, (params.page + 1) * params.size).map(({ d }) => searchItem(d));
    const totalPages = Math.ceil(total / params.size);
    return {
      serviceDescriptions: { content, totalElements: total, totalPages, number: params.page, size: params.size, last: params.page + 1 >= totalPages },
    };
  }
}

/** A search hit: the description without its long texts (only names and the Kurztext). */
function searchItem(d: PvogServiceDescriptionJson): PvogServiceDescriptionJson {
  const { details, ...rest } = d;
  return { ...rest, details: (details ?? []).filter((m) => m.code === '02' || m.code === '03' || m.code === '24') };
}

let backend: PvogDemoBackend | undefined;

/** Built on first use, so loading the mocks costs nothing until a PVOG request comes. */
export function pvogDemoBackend(): PvogDemoBackend {
  return (backend ??= new PvogDemoBackend());
}
