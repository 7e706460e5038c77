/**
 * The data the hostile backends serve: clean, fully populated base objects
 * (every optional text field present, so every field can carry a payload)
 * and a builder that makes one instance of each model per vector and
 * applies the injections.
 *
 * Instances of one vector are linked (its service names its office, life
 * situation and category), so one detail view shows all of them.
 */
import type * as z from 'zod/mini';
import type { CaseStatus, Category, FormDefinition, LifeSituation, Office, Receipt, Service } from '../../src/index.js';
import type { HostileVector } from './hostile-corpus.js';

export type ServiceInput = z.input<typeof Service>;
export type OfficeInput = z.input<typeof Office>;
export type LifeSituationInput = z.input<typeof LifeSituation>;
export type CategoryInput = z.input<typeof Category>;
export type ReceiptInput = z.input<typeof Receipt>;
export type CaseInput = z.input<typeof CaseStatus>;
export type FormInput = z.input<typeof FormDefinition> & { schema: JsonSchema; ui: NonNullable<z.input<typeof FormDefinition>['ui']> };

export interface JsonSchema {
  [key: string]: unknown;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  enum?: unknown[];
}

/** A synonym every hostile service keeps, so one search lists them all. */
export const MARKER_SYNONYM = 'Hostiltestleistung';

/** A synonym only the services of one vector have, so a search lists just them. */
export function slotWord(slot: number): string {
  return `hslot${slot}x`;
}

/** The models a field can belong to; one instance of each per vector. */
export type ModelName = 'service' | 'service-no-office' | 'office' | 'life-situation' | 'category' | 'form' | 'receipt' | 'case' | 'case-rejected';
export const MODELS: readonly ModelName[] = ['service', 'service-no-office', 'office', 'life-situation', 'category', 'form', 'receipt', 'case', 'case-rejected'];

export interface ModelInstances {
  service: ServiceInput;
  'service-no-office': ServiceInput;
  office: OfficeInput;
  'life-situation': LifeSituationInput;
  category: CategoryInput;
  form: FormInput;
  receipt: ReceiptInput;
  case: CaseInput;
  'case-rejected': CaseInput;
}

/**
 * How a field holds text: `text` plain text, `html` one of the sanitized
 * `…Html` fields, `url` a link target, `id` an identifier that ends up in
 * URLs and attributes, `format` text with a fixed format (codes, dates).
 */
export type FieldKind = 'text' | 'html' | 'url' | 'id' | 'format';

export interface FieldSpec<M extends ModelName = ModelName> {
  /** Position in the field list, stable (used by the marker vector). */
  index: number;
  /** E.g. `Service.costs[].description`. */
  name: string;
  model: M;
  kind: FieldKind;
  set: (instance: ModelInstances[M], value: string) => void;
}

/** A value source: a corpus vector (same value in every field) or the marker (a unique value per field). */
export interface Vector {
  /** Stable position; names the instances (`hsvc-v12` …). */
  slot: number;
  name: string;
  hostile: boolean;
  layout: boolean;
  valueFor(field: FieldSpec): string;
}

export interface Injection {
  field: FieldSpec;
  vector: Vector;
}

export function corpusVectors(corpus: readonly HostileVector[]): Vector[] {
  return corpus.map((v, slot) => ({ slot, name: v.name, hostile: true, layout: v.layout === true, valueFor: () => v.value }));
}

/** `Mk<field>q`, in a form each kind of field can show. */
export function markerVector(slot: number): Vector {
  return {
    slot,
    name: 'marker',
    hostile: false,
    layout: false,
    valueFor: (field) => {
      const token = markerToken(field.index);
      if (field.kind === 'url') return `https://marker.example/${token}`;
      if (field.kind === 'html') return `<p>${token}</p>`;
      return token;
    },
  };
}

export function markerToken(fieldIndex: number): string {
  return `Mk${fieldIndex}q`;
}

// --- instance keys -------------------------------------------------------------------------

