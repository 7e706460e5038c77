/**
 * The Suchdienst's detail answers mapped to our domain: a service description to `Service`, an
 * organisation unit to `Office`. Only a citizen who opens a service needs them, so the catalog
 * loads this module on the first detail request, while that request runs (pvog-catalog.ts).
 */
import { Office, Service, parseBody } from '../../src/index.js';
import { mapOrganisationUnit } from './office-mapping.js';
import type { PvogOrganisationUnit } from './pvog-organisation-unit.js';
import type { PvogServiceDescription } from './pvog-service-description.js';
import { mapServiceDescription } from './xzufi-mapping.js';

export function serviceOf(description: PvogServiceDescription, url: string): Service {
  return parseBody(Service, mapServiceDescription(description), url);
}

export function officeOf(unit: PvogOrganisationUnit, id: string, url: string): Office {
  return parseBody(Office, mapOrganisationUnit(unit, id), url);
}
