/**
 * The Suchdienst's catalog export (`servicedescriptions/csv?ars=…`): pipe-delimited, header
 * `ID-LB|Leikaschlüssel|Name|Name2|Updatedatum|ID-OD|Bezeichnung OD|Links`, one row per online
 * service, so a service with three online services has three rows and one without has one row
 * with the last three columns empty. Columns are found by their header name, not position.
 */
import * as z from 'zod/mini';
import { LeikaKey, OzgError, type OnlineService, type ServiceSummary } from '../../src/index.js';
import { parseDelimited } from './delimited-text.js';
import { parseGermanTimestamp } from './german-date.js';
import { isHttpUrl } from './http-url.js';

/** One service of the catalog, all its rows merged. */
export interface CatalogEntry {
  id: string;
  leikaKeys: string[];
  /** Column Name2 (Leistungsname, e.g. "Saison-Kurzarbeitergeld beantragen"), else Name. */
  name: string;
  /** Column Name (Leistungsbezeichnung, e.g. "Saison-Kurzarbeitergeld Bewilligung") when Name2 is given. */
  officialName?: string;
  lastUpdated?: string;
  /** Online services with a usable link. */
  onlineServices: OnlineService[];
  /** True when any row names an online service, with or without link. */
  online: boolean;
}

const COLUMNS = {
  id: ['id-lb'],
  leika: ['leikaschlüssel', 'leikaschluessel', 'leika-schlüssel', 'leistungsschlüssel'],
  name: ['name'],
  name2: ['name2', 'name 2'],
  updated: ['updatedatum', 'aktualisiert'],
  onlineServiceId: ['id-od'],
  onlineServiceTitle: ['bezeichnung od'],
  links: ['links', 'link'],
} as const;

type Column = keyof typeof COLUMNS;

export function parseServiceCatalogCsv(text: string, source: string): CatalogEntry[] {
  const [header, ...rows] = parseDelimited(text, '|');
  const index = columnIndex(header ?? []);
  if (index.id === undefined || (index.name === undefined && index.name2 === undefined)) {
    throw new OzgError('invalid-response', `Unexpected catalog from ${source}: no ID-LB and Name columns in the header`);
  }
  const entries = new Map<string, CatalogEntry>();
  for (const row of rows) {
    const cell = (column: Column) => {
      const at = index[column];
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const id = cell('id');
    const official = cell('name');
    const name = cell('name2') || official;
    if (!id || !name) continue;
    let entry = entries.get(id);
    if (!entry) {
      entry = { id, leikaKeys: [], name, onlineServices: [], online: false };
      if (official && official !== name) entry.officialName = official;
      entries.set(id, entry);
    }
    for (const key of cell('leika').split(/[\s,;]+/)) {
      if (z.safeParse(LeikaKey, key).success && !entry.leikaKeys.includes(key)) entry.leikaKeys.push(key);
    }
    const updated = parseGermanTimestamp(cell('updated'));
    if (updated && (!entry.lastUpdated || Date.parse(updated) > Date.parse(entry.lastUpdated))) entry.lastUpdated = updated;
    addOnlineService(entry, cell('onlineServiceId'), cell('onlineServiceTitle'), cell('links'));
  }
  return [...entries.values()];
}

function addOnlineService(entry: CatalogEntry, id: string, title: string, links: string): void {
  const uri = links.split(/[\s,;]+/).find(isHttpUrl);
  if (id || uri) entry.online = true;
  if (!uri || entry.onlineServices.some((s) => (id ? s.id === id : s.uri === uri))) return;
  const service: OnlineService = { title: title || entry.name, uri };
  if (id) service.id = id;
  entry.onlineServices.push(service);
}

/** The summary a result list needs; the official name goes into the search terms. */
export function summaryOfEntry(entry: CatalogEntry): z.input<typeof ServiceSummary> {
  const summary: z.input<typeof ServiceSummary> = {
    id: entry.id,
    leikaKeys: entry.leikaKeys,
    name: entry.name,
    synonyms: entry.officialName ? [entry.officialName] : [],
    lifeSituations: [],
    categories: [],
    addressees: [],
    online: entry.online,
  };
  if (entry.lastUpdated) summary.lastUpdated = entry.lastUpdated;
  return summary;
}

function columnIndex(header: string[]): Partial<Record<Column, number>> {
  const names = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<Column, number>> = {};
  for (const [column, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = names.findIndex((name) => aliases.includes(name));
    if (at >= 0) index[column] = at;
  }
  return index;
}
