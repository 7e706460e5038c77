/**
 * Service (XZuFi "Leistung"): what a citizen can apply for or get done.
 *
 * The shape follows the PVOG Suchdienst's service description (XZuFi 2.x):
 * text modules are named fields here instead of numbered modules, e.g.
 * module 06 "Volltext" → `descriptionHtml`, 08 "Unterlagen" →
 * `requiredDocuments`, 98 "Kosten" → `costs`. See docs/domain-model.md for
 * the full mapping.
 */
import * as z from 'zod/mini';
import { Duration, LanguageTag, Link, Money, Text, list } from './common.js';
import { HttpUrl, IsoDate, IsoDateTime } from './formats.js';

/** 14-digit key of the Leistungskatalog (LeiKa), e.g. `99102013001000`. */
export const LeikaKey = z.string().check(z.regex(/^\d{14}$/));

/** Who a service is for (XZuFi `Leistungsadressat`: 001 Bürger, 002 Unternehmen, 003 Verwaltung). */
export const Addressee = z.enum(['citizen', 'business', 'administration']);
export type Addressee = z.infer<typeof Addressee>;

/** Costs of a service (XZuFi `Kosten` with `KostenFix` / `KostenFrei` / `KostenVariabel`). */
export const Cost = z.union([
  z.object({
    kind: z.literal('fixed'),
    amount: Money,
    /** What the amount is for, e.g. "für Antragstellende unter 24 Jahren". */
    description: z.optional(z.string()),
    /** Payable before the service is rendered (XZuFi `vorkasse`). */
    prepayment: z.optional(z.boolean()),
  }),
  z.object({
    kind: z.literal('variable'),
    min: z.optional(Money),
    max: z.optional(Money),
    description: z.optional(z.string()),
    prepayment: z.optional(z.boolean()),
  }),
  z.object({
    kind: z.literal('free'),
    description: z.optional(z.string()),
  }),
]);
export type Cost = z.infer<typeof Cost>;

/** A document the citizen must bring or upload (XZuFi `Dokument`, module 08). */
export const RequiredDocument = z.object({
  name: Text,
  descriptionHtml: z.optional(z.string()),
  /** False for documents needed only in some cases. */
  required: z._default(z.boolean(), true),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/** A deadline (XZuFi `FristMitTyp`, module 97): a duration or a fixed date. */
export const Deadline = z.object({
  /** Short name such as "Antragsfrist" or "Widerspruchsfrist". */
  label: Text,
  /** XZuFi code of the Fristtyp (e.g. `009`), when known. */
  typeCode: z.optional(z.string()),
  duration: z.optional(Duration),
  date: z.optional(IsoDate),
  descriptionHtml: z.optional(z.string()),
});
export type Deadline = z.infer<typeof Deadline>;

/** How long processing takes (XZuFi `Bearbeitungsdauermodul`, module 95). */
export const ProcessingTime = z.object({
  duration: z.optional(Duration),
  descriptionHtml: z.optional(z.string()),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

/**
 * Trust level an online service requires (eIDAS: niedrig, substanziell, hoch).
 * `none` means no identification.
 */
export const TrustLevel = z.enum(['none', 'low', 'substantial', 'high']);
export type TrustLevel = z.infer<typeof TrustLevel>;

/** An online service that implements the service (XZuFi `Onlinedienst`). */
export const OnlineService = z.object({
  id: z.optional(z.string()),
  title: Text,
  uri: HttpUrl,
  trustLevel: z.optional(TrustLevel),
});
export type OnlineService = z.infer<typeof OnlineService>;

/**
 * What a result list needs: enough to show a card and to build a client-side
 * search index, without the long texts.
 */
export const ServiceSummary = z.object({
  /** Stable id, for PVOG the ID-LB such as `B100019.LB.574711`. */
  id: Text,
  leikaKeys: list(LeikaKey),
  /** Citizen-facing name (module 03 "Leistungsbezeichnung II"), e.g. "Personalausweis beantragen". */
  name: Text,
  /** Plain-text teaser (module 24 "Kurztext", tags removed). */
  summary: z.optional(z.string()),
  /** Search terms the catalog editors gave (XZuFi `Begriff im Kontext`, PVOG `synonyms`). */
  synonyms: list(z.string()),
  /** Codes of the life situations (Lebenslagen) the service belongs to. */
  lifeSituations: list(z.string()),
  /** Ids of the city's own categories. */
  categories: list(z.string()),
  addressees: list(Addressee),
  /** True when at least one online service exists. */
  online: z._default(z.boolean(), false),
  lastUpdated: z.optional(IsoDateTime),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

/** The full service description shown on the detail view. */
export const Service = z.extend(ServiceSummary, {
  /** Official name (module 02 "Leistungsbezeichnung"), e.g. "Personalausweis Ausstellung". */
  officialName: z.optional(z.string()),
  /** Module 06 "Volltext" (HTML; sanitize before rendering). */
  descriptionHtml: z.optional(z.string()),
  /** Module 09 "Voraussetzungen" (HTML). */
  requirementsHtml: z.optional(z.string()),
  /** Module 11 "Verfahrensablauf" (HTML). */
  procedureHtml: z.optional(z.string()),
  /** Module 98 "Kosten". */
  costs: list(Cost),
  /** Free text on costs when they cannot be structured (HTML). */
  costsNoteHtml: z.optional(z.string()),
  /** Module 08 "Erforderliche Unterlagen". */
  requiredDocuments: list(RequiredDocument),
  /** Module 97 "Fristen". */
  deadlines: list(Deadline),
  /** Module 95 "Bearbeitungsdauer". */
  processingTime: z.optional(ProcessingTime),
  /** Module 07 "Rechtsgrundlage(n)". */
  legalBasis: list(Link),
  /** Module 25 "Rechtsbehelf" (HTML). */
  appealHtml: z.optional(z.string()),
  /** Module 14 "Formulare": notes on forms, signature, personal appearance (HTML). */
  formsNoteHtml: z.optional(z.string()),
  /** Module 15 "Weiterführende Informationen". */
  furtherInformation: list(Link),
  onlineServices: list(OnlineService),
  /** Where to book an appointment for this service. */
  appointmentUrl: z.optional(HttpUrl),
  /** Responsible offices (Organisationseinheiten) by id. */
  officeIds: list(z.string()),
  /** Module 22 "Zuständige Stelle" as text, when no office is linked (HTML). */
  responsibleOfficeNoteHtml: z.optional(z.string()),
  /** Language of the texts. */
  language: z._default(LanguageTag, 'de'),
  availableLanguages: list(LanguageTag),
});
export type Service = z.infer<typeof Service>;

/** The summary part of a full service, for connectors that hold full descriptions. */
export function summarize(service: Service): ServiceSummary {
  const { id, leikaKeys, name, summary, synonyms, lifeSituations, categories, addressees, online, lastUpdated } = service;
  return { id, leikaKeys, name, summary, synonyms, lifeSituations, categories, addressees, online, lastUpdated };
}
