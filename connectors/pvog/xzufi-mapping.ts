/**
 * A Suchdienst service description → our `Service` / `ServiceSummary` (before the domain schema
 * parses it). Module by module, as documented in docs/connectors/pvog.md; the special modules have
 * their own files (costs, deadlines, processing time, documents, links).
 */
import * as z from 'zod/mini';
import { IsoDateTime, LanguageTag, LeikaKey, normalizeLanguage, type Addressee, type Service, type ServiceSummary } from '../../src/index.js';
import { isAppointmentLink } from './appointment-link.js';
import { htmlOrUndefined, plainText } from './html-text.js';
import { personalMatterCodes } from './life-situation-mapping.js';
import type { PvogModule, PvogServiceDescription } from './pvog-service-description.js';
import { mapCosts } from './xzufi-costs.js';
import { mapDeadlines } from './xzufi-deadlines.js';
import { mapDocuments } from './xzufi-documents.js';
import { linksOf, mapOnlineServices } from './xzufi-links.js';
import { mapProcessingTime } from './xzufi-processing-time.js';
import { MODULE, moduleByCode, usable, type ModuleCode } from './xzufi-text-modules.js';

export type ServiceInput = z.input<typeof Service>;
export type ServiceSummaryInput = z.input<typeof ServiceSummary>;

/** Modules whose `links` are "further information" besides 15 (e.g. form downloads in 14). */
const MODULES_WITH_FURTHER_LINKS: ModuleCode[] = [
  MODULE.forms,
  MODULE.fullText,
  MODULE.documents,
  MODULE.requirements,
  MODULE.procedure,
  MODULE.responsibleOffice,
  MODULE.contactPoint,
  MODULE.appeal,
  MODULE.costs,
  MODULE.deadlines,
  MODULE.processingTime,
];

export function mapServiceDescription(description: PvogServiceDescription): ServiceInput {
  const modules = usable(description.details);
  const get = (code: ModuleCode) => moduleByCode(modules, code);
  const html = (code: ModuleCode) => htmlOrUndefined(get(code)?.text);
  const summary = summaryOf(description, modules);

  const legalBasis = linksOf([get(MODULE.legalBasis)], true);
  const legalUris = new Set(legalBasis.map((l) => l.uri));
  // Links inside the HTML of other modules stay there; their `links` lists are shown nowhere else.
  const furtherInformation = [
    ...linksOf([get(MODULE.furtherInformation)], true),
    ...linksOf(MODULES_WITH_FURTHER_LINKS.map(get), false),
  ].filter((l, i, all) => !legalUris.has(l.uri) && all.findIndex((other) => other.uri === l.uri) === i);
  const onlineServices = mapOnlineServices(description.onlineServiceLinks, summary.name);

  return {
    ...summary,
    online: onlineServices.length > 0,
    officialName: plainText(get(MODULE.officialName)?.text) || undefined,
    descriptionHtml: html(MODULE.fullText),
    requirementsHtml: html(MODULE.requirements),
    procedureHtml: html(MODULE.procedure),
    ...mapCosts(get(MODULE.costs)),
    requiredDocuments: mapDocuments(get(MODULE.documents)),
    deadlines: mapDeadlines(get(MODULE.deadlines)),
    processingTime: mapProcessingTime(get(MODULE.processingTime)),
    legalBasis,
    appealHtml: html(MODULE.appeal),
    formsNoteHtml: html(MODULE.forms),
    furtherInformation,
    onlineServices,
    appointmentUrl: furtherInformation.find((l) => isAppointmentLink(l.title))?.uri,
    officeIds: unique(description.organisationIds ?? []),
    // 23 "Ansprechpunkt" often repeats 22 "Zuständige Stelle"; it stands in when 22 is missing.
    responsibleOfficeNoteHtml: html(MODULE.responsibleOffice) ?? html(MODULE.contactPoint),
    language: languageOf(description.languageCode) ?? 'de',
    availableLanguages: unique((description.availableLanguages ?? []).map(languageOf).filter((l): l is string => l !== undefined)),
  };
}

/** The list part: what search results and the catalog need. */
export function mapServiceSummary(description: PvogServiceDescription): ServiceSummaryInput {
  return summaryOf(description, usable(description.details));
}

function summaryOf(description: PvogServiceDescription, modules: PvogModule[]): ServiceSummaryInput & { name: string } {
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

function languageOf(code: string | null | undefined): string | undefined {
  if (!code?.trim()) return undefined;
  const tag = normalizeLanguage(code.trim());
  return z.safeParse(LanguageTag, tag).success ? tag : undefined;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