export const keys = {
  service: (slot: number) => `hsvc-v${slot}`,
  serviceNoOffice: (slot: number) => `hsvn-v${slot}`,
  office: (slot: number) => `hoff-v${slot}`,
  lifeSituation: (slot: number) => `hls-v${slot}`,
  category: (slot: number) => `hcat-v${slot}`,
  /** The service id the form widget asks for (`service` attribute) and the submission names. */
  form: (slot: number) => `hform-v${slot}`,
  pin: (slot: number) => `pin${slot}`,
  pinRejected: (slot: number) => `rej${slot}`,
};

export const CLEAN_REFERENCE = 'MS-2026-000123-6';

/** What a text input keeps of a typed text: browsers drop line breaks from `<input type=text>`. */
export function typedIntoInput(text: string): string {
  return text.replace(/[\r\n]/g, '');
}

/** The reference the tracker asks for when a citizen types `text` (no known format: trimmed, spaces collapsed). */
export function typedReference(text: string): string {
  return typedIntoInput(text).trim().replace(/\s+/g, ' ');
}

/** Whether a string holds a lone surrogate (JSON can carry one; it cannot be percent-encoded). */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

// --- base objects ------------------------------------------------------------------------

/** An ISO date `days` from today (UTC). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function baseService(slot: number, withOffice: boolean): ServiceInput {
  return {
    id: withOffice ? keys.service(slot) : keys.serviceNoOffice(slot),
    leikaKeys: ['99102013001000'],
    name: 'Personalausweis beantragen',
    officialName: 'Personalausweis Ausstellung',
    summary: 'Einen neuen Personalausweis beantragen.',
    synonyms: ['Perso', MARKER_SYNONYM, slotWord(slot)],
    lifeSituations: [keys.lifeSituation(slot)],
    categories: [keys.category(slot)],
    addressees: ['citizen'],
    online: true,
    lastUpdated: '2026-01-15T10:00:00Z',
    descriptionHtml: '<p>Der Personalausweis ist <strong>10 Jahre</strong> gültig.</p>',
    requirementsHtml: '<ul><li>Wohnsitz in Musterstadt</li></ul>',
    procedureHtml: '<ol><li>Termin buchen</li><li>Vorsprechen</li></ol>',
    costs: [
      { kind: 'fixed', amount: { value: 37, currency: 'EUR' }, description: 'ab 24 Jahren', prepayment: true },
      { kind: 'variable', min: { value: 10 }, max: { value: 20 }, description: 'je nach Aufwand' },
      { kind: 'free', description: 'für Bedürftige' },
    ],
    costsNoteHtml: '<p>Zahlung bar oder mit Karte.</p>',
    requiredDocuments: [
      { name: 'Biometrisches Lichtbild', descriptionHtml: '<p>nicht älter als 6 Monate</p>', required: true },
      { name: 'Alter Ausweis', descriptionHtml: 'falls vorhanden', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', typeCode: '009', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>vor Ablauf des alten Ausweises</p>' },
      { label: 'Stichtag', typeCode: '010', date: '2026-12-31', descriptionHtml: '<p>Jahresende</p>' },
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>je nach Bundesdruckerei</p>' },
    legalBasis: [{ uri: 'https://www.gesetze-im-internet.de/pauswg/', title: 'PAuswG', description: 'Personalausweisgesetz' }],
    appealHtml: '<p>Widerspruch binnen eines Monats</p>',
    formsNoteHtml: '<p>Formulare liegen im Bürgerbüro aus.</p>',
    furtherInformation: [{ uri: 'https://www.musterstadt.example/ausweis', title: 'Mehr zum Ausweis', description: 'Seite der Stadt' }],
    onlineServices: [{ id: 'od-1', title: 'Online beantragen', uri: 'https://online.musterstadt.example/ausweis', trustLevel: 'substantial' }],
    appointmentUrl: 'https://termine.musterstadt.example/ausweis',
    officeIds: withOffice ? [keys.office(slot)] : [],
    responsibleOfficeNoteHtml: withOffice ? undefined : '<p>Zuständig ist das Bürgerbüro.</p>',
    language: 'de',
    availableLanguages: ['de', 'en'],
  };
}

function baseOffice(slot: number): OfficeInput {
  const address = () => ({ street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt', addition: 'Erdgeschoss, Zimmer 12' });
  return {
    id: keys.office(slot),
    name: 'Bürgerbüro Mitte',
    shortName: 'BB Mitte',
    description: 'Das Bürgerbüro für alle Anliegen.',
    visitorAddress: address(),
    postalAddress: address(),
    contact: {
      phone: [{ value: '07999 123-0', label: 'Zentrale' }],
      email: [{ value: 'buergerbuero@musterstadt.example', label: 'Bürgerbüro' }],
      fax: [{ value: '07999 123-99', label: 'Fax Bürgerbüro' }],
      web: 'https://www.musterstadt.example/buergerbuero',
    },
    openingHours: {
      regular: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).map((day) => ({ day, opens: '00:00', closes: '24:00', note: 'durchgehend' })),
      exceptions: [
        { date: isoDay(0), slots: [{ opens: '00:00', closes: '24:00' }], note: 'Heute mit Sonderöffnung' },
        { date: isoDay(3), slots: [], note: 'Betriebsausflug' },
      ],
      note: 'Termine nach Vereinbarung',
      timeZone: 'Europe/Berlin',
    },
    accessibility: { wheelchairAccessible: true, accessibleToilet: true, accessibleParking: true, hearingLoop: true, notes: 'Eingang über die Rampe' },
    appointmentUrl: 'https://termine.musterstadt.example/buergerbuero',
    parentId: 'hoff-parent',
  };
}

function baseForm(slot: number): FormInput {
  return {
    id: `hostile-form-${slot}`,
    version: '1.0',
    title: 'Hund anmelden',
    description: 'Anmeldung eines Hundes zur Hundesteuer.',
    serviceId: keys.form(slot),
    leikaKey: '99108008001000',
    language: 'de',
    schemaUri: 'https://schema.fitko.de/fim/s00000001_1.0.schema.json',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['G60000001', 'G10000001', 'F10000099'],
      properties: {
        G60000001: {
          type: 'object',
          title: 'Halterin oder Halter',
          description: 'Wer den Hund hält.',
          required: ['F60000228', 'F60000227', 'G60000086'],
          properties: {
            F60000228: { type: 'string', title: 'Vorname', maxLength: 50 },
            F60000227: { type: 'string', title: 'Familienname', maxLength: 50 },
            F60000242: { type: 'string', title: 'E-Mail', format: 'email' },
            G60000086: {
              type: 'object',
              title: 'Anschrift',
              required: ['F60000243', 'F60000246', 'F60000247'],
              properties: {
                F60000243: { type: 'string', title: 'Straße', maxLength: 55 },
                F60000244: { type: 'string', title: 'Hausnummer', maxLength: 9 },
                F60000246: { type: 'string', title: 'Postleitzahl', pattern: '^\\d{5}$' },
                F60000247: { type: 'string', title: 'Ort' },
              },
            },
          },
        },
        G10000001: {
          type: 'object',
          title: 'Angaben zum Hund',
          description: 'Alles über den Hund.',
          required: ['F10000001', 'F10000003'],
          properties: {
            F10000001: { type: 'string', title: 'Name des Hundes', description: 'Rufname' },
            F10000002: { type: 'string', title: 'Geburtsdatum', format: 'date', description: 'Ungefähr genügt' },
            F10000003: {
              type: 'string',
              title: 'Herkunft',
              description: 'Woher der Hund kommt',
              oneOf: [
                { const: 'zucht', title: 'Züchterin oder Züchter' },
                { const: 'tierheim', title: 'Tierheim' },
                { const: 'privat', title: 'Privat' },
              ],
            },
            F10000004: { type: 'boolean', title: 'Ermäßigung beantragen', description: 'Nur für Hunde aus dem Tierheim' },
            F10000005: { type: 'integer', title: 'Alter in Jahren', description: 'Ganze Jahre', minimum: 0, maximum: 30 },
            F10000006: { type: 'array', title: 'Merkmale', description: 'Alles Zutreffende', items: { enum: ['kastriert', 'gechippt', 'versichert'] } },
            F10000007: {
              type: 'string',
              title: 'Rasse',
              description: 'Bitte wählen',
              oneOf: ['Dackel', 'Pudel', 'Boxer', 'Mops', 'Spitz', 'Sonstige'].map((title, i) => ({ const: `r${i}`, title })),
            },
          },
        },
        G10000002: {
          type: 'array',
          title: 'Weitere Hunde',
          description: 'Höchstens drei',
          maxItems: 3,
          items: {
            type: 'object',
            required: ['F10000010'],
            properties: { F10000010: { type: 'string', title: 'Name', description: 'Rufname' }, F10000011: { type: 'string', title: 'Rasse', description: 'falls bekannt' } },
          },
        },
        F10000099: { type: 'boolean', const: true, title: 'Ich bestätige die Richtigkeit meiner Angaben', description: 'Pflicht' },
      },
    },
    ui: {
      steps: [
        { id: 'person', title: 'Ihre Angaben', description: 'Wer meldet an?', fields: ['/G60000001'], attachments: [] },
        { id: 'hund', title: 'Ihr Hund', description: 'Über den Hund', fields: ['/G10000001', '/G10000002'], attachments: ['nachweis'] },
        { id: 'abschluss', title: 'Abschluss', description: 'Fast fertig', fields: ['/F10000099'], attachments: [] },
      ],
      fields: {
        '/G60000001/G60000086': { widget: 'address', label: 'Ihre Anschrift', help: 'Wo der Hund lebt' },
        '/G60000001/F60000228': { label: 'Vorname', help: 'Wie im Ausweis', placeholder: 'Erika', prefill: 'givenName', autocomplete: 'given-name' },
        '/G60000001/F60000227': { label: 'Familienname', help: 'Wie im Ausweis', placeholder: 'Mustermann', autocomplete: 'family-name' },
        '/G60000001/F60000242': { label: 'E-Mail-Adresse', help: 'Für Rückfragen', placeholder: 'name@example.org', autocomplete: 'email' },
        '/G10000001/F10000004': { visibleIf: { field: '/G10000001/F10000003', equals: 'tierheim' } },
        '/G10000002/*/F10000011': { visibleIf: { field: '/G10000002/*/F10000010', filled: true } },
      },
      rules: [
        {
          id: 'alter-und-datum',
          when: { field: '/G10000001/F10000005', filled: true },
          require: { field: '/G10000001/F10000002', filled: true },
          fields: ['/G10000001/F10000002'],
          message: { de: 'Bitte geben Sie auch das Geburtsdatum an.', en: 'Please also give the date of birth.' },
        },
      ],
    },
    attachments: [{ id: 'nachweis', label: 'Nachweis des Tierheims', help: 'Als PDF', accept: ['application/pdf'], maxBytes: 1_000_000 }],
  };
}

/** The person fields whose labels come from UI hints (the dog's come from the schema). */
export const HINTED_FIELDS = ['/G60000001/G60000086', '/G60000001/F60000228', '/G60000001/F60000227', '/G60000001/F60000242'];

