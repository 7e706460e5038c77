/**
 * Links of text modules and the online services of a description. Only http(s) targets pass (the
 * domain schema would refuse others anyway; here they are dropped one by one instead of failing the
 * whole service).
 */
import type { Link, OnlineService, TrustLevel } from '../../src/index.js';
import { anchorsOf, plainText } from './html-text.js';
import { isHttpUrl } from './http-url.js';
import type { PvogLink, PvogModule, PvogOnlineServiceLink } from './pvog-service-description.js';
import { usable } from './xzufi-text-modules.js';

/**
 * The links of modules, http(s) only, each target once: their `links` lists, and with
 * `fromText` also the `<a href>` in their texts (for link modules such as 07 and 15, whose
 * texts are not shown elsewhere).
 */
export function linksOf(modules: (PvogModule | undefined)[], fromText: boolean): Link[] {
  const found: PvogLink[] = [];
  for (const module of modules) {
    if (!module) continue;
    found.push(...(module.links ?? []), ...(fromText ? anchorsOf(module.text) : []));
    for (const detail of usable(module.details)) found.push(...(detail.links ?? []), ...(fromText ? anchorsOf(detail.text) : []));
  }
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const link of found) {
    const uri = link.uri?.trim();
    if (!isHttpUrl(uri) || seen.has(uri)) continue;
    seen.add(uri);
    const result: Link = { uri, title: plainText(link.title) || uri };
    const description = plainText(link.description);
    if (description) result.description = description;
    links.push(result);
  }
  return links;
}

/**
 * FIM code list "Vertrauensniveau" → eIDAS level. ASSUMED reading of the codes: 00 none,
 * 10 and 15 (basic registration, e.g. user name and password) low, 20 substantial, 30 and 40 high.
 */
export function trustLevelOf(code: string | null | undefined): TrustLevel | undefined {
  switch (code?.trim()) {
    case '00':
      return 'none';
    case '10':
    case '15':
      return 'low';
    case '20':
      return 'substantial';
    case '30':
    case '40':
      return 'high';
    default:
      return undefined;
  }
}

export function mapOnlineServices(links: PvogOnlineServiceLink[] | null | undefined, fallbackTitle: string): OnlineService[] {
  const services: OnlineService[] = [];
  for (const link of links ?? []) {
    const uri = link.uri?.trim();
    if (!isHttpUrl(uri)) continue;
    const service: OnlineService = { title: plainText(link.title) || fallbackTitle, uri };
    if (link.id) service.id = link.id;
    const trustLevel = trustLevelOf(link.levelOfConfidence);
    if (trustLevel) service.trustLevel = trustLevel;
    services.push(service);
  }
  return services;
}
