/**
 * Hundesteuer-Anmeldung (service `hund-anmelden`, LeiKa 99102013104000).
 *
 * Person, address and contact use real FIM Baukasten elements (see
 * fim-baukasten.ts). The schema id `S99000101`, the groups `G990001xx` and
 * the fields `F990002xx`–`F990005xx` are INVENTED for the demo in the style
 * of FIM ids (the `99` range marks them as not from the FIM repository), as
 * is the code list of breeds.
 */
import {
  ANSCHRIFT_INLAND,
  FAMILIENNAME,
  KOMMUNIKATION,
  POSTLEITZAHL,
  VORNAMEN,
  anschriftHints,
  anschriftInland,
  familienname,
  kommunikation,
  kommunikationHints,
  nameHints,
  vornamen,
  EMAIL,
} from './fim-baukasten.js';
import { MiB, codeList, group, type FormDefinitionInput, type JsonSchema } from './form-input.js';

// Groups
export const HALTER = 'G99000101';
export const HUND = 'G99000102';
export const WEITERE_HUNDE = 'G99000103';
export const WEITERER_HUND = 'G99000104';
export const ZAHLUNG = 'G99000105';
export const ERKLAERUNG = 'G99000106';
// Fields
export const HUNDENAME = 'F99000201';
export const RASSE = 'F99000202';
export const RASSE_FREITEXT = 'F99000203';
export const WURFDATUM = 'F99000204';
export const HALTUNGSBEGINN = 'F99000205';
export const TRANSPONDER = 'F99000206';
export const HERKUNFT = 'F99000207';
export const ERMAESSIGUNG_TIERHEIM = 'F99000208';
export const BISHERIGER_WOHNORT = 'F99000209';
export const WEITERE_HUNDE_JA = 'F99000301';
export const SEPA_MANDAT = 'F99000401';
export const KONTOINHABER = 'F99000402';
export const IBAN = 'F99000403';
export const RICHTIGKEIT = 'F99000501';

/** Codes of the field Herkunft. */
export const HERKUNFT_TIERHEIM = '01';
export const HERKUNFT_ZUZUG = '04';
/** Code for "another breed" (then the breed is typed in). */
export const RASSE_ANDERE = '999';
/**
 * Breeds the Polizeiverordnung über das Halten gefährlicher Hunde of
 * Baden-Württemberg counts as Kampfhunde (§ 1 Abs. 2, and a selection of
 * the breeds of Abs. 3); their keepers need a permit.
 */
export const KAMPFHUND_RASSEN = ['901', '902', '903', '904', '905'];

/** JSON Pointers the demo backend checks beyond the schema. */
export const POINTERS = {
  postleitzahl: `/${HALTER}/${ANSCHRIFT_INLAND}/${POSTLEITZAHL}`,
  haltungsbeginn: `/${HUND}/${HALTUNGSBEGINN}`,
  wurfdatum: `/${HUND}/${WURFDATUM}`,
  email: `/${HALTER}/${KOMMUNIKATION}/${EMAIL}`,
} as const;

const rasse = codeList('Rasse', [
  ['001', 'Mischling'],
  ['010', 'Australian Shepherd'],
  ['011', 'Beagle'],
  ['012', 'Berner Sennenhund'],
  ['013', 'Border Collie'],
  ['014', 'Boxer'],
  ['015', 'Chihuahua'],
  ['016', 'Dackel (Teckel)'],
  ['017', 'Deutscher Schäferhund'],
  ['018', 'Französische Bulldogge'],
  ['019', 'Golden Retriever'],
  ['020', 'Havaneser'],
  ['021', 'Jack Russell Terrier'],
  ['022', 'Labrador Retriever'],
  ['023', 'Malteser'],
  ['024', 'Mops'],
  ['025', 'Pudel'],
  ['026', 'Rhodesian Ridgeback'],
  ['027', 'Yorkshire Terrier'],
  ['901', 'American Staffordshire Terrier'],
  ['902', 'Bullterrier'],
  ['903', 'Pit Bull Terrier'],
  ['904', 'Staffordshire Bullterrier'],
  ['905', 'Bullmastiff'],
  [RASSE_ANDERE, 'Andere Rasse'],
]);

