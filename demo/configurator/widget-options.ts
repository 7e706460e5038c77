/**
 * What the configurator offers per widget: its attributes (the `@attr` JSDoc
 * and `@property` declarations of widgets/*, checked against the elements'
 * `observedAttributes` by test/demo/configurator.test.ts), the CDN file, the
 * capabilities it needs and its default fallback content.
 */

export type WidgetTag = 'ozg-service-finder' | 'ozg-application-form' | 'ozg-status-tracker' | 'ozg-kiosk';
export type Capability = 'catalog' | 'forms' | 'submission' | 'status';

interface OptionBase {
  /** The attribute name. */
  name: string;
  label: string;
  /** One short sentence under the field. */
  help: string;
}

const DEFAULT = { value: '', label: 'Standard' };

export type AttributeOption =
  | (OptionBase & { kind: 'text'; placeholder?: string; pattern?: RegExp; patternHint?: string })
  | (OptionBase & { kind: 'number'; min: number; max?: number; placeholder?: string })
  | (OptionBase & { kind: 'select'; choices: { value: string; label: string }[] })
  | (OptionBase & { kind: 'boolean' });

export interface WidgetSpec {
  tag: WidgetTag;
  label: string;
  /** The CDN entry to load (rollup.config.mjs). The kiosk needs the bundle with every widget. */
  script: string;
  /** What its connector must offer; `optional` works without (the form shows a notice instead of sending). */
  needs: Capability[];
  optional: Capability[];
  /** Attributes, without `connector` (the configurator sets it from the connector name) and `lang`. */
  options: AttributeOption[];
  /** Values the configurator starts with. */
  initial: Record<string, string | boolean>;
  /** Fallback content: a link shown until the widget runs (and when it cannot). Not for the kiosk. */
  fallback?: { text: string; href: string };
}

