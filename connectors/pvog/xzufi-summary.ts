/**
 * The list part of a Suchdienst service description → our `ServiceSummary`: what the catalog and
 * search results need. The full `Service` (xzufi-mapping.ts) builds on it and is loaded only when a
 * service is opened.
 */
import * as z from 'zod/mini';
import { IsoDateTime, LeikaKey, type Addressee, type ServiceSummary } from '../../src/index.js';
import { plainText } from './html-text.js';
import { personalMatterCodes } from './life-situation-mapping.js';
import type { PvogModule, PvogServiceDescription } from './pvog-service-description.js';
import { MODULE, moduleByCode, usable, type ModuleCode } from './xzufi-text-modules.js';

export type ServiceSummaryInput = z.input<typeof ServiceSummary>;

/** The list part: what search results and the catalog need. */
export function mapServiceSummary(description: PvogServiceDescription): ServiceSummaryInput {
  return summaryOf(description, usable(description.details));
}

/** The summary from the description's usable `modules` (the full mapping has them already). */
export function summaryOf(description: PvogServiceDescription, modules: PvogModule[]): ServiceSummaryInput & { name: string } {
  const text = (code: ModuleCode) => plainText(moduleByCode(modules, code)?.text);
  const summary: ServiceSummaryInput & { name: string } = {
    id: description.id,
    leikaKeys: unique((description.leikakeys ?? []).map((k) => k.trim()).filter((k) => z.safeParse(LeikaKey, k).success)),
    name: text(MODULE.name) || plainText(description.name) || plainText(description.title) || text(MODULE.officialName),
    synonyms: unique((description.synonyms ?? []).map((s) => plainText(s)).filter(Boolean)),
    lifeSituations: personalMatterCodes(description.personalMatters),
    categories: [],
    addressees: unique((description.addressees ?? []).map(addresseeOf).filter((a): a is Addressee => a !== undefined)),
    online: (description.onlineServiceLinks ?? []).length > 0,
  };
  const teaser = text(MODULE.shortText) || plainText(description.description);
  if (teaser) summary.summary = teaser;
  const updated = description.lastUpdate?.trim();
  if (updated && z.safeParse(IsoDateTime, updated).success) summary.lastUpdated = updated;
  return summary;
}

/** XZuFi Leistungsadressat as word ("Bürger") or code (001–003). */
export function addresseeOf(value: string): Addressee | undefined {
  const v = value.trim().toLowerCase();
  if (v === '001' || /bürger|buerger|person/.test(v)) return 'citizen';
  if (v === '002' || /unternehm|wirtschaft|gewerb|betrieb/.test(v)) return 'business';
  if (v === '003' || /verwaltung|behörde|behoerde/.test(v)) return 'administration';
  return undefined;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