const haltungsbeginn: JsonSchema = { type: 'string', title: 'Beginn der Haltung', format: 'date' };
const hundename: JsonSchema = { type: 'string', title: 'Name des Hundes', minLength: 1, maxLength: 50 };

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schema.musterstadt.example/fim/S99000101_1.0.schema.json',
  title: 'Hundesteuer Anmeldung',
  type: 'object',
  additionalProperties: false,
  required: [HALTER, HUND, WEITERE_HUNDE, ZAHLUNG, ERKLAERUNG],
  properties: {
    [HALTER]: group(
      'Halterin oder Halter',
      { [VORNAMEN]: vornamen, [FAMILIENNAME]: familienname, [ANSCHRIFT_INLAND]: anschriftInland, [KOMMUNIKATION]: kommunikation() },
      [VORNAMEN, FAMILIENNAME, ANSCHRIFT_INLAND],
    ),
    [HUND]: group(
      'Angaben zum Hund',
      {
        [HUNDENAME]: hundename,
        [RASSE]: rasse,
        [RASSE_FREITEXT]: { type: 'string', title: 'Rasse (Freitext)', maxLength: 80 },
        [WURFDATUM]: { type: 'string', title: 'Wurfdatum', format: 'date' },
        [HALTUNGSBEGINN]: haltungsbeginn,
        [TRANSPONDER]: { type: 'string', title: 'Transpondernummer', pattern: '^[0-9]{15}$' },
        [HERKUNFT]: codeList('Herkunft des Hundes', [
          [HERKUNFT_TIERHEIM, 'Aus einem Tierheim oder von einem Tierschutzverein'],
          ['02', 'Von einer Züchterin oder einem Züchter'],
          ['03', 'Von einer Privatperson'],
          [HERKUNFT_ZUZUG, 'Ich ziehe mit meinem Hund nach Musterstadt'],
          ['05', 'Anders'],
        ]),
        [ERMAESSIGUNG_TIERHEIM]: { type: 'boolean', title: 'Steuerermäßigung für Hunde aus dem Tierheim' },
        [BISHERIGER_WOHNORT]: { type: 'string', title: 'Bisherige Wohnortgemeinde', maxLength: 80 },
      },
      [HUNDENAME, RASSE, WURFDATUM, HALTUNGSBEGINN, HERKUNFT],
    ),
    [WEITERE_HUNDE]: group(
      'Weitere Hunde im Haushalt',
      {
        [WEITERE_HUNDE_JA]: { type: 'boolean', title: 'Weitere Hunde im Haushalt' },
        [WEITERER_HUND]: {
          type: 'array',
          title: 'Weiterer Hund',
          minItems: 1,
          maxItems: 5,
          items: group('Weiterer Hund', { [HUNDENAME]: hundename, [RASSE]: rasse, [HALTUNGSBEGINN]: haltungsbeginn }, [HUNDENAME, RASSE, HALTUNGSBEGINN]),
        },
      },
      [WEITERE_HUNDE_JA],
    ),
    [ZAHLUNG]: group(
      'Zahlung der Hundesteuer',
      {
        [SEPA_MANDAT]: { type: 'boolean', title: 'SEPA-Lastschriftmandat' },
        [KONTOINHABER]: { type: 'string', title: 'Kontoinhaberin oder Kontoinhaber', maxLength: 70 },
        // `iban` is no JSON Schema format; validators that do not know it ignore it, the widgets check the check digits.
        [IBAN]: { type: 'string', title: 'IBAN', format: 'iban', maxLength: 42 },
      },
      [SEPA_MANDAT],
    ),
    [ERKLAERUNG]: group('Erklärung', { [RICHTIGKEIT]: { type: 'boolean', title: 'Richtigkeit der Angaben', const: true } }, [RICHTIGKEIT]),
  },
};

const isTierheim = { field: `/${HUND}/${HERKUNFT}`, equals: HERKUNFT_TIERHEIM };
const wantsSepa = { field: `/${ZAHLUNG}/${SEPA_MANDAT}`, equals: true };
const hasMoreDogs = { field: `/${WEITERE_HUNDE}/${WEITERE_HUNDE_JA}`, equals: true };

