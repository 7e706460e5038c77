/**
 * The connector types the configurator offers, their settings as form fields,
 * and the check of a configuration with the connectors' own parsers (the zod
 * schemas in connectors/*: the same code that checks a page's config block).
 * Also how the preview swaps addresses for the demo's simulated backends.
 */
import { parseFitConnectConfig } from '../../connectors/fit-connect/config.js';
import { parseMunicipalRestConfig } from '../../connectors/municipal-rest/config.js';
import { PvogConfig } from '../../connectors/pvog/pvog-config.js';
import { StaticJsonConfig } from '../../connectors/static-json/static-json-connector.js';
import { MUSTERSTADT_DESTINATION } from '../mocks/fit-connect/demo-cases.js';
import { FIT_CONNECT_PROXY_BASE } from '../mocks/fit-connect/handlers.js';
import { MUNICIPAL_REST_BASE } from '../mocks/municipal-rest-handlers.js';
import { PVOG_BASE_PATH } from '../mocks/pvog/handlers.js';
import { CATALOG_PATH, FORMS_URL_PATTERN } from '../mocks/static-json-handlers.js';
import type { Capability } from './widget-options.js';

export type ConnectorTypeName = 'static-json' | 'municipal-rest' | 'pvog' | 'fit-connect';

export interface SettingField {
  name: string;
  label: string;
  help: string;
  kind: 'text' | 'number' | 'select';
  required?: boolean;
  choices?: { value: string; label: string }[];
  /** Plain German for a value of the wrong form (the parsers speak English to developers). */
  hint?: string;
  /** Shown in the "HTTP-Einstellungen" group. */
  advanced?: boolean;
}

export interface ConnectorSpec {
  type: ConnectorTypeName;
  label: string;
  help: string;
  fields: SettingField[];
  initial: Record<string, string>;
  /** What a connector with these settings offers. */
  capabilities(settings: Record<string, unknown>): Capability[];
  /** The connector's own check; throws like the registry's `parseConfig`. */
  parse(config: Record<string, unknown>): unknown;
  /** The same settings with the demo's addresses, for the preview. */
  preview(config: Record<string, unknown>): Record<string, unknown>;
}

/** The demo city's Amtlicher Regionalschlüssel, which the simulated PVOG and FIT-Connect know. */
export const DEMO_ARS = '082990000000';

const URL_HINT = 'Bitte eine Adresse mit https:// oder einen Pfad wie /api/v1/ eingeben, ohne ? und #.';
const ARS_HINT = 'Bitte genau 12 Ziffern eingeben (Amtlicher Regionalschlüssel), z. B. 082990000000.';

/** Timeouts and retries every HTTP connector accepts (src/http/client.ts `HttpTuning`). */
const HTTP_FIELDS: SettingField[] = [
  { name: 'timeoutMs', label: 'Zeitlimit je Versuch (Millisekunden)', kind: 'number', help: 'Leer: 10000.', advanced: true, hint: 'Bitte eine Zahl größer als 0 eingeben.' },
  { name: 'retries', label: 'Weitere Versuche', kind: 'number', help: 'Leer: 2. Nur bei Anfragen, die sich gefahrlos wiederholen lassen.', advanced: true, hint: 'Bitte eine ganze Zahl ab 0 eingeben.' },
  { name: 'retryDelayMs', label: 'Erste Pause zwischen Versuchen (Millisekunden)', kind: 'number', help: 'Leer: 300; verdoppelt sich.', advanced: true, hint: 'Bitte eine Zahl ab 0 eingeben.' },
  {
    name: 'maxRetryAfterSeconds',
    label: 'Längste Wartezeit, die noch abgewartet wird (Sekunden)',
    kind: 'number',
    help: 'Leer: 5. Länger bittet der Server: Die Seite sagt den Bürgern, wann sie es wieder versuchen können.',
    advanced: true,
    hint: 'Bitte eine Zahl ab 0 eingeben.',
  },
];

const replaceIfSet = (config: Record<string, unknown>, replacements: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(config).map(([key, value]) => [key, key in replacements && value !== undefined ? replacements[key] : value]).filter(([, value]) => value !== undefined));