function baseReceipt(slot: number): ReceiptInput {
  return {
    reference: `MS-2026-${String(100000 + slot).padStart(6, '0')}-0`,
    submittedAt: '2026-11-25T10:15:00Z',
    serviceName: 'Hund anmelden',
    authorityName: 'Stadt Musterstadt – Steueramt',
    nextSteps: ['Wir prüfen Ihre Angaben.', 'Sie erhalten den Bescheid per Post.'],
    expectedCompletion: '2026-12-15',
    statusLookup: { secondFactor: 'pin', pin: '4711' },
    documentUrl: 'https://service.musterstadt.example/quittung.pdf',
  };
}

function baseCase(_slot: number, rejected: boolean): CaseInput {
  const history: CaseInput['history'] = [
    { state: 'submitted', at: '2026-11-20T09:00:00Z', note: 'Antrag eingegangen' },
    { state: 'delivered', at: '2026-11-20T09:05:00Z', note: 'Zugestellt' },
    {
      state: 'action-required',
      at: '2026-11-21T09:00:00Z',
      note: 'Rückfrage',
      action: { description: 'Bitte Impfpass zeigen.', dueDate: '2026-12-01', url: 'https://hochladen.musterstadt.example/a' },
    },
    { state: 'in-progress', at: '2026-11-21T12:00:00Z', note: 'In Bearbeitung' },
  ];
  if (rejected) history.push({ state: 'rejected', at: '2026-11-24T12:00:00Z', note: 'Entschieden', reason: 'Der Hund ist nicht in Musterstadt gemeldet.' });
  else {
    history.push({
      state: 'action-required',
      at: '2026-11-22T10:00:00Z',
      note: 'Es fehlt ein Nachweis.',
      action: { description: 'Bitte reichen Sie den Impfnachweis nach.', dueDate: '2026-12-06', url: 'https://hochladen.musterstadt.example/b' },
    });
  }
  return {
    reference: CLEAN_REFERENCE,
    state: rejected ? 'rejected' : 'action-required',
    serviceName: 'Hund anmelden',
    authorityName: 'Steueramt',
    updatedAt: history.at(-1)!.at,
    expectedCompletion: '2026-12-15',
    history,
  };
}

