/**
 * The XZuFi text modules of a service description by code (code list
 * `urn:de:xzufi:codeliste:leistungstextmodulleika`, plus the PVOG's 95/97/98 for Bearbeitungsdauer,
 * Fristen and Kosten). Modules marked `placeholder` (e.g. "Urheber: nicht angegeben") or not
 * `filled` carry no information and are dropped.
 */
import type { PvogModule } from './pvog-service-description.js';

export const MODULE = {
  officialName: '02',
  name: '03',
  fullText: '06',
  legalBasis: '07',
  documents: '08',
  requirements: '09',
  procedure: '11',
  forms: '14',
  furtherInformation: '15',
  responsibleOffice: '22',
  contactPoint: '23',
  shortText: '24',
  appeal: '25',
  processingTime: '95',
  deadlines: '97',
  costs: '98',
} as const;

export type ModuleCode = (typeof MODULE)[keyof typeof MODULE];

/** Entries that carry information: neither placeholders nor unfilled. */
export function usable<T extends { placeholder?: boolean | null | undefined; filled?: boolean | null | undefined }>(entries: T[] | null | undefined): T[] {
  return (entries ?? []).filter((entry) => entry.placeholder !== true && entry.filled !== false);
}

/** The first usable module with `code`. */
export function moduleByCode(modules: PvogModule[], code: ModuleCode): PvogModule | undefined {
  return modules.find((m) => m.code === code);
}
