/**
 * Life situations (Lebenslagen) of the Musterstadt catalog. Codes and names
 * are the top levels of the PVOG/LeiKa Lebenslagen tree as the PVOG
 * Suchdienst delivers them in `personalMatters` (e.g. 1030000 "Schule,
 * Ausbildung und Studium" with child 1030200 "Berufsausbildung").
 */
import type { CatalogFileInput } from '../../connectors/static-json/index.js';

type LifeSituations = NonNullable<CatalogFileInput['lifeSituations']>;

export const lifeSituations: LifeSituations = [
  { code: '1000000', name: 'Lebenslagen für Bürgerinnen und Bürger' },
  { code: '1010000', name: 'Geburt', parent: '1000000' },
  { code: '1020000', name: 'Partnerschaft und Familie', parent: '1000000' },
  { code: '1030000', name: 'Schule, Ausbildung und Studium', parent: '1000000' },
  { code: '1030200', name: 'Berufsausbildung', parent: '1030000' },
  { code: '1040000', name: 'Arbeit', parent: '1000000' },
  { code: '1050000', name: 'Bauen und Wohnen', parent: '1000000' },
  { code: '1060000', name: 'Steuern und Abgaben', parent: '1000000' },
  { code: '1070000', name: 'Ausweise und Dokumente', parent: '1000000' },
  { code: '1080000', name: 'Migration und Integration', parent: '1000000' },
  { code: '1090000', name: 'Mobilität und Fahrzeuge', parent: '1000000' },
  { code: '1100000', name: 'Wahlen, Engagement und Beteiligung', parent: '1000000' },
  { code: '1110000', name: 'Hobby und Freizeit', parent: '1000000' },
  { code: '1120000', name: 'Reisen und Auslandsaufenthalt', parent: '1000000' },
  { code: '1130000', name: 'Gesundheit und Vorsorge', parent: '1000000' },
  { code: '1140000', name: 'Sozialleistungen', parent: '1000000' },
  { code: '1150000', name: 'Recht und Verbraucherschutz', parent: '1000000' },
  { code: '1160000', name: 'Notlagen und Opferhilfen', parent: '1000000' },
  { code: '1170000', name: 'Umwelt und Klima', parent: '1000000' },
  { code: '1180000', name: 'Altersvorsorge und Ruhestand', parent: '1000000' },
  { code: '1190000', name: 'Sterbefall und Nachlass', parent: '1000000' },
  { code: '2000000', name: 'Geschäftslagen für Unternehmen' },
  { code: '2010000', name: 'Unternehmensstart und Gewerbezulassung', parent: '2000000' },
  { code: '2020000', name: 'Register und Kataster', parent: '2000000' },
  { code: '2030000', name: 'Arbeitgeber sein', parent: '2000000' },
  { code: '2050000', name: 'Bauen und Immobilien', parent: '2000000' },
  { code: '2060000', name: 'Finanzierung und Förderung', parent: '2000000' },
  { code: '2110000', name: 'Logistik und Transport', parent: '2000000' },
  { code: '2120000', name: 'Anlagen, Waren und Stoffe', parent: '2000000' },
  { code: '2130000', name: 'Abfall und Umweltschutz', parent: '2000000' },
  { code: '2140000', name: 'Verbraucherschutz, Compliance und Recht', parent: '2000000' },
  { code: '2150000', name: 'Veranstaltungen', parent: '2000000' },
  { code: '2160000', name: 'Geschäftsauflösung und Unternehmensübergang', parent: '2000000' },
];
