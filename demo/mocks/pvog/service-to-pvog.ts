/**
 * A Musterstadt service (static-json format) → a Suchdienst service description, as
 * `GET …/servicedescriptions/{ars}/detail` would deliver it. Modelled on the real answer in
 * test/fixtures/pvog/: text modules by XZuFi code, Kosten/Fristen/Bearbeitungsdauer as
 * `_moduleDetail` with `details`, online services, organisation ids, Lebenslagen tree.
 *
 * What PVOG has no field for is carried the PVOG way or dropped: the booking link becomes an
 * "Online-Terminvereinbarung" link in module 15; categories (the city's own) and the
 * "required" flag of documents are lost.
 */
import type { CatalogFileInput } from '../../../connectors/static-json/index.js';
import type { Cost, Duration, Link, TimeUnit } from '../../../src/index.js';
import { lifeSituationTree } from './life-situations-to-pvog.js';
import type { PvogModuleJson, PvogServiceDescriptionJson } from './pvog-json.js';
import { escapeHtml, plainText } from './plain-text.js';

type ServiceInput = CatalogFileInput['services'][number];
type LifeSituations = NonNullable<CatalogFileInput['lifeSituations']>;

const ADDRESSEES = { citizen: 'Bürger', business: 'Unternehmen', administration: 'Verwaltung' } as const;
const TRUST_LEVELS = { none: '00', low: '10', substantial: '20', high: '30' } as const;

function textModule(code: string, title: string, text: string | undefined, links: Link[] = []): PvogModuleJson[] {
  if (!text && links.length === 0) return [];
  return [
    {
      '@type': '_module',
      additionalInformation: [],
      filled: true,
      placeholder: false,
      title,
      text: text ?? '',
      links: links.map((l) => ({ uri: l.uri, title: l.title, description: l.description ?? '', replace: false, dynamicParameters: [] })),
      replace: false,
      code,
      xZufiCategory: 'TEXT_MODUL',
    },
  ];
}

function detailModule(code: string, title: string, category: string, text: string, details: { title: string; text: string; code: string }[]): PvogModuleJson[] {
  if (!text && details.length === 0) return [];
  return [
    {
      '@type': '_moduleDetail',
      details: details.map((d) => ({ '@type': '_module', additionalInformation: [], filled: true, placeholder: false, links: [], replace: false, ...d })),
      filled: true,
      title,
      text,
      links: [],
      replace: false,
      code,
      placeholder: false,
      xZufiCategory: category,
    },
  ];
}

const UNIT_WORDS: Record<TimeUnit, [string, string]> = {
  year: ['Jahr', 'Jahre'],
  month: ['Monat', 'Monate'],
  week: ['Woche', 'Wochen'],
  day: ['Tag', 'Tage'],
  'working-day': ['Werktag', 'Werktage'],
  hour: ['Stunde', 'Stunden'],
  minute: ['Minute', 'Minuten'],
};

const number = (n: number) => String(n).replace('.', ',');
const unitWord = (unit: TimeUnit, n: number) => UNIT_WORDS[unit][n === 1 ? 0 : 1];

/** "1 Monat", "3 bis 4 Wochen", "6 Wochen bis 3 Monate". */
export function formatDuration(d: Duration): string {
  if (d.valueTo === undefined) return `${number(d.value)} ${unitWord(d.unit, d.value)}`;
  if (d.unitTo && d.unitTo !== d.unit) return `${number(d.value)} ${unitWord(d.unit, d.value)} bis ${number(d.valueTo)} ${unitWord(d.unitTo, d.valueTo)}`;
  return `${number(d.value)} bis ${number(d.valueTo)} ${unitWord(d.unit, d.valueTo)}`;
}

const euro = (value: number) => `${value.toFixed(2).replace('.', ',')} Euro`;

/** "46,00 Euro", "90,00 bis 120,00 Euro", "ab 10,00 Euro", "Keine". `prepayment` (XZuFi `vorkasse`) is not carried. */
export function formatCost(cost: Cost): string {
  if (cost.kind === 'free') return 'Keine';
  if (cost.kind === 'fixed') return euro(cost.amount.value);
  if (cost.min && cost.max) return `${cost.min.value.toFixed(2).replace('.', ',')} bis ${euro(cost.max.value)}`;
  if (cost.min) return `ab ${euro(cost.min.value)}`;
  // A variable cost without bounds has only its description (the detail's title).
  return cost.max ? `bis zu ${euro(cost.max.value)}` : '';
}

function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

