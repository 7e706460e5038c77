/**
 * The connector contract: what a backend adapter implements.
 *
 * A connector implements any subset of four capabilities. A widget asks the
 * registry for the capability it needs (`catalog`, `forms`, `submission`,
 * `status`), never for a backend, so pages stay the same when the backend
 * changes.
 *
 * Rules every implementation follows (checked by the conformance kit in
 * `ozg-widgets/testing`):
 * - every value it resolves with has been parsed by the domain schemas in
 *   `src/model` (never pass backend JSON through unparsed);
 * - every failure is an {@link OzgError} of the right kind;
 * - every method honours `options.signal`: once aborted, it rejects with the
 *   signal's `AbortError` and stops its requests.
 */
import type { CaseStatus, StatusQuery } from '../model/case-status.js';
import type { Category } from '../model/category.js';
import type { FormDefinition } from '../model/form-definition.js';
import type { LifeSituation } from '../model/life-situation.js';
import type { Office } from '../model/office.js';
import type { Receipt, Recipient, SecondFactorKind } from '../model/receipt.js';
import type { Service, ServiceSummary } from '../model/service.js';
import type { Submission } from '../model/submission.js';

/** Passed to every connector call. */
export interface CallOptions {
  /** Abort the call (e.g. the citizen typed on, or left the view). */
  signal?: AbortSignal | undefined;
  /** Preferred language of texts, e.g. `de` or `en`. Backends may ignore it. */
  language?: string | undefined;
}

export interface ServiceListQuery {
  /** Amtlicher Regionalschlüssel (12 digits) of the place, e.g. `082120000000`. */
  region?: string | undefined;
  /** Only services of this life situation (code). */
  lifeSituation?: string | undefined;
}

export interface ServiceSearchQuery extends ServiceListQuery {
  /** What the citizen typed. */
  text: string;
  limit?: number | undefined;
}

export interface ServiceSearchResult {
  /** Best match first. */
  items: ServiceSummary[];
  /** Total hits when the backend knows it (may exceed `items.length`). */
  total?: number | undefined;
}

/** Service descriptions, offices, life situations. */
export interface CatalogCapability {
  /**
   * All services (of a region / life situation). Widgets build their own
   * search index from it when {@link searchServices} is absent.
   */
  listServices(query: ServiceListQuery, options?: CallOptions): Promise<ServiceSummary[]>;
  /** The backend's own search, when it has one (e.g. PVOG Suchdienst). */
  searchServices?(query: ServiceSearchQuery, options?: CallOptions): Promise<ServiceSearchResult>;
  /** One service with all its texts. Rejects with `not-found` for an unknown id. */
  getService(id: string, options?: CallOptions): Promise<Service>;
  listLifeSituations(options?: CallOptions): Promise<LifeSituation[]>;
  /** The city's own categories, when it has any. */
  listCategories?(options?: CallOptions): Promise<Category[]>;
  /** One office (Organisationseinheit). Rejects with `not-found` for an unknown id. */
  getOffice(id: string, options?: CallOptions): Promise<Office>;
}

/** Form definitions of services. */
export interface FormsCapability {
  /** The form to apply for a service. Rejects with `not-found` when the service has none. */
  getFormDefinition(serviceId: string, options?: CallOptions): Promise<FormDefinition>;
}

/** Sending applications. */
export interface SubmissionCapability {
  /**
   * Who will receive an application for this service, when the backend's
   * routing knows it — shown to the citizen before sending.
   */
  recipient?(target: { serviceId: string; leikaKey?: string | undefined; region?: string | undefined }, options?: CallOptions): Promise<Recipient | undefined>;
  /**
   * Sends data and attachments. Calling it again with the same
   * `submission.idempotencyKey` must not create a second application.
   * Field problems come back as `rejected` with `fieldErrors`.
   */
  submit(submission: Submission, options?: CallOptions): Promise<Receipt>;
}

/**
 * What a backend's reference numbers look like, so the status tracker can
 * correct what people mistype and refuse impossible numbers before any request.
 */
export interface ReferenceFormat {
  /** A sample for the hint text, e.g. `MS-2026-000123-7`. */
  readonly example: string;
  /**
   * The canonical form of what a citizen typed: case, spaces and dashes
   * tidied, and letters and digits mixed up where the format allows only one
   * of them (O→0, I/l→1 in digit positions).
   */
  normalize(input: string): string;
  /** Whether a normalised reference can exist (format and check digit). */
  isValid(reference: string): boolean;
}

/** Looking up where an application stands. */
export interface StatusCapability {
  /** What the citizen must give besides the reference. */
  readonly secondFactor: SecondFactorKind;
  /** The backend's reference format; without it the tracker only trims what was typed. */
  readonly reference?: ReferenceFormat;
  /**
   * Rejects with `not-found` when reference and second factor do not match a
   * case, and with `unavailable` + `rateLimited` (HTTP 429, `retryAfterSeconds`)
   * after too many failed lookups. The second factor never goes into a URL.
   */
  getStatus(query: StatusQuery, options?: CallOptions): Promise<CaseStatus>;
}

export interface Capabilities {
  catalog: CatalogCapability;
  forms: FormsCapability;
  submission: SubmissionCapability;
  status: StatusCapability;
}

export type CapabilityName = keyof Capabilities;

export const CAPABILITY_NAMES: readonly CapabilityName[] = ['catalog', 'forms', 'submission', 'status'];

/** A backend adapter: a name and the capabilities it implements. */
export interface Connector extends Partial<Capabilities> {
  /** The connector type, e.g. `static-json` or `pvog`; for messages and logs. */
  readonly type: string;
}

/** What a connector module gets when the registry creates it from configuration. */
export interface ConnectorContext {
  /** The name the page configured it under. */
  readonly name: string;
  /** Resolves another configured connector (for composite connectors). */
  readonly lookup: (name: string) => Promise<Connector>;
}

/**
 * A connector type: turns configuration data into a connector. Connector
 * modules export one as `connectorType`; the registry loads them lazily.
 */
export interface ConnectorType<Config = unknown> {
  /** Validates the configuration; throws or returns the parsed config. */
  parseConfig(config: unknown): Config;
  create(config: Config, context: ConnectorContext): Connector | Promise<Connector>;
}