export const hundAnmelden: FormDefinitionInput = {
  id: 'S99000101',
  version: '1.0',
  title: 'Hund anmelden (Hundesteuer)',
  description:
    'Melden Sie Ihren Hund innerhalb eines Monats nach der Aufnahme beim Steueramt an. Sie brauchen etwa 10 Minuten. Halten Sie Rasse, Wurfdatum und wenn vorhanden die Chipnummer bereit.',
  serviceId: 'hund-anmelden',
  leikaKey: '99102013104000',
  language: 'de',
  schemaUri: schema.$id,
  schema,
  ui: {
    steps: [
      {
        id: 'halter',
        title: 'Halterin oder Halter',
        description: 'Steuerpflichtig ist, wer den Hund in seinen Haushalt aufgenommen hat.',
        fields: [`/${HALTER}`],
      },
      {
        id: 'hund',
        title: 'Ihr Hund',
        fields: [`/${HUND}`],
        attachments: ['nachweis-tierheim', 'erlaubnis-kampfhund'],
      },
      {
        id: 'weitere-hunde',
        title: 'Weitere Hunde',
        description: 'Für jeden weiteren Hund im Haushalt gilt ein höherer Steuersatz.',
        fields: [`/${WEITERE_HUNDE}`],
      },
      {
        id: 'zahlung',
        title: 'Bankverbindung',
        fields: [`/${ZAHLUNG}`],
      },
      {
        id: 'abschluss',
        title: 'Nachweise und Erklärung',
        fields: [`/${ERKLAERUNG}`],
        attachments: ['weitere-nachweise'],
      },
    ],
    fields: {
      [`/${HALTER}`]: { label: 'Ihre Angaben' },
      ...nameHints(`/${HALTER}`),
      ...anschriftHints(`/${HALTER}/${ANSCHRIFT_INLAND}`, 'Wohnanschrift in Musterstadt'),
      ...kommunikationHints(`/${HALTER}/${KOMMUNIKATION}`, {
        phoneHelp: 'Freiwillig. Für Rückfragen zu Ihrer Anmeldung.',
        emailHelp: 'Freiwillig. Dorthin schicken wir die Eingangsbestätigung.',
      }),
      [`/${HUND}`]: { label: 'Angaben zu Ihrem Hund' },
      [`/${HUND}/${HUNDENAME}`]: { label: 'Name des Hundes' },
      [`/${HUND}/${RASSE}`]: { label: 'Rasse', widget: 'select', help: 'Bei Mischlingen wählen Sie „Mischling“.' },
      [`/${HUND}/${RASSE_FREITEXT}`]: { label: 'Welche Rasse?', visibleIf: { field: `/${HUND}/${RASSE}`, equals: RASSE_ANDERE } },
      [`/${HUND}/${WURFDATUM}`]: { label: 'Wurfdatum', widget: 'date', help: 'Wenn Sie das genaue Datum nicht kennen, schätzen Sie es.' },
      [`/${HUND}/${HALTUNGSBEGINN}`]: { label: 'Seit wann halten Sie den Hund?', widget: 'date', help: 'Der Tag, an dem der Hund bei Ihnen eingezogen ist.' },
      [`/${HUND}/${TRANSPONDER}`]: {
        label: 'Transpondernummer (Chipnummer)',
        help: '15 Ziffern. Sie steht im Heimtierausweis. Freiwillig, wenn Ihr Hund keinen Chip hat.',
        placeholder: '276098100000000',
      },
      [`/${HUND}/${HERKUNFT}`]: { label: 'Woher kommt Ihr Hund?', widget: 'radio' },
      [`/${HUND}/${ERMAESSIGUNG_TIERHEIM}`]: {
        label: 'Möchten Sie die Steuerermäßigung für Hunde aus dem Tierheim beantragen?',
        help: 'Für einen Hund aus einem Tierheim halbiert sich die Hundesteuer im ersten Jahr der Haltung. Bitte laden Sie dafür den Abgabevertrag des Tierheims hoch.',
        widget: 'yes-no',
        visibleIf: isTierheim,
      },
      [`/${HUND}/${BISHERIGER_WOHNORT}`]: {
        label: 'Wo war Ihr Hund bisher angemeldet?',
        help: 'Gemeinde Ihres bisherigen Wohnorts. Melden Sie den Hund dort bitte ab.',
        autocomplete: 'off',
        visibleIf: { field: `/${HUND}/${HERKUNFT}`, equals: HERKUNFT_ZUZUG },
      },
      [`/${WEITERE_HUNDE}`]: { label: 'Weitere Hunde' },
      [`/${WEITERE_HUNDE}/${WEITERE_HUNDE_JA}`]: { label: 'Halten Sie in Ihrem Haushalt noch weitere Hunde?', widget: 'yes-no' },
      // Inside a repeatable group `*` stands for "this entry".
      [`/${WEITERE_HUNDE}/${WEITERER_HUND}`]: { label: 'Weiterer Hund', widget: 'repeatable', visibleIf: hasMoreDogs },
      [`/${WEITERE_HUNDE}/${WEITERER_HUND}/*/${HUNDENAME}`]: { label: 'Name des Hundes' },
      [`/${WEITERE_HUNDE}/${WEITERER_HUND}/*/${RASSE}`]: { label: 'Rasse', widget: 'select' },
      [`/${WEITERE_HUNDE}/${WEITERER_HUND}/*/${HALTUNGSBEGINN}`]: { label: 'Seit wann halten Sie den Hund?', widget: 'date' },
      [`/${ZAHLUNG}`]: { label: 'Zahlung' },
      [`/${ZAHLUNG}/${SEPA_MANDAT}`]: {
        label: 'Möchten Sie der Stadt Musterstadt ein SEPA-Lastschriftmandat erteilen?',
        help: 'Dann buchen wir die Hundesteuer jedes Jahr zum 1. Juli von Ihrem Konto ab. Sonst überweisen Sie den Betrag selbst.',
        widget: 'yes-no',
      },
      [`/${ZAHLUNG}/${KONTOINHABER}`]: { label: 'Kontoinhaberin oder Kontoinhaber', autocomplete: 'name', visibleIf: wantsSepa },
      [`/${ZAHLUNG}/${IBAN}`]: { label: 'IBAN', widget: 'iban', placeholder: 'DE12 3456 7890 1234 5678 90', visibleIf: wantsSepa },
      [`/${ERKLAERUNG}`]: { label: 'Erklärung' },
      [`/${ERKLAERUNG}/${RICHTIGKEIT}`]: {
        label: 'Ich versichere, dass meine Angaben richtig und vollständig sind. Ich habe die Datenschutzhinweise des Steueramts gelesen.',
      },
    },
    rules: [
      {
        id: 'iban-bei-lastschrift',
        when: wantsSepa,
        require: { field: `/${ZAHLUNG}/${IBAN}`, filled: true },
        fields: [`/${ZAHLUNG}/${IBAN}`],
        message: { de: 'Bitte geben Sie die IBAN an, von der wir die Hundesteuer abbuchen sollen.', en: 'Please enter the IBAN we should debit the dog tax from.' },
      },
      {
        id: 'kontoinhaber-bei-lastschrift',
        when: wantsSepa,
        require: { field: `/${ZAHLUNG}/${KONTOINHABER}`, filled: true },
        fields: [`/${ZAHLUNG}/${KONTOINHABER}`],
        message: { de: 'Bitte geben Sie an, wem das Konto gehört.', en: 'Please enter the account holder.' },
      },
      {
        id: 'ermaessigung-beantworten',
        when: isTierheim,
        require: { field: `/${HUND}/${ERMAESSIGUNG_TIERHEIM}`, filled: true },
        fields: [`/${HUND}/${ERMAESSIGUNG_TIERHEIM}`],
        message: { de: 'Bitte beantworten Sie, ob Sie die Ermäßigung beantragen möchten.', en: 'Please say whether you apply for the reduction.' },
      },
      {
        id: 'rasse-nennen',
        when: { field: `/${HUND}/${RASSE}`, equals: RASSE_ANDERE },
        require: { field: `/${HUND}/${RASSE_FREITEXT}`, filled: true },
        fields: [`/${HUND}/${RASSE_FREITEXT}`],
        message: { de: 'Bitte nennen Sie die Rasse Ihres Hundes.', en: 'Please name the breed of your dog.' },
      },
      {
        id: 'weitere-hunde-angeben',
        when: hasMoreDogs,
        require: { field: `/${WEITERE_HUNDE}/${WEITERER_HUND}`, filled: true },
        fields: [`/${WEITERE_HUNDE}/${WEITERER_HUND}`],
        message: { de: 'Bitte geben Sie mindestens einen weiteren Hund an.', en: 'Please add at least one more dog.' },
      },
    ],
  },
  attachments: [
    {
      id: 'nachweis-tierheim',
      label: 'Abgabevertrag oder Bescheinigung des Tierheims',
      help: 'Als PDF oder Foto (JPG), höchstens 5 MB.',
      required: true,
      accept: ['application/pdf', 'image/jpeg'],
      maxBytes: 5 * MiB,
      maxFiles: 1,
      visibleIf: isTierheim,
    },
    {
      id: 'erlaubnis-kampfhund',
      label: 'Erlaubnis der Ortspolizeibehörde zum Halten eines gefährlichen Hundes',
      help: 'Für diese Rasse brauchen Sie eine Erlaubnis des Ordnungsamts. Als PDF oder Foto (JPG), höchstens 5 MB.',
      required: true,
      accept: ['application/pdf', 'image/jpeg'],
      maxBytes: 5 * MiB,
      maxFiles: 1,
      visibleIf: { field: `/${HUND}/${RASSE}`, oneOf: KAMPFHUND_RASSEN },
    },
    {
      id: 'weitere-nachweise',
      label: 'Weitere Nachweise',
      help: 'Freiwillig. Zum Beispiel Schwerbehindertenausweis oder Bescheid über Bürgergeld, wenn Sie eine Befreiung oder Ermäßigung beantragen möchten. Bis zu drei Dateien als PDF oder JPG, je höchstens 5 MB.',
      required: false,
      accept: ['application/pdf', 'image/jpeg'],
      maxBytes: 5 * MiB,
      maxFiles: 3,
    },
  ],
};
