/**
 * Bewohnerparkausweis (service `bewohnerparkausweis-beantragen`): a medium
 * form whose later parts depend on earlier answers (Nebenwohnung, who keeps
 * the car, Musterstadt-Pass).
 *
 * Address, name and contact are FIM Baukasten elements (fim-baukasten.ts).
 * The schema id `S99000301`, the groups `G990003xx`, the fields `F990007xx`
 * and the code list of parking zones are INVENTED for the demo in the style
 * of FIM ids. (FIM models a date of birth as the group G60000083 with day,
 * month and year; the demo keeps it as one date field of its own.)
 */
import {
  ANSCHRIFT_INLAND,
  EMAIL,
  FAMILIENNAME,
  KOMMUNIKATION,
  VORNAMEN,
  anschriftHints,
  anschriftInland,
  familienname,
  kommunikation,
  kommunikationHints,
  nameHints,
  vornamen,
} from './fim-baukasten.js';
import { MiB, codeList, group, type FormDefinitionInput } from './form-input.js';

export const ANTRAGSTELLER = 'G99000301';
export const WOHNUNG = 'G99000302';
export const FAHRZEUG = 'G99000303';
export const GEBUEHR = 'G99000304';
export const GEBURTSDATUM = 'F99000701';
export const PARKGEBIET = 'F99000702';
export const WOHNUNGSART = 'F99000703';
export const BEGRUENDUNG_NEBENWOHNUNG = 'F99000704';
export const KENNZEICHEN = 'F99000705';
export const HALTER = 'F99000706';
export const NAME_HALTER = 'F99000707';
export const ELEKTRO = 'F99000708';
export const GESAMTMASSE = 'F99000709';
export const MUSTERSTADT_PASS = 'F99000710';
export const PASSNUMMER = 'F99000711';
export const AUSSTELLUNG = 'F99000712';

export const NEBENWOHNUNG = '2';
/** Codes of "someone else keeps the car" (employer, leasing company, relative). */
export const FREMDHALTER = ['02', '03', '04'];

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schema.musterstadt.example/fim/S99000301_1.0.schema.json',
  title: 'Bewohnerparkausweis Ausstellung',
  type: 'object',
  additionalProperties: false,
  required: [ANTRAGSTELLER, WOHNUNG, FAHRZEUG, GEBUEHR],
  properties: {
    [ANTRAGSTELLER]: group(
      'Antragstellerin oder Antragsteller',
      {
        [VORNAMEN]: vornamen,
        [FAMILIENNAME]: familienname,
        [GEBURTSDATUM]: { type: 'string', title: 'Geburtsdatum', format: 'date' },
        [ANSCHRIFT_INLAND]: anschriftInland,
        [KOMMUNIKATION]: kommunikation([EMAIL]),
      },
      [VORNAMEN, FAMILIENNAME, GEBURTSDATUM, ANSCHRIFT_INLAND, KOMMUNIKATION],
    ),
    [WOHNUNG]: group(
      'Wohnung',
      {
        [PARKGEBIET]: codeList('Bewohnerparkgebiet', [
          ['A', 'A – Altstadt'],
          ['B', 'B – Bahnhofsviertel'],
          ['C', 'C – Weststadt'],
          ['D', 'D – Südstadt'],
          ['E', 'E – Schlossviertel'],
        ]),
        [WOHNUNGSART]: codeList('Art der Wohnung', [
          ['1', 'Hauptwohnung'],
          [NEBENWOHNUNG, 'Nebenwohnung'],
        ]),
        [BEGRUENDUNG_NEBENWOHNUNG]: { type: 'string', title: 'Begründung Nebenwohnung', maxLength: 1000 },
      },
      [PARKGEBIET, WOHNUNGSART],
    ),
    [FAHRZEUG]: group(
      'Fahrzeug',
      {
        [KENNZEICHEN]: { type: 'string', title: 'Amtliches Kennzeichen', pattern: '^[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[0-9]{1,4}[EH]?$' },
        [HALTER]: codeList('Halterin oder Halter des Fahrzeugs', [
          ['01', 'Ich selbst'],
          ['02', 'Mein Arbeitgeber (Dienst- oder Firmenwagen)'],
          ['03', 'Eine Leasing- oder Mietwagenfirma'],
          ['04', 'Eine Angehörige oder ein Angehöriger'],
        ]),
        [NAME_HALTER]: { type: 'string', title: 'Name der Halterin oder des Halters', maxLength: 120 },
        [ELEKTRO]: { type: 'boolean', title: 'Fahrzeug mit Elektroantrieb' },
        [GESAMTMASSE]: { type: 'boolean', title: 'Zulässige Gesamtmasse höchstens 3,5 Tonnen', const: true },
      },
      [KENNZEICHEN, HALTER, ELEKTRO, GESAMTMASSE],
    ),
    [GEBUEHR]: group(
      'Gebühr und Ausstellung',
      {
        [MUSTERSTADT_PASS]: { type: 'boolean', title: 'Musterstadt-Pass' },
        [PASSNUMMER]: { type: 'string', title: 'Nummer des Musterstadt-Passes', pattern: '^[0-9]{8}$' },
        [AUSSTELLUNG]: codeList('Ausstellung', [
          ['pdf', 'Als PDF zum Ausdrucken'],
          ['post', 'Per Post'],
        ]),
      },
      [MUSTERSTADT_PASS, AUSSTELLUNG],
    ),
  },
};

