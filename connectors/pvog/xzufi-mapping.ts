/**
 * A Suchdienst service description → our `Service` (before the domain schema parses it). Module
 * by module, as documented in docs/connectors/pvog.md; the special modules have their own files
 * (costs, deadlines, processing time, documents, links), the list part is xzufi-summary.ts. The
 * catalog loads this mapping only when a service is opened (pvog-details.ts).
 */
import * as z from 'zod/mini';
import { LanguageTag, normalizeLanguage, type Service } from '../../src/index.js';
import { isAppointmentLink } from './appointment-link.js';
import { htmlOrUndefined, plainText } from './html-text.js';
import type { PvogServiceDescription } from './pvog-service-description.js';
import { mapCosts } from './xzufi-costs.js';
import { mapDeadlines } from './xzufi-deadlines.js';
import { mapDocuments } from './xzufi-documents.js';
import { linksOf, mapOnlineServices } from './xzufi-links.js';
import { mapProcessingTime } from './xzufi-processing-time.js';
import { summaryOf, unique } from './xzufi-summary.js';
import { MODULE, moduleByCode, usable, type ModuleCode } from './xzufi-text-modules.js';

export { addresseeOf, mapServiceSummary, type ServiceSummaryInput } from './xzufi-summary.js';

export type ServiceInput = z.input<typeof Service>;

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

function languageOf(code: string | null | undefined): string | undefined {
  if (!code?.trim()) return undefined;
  const tag = normalizeLanguage(code.trim());
  return z.safeParse(LanguageTag, tag).success ? tag : undefined;
}
