/**
 * The registry: where widgets and connectors meet.
 *
 * Connector *types* (code) are registered with {@link registerConnectorType},
 * usually as lazy loaders so a page downloads only the connectors it uses.
 * Connector *instances* are configured by name, in JS with {@link configure}
 * or as data in `<script type="application/json" data-ozg-config>`.
 * A widget asks for a capability of a named connector with
 * {@link resolveCapability}.
 *
 * The state lives on `globalThis` under a registered symbol, so two copies of
 * the library on one page (two CMS plugins) share one configuration.
 */
import { registerTranslations, type Message } from '../i18n/messages.js';
import { compositeConnectorType } from './composite.js';
import { ConfigurationError, isConfigurationError } from './configuration-error.js';
import { CAPABILITY_NAMES, type Capabilities, type CapabilityName, type Connector, type ConnectorType } from './contract.js';

/** Configuration data for one connector: its type plus the type's settings. */
export type ConnectorConfig = { type: string } & Record<string, unknown>;

export interface OzgConfig {
  /** Connectors by name: configuration data, or a ready connector object. */
  connectors?: Record<string, ConnectorConfig | Connector>;
  /** The connector elements use when they have no `connector` attribute. */
  defaultConnector?: string;
  /** Wording overrides and extra languages: `{ "de": { "core.retry": "Nochmal" } }`. */
  translations?: Record<string, Record<string, Message>>;
  /**
   * The city's own search terms, added to the finder's built-in list:
   * `{ "bürgeramt": ["bürgerbüro"], "knolle": ["verwarnungsgeld"] }`.
   */
  synonyms?: Record<string, readonly string[]>;
}


type TypeSource = ConnectorType | (() => Promise<{ connectorType: ConnectorType }>);

interface RegistryState {
  types: Map<string, TypeSource>;
  entries: Map<string, ConnectorConfig | Connector>;
  instances: Map<string, Promise<Connector>>;
  defaultConnector: string | undefined;
  synonyms: Record<string, readonly string[]>;
  /** Config script elements already read. */
  readScripts: WeakSet<Element>;
  /** A problem found while reading config scripts, reported to every lookup. */
  scriptProblem: ConfigurationError | undefined;
  events: EventTarget;
}

const STATE_KEY = Symbol.for('ozg-widgets.registry.v1');

function state(): RegistryState {
  const global = globalThis as Record<symbol, RegistryState | undefined>;
  return (global[STATE_KEY] ??= {
    types: new Map<string, TypeSource>([['composite', compositeConnectorType as ConnectorType]]),
    entries: new Map(),
    instances: new Map(),
    defaultConnector: undefined,
    synonyms: {},
    readScripts: new WeakSet(),
    scriptProblem: undefined,
    events: new EventTarget(),
  });
}

/** Fired on {@link configurationEvents} whenever configuration changes. */
export const CONFIGURATION_CHANGE = 'ozg-configuration-change';

/** Listen here to react to {@link configure} calls and new config blocks. */
export function configurationEvents(): EventTarget {
  return state().events;
}

/**
 * Makes a connector type available under `type`. Pass the type itself or a
 * loader (`() => import('./my-connector.js')`) that is called on first use.
 */
export function registerConnectorType(type: string, source: TypeSource): void {
  state().types.set(type, source);
  notify();
}

export function registeredConnectorTypes(): string[] {
  return [...state().types.keys()];
}

/** Adds or replaces connectors and other settings. Later calls merge into earlier ones. */
export function configure(config: OzgConfig): void {
  const s = state();
  for (const [name, entry] of Object.entries(config.connectors ?? {})) {
    s.entries.set(name, entry);
    s.instances.delete(name);
  }
  if (config.defaultConnector !== undefined) s.defaultConnector = config.defaultConnector;
  if (config.synonyms) s.synonyms = { ...s.synonyms, ...config.synonyms };
  for (const [language, messages] of Object.entries(config.translations ?? {})) registerTranslations(language, messages);
  notify();
}

/** Forgets all configuration (types stay registered). For tests and kiosk resets. */
export function resetConfiguration(): void {
  const s = state();
  s.entries.clear();
  s.instances.clear();
  s.defaultConnector = undefined;
  s.synonyms = {};
  s.readScripts = new WeakSet();
  s.scriptProblem = undefined;
  notify();
}

/** Names of the configured connectors, including those from config blocks. */
export function configuredConnectors(): string[] {
  readConfigScripts();
  return [...state().entries.keys()];
}

/** Search terms the page configured, for the service finder. */
export function configuredSynonyms(): Record<string, readonly string[]> {
  readConfigScripts();
  return state().synonyms ?? {};
}

/**
 * The connector configured as `name` (or the default one), created on first
 * use. Rejects with a {@link ConfigurationError} when the page is set up wrongly.
 */
export async function resolveConnector(name?: string | null): Promise<Connector> {
  readConfigScripts();
  const s = state();
  if (s.scriptProblem) throw s.scriptProblem;
  return instantiate(chooseName(name), []);
}