// --- the world ---------------------------------------------------------------------------

/** What the hostile backends serve. */
export interface World {
  services: ServiceInput[];
  offices: OfficeInput[];
  lifeSituations: LifeSituationInput[];
  categories: CategoryInput[];
  /** By the service id the form widget asks for. */
  forms: Map<string, FormInput>;
  /** By the service id of the submission. */
  receipts: Map<string, ReceiptInput>;
  /** By PIN. */
  cases: Map<string, CaseInput>;
  /** Per vector slot: the instances, after injection. */
  slots: Map<number, ModelInstances>;
}

export function emptyWorld(): World {
  return { services: [], offices: [], lifeSituations: [], categories: [], forms: new Map(), receipts: new Map(), cases: new Map(), slots: new Map() };
}

/**
 * One instance of every model per vector that occurs in `injections`
 * (plus `extraSlots`), with the injections applied. Instances of a vector
 * point at each other by their (possibly injected) ids.
 */
export function buildWorld(injections: readonly Injection[], extraSlots: readonly number[] = []): World {
  const world = emptyWorld();
  const bySlot = new Map<number, Injection[]>();
  for (const slot of extraSlots) bySlot.set(slot, []);
  for (const injection of injections) bySlot.set(injection.vector.slot, [...(bySlot.get(injection.vector.slot) ?? []), injection]);
  for (const [slot, list] of [...bySlot].sort((a, b) => a[0] - b[0])) {
    const instances: ModelInstances = {
      service: baseService(slot, true),
      'service-no-office': baseService(slot, false),
      office: baseOffice(slot),
      'life-situation': { code: keys.lifeSituation(slot), name: 'Ausweise und Dokumente', description: 'Alles rund um Ausweise' },
      category: { id: keys.category(slot), name: 'Bürgerservice', description: 'Dienste des Bürgerbüros' },
      form: baseForm(slot),
      receipt: baseReceipt(slot),
      case: baseCase(slot, false),
      'case-rejected': baseCase(slot, true),
    };
    for (const { field, vector } of list) (field.set as (instance: unknown, value: string) => void)(instances[field.model], vector.valueFor(field));
    // Links by the ids as injected.
    for (const service of [instances.service, instances['service-no-office']]) {
      service.lifeSituations = [instances['life-situation'].code];
      service.categories = [instances.category.id];
    }
    instances.service.officeIds = [instances.office.id];
    world.slots.set(slot, instances);
    world.services.push(instances.service, instances['service-no-office']);
    world.offices.push(instances.office);
    world.lifeSituations.push(instances['life-situation']);
    world.categories.push(instances.category);
    world.forms.set(keys.form(slot), instances.form);
    world.receipts.set(keys.form(slot), instances.receipt);
    world.cases.set(keys.pin(slot), instances.case);
    world.cases.set(keys.pinRejected(slot), instances['case-rejected']);
  }
  return world;
}
