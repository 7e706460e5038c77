/**
 * Everything the finder's lists need from the catalog, loaded once per
 * connector, region and life situation.
 */
import type { CallOptions, CatalogCapability } from '../../src/connector/contract.js';
import type { Category, LifeSituation, ServiceSummary } from '../../src/model/index.js';

export interface CatalogData {
  catalog: CatalogCapability;
  services: ServiceSummary[];
  lifeSituations: LifeSituation[];
  categories: Category[];
  /** Number of services per life situation code, children counted into their parents. */
  countsByLifeSituation: Map<string, number>;
}

export async function loadCatalogData(
  catalog: CatalogCapability,
  scope: { region?: string | undefined; lifeSituation?: string | undefined },
  options: CallOptions,
): Promise<CatalogData> {
  const [services, lifeSituations, categories] = await Promise.all([
    catalog.listServices(scope, options),
    catalog.listLifeSituations(options),
    catalog.listCategories ? catalog.listCategories(options) : Promise.resolve([]),
  ]);
  return { catalog, services, lifeSituations, categories, countsByLifeSituation: countServices(services, lifeSituations) };
}

/** Codes of `code` and all its ancestors. */
export function lineage(code: string, lifeSituations: readonly LifeSituation[]): string[] {
  const parents = new Map(lifeSituations.map((l) => [l.code, l.parent]));
  const result: string[] = [];
  for (let current: string | undefined = code; current && !result.includes(current); current = parents.get(current)) result.push(current);
  return result;
}

function countServices(services: readonly ServiceSummary[], lifeSituations: readonly LifeSituation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const service of services) {
    const codes = new Set(service.lifeSituations.flatMap((code) => lineage(code, lifeSituations)));
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** Services in a life situation or below it, sorted by name. */
export function servicesIn(data: CatalogData, code: string, collator: Intl.Collator): ServiceSummary[] {
  return data.services
    .filter((s) => s.lifeSituations.some((c) => lineage(c, data.lifeSituations).includes(code)))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The A–Z letter a name is filed under (DIN 5007: Ä under A). */
export function initialOf(name: string): string {
  const first = name.trim().charAt(0).normalize('NFD').charAt(0).toLocaleUpperCase('de');
  return /\p{L}/u.test(first) ? first : '#';
}