const headingLevel: AttributeOption = {
  name: 'heading-level',
  label: 'Überschriften-Ebene',
  kind: 'select',
  help: 'Die Ebene der obersten Überschriften des Elements. Eine Ebene unter der Überschrift, unter der das Element steht.',
  choices: [{ value: '', label: 'Standard (h2)' }, ...['1', '2', '3', '4', '5', '6'].map((level) => ({ value: level, label: `h${level}` }))],
};

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'ozg-service-finder',
    label: 'Dienstleistungen finden',
    script: 'ozg-service-finder.js',
    needs: ['catalog'],
    optional: [],
    options: [
      {
        name: 'region',
        label: 'Regionalschlüssel',
        kind: 'text',
        help: '12 Ziffern (Amtlicher Regionalschlüssel). Für pvog: zeigt diese Region statt der aus den Einstellungen.',
        pattern: /^\d{12}$/,
        patternHint: 'Bitte genau 12 Ziffern eingeben, z. B. 082990000000.',
      },
      { name: 'life-situation', label: 'Nur eine Lebenslage', kind: 'text', help: 'Code der Lebenslage, z. B. 1070000. Leer: alle.' },
      { name: 'limit', label: 'Treffer auf einmal', kind: 'number', min: 1, placeholder: '20', help: 'Leer: 20.' },
      { name: 'placeholder', label: 'Beispieltext im Suchfeld', kind: 'text', help: 'Leer: „z. B. Personalausweis, Hund anmelden, Sperrmüll“.' },
      { name: 'detail-target', label: 'Seite für die Details', kind: 'text', help: 'Adresse einer anderen Seite. Leer: Details erscheinen in diesem Element.' },
      { name: 'form-target', label: 'Seite mit dem Online-Antrag', kind: 'text', help: 'Adresse der Seite mit dem Antragsformular. Leer: das Formular auf dieser Seite.' },
      {
        name: 'url-state',
        label: 'Zustand in der Adresse',
        kind: 'select',
        help: 'Wo die Suche in der Adresse der Seite steht, damit Links und „Zurück“ funktionieren.',
        choices: [DEFAULT, { value: 'query', label: '?suche=… (query)' }, { value: 'hash', label: '#suche=… (hash)' }, { value: 'off', label: 'gar nicht (off)' }],
      },
      { name: 'url-prefix', label: 'Vorsilbe für die Adresse', kind: 'text', help: 'Nur nötig, wenn zwei Suchen auf einer Seite stehen.' },
      headingLevel,
    ],
    initial: {},
    fallback: { text: 'Alle Dienstleistungen von A bis Z', href: 'https://www.musterstadt.de/buergerservice/a-z' },
  },
  {
    tag: 'ozg-application-form',
    label: 'Online-Antrag',
    script: 'ozg-application-form.js',
    needs: ['forms'],
    optional: ['submission'],
    options: [
      { name: 'service', label: 'Leistung', kind: 'text', help: 'Kennung der Leistung, z. B. hund-anmelden. Leer: aus der Adresse (?leistung=…).' },
      {
        name: 'draft',
        label: 'Entwurf speichern',
        kind: 'select',
        help: 'Ob Eingaben ein Neuladen der Seite überstehen.',
        choices: [
          DEFAULT,
          { value: 'session', label: 'in diesem Tab bis zum Absenden (session)' },
          { value: 'local', label: 'in diesem Browser bis zu 7 Tage (local)' },
          { value: 'off', label: 'nicht speichern (off)' },
        ],
      },
      { name: 'status-target', label: 'Seite mit dem Antragsstatus', kind: 'text', help: 'Die Bestätigung verlinkt dorthin mit ?ref=Aktenzeichen.' },
      { name: 'fallback-url', label: 'Anderer Weg zum Antrag', kind: 'text', help: 'Link, wenn hier nicht online abgesendet werden kann.' },
      { name: 'prefill-from', label: 'Vorausfüllen aus', kind: 'text', help: 'id eines <script type="application/json"> mit Werten. Meist leer.' },
      headingLevel,
    ],
    initial: { service: 'hund-anmelden' },
    fallback: { text: 'Anmeldeformular (PDF)', href: 'https://www.musterstadt.de/formulare/hundesteuer.pdf' },
  },
  {
    tag: 'ozg-status-tracker',
    label: 'Antragsstatus',
    script: 'ozg-status-tracker.js',
    needs: ['status'],
    optional: [],
    options: [
      { name: 'reference', label: 'Aktenzeichen vorgeben', kind: 'text', help: 'Meist leer: Der Link aus der Bestätigung bringt es mit (?ref=…).' },
      {
        name: 'url-state',
        label: 'Aktenzeichen in der Adresse',
        kind: 'select',
        help: 'Nach der Abfrage steht nur das Aktenzeichen in der Adresse, nie die PIN.',
        choices: [DEFAULT, { value: 'query', label: '?ref=… (query)' }, { value: 'hash', label: '#ref=… (hash)' }, { value: 'off', label: 'gar nicht (off)' }],
      },
      { name: 'poll-interval', label: 'Erste Aktualisierung nach (Sekunden)', kind: 'number', min: 0, placeholder: '30', help: 'Leer: 30. 0 schaltet das Aktualisieren ab.' },
      { name: 'max-poll-interval', label: 'Längste Pause (Sekunden)', kind: 'number', min: 1, placeholder: '300', help: 'Leer: 300.' },
      headingLevel,
    ],
    initial: {},
    fallback: { text: 'Fragen zum Stand Ihres Antrags: 115', href: 'tel:115' },
  },
  {
    tag: 'ozg-kiosk',
    label: 'Kiosk (Touch-Terminal)',
    script: 'ozg-widgets.js',
    needs: ['catalog', 'forms', 'status'],
    optional: ['submission'],
    options: [
      { name: 'start-title', label: 'Überschrift der Startseite', kind: 'text', help: 'Leer: „Willkommen im Bürgerservice“.' },
      headingLevel,
      { name: 'languages', label: 'Sprachen', kind: 'text', help: 'Durch Leerzeichen getrennt. Leer: de en tr ar.', placeholder: 'de en tr ar' },
      { name: 'idle-timeout', label: 'Löschen nach (Sekunden ohne Eingabe)', kind: 'number', min: 0, placeholder: '90', help: 'Leer: 90. 0 schaltet das Löschen ab – nur zum Testen.' },
      { name: 'idle-warning', label: 'Warnung zählt herunter (Sekunden)', kind: 'number', min: 1, placeholder: '30', help: 'Leer: 30.' },
      {
        name: 'wipe-storage',
        label: 'Beim Löschen entfernen',
        kind: 'select',
        help: 'Was aus dem Speicher des Browsers gelöscht wird.',
        choices: [DEFAULT, { value: 'all', label: 'alles dieser Website (all)' }, { value: 'sdk', label: 'nur Daten von ozg-widgets (sdk)' }],
      },
      { name: 'allowed-links', label: 'Erlaubte Links', kind: 'text', help: 'Anfänge von Adressen, durch Leerzeichen getrennt, die sich am Gerät öffnen dürfen.' },
      { name: 'print-width', label: 'Papierbreite des Belegdruckers', kind: 'text', help: 'Leer: 80mm.', placeholder: '80mm' },
      { name: 'allow-files', label: 'Datei-Upload erlauben', kind: 'boolean', help: 'Nur an betreuten Geräten.' },
      { name: 'keyboard', label: 'Bildschirmtastatur', kind: 'boolean', help: 'Für Geräte ohne Tastatur. Die Vorschau zeigt sie nicht.' },
    ],
    initial: { 'start-title': 'Willkommen im Bürgerbüro', 'heading-level': '1' },
  },
];

/** The widgets a kiosk offers, each one tile. */
export const KIOSK_CHILDREN: readonly WidgetTag[] = ['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker'];

export function widgetSpec(tag: WidgetTag): WidgetSpec {
  const spec = WIDGETS.find((widget) => widget.tag === tag);
  if (!spec) throw new Error(`unknown widget ${tag}`);
  return spec;
}

export const LANGUAGES = [
  { value: '', label: 'wie die Seite' },
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'Englisch' },
  { value: 'tr', label: 'Türkisch' },
  { value: 'ar', label: 'Arabisch (von rechts nach links)' },
] as const;

/** Problems with one attribute value, in plain German; empty when fine. */
export function checkAttribute(option: AttributeOption, value: string | boolean | undefined): string | undefined {
  if (value === undefined || value === '' || typeof value === 'boolean') return undefined;
  if (option.kind === 'number') {
    const number = Number(value);
    if (!Number.isInteger(number)) return 'Bitte eine ganze Zahl eingeben.';
    if (number < option.min) return `Bitte eine Zahl ab ${option.min} eingeben.`;
    if (option.max !== undefined && number > option.max) return `Bitte eine Zahl bis ${option.max} eingeben.`;
  }
  if (option.kind === 'text' && option.pattern && !option.pattern.test(value)) return option.patternHint;
  return undefined;
}
