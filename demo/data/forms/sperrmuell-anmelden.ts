/**
 * Sperrmüll-Anmeldung (service `sperrmuell-anmelden`): a short form in two
 * steps.
 *
 * Address, name and contact are FIM Baukasten elements (fim-baukasten.ts);
 * the schema id `S99000201`, the groups `G990002xx` and the fields
 * `F990006xx` are INVENTED for the demo in the style of FIM ids.
 */
import {
  ANSCHRIFT_INLAND,
  EMAIL,
  FAMILIENNAME,
  KOMMUNIKATION,
  TELEFON,
  VORNAMEN,
  anschriftHints,
  anschriftInland,
  familienname,
  kommunikation,
  kommunikationHints,
  nameHints,
  vornamen,
} from './fim-baukasten.js';
import { group, type FormDefinitionInput } from './form-input.js';

export const ABHOLORT = 'G99000201';
export const SPERRMUELL = 'G99000202';
export const KONTAKT = 'G99000203';
export const BESTAETIGUNG = 'G99000204';
export const HINWEIS_ABHOLORT = 'F99000601';
export const ARTEN = 'F99000602';
export const GEGENSTAENDE = 'F99000603';
export const MENGE = 'F99000604';
export const EXPRESS = 'F99000605';
export const PRIVATHAUSHALT = 'F99000606';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schema.musterstadt.example/fim/S99000201_1.0.schema.json',
  title: 'Sperrmüll Abholung',
  type: 'object',
  additionalProperties: false,
  required: [ABHOLORT, SPERRMUELL, KONTAKT, BESTAETIGUNG],
  properties: {
    [ABHOLORT]: group(
      'Abholort',
      { [ANSCHRIFT_INLAND]: anschriftInland, [HINWEIS_ABHOLORT]: { type: 'string', title: 'Hinweis zum Abholort', maxLength: 300 } },
      [ANSCHRIFT_INLAND],
    ),
    [SPERRMUELL]: group(
      'Sperrmüll',
      {
        [ARTEN]: {
          type: 'array',
          title: 'Art des Sperrmülls',
          minItems: 1,
          uniqueItems: true,
          items: {
            type: 'string',
            oneOf: [
              { const: '01', title: 'Möbel' },
              { const: '02', title: 'Matratzen und Lattenroste' },
              { const: '03', title: 'Teppiche und Bodenbeläge' },
              { const: '04', title: 'Fahrräder und Kinderwagen' },
              { const: '05', title: 'Gartenmöbel' },
              { const: '06', title: 'Elektrogroßgeräte (Kühlschrank, Waschmaschine, Herd)' },
            ],
          },
        },
        [GEGENSTAENDE]: { type: 'string', title: 'Gegenstände', minLength: 3, maxLength: 1000 },
        [MENGE]: { type: 'number', title: 'Menge in Kubikmetern', minimum: 0.5, maximum: 4 },
        [EXPRESS]: { type: 'boolean', title: 'Expressabholung' },
      },
      [ARTEN, GEGENSTAENDE, MENGE, EXPRESS],
    ),
    [KONTAKT]: group(
      'Kontakt',
      { [VORNAMEN]: vornamen, [FAMILIENNAME]: familienname, [KOMMUNIKATION]: kommunikation([TELEFON, EMAIL]) },
      [VORNAMEN, FAMILIENNAME, KOMMUNIKATION],
    ),
    [BESTAETIGUNG]: group('Bestätigung', { [PRIVATHAUSHALT]: { type: 'boolean', title: 'Sperrmüll aus einem Privathaushalt', const: true } }, [PRIVATHAUSHALT]),
  },
};

export const sperrmuellAnmelden: FormDefinitionInput = {
  id: 'S99000201',
  version: '1.0',
  title: 'Sperrmüll anmelden',
  description: 'Zwei Abholungen bis je 4 Kubikmeter im Jahr sind in der Abfallgebühr enthalten. Den Abholtermin schicken wir Ihnen innerhalb von zwei Arbeitstagen.',
  serviceId: 'sperrmuell-anmelden',
  language: 'de',
  schemaUri: schema.$id,
  schema,
  ui: {
    steps: [
      { id: 'abholung', title: 'Was holen wir wo ab?', fields: [`/${ABHOLORT}`, `/${SPERRMUELL}`] },
      { id: 'kontakt', title: 'Kontakt und Bestätigung', fields: [`/${KONTAKT}`, `/${BESTAETIGUNG}`] },
    ],
    fields: {
      [`/${ABHOLORT}`]: { label: 'Abholort' },
      ...anschriftHints(`/${ABHOLORT}/${ANSCHRIFT_INLAND}`, 'Wo steht der Sperrmüll?'),
      [`/${ABHOLORT}/${HINWEIS_ABHOLORT}`]: {
        label: 'Hinweis für das Abholteam',
        help: 'Freiwillig. Zum Beispiel: Einfahrt über die Gartenstraße.',
        widget: 'textarea',
      },
      [`/${SPERRMUELL}`]: { label: 'Ihr Sperrmüll' },
      [`/${SPERRMUELL}/${ARTEN}`]: { label: 'Was stellen Sie heraus?', help: 'Wählen Sie alles, was zutrifft.', widget: 'checkboxes' },
      [`/${SPERRMUELL}/${GEGENSTAENDE}`]: {
        label: 'Liste der Gegenstände',
        help: 'Zum Beispiel: 1 Sofa, 2 Stühle, 1 Matratze 90 × 200 cm. Nicht angemeldete Gegenstände bleiben stehen.',
        widget: 'textarea',
      },
      [`/${SPERRMUELL}/${MENGE}`]: { label: 'Ungefähre Menge in Kubikmetern', help: 'Höchstens 4 Kubikmeter. Ein Sofa sind etwa 1,5 Kubikmeter.', widget: 'number' },
      [`/${SPERRMUELL}/${EXPRESS}`]: {
        label: 'Möchten Sie eine Expressabholung innerhalb von fünf Arbeitstagen?',
        help: 'Die Expressabholung kostet 80 Euro.',
        widget: 'yes-no',
      },
      [`/${KONTAKT}`]: { label: 'Kontakt für Rückfragen' },
      ...nameHints(`/${KONTAKT}`),
      ...kommunikationHints(`/${KONTAKT}/${KOMMUNIKATION}`, {
        phoneHelp: 'Falls das Abholteam Sie am Abholtag erreichen muss.',
        emailHelp: 'Dorthin schicken wir den Abholtermin.',
      }),
      [`/${BESTAETIGUNG}`]: { label: 'Bestätigung' },
      [`/${BESTAETIGUNG}/${PRIVATHAUSHALT}`]: {
        label: 'Der Sperrmüll stammt aus einem Privathaushalt und enthält keine Bauabfälle, Autoteile oder Schadstoffe.',
      },
    },
  },
};