function documentsHtml(service: ServiceInput): string | undefined {
  const documents = service.requiredDocuments ?? [];
  if (documents.length === 0) return undefined;
  const items = documents.map((d) => {
    const description = d.descriptionHtml ? (d.descriptionHtml.trim().startsWith('<') ? d.descriptionHtml : `<br>${d.descriptionHtml}`) : '';
    return `<li>${escapeHtml(d.name)}${description}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

export function serviceToPvog(service: ServiceInput, options: { ars: string; lifeSituations: LifeSituations; updated?: string | undefined }): PvogServiceDescriptionJson {
  const costs = (service.costs ?? []) as Cost[];
  const deadlines = service.deadlines ?? [];
  const processingTime = service.processingTime;
  const furtherLinks: Link[] = [
    ...(service.appointmentUrl ? [{ uri: service.appointmentUrl, title: 'Online-Terminvereinbarung' }] : []),
    ...(service.furtherInformation ?? []),
  ];
  const details: PvogModuleJson[] = [
    ...textModule('24', 'Kurzinfo', service.summary ? `<p>${escapeHtml(service.summary)}</p>` : undefined),
    ...textModule('06', 'Beschreibung', service.descriptionHtml),
    ...textModule('09', 'Voraussetzungen', service.requirementsHtml),
    ...textModule('08', 'Erforderliche Unterlagen', documentsHtml(service)),
    ...textModule('14', 'Formulare', service.formsNoteHtml),
    ...detailModule(
      '98',
      'Kosten & Gebühren',
      'KOSTEN',
      service.costsNoteHtml ?? '',
      costs.map((c) => ({ title: c.description ?? '', text: formatCost(c), code: '' })),
    ),
    ...detailModule(
      '97',
      'Fristen',
      'FRIST',
      '',
      deadlines.map((d) => {
        const value = d.duration ? formatDuration(d.duration as Duration) : d.date ? germanDate(d.date) : '';
        return { title: d.label, text: [plainText(d.descriptionHtml), value].filter(Boolean).join(': '), code: d.typeCode ?? '' };
      }),
    ),
    ...textModule('15', 'weiterführende Informationen', '', furtherLinks),
    ...textModule('07', 'Rechtsgrundlage(n)', '', service.legalBasis ?? []),
    // As in the real data: an unfilled "Urheber" marked as placeholder, which the connector drops.
    ...textModule('18', 'Urheber', 'nicht angegeben').map((m) => ({ ...m, placeholder: true })),
    ...textModule('22', 'Zuständige Stelle', service.responsibleOfficeNoteHtml),
    ...textModule('02', 'Leistungsbezeichnung', service.officialName ?? service.name),
    ...textModule('03', 'Leistungsbezeichnung II (Leistungsname)', service.name),
    ...textModule('11', 'Verfahrensablauf', service.procedureHtml),
    ...textModule('25', 'Rechtsbehelf', service.appealHtml),
    ...(processingTime?.duration
      ? detailModule('95', 'Bearbeitungsdauer', 'BEARBEITUNGSDAUER', '', [
          { title: plainText(processingTime.descriptionHtml), text: formatDuration(processingTime.duration as Duration), code: '95' },
        ])
      : detailModule('95', 'Bearbeitungsdauer', 'BEARBEITUNGSDAUER', processingTime?.descriptionHtml ?? '', [])),
  ];
  const lastUpdate = service.lastUpdated ?? options.updated;
  return {
    name: service.name,
    description: service.summary ? `<p>${escapeHtml(service.summary)}</p>` : '',
    leikakeys: service.leikaKeys ?? [],
    id: service.id,
    languageCode: service.language ?? 'de',
    ...(lastUpdate ? { timestamp: lastUpdate, lastUpdate } : {}),
    ars: [options.ars],
    availableLanguages: service.availableLanguages?.length ? service.availableLanguages : [service.language ?? 'de'],
    organisationIds: service.officeIds ?? [],
    addressees: (service.addressees ?? []).map((a) => ADDRESSEES[a]),
    synonyms: service.synonyms ?? [],
    details,
    onlineServiceLinks: (service.onlineServices ?? []).map((o, i) => ({
      uri: o.uri,
      title: o.title,
      replace: false,
      dynamicParameters: [],
      id: o.id ?? `${service.id}.OD.${i + 1}`,
      ...(o.trustLevel ? { levelOfConfidence: TRUST_LEVELS[o.trustLevel] } : {}),
    })),
    personalMatters: lifeSituationTree(options.lifeSituations, service.lifeSituations ?? []),
    forms: [],
  };
}