const isNebenwohnung = { field: `/${WOHNUNG}/${WOHNUNGSART}`, equals: NEBENWOHNUNG };
const keptBySomeoneElse = { field: `/${FAHRZEUG}/${HALTER}`, oneOf: FREMDHALTER };
const hasPass = { field: `/${GEBUEHR}/${MUSTERSTADT_PASS}`, equals: true };

export const bewohnerparkausweisBeantragen: FormDefinitionInput = {
  id: 'S99000301',
  version: '1.0',
  title: 'Bewohnerparkausweis beantragen',
  description: 'Der Ausweis gilt ein Jahr. Die Gebühr beträgt 180 Euro, ermäßigt 90 Euro. Halten Sie die Zulassungsbescheinigung Teil I bereit.',
  serviceId: 'bewohnerparkausweis-beantragen',
  language: 'de',
  schemaUri: schema.$id,
  schema,
  ui: {
    steps: [
      { id: 'person', title: 'Ihre Angaben', fields: [`/${ANTRAGSTELLER}`] },
      { id: 'wohnung', title: 'Ihre Wohnung', fields: [`/${WOHNUNG}`] },
      { id: 'fahrzeug', title: 'Ihr Fahrzeug', fields: [`/${FAHRZEUG}`], attachments: ['zulassungsbescheinigung', 'nutzungsnachweis'] },
      { id: 'gebuehr', title: 'Gebühr und Ausstellung', fields: [`/${GEBUEHR}`], attachments: ['musterstadt-pass'] },
    ],
    fields: {
      [`/${ANTRAGSTELLER}`]: { label: 'Antragstellerin oder Antragsteller' },
      ...nameHints(`/${ANTRAGSTELLER}`),
      [`/${ANTRAGSTELLER}/${GEBURTSDATUM}`]: { label: 'Geburtsdatum', widget: 'date', prefill: 'birthDate', autocomplete: 'bday' },
      ...anschriftHints(`/${ANTRAGSTELLER}/${ANSCHRIFT_INLAND}`, 'Wohnanschrift im Bewohnerparkgebiet'),
      ...kommunikationHints(`/${ANTRAGSTELLER}/${KOMMUNIKATION}`, { emailHelp: 'Dorthin schicken wir den Parkausweis als PDF oder die Zahlungsaufforderung.' }),
      [`/${WOHNUNG}`]: { label: 'Wohnung' },
      [`/${WOHNUNG}/${PARKGEBIET}`]: {
        label: 'In welchem Bewohnerparkgebiet wohnen Sie?',
        help: 'Das Gebiet steht auf den Schildern in Ihrer Straße und auf der Karte der Bewohnerparkgebiete.',
        widget: 'select',
      },
      [`/${WOHNUNG}/${WOHNUNGSART}`]: { label: 'Ist die Wohnung Ihre Hauptwohnung oder eine Nebenwohnung?', widget: 'radio' },
      [`/${WOHNUNG}/${BEGRUENDUNG_NEBENWOHNUNG}`]: {
        label: 'Warum brauchen Sie den Ausweis an Ihrer Nebenwohnung?',
        help: 'Für Nebenwohnungen wird ein Ausweis nur ausgestellt, wenn Sie das Fahrzeug überwiegend dort nutzen, zum Beispiel für den Weg zur Arbeit.',
        widget: 'textarea',
        visibleIf: isNebenwohnung,
      },
      [`/${FAHRZEUG}`]: { label: 'Fahrzeug' },
      [`/${FAHRZEUG}/${KENNZEICHEN}`]: { label: 'Amtliches Kennzeichen', placeholder: 'MS-AB 1234', help: 'Wie auf dem Nummernschild, mit Bindestrich nach dem Ortskürzel.' },
      [`/${FAHRZEUG}/${HALTER}`]: { label: 'Auf wen ist das Fahrzeug zugelassen?', widget: 'radio' },
      [`/${FAHRZEUG}/${NAME_HALTER}`]: {
        label: 'Name der Halterin, des Halters oder der Firma',
        help: 'Wie in der Zulassungsbescheinigung eingetragen.',
        visibleIf: keptBySomeoneElse,
      },
      [`/${FAHRZEUG}/${ELEKTRO}`]: { label: 'Hat das Fahrzeug einen reinen Elektroantrieb?', help: 'Dann gilt die ermäßigte Gebühr.', widget: 'yes-no' },
      [`/${FAHRZEUG}/${GESAMTMASSE}`]: { label: 'Die zulässige Gesamtmasse des Fahrzeugs beträgt höchstens 3,5 Tonnen.' },
      [`/${GEBUEHR}`]: { label: 'Gebühr und Ausstellung' },
      [`/${GEBUEHR}/${MUSTERSTADT_PASS}`]: { label: 'Haben Sie einen gültigen Musterstadt-Pass?', help: 'Dann gilt die ermäßigte Gebühr von 90 Euro.', widget: 'yes-no' },
      [`/${GEBUEHR}/${PASSNUMMER}`]: { label: 'Nummer des Musterstadt-Passes', help: '8 Ziffern, oben rechts auf dem Pass.', visibleIf: hasPass },
      [`/${GEBUEHR}/${AUSSTELLUNG}`]: { label: 'Wie möchten Sie den Ausweis erhalten?', widget: 'radio', help: 'Das PDF erhalten Sie nach der Zahlung sofort.' },
    },
    rules: [
      {
        id: 'nebenwohnung-begruenden',
        when: isNebenwohnung,
        require: { field: `/${WOHNUNG}/${BEGRUENDUNG_NEBENWOHNUNG}`, filled: true },
        fields: [`/${WOHNUNG}/${BEGRUENDUNG_NEBENWOHNUNG}`],
        message: { de: 'Bitte begründen Sie, warum Sie den Ausweis an Ihrer Nebenwohnung brauchen.', en: 'Please explain why you need the permit at your secondary residence.' },
      },
      {
        id: 'halter-nennen',
        when: keptBySomeoneElse,
        require: { field: `/${FAHRZEUG}/${NAME_HALTER}`, filled: true },
        fields: [`/${FAHRZEUG}/${NAME_HALTER}`],
        message: { de: 'Bitte nennen Sie die Halterin, den Halter oder die Firma.', en: 'Please name the keeper of the vehicle.' },
      },
      {
        id: 'passnummer-angeben',
        when: hasPass,
        require: { field: `/${GEBUEHR}/${PASSNUMMER}`, filled: true },
        fields: [`/${GEBUEHR}/${PASSNUMMER}`],
        message: { de: 'Bitte geben Sie die Nummer Ihres Musterstadt-Passes an.', en: 'Please enter the number of your Musterstadt pass.' },
      },
    ],
  },
  attachments: [
    {
      id: 'zulassungsbescheinigung',
      label: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
      help: 'Beide Seiten als PDF oder Foto (JPG, PNG), je höchstens 5 MB.',
      required: true,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 5 * MiB,
      maxFiles: 2,
    },
    {
      id: 'nutzungsnachweis',
      label: 'Nachweis, dass Sie das Fahrzeug dauerhaft nutzen',
      help: 'Zum Beispiel eine Bestätigung Ihres Arbeitgebers oder der Leasingvertrag. PDF oder Foto, höchstens 5 MB.',
      required: true,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 5 * MiB,
      maxFiles: 1,
      visibleIf: keptBySomeoneElse,
    },
    {
      id: 'musterstadt-pass',
      label: 'Musterstadt-Pass (Vorderseite)',
      help: 'Als PDF oder Foto, höchstens 5 MB.',
      required: true,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 5 * MiB,
      maxFiles: 1,
      visibleIf: hasPass,
    },
  ],
};
