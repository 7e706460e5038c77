/** Musterstadt's own service categories, as on its website navigation. */
import type { CatalogFileInput } from '../../connectors/static-json/index.js';

type Categories = NonNullable<CatalogFileInput['categories']>;

export const categories: Categories = [
  { id: 'buergerservice', name: 'Bürgerservice und Dokumente', description: 'Ausweise, Meldewesen, Beglaubigungen, Wahlen' },
  { id: 'standesamt', name: 'Standesamt', description: 'Geburt, Ehe, Sterbefall, Namensrecht' },
  { id: 'migration', name: 'Migration und Einbürgerung', description: 'Aufenthalt, Einbürgerung, Welcome Center' },
  { id: 'verkehr', name: 'Kfz, Führerschein und Verkehr', description: 'Zulassung, Fahrerlaubnis, Parken, Bußgeld' },
  { id: 'ordnung', name: 'Sicherheit und Ordnung', description: 'Veranstaltungen, Waffen, Fundsachen, Lärm' },
  { id: 'familie-soziales', name: 'Familie und Soziales', description: 'Kinderbetreuung, Leistungen, Beratung' },
  { id: 'bildung', name: 'Bildung und Kultur', description: 'Schule, Ausbildungsförderung, Bibliothek, Musikschule' },
  { id: 'gesundheit', name: 'Gesundheit', description: 'Gesundheitsamt, Bescheinigungen, Beratung' },
  { id: 'bauen-wohnen', name: 'Bauen und Wohnen', description: 'Baugenehmigung, Wohnraum, Kataster' },
  { id: 'umwelt-abfall', name: 'Umwelt und Abfall', description: 'Müllabfuhr, Sperrmüll, Bäume, Wasser' },
  { id: 'wirtschaft', name: 'Wirtschaft und Gewerbe', description: 'Gewerbe, Gaststätten, Märkte, Erlaubnisse' },
  { id: 'steuern', name: 'Steuern und Abgaben', description: 'Hundesteuer, Grundsteuer, Zahlungen an die Stadt' },
  { id: 'friedhof', name: 'Friedhof und Bestattung', description: 'Bestattung, Grabstätten' },
];
