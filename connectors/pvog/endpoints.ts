/**
 * The Suchdienst endpoints the connector calls, relative to the configured v5 root. Kept in one
 * place because two of them are assumptions (see docs/connectors/pvog.md): correcting a path or
 * parameter name means editing this file only.
 */

type Query = Record<string, string | number | undefined>;

export interface Endpoint {
  path: string;
  query: Query;
}

const segment = encodeURIComponent;

/**
 * The catalog of a region as CSV, one row per online service.
 * Verified: `GET …/v5/servicedescriptions/csv?ars={ARS}` (text-to-SHACL scripts, real answer vendored).
 */
export function catalogCsv(ars: string): Endpoint {
  return { path: 'servicedescriptions/csv', query: { ars } };
}

/**
 * One service description.
 * Verified: `GET …/v5/servicedescriptions/{ARS}/detail?q={ID-LB}` (real answer vendored).
 */
export function serviceDetail(ars: string, id: string): Endpoint {
  return { path: `servicedescriptions/${segment(ars)}/detail`, query: { q: id } };
}

/**
 * Free-text search within a region.
 * ASSUMPTION: the v5 form of the search that third-party clients call as
 * `GET …/v7/servicedescriptions/{ARS}?q=…&size=…&page=…` (answer `{ serviceDescriptions: { content } }`);
 * the filter parameter `personalMatter` (a Lebenslage code) is our guess.
 */
export function serviceSearch(ars: string, params: { text?: string; lifeSituation?: string; size: number; page: number }): Endpoint {
  return {
    path: `servicedescriptions/${segment(ars)}`,
    query: { q: params.text, personalMatter: params.lifeSituation, size: params.size, page: params.page },
  };
}

/**
 * One organisation unit (office).
 * Path and parameter seen in several third-party clients: `GET …/v5/organisationunits/detail?q={ID-OE}`.
 * The answer's shape is only partly known (see pvog-organisation-unit.ts).
 */
export function organisationUnitDetail(id: string): Endpoint {
  return { path: 'organisationunits/detail', query: { q: id } };
}

/**
 * The Lebenslagen tree.
 * ASSUMPTION: no public description of such an endpoint was found; the nodes have the shape of
 * `personalMatters` in a service description (`{ code, name, children }`), which is real.
 */
export function personalMatters(): Endpoint {
  return { path: 'personalmatters', query: {} };
}
