/**
 * Cross-reference checks a schema cannot express: unique ids, and every
 * office, life situation and category a service names exists in the file.
 */
import type { CatalogFileData } from './catalog-file.js';

export function checkCatalogReferences(catalog: CatalogFileData): string[] {
  const problems: string[] = [];
  const officeIds = new Set(catalog.offices.map((o) => o.id));
  const lifeSituationCodes = new Set(catalog.lifeSituations.map((l) => l.code));
  const categoryIds = new Set(catalog.categories.map((c) => c.id));
  const serviceIds = new Set<string>();
  for (const service of catalog.services) {
    if (serviceIds.has(service.id)) problems.push(`service id "${service.id}" is used twice`);
    serviceIds.add(service.id);
    for (const id of service.officeIds) if (!officeIds.has(id)) problems.push(`service "${service.id}" names unknown office "${id}"`);
    for (const code of service.lifeSituations) {
      if (!lifeSituationCodes.has(code)) problems.push(`service "${service.id}" names unknown life situation "${code}"`);
    }
    for (const id of service.categories) if (!categoryIds.has(id)) problems.push(`service "${service.id}" names unknown category "${id}"`);
  }
  if (officeIds.size !== catalog.offices.length) problems.push('office ids are not unique');
  for (const l of catalog.lifeSituations) {
    if (l.parent && !lifeSituationCodes.has(l.parent)) problems.push(`life situation "${l.code}" has unknown parent "${l.parent}"`);
  }
  return problems;
}
