/**
 * Service descriptions → the Suchdienst's catalog CSV (`servicedescriptions/csv?ars=…`): the real
 * header, pipe-delimited, one row per online service (or one row with empty online-service
 * columns), `Updatedatum` in German local time as in the real export ("20.01.2025 00:48").
 */
import type { PvogServiceDescriptionJson } from './pvog-json.js';

export const CSV_HEADER = ['ID-LB', 'Leikaschlüssel', 'Name', 'Name2', 'Updatedatum', 'ID-OD', 'Bezeichnung OD', 'Links'];

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function berlinTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : BERLIN.format(time).replace(',', '');
}

/** Quotes a field only when it must be (the real export quotes nothing). */
function field(value: string): string {
  return /[|"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function moduleText(description: PvogServiceDescriptionJson, code: string): string {
  return description.details?.find((m) => m.code === code)?.text ?? '';
}

export function catalogCsv(descriptions: PvogServiceDescriptionJson[]): string {
  const rows = [CSV_HEADER];
  for (const d of descriptions) {
    const base = [d.id, d.leikakeys?.[0] ?? '', moduleText(d, '02') || (d.name ?? ''), moduleText(d, '03') || (d.name ?? ''), berlinTimestamp(d.lastUpdate)];
    const online = d.onlineServiceLinks ?? [];
    if (online.length === 0) rows.push([...base, '', '', '']);
    for (const o of online) rows.push([...base, o.id ?? '', o.title ?? '', o.uri ?? '']);
  }
  return rows.map((row) => row.map(field).join('|')).join('\n') + '\n';
}