/** The `capability` of the connector configured as `name` (or the default one). */
export async function resolveCapability<K extends CapabilityName>(capability: K, name?: string | null): Promise<Capabilities[K]> {
  const connector = await resolveConnector(name);
  const implementation = connector[capability];
  if (!implementation) {
    throw new ConfigurationError({ code: 'missing-capability', name: chooseName(name), capability });
  }
  return implementation as Capabilities[K];
}

function chooseName(name: string | null | undefined): string {
  const s = state();
  if (name) return name;
  if (s.defaultConnector) return s.defaultConnector;
  const available = [...s.entries.keys()];
  if (available.length === 1) return available[0]!;
  throw new ConfigurationError({ code: 'no-connector', available });
}

function instantiate(name: string, chain: string[]): Promise<Connector> {
  const s = state();
  if (chain.includes(name)) {
    return Promise.reject(
      new ConfigurationError({ code: 'invalid-config', name, details: `refers to itself via ${[...chain, name].join(' → ')}` }),
    );
  }
  const cached = s.instances.get(name);
  if (cached) return cached;
  const entry = s.entries.get(name);
  if (!entry) {
    return Promise.reject(new ConfigurationError({ code: 'unknown-connector', name, available: [...s.entries.keys()] }));
  }
  const created = isConnector(entry) ? Promise.resolve(entry) : create(name, entry, chain);
  s.instances.set(name, created);
  // A failed creation is not cached: the editor may fix the config, or a lazy chunk may load next time.
  created.catch(() => {
    if (s.instances.get(name) === created) s.instances.delete(name);
  });
  return created;
}

async function create(name: string, config: ConnectorConfig, chain: string[]): Promise<Connector> {
  const s = state();
  const source = s.types.get(config.type);
  if (!source) {
    throw new ConfigurationError({ code: 'unknown-type', name, type: config.type, known: [...s.types.keys()] });
  }
  let type: ConnectorType;
  try {
    type = typeof source === 'function' ? (await source()).connectorType : source;
  } catch (error) {
    throw new ConfigurationError({ code: 'load-failed', name, type: config.type, details: messageOf(error) });
  }
  let parsed: unknown;
  try {
    parsed = type.parseConfig(config);
  } catch (error) {
    throw new ConfigurationError({ code: 'invalid-config', name, details: messageOf(error) });
  }
  return type.create(parsed, { name, lookup: (other) => instantiate(other, [...chain, name]) });
}

/** A ready connector has at least one capability object; configuration data has none. */
function isConnector(entry: ConnectorConfig | Connector): entry is Connector {
  return CAPABILITY_NAMES.some((capability) => typeof (entry as Record<string, unknown>)[capability] === 'object');
}

/** Reads `<script type="application/json" data-ozg-config>` blocks not read yet. */
function readConfigScripts(): void {
  if (typeof document === 'undefined') return;
  const s = state();
  for (const script of document.querySelectorAll('script[type="application/json"][data-ozg-config]')) {
    if (s.readScripts.has(script)) continue;
    s.readScripts.add(script);
    try {
      configure(parseConfigBlock(JSON.parse(script.textContent ?? '')));
    } catch (error) {
      s.scriptProblem = new ConfigurationError({ code: 'invalid-json', details: messageOf(error) });
      console.error(s.scriptProblem.message, script);
    }
  }
}

function notify(): void {
  state().events.dispatchEvent(new Event(CONFIGURATION_CHANGE));
}

/**
 * Checks the shape of a config block by hand: the registry is in every
 * widget's first download, so it does without a schema library.
 */
function parseConfigBlock(data: unknown): OzgConfig {
  if (!isRecord(data)) throw new Error('the block must hold a JSON object');
  const { connectors = {}, defaultConnector, translations = {}, synonyms = {} } = data;
  if (!isRecord(connectors)) throw new Error('"connectors" must be an object');
  for (const [name, entry] of Object.entries(connectors)) {
    if (!isRecord(entry) || typeof entry['type'] !== 'string' || entry['type'] === '') {
      throw new Error(`connector "${name}" needs a "type", e.g. {"type": "static-json", …}`);
    }
  }
  if (defaultConnector !== undefined && typeof defaultConnector !== 'string') throw new Error('"defaultConnector" must be a string');
  if (!isRecord(translations) || !Object.values(translations).every((m) => isRecord(m) && Object.values(m).every((t) => typeof t === 'string'))) {
    throw new Error('"translations" must map languages to objects of texts');
  }
  if (!isRecord(synonyms) || !Object.values(synonyms).every((terms) => Array.isArray(terms) && terms.every((t) => typeof t === 'string'))) {
    throw new Error('"synonyms" must map a term to a list of terms, e.g. {"perso": ["personalausweis"]}');
  }
  return data as OzgConfig;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  // zod errors (from connector config schemas) list their issues.
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] } | null)?.issues;
  if (Array.isArray(issues)) {
    return issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
  }
  if (isConfigurationError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}
