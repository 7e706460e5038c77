/**
 * Real queries against the Musterstadt demo catalog and the service each must
 * find in its top 3, by kind. Used by german-queries.test.ts and by the
 * benchmark (npm run bench) for the quality comparison and as the type-ahead
 * query set. Ids are those of demo/data/services/*.ts.
 */
export type QueryKind = 'colloquial' | 'typo' | 'umlaut' | 'sharp-s' | 'compound' | 'prefix' | 'stop-words' | 'english';

export interface QueryCase {
  query: string;
  expected: string;
  kind: QueryKind;
  /**
   * Found through the default synonym table alone, without the catalog
   * editors' synonyms (catalogs from the PVOG rarely list "Knöllchen").
   */
  table?: true;
}

const cases = (kind: QueryKind, rows: Array<[query: string, expected: string, table?: 'table']>): QueryCase[] =>
  rows.map(([query, expected, table]) => ({ query, expected, kind, ...(table ? { table: true as const } : {}) }));

export const QUERY_CASES: readonly QueryCase[] = [
  ...cases('colloquial', [
    ['Perso', 'personalausweis-beantragen', 'table'],
    ['neuer Perso', 'personalausweis-beantragen', 'table'],
    ['Strafzettel', 'verwarnungsgeld-bezahlen', 'table'],
    ['Knöllchen', 'verwarnungsgeld-bezahlen', 'table'],
    ['Kfz anmelden', 'fahrzeug-zulassen', 'table'],
    ['Hundemarke', 'hund-anmelden', 'table'],
    ['Hochzeit', 'eheschliessung-anmelden', 'table'],
    ['Bauantrag', 'baugenehmigung-beantragen', 'table'],
    ['Anwohnerparken', 'bewohnerparkausweis-beantragen', 'table'],
    ['Mülltonne', 'abfallbehaelter-bestellen-aendern', 'table'],
    ['Müll', 'abfallbehaelter-bestellen-aendern', 'table'],
    ['Tagesmutter', 'kindertagespflege-vermitteln-lassen', 'table'],
    ['Hartz IV', 'buergergeld-beantragen', 'table'],
    ['Beerdigung', 'bestattung-anmelden', 'table'],
    ['Nummernschild reservieren', 'wunschkennzeichen-reservieren', 'table'],
    ['Auto abmelden', 'fahrzeug-ausser-betrieb-setzen', 'table'],
  ]),
  ...cases('typo', [
    ['Personalauswies', 'personalausweis-beantragen'],
    ['Reisepas', 'reisepass-beantragen'],
    ['Fuhrerschien umtauschen', 'fuehrerschein-umtauschen'],
    ['Kindergelt', 'kindergeld-beantragen'],
    ['Baugenemigung', 'baugenehmigung-beantragen'],
    ['Einbürgerrung', 'einbuergerung-beantragen'],
    ['Sperrmühl', 'sperrmuell-anmelden'],
    ['Wohngeld antarg', 'wohngeld-beantragen'],
    ['Elterngled', 'elterngeld-beantragen'],
    ['Gewerbeanmeldnug', 'gewerbe-anmelden'],
  ]),
  ...cases('umlaut', [
    ['Führerschein umtauschen', 'fuehrerschein-umtauschen'],
    ['Fuehrerschein umtauschen', 'fuehrerschein-umtauschen'],
    ['Fuhrerschein umtauschen', 'fuehrerschein-umtauschen'],
    ['Bürgergeld', 'buergergeld-beantragen'],
    ['Buergergeld', 'buergergeld-beantragen'],
    ['Burgergeld', 'buergergeld-beantragen'],
    ['Grünschnitt', 'gruenschnitt-bioabfall-entsorgen'],
    ['Gruenschnitt', 'gruenschnitt-bioabfall-entsorgen'],
    ['Grunschnitt', 'gruenschnitt-bioabfall-entsorgen'],
    ['Abfallbehalter tauschen', 'abfallbehaelter-bestellen-aendern'],
  ]),
  ...cases('sharp-s', [
    ['Bußgeldbescheid Einspruch', 'einspruch-bussgeldbescheid'],
    ['Bussgeldbescheid Einspruch', 'einspruch-bussgeldbescheid'],
    ['Straßenlaterne defekt', 'strassenschaden-melden'],
    ['Strassenlaterne defekt', 'strassenschaden-melden'],
    ['Eheschliessung', 'eheschliessung-anmelden'],
  ]),
  ...cases('compound', [
    ['Wohnungsgeberbestätigung', 'wohnungsgeberbestaetigung-ausstellen'],
    ['wohnungsgeber bestätigung', 'wohnungsgeberbestaetigung-ausstellen'],
    ['Bestätigung Wohnungsgeber', 'wohnungsgeberbestaetigung-ausstellen'],
    ['Gewerbeschein', 'gewerbe-anmelden'],
    ['Gewerbe', 'gewerbe-anmelden'],
    ['Personalausweisverlust', 'personalausweis-verlust-melden'],
    ['Führerscheinverlust', 'ersatzfuehrerschein-beantragen'],
    ['Geburt Urkunde', 'geburtsurkunde-beantragen'],
    ['Steuer Hund', 'hund-anmelden'],
    ['Schrottautomeldung', 'schrottfahrzeug-melden'],
  ]),
  ...cases('prefix', [
    ['pers', 'personalausweis-beantragen'],
    ['reise', 'reisepass-beantragen'],
    ['sperr', 'sperrmuell-anmelden'],
    ['einb', 'einbuergerung-beantragen'],
    ['elter', 'elterngeld-beantragen'],
    ['wohng', 'wohngeld-beantragen'],
    ['Hund anm', 'hund-anmelden'],
    ['Gewerbe abm', 'gewerbe-abmelden'],
    ['briefw', 'briefwahl-beantragen'],
    ['bauge', 'baugenehmigung-beantragen'],
  ]),
  ...cases('stop-words', [
    ['ich will mein auto abmelden', 'fahrzeug-ausser-betrieb-setzen'],
    ['wo bekomme ich einen neuen perso', 'personalausweis-beantragen'],
    ['wie melde ich meinen hund an', 'hund-anmelden'],
    ['wo kann ich sperrmüll anmelden', 'sperrmuell-anmelden'],
    ['ich brauche eine meldebescheinigung', 'meldebescheinigung-beantragen'],
    ['ich möchte heiraten', 'eheschliessung-anmelden'],
    ['was kostet ein Reisepass', 'reisepass-beantragen'],
  ]),
  ...cases('english', [
    ['passport', 'reisepass-beantragen', 'table'],
    ['id card', 'personalausweis-beantragen', 'table'],
    ['register address', 'wohnsitz-anmelden', 'table'],
    ['open a business', 'gewerbe-anmelden', 'table'],
    ['driving licence', 'fuehrerschein-erstmals-beantragen', 'table'],
    ['birth certificate', 'geburtsurkunde-beantragen', 'table'],
    ['marriage', 'eheschliessung-anmelden', 'table'],
    ['dog tax', 'hund-anmelden', 'table'],
    ['parking permit', 'bewohnerparkausweis-beantragen', 'table'],
    ['housing benefit', 'wohngeld-beantragen', 'table'],
    ['child benefit', 'kindergeld-beantragen', 'table'],
    ['parental allowance', 'elterngeld-beantragen', 'table'],
    ['citizenship', 'einbuergerung-beantragen', 'table'],
    ['residence permit', 'aufenthaltserlaubnis-verlaengern', 'table'],
    ['bulky waste', 'sperrmuell-anmelden', 'table'],
    ['parking ticket', 'verwarnungsgeld-bezahlen', 'table'],
    ['how do I get a passport', 'reisepass-beantragen', 'table'],
  ]),
];

/** ~40 full queries of every kind, typed letter by letter in the benchmark. */
export const TYPE_AHEAD_QUERIES: readonly string[] = (['colloquial', 'typo', 'umlaut', 'sharp-s', 'compound', 'stop-words', 'english'] as const).flatMap(
  (kind) => [...new Set(QUERY_CASES.filter((c) => c.kind === kind).map((c) => c.query))].slice(0, 6),
);