export const CONNECTORS: readonly ConnectorSpec[] = [
  {
    type: 'municipal-rest',
    label: 'municipal-rest – eigenes Backend der Stadt',
    help: 'Katalog, Formulare, Absenden und Antragsstatus aus dem Backend der Stadt.',
    fields: [
      { name: 'baseUrl', label: 'Adresse der Schnittstelle (baseUrl)', kind: 'text', required: true, help: 'Mit Version, z. B. https://service.musterstadt.de/rest/v1/.', hint: URL_HINT },
      {
        name: 'referencePrefix',
        label: 'Kürzel der Aktenzeichen (referencePrefix)',
        kind: 'text',
        help: 'Nur wenn Aktenzeichen so aussehen: MS-2026-000123-4. Dann korrigiert der Antragsstatus Tippfehler.',
        hint: 'Bitte 1 bis 8 Großbuchstaben eingeben, z. B. MS.',
      },
      { name: 'pageSize', label: 'Leistungen je Abruf (pageSize)', kind: 'number', help: 'Leer: 100. Höchstens 500.', hint: 'Bitte eine ganze Zahl von 1 bis 500 eingeben.' },
      ...HTTP_FIELDS,
    ],
    initial: { baseUrl: 'https://service.musterstadt.de/rest/v1/', referencePrefix: 'MS' },
    capabilities: () => ['catalog', 'forms', 'submission', 'status'],
    parse: parseMunicipalRestConfig,
    preview: (config) => replaceIfSet(config, { baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS' }),
  },
  {
    type: 'static-json',
    label: 'static-json – Dateien auf dem Webserver',
    help: 'Der Katalog als eine JSON-Datei, Formulare als je eine Datei. Anträge absenden geht damit nicht.',
    fields: [
      { name: 'url', label: 'Katalogdatei (url)', kind: 'text', help: 'Adresse der Datei, z. B. /media/buergerservice/katalog.json.', hint: URL_HINT },
      {
        name: 'formsUrl',
        label: 'Formulardateien (formsUrl)',
        kind: 'text',
        help: 'Muster mit {serviceId}, z. B. /media/formulare/{serviceId}.json. Leer: keine Online-Formulare.',
        hint: 'Die Adresse muss {serviceId} enthalten, z. B. /media/formulare/{serviceId}.json.',
      },
      ...HTTP_FIELDS,
    ],
    initial: { url: '/media/buergerservice/katalog.json', formsUrl: '/media/formulare/{serviceId}.json' },
    capabilities: (settings) => [...(settings['url'] ? (['catalog'] as const) : []), ...(settings['formsUrl'] || settings['forms'] ? (['forms'] as const) : [])],
    parse: (config) => StaticJsonConfig.parse(config),
    preview: (config) => replaceIfSet(config, { url: CATALOG_PATH, formsUrl: FORMS_URL_PATTERN }),
  },
  {
    type: 'pvog',
    label: 'pvog – Leistungsbeschreibungen des Landes (PVOG)',
    help: 'Der Katalog aus dem Portalverbund (Suchdienst). Nur Suchen und Lesen, keine Formulare.',
    fields: [
      {
        name: 'baseUrl',
        label: 'Adresse des Suchdienstes (baseUrl)',
        kind: 'text',
        required: true,
        help: 'z. B. https://pvog.fitko.net/suchdienst/api/v5/ oder ein Proxy auf dem eigenen Server.',
        hint: URL_HINT,
      },
      { name: 'ars', label: 'Regionalschlüssel (ars)', kind: 'text', required: true, help: '12 Ziffern: Leistungen dieses Ortes.', hint: ARS_HINT },
      { name: 'token', label: 'Öffentlicher API-Schlüssel (token)', kind: 'text', help: 'Nur ein öffentlicher Schlüssel. Geheimes gehört nie in die Seite.', hint: 'Bitte leer lassen oder einen Schlüssel eingeben.' },
      { name: 'tokenHeader', label: 'Header für den Schlüssel (tokenHeader)', kind: 'text', help: 'Leer: X-API-Key.', hint: 'Bitte nur Buchstaben, Ziffern und - eingeben.' },
      ...HTTP_FIELDS,
    ],
    initial: { baseUrl: 'https://pvog.fitko.net/suchdienst/api/v5/', ars: DEMO_ARS },
    capabilities: () => ['catalog'],
    parse: (config) => PvogConfig.parse(config),
    preview: (config) => replaceIfSet(config, { baseUrl: PVOG_BASE_PATH, ars: DEMO_ARS }),
  },
  {
    type: 'fit-connect',
    label: 'fit-connect – Absenden und Status über FIT-Connect',
    help: 'Anträge verschlüsselt über FIT-Connect senden und ihren Stand abfragen, über den Sender-Proxy der Stadt.',
    fields: [
      {
        name: 'proxyUrl',
        label: 'Adresse des Sender-Proxys (proxyUrl)',
        kind: 'text',
        required: true,
        help: 'z. B. https://service.musterstadt.de/fit-connect-proxy/. Ohne Benutzername und Passwort.',
        hint: 'Bitte eine Adresse mit https:// oder einen Pfad eingeben, ohne Benutzername, Passwort, ? und #.',
      },
      { name: 'ars', label: 'Regionalschlüssel (ars)', kind: 'text', help: 'Zum Absenden: Wer zuständig ist, sucht FIT-Connect in dieser Region.', hint: ARS_HINT },
      {
        name: 'destinationId',
        label: 'Feste Zustellung (destinationId)',
        kind: 'text',
        help: 'Statt des Regionalschlüssels: eine feste FIT-Connect-Destination (UUID).',
        hint: 'Bitte eine UUID eingeben, z. B. 5d7c1b36-2f0e-4c51-9a8e-3b6f0d2c4e17.',
      },
      {
        name: 'replyChannel',
        label: 'Antwort der Behörde (replyChannel)',
        kind: 'select',
        help: 'Ohne Angabe antwortet die Behörde per Post.',
        choices: [
          { value: '', label: 'per Post (Standard)' },
          { value: 'eMail', label: 'per E-Mail (eMail)' },
          { value: 'deMail', label: 'per De-Mail (deMail)' },
        ],
      },
      {
        name: 'senderReferencePrefix',
        label: 'Vorsilbe für die Absender-Referenz',
        kind: 'text',
        help: 'z. B. musterstadt-portal: – meist leer.',
        hint: 'Bitte höchstens 64 Zeichen ohne Leerzeichen eingeben.',
      },
      { name: 'statusPath', label: 'Pfad der Statusabfrage (statusPath)', kind: 'text', help: 'Leer: status.', hint: 'Bitte einen Pfad wie status oder v1/status eingeben.' },
      ...HTTP_FIELDS,
    ],
    initial: { proxyUrl: 'https://service.musterstadt.de/fit-connect-proxy/', ars: DEMO_ARS },
    capabilities: (settings) => ['status', ...(settings['ars'] || settings['destinationId'] ? (['submission'] as const) : [])],
    parse: parseFitConnectConfig,
    preview: (config) => {
      const { statusPath: _ignored, ...rest } = replaceIfSet(config, { proxyUrl: FIT_CONNECT_PROXY_BASE, ars: DEMO_ARS, destinationId: MUSTERSTADT_DESTINATION });
      return rest;
    },
  },
];

export function connectorSpec(type: ConnectorTypeName): ConnectorSpec {
  const spec = CONNECTORS.find((connector) => connector.type === type);
  if (!spec) throw new Error(`unknown connector type ${type}`);
  return spec;
}

/** The configuration object as it goes into the JSON block: empty fields left out, numbers as numbers. */
export function connectorConfig(spec: ConnectorSpec, values: Record<string, string>): Record<string, unknown> {
  const config: Record<string, unknown> = { type: spec.type };
  for (const field of spec.fields) {
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') continue;
    config[field.name] = field.kind === 'number' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return config;
}

export interface SettingProblem {
  /** The setting, or '' for a problem of the whole configuration. */
  field: string;
  message: string;
}

interface Issue {
  code?: string;
  path?: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * Checks the configuration with the connector type's own parser and says
 * what is wrong in plain German, setting by setting.
 */
export function checkConnector(spec: ConnectorSpec, config: Record<string, unknown>): SettingProblem[] {
  try {
    spec.parse(config);
    return [];
  } catch (error) {
    const issues = (error as { issues?: Issue[] } | null)?.issues;
    if (Array.isArray(issues)) return issues.map((issue) => describeIssue(spec, config, issue));
    // The parsers' own URL checks throw plain errors that name the setting in quotes.
    const message = error instanceof Error ? error.message : String(error);
    const named = /^"(\w+)"/.exec(message)?.[1];
    const field = spec.fields.find((candidate) => candidate.name === named);
    return [{ field: field?.name ?? '', message: field?.hint ?? message }];
  }
}

function describeIssue(spec: ConnectorSpec, config: Record<string, unknown>, issue: Issue): SettingProblem {
  const name = String(issue.path?.[0] ?? '');
  const field = spec.fields.find((candidate) => candidate.name === name);
  if (!field) {
    return {
      field: '',
      message:
        spec.type === 'static-json'
          ? 'Bitte die Katalogdatei oder die Formulardateien angeben (mindestens eins von beiden).'
          : issue.message,
    };
  }
  if (config[name] === undefined) return { field: name, message: 'Bitte ausfüllen.' };
  if (field.kind === 'number' && typeof config[name] !== 'number') return { field: name, message: 'Bitte eine Zahl eingeben.' };
  return { field: name, message: field.hint ?? issue.message };
}
