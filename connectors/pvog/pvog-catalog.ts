/**
 * `pvog`: the catalog capability on the PVOG Suchdienst (API v5).
 *
 * - listServices: the region's catalog from the CSV export (one download per region, cached);
 *   with a life situation, the Suchdienst's search filtered by it.
 * - searchServices: the Suchdienst's own search.
 * - getService / getOffice: the detail endpoints, mapped to our domain model (pvog-details.ts,
 *   loaded with the first detail request).
 * - listLifeSituations: the Lebenslagen tree.
 *
 * Every answer is parsed twice: by a zod schema of the PVOG JSON, then — after mapping — by our
 * domain schema. Results are cached in memory per connector; concurrent calls share requests.
 */
import * as z from 'zod/mini';
import {
  HttpClient,
  httpSettings,
  LifeSituation,
  OzgError,
  loadPart,
  ServiceSummary,
  parseBody,
  type CallOptions,
  type CatalogCapability,
  type Connector,
  type ConnectorType,
  type Office,
  type Service,
  type ServiceListQuery,
  type ServiceSearchQuery,
  type ServiceSearchResult,
} from '../../src/index.js';
import { catalogCsv, organisationUnitDetail, personalMatters, serviceDetail, serviceSearch, type Endpoint } from './endpoints.js';
import { flattenPersonalMatters } from './life-situation-mapping.js';
import { PvogConfig } from './pvog-config.js';
import { PvogOrganisationUnit } from './pvog-organisation-unit.js';
import { PvogPersonalMatter } from './pvog-personal-matter.js';
import { PvogSearchAnswer, pageOf, type PvogPage } from './pvog-search-page.js';
import { PvogServiceDescription } from './pvog-service-description.js';
import { parseServiceCatalogCsv, summaryOfEntry } from './service-catalog-csv.js';
import { SharedRequests } from './shared-requests.js';
import { mapServiceSummary } from './xzufi-summary.js';

/** The real API refuses page sizes below 5 (third-party clients note "size must be >= 5"). */
const MIN_PAGE_SIZE = 5;
const DEFAULT_SEARCH_LIMIT = 20;
/** Page size and page limit when a life situation's services are collected from the search. */
const LIST_PAGE_SIZE = 100;
const MAX_LIST_PAGES = 20;

export class PvogCatalog implements CatalogCapability {
  readonly #client: HttpClient;
  readonly #ars: string;
  readonly #headers: Record<string, string>;
  readonly #catalogs = new SharedRequests<ServiceSummary[]>(4);
  readonly #services = new SharedRequests<Service>(64);
  readonly #offices = new SharedRequests<Office>(64);
  readonly #lifeSituations = new SharedRequests<LifeSituation[]>(2);

  constructor(config: PvogConfig) {
    this.#client = new HttpClient(httpSettings(new URL(config.baseUrl, document.baseURI).href, config));
    this.#ars = config.ars;
    this.#headers = config.token ? { [config.tokenHeader ?? 'X-API-Key']: config.token } : {};
  }

  async listServices(query: ServiceListQuery, options?: CallOptions): Promise<ServiceSummary[]> {
    options?.signal?.throwIfAborted();
    const ars = this.#region(query.region);
    if (query.lifeSituation) return this.#searchAll(ars, query.lifeSituation, options);
    return this.#catalogs.get(ars, (signal) => this.#loadCatalog(ars, signal), options?.signal);
  }

  async searchServices(query: ServiceSearchQuery, options?: CallOptions): Promise<ServiceSearchResult> {
    options?.signal?.throwIfAborted();
    const ars = this.#region(query.region);
    const text = query.text.trim();
    if (!text) return { items: [], total: 0 };
    const limit = Math.max(1, query.limit ?? DEFAULT_SEARCH_LIMIT);
    const [page, url] = await this.#page(
      serviceSearch(ars, { text, lifeSituation: query.lifeSituation, size: Math.max(MIN_PAGE_SIZE, limit), page: 0 }),
      options,
    );
    const items = this.#summaries(page.content.slice(0, limit), url);
    return page.totalElements == null ? { items } : { items, total: page.totalElements };
  }

  getService(id: string, options?: CallOptions): Promise<Service> {
    const key = `${this.#ars}|${options?.language ?? ''}|${id}`;
    return this.#services.get(key, (signal) => this.#loadService(id, signal, options?.language), options?.signal);
  }

  getOffice(id: string, options?: CallOptions): Promise<Office> {
    const key = `${options?.language ?? ''}|${id}`;
    return this.#offices.get(key, (signal) => this.#loadOffice(id, signal, options?.language), options?.signal);
  }

  listLifeSituations(options?: CallOptions): Promise<LifeSituation[]> {
    const key = options?.language ?? '';
    return this.#lifeSituations.get(key, (signal) => this.#loadLifeSituations(signal, options?.language), options?.signal);
  }

  #region(region: string | undefined): string {
    if (region === undefined || region === this.#ars) return this.#ars;
    if (!/^\d{12}$/.test(region)) throw new OzgError('rejected', `"${region}" is not a 12-digit Amtlicher Regionalschlüssel`);
    return region;
  }

  #headersFor(language: string | undefined): Record<string, string> {
    return language ? { ...this.#headers, 'accept-language': language } : this.#headers;
  }

  async #loadCatalog(ars: string, signal: AbortSignal): Promise<ServiceSummary[]> {
    const { path, query } = catalogCsv(ars);
    const url = this.#client.url(path, query).href;
    const csv = await this.#client.getText(path, { query, signal, headers: { ...this.#headers, accept: 'text/csv, text/plain;q=0.9, */*;q=0.1' } });
    return parseBody(z.array(ServiceSummary), parseServiceCatalogCsv(csv, url).map(summaryOfEntry), url);
  }

  async #loadService(id: string, signal: AbortSignal, language: string | undefined): Promise<Service> {
    const details = loadDetails();
    // A missing description may come as 404 or as an empty (null) answer.
    const [description, url] = await this.#getJson(serviceDetail(this.#ars, id), z.nullish(PvogServiceDescription), signal, language);
    // `q` is a query: an answer about another service means "not this one".
    if (!description || description.id !== id) throw new OzgError('not-found', `No service "${id}" at ${url}`);
    return (await details).serviceOf(description, url);
  }

  async #loadOffice(id: string, signal: AbortSignal, language: string | undefined): Promise<Office> {
    const details = loadDetails();
    const [unit, url] = await this.#getJson(organisationUnitDetail(id), z.nullish(PvogOrganisationUnit), signal, language);
    if (!unit || (unit.id && unit.id !== id)) throw new OzgError('not-found', `No organisation unit "${id}" at ${url}`);
    return (await details).officeOf(unit, id, url);
  }

  async #loadLifeSituations(signal: AbortSignal, language: string | undefined): Promise<LifeSituation[]> {
    const [tree, url] = await this.#getJson(personalMatters(), z.array(PvogPersonalMatter), signal, language);
    return parseBody(z.array(LifeSituation), flattenPersonalMatters(tree), url);
  }

  async #page(endpoint: Endpoint, options: CallOptions | undefined): Promise<[PvogPage, string]> {
    const [answer, url] = await this.#getJson(endpoint, PvogSearchAnswer, options?.signal, options?.language);
    const page = pageOf(answer);
    if (!page) throw new OzgError('invalid-response', `Unexpected data from ${url}: no result page`);
    return [page, url];
  }

  #summaries(descriptions: PvogServiceDescription[], url: string): ServiceSummary[] {
    return parseBody(z.array(ServiceSummary), descriptions.map(mapServiceSummary), url);
  }

  /** GETs an endpoint's JSON, parsed by `schema`, and its URL (for messages). */
  async #getJson<S extends z.core.$ZodType>(
    { path, query }: Endpoint,
    schema: S,
    signal: AbortSignal | undefined,
    language: string | undefined,
  ): Promise<[z.output<S>, string]> {
    const value = await this.#client.getJson(path, schema, { query, signal, headers: this.#headersFor(language) });
    return [value, this.#client.url(path, query).href];
  }

  /** All services of a life situation, page by page (bounded). */
  async #searchAll(ars: string, lifeSituation: string, options: CallOptions | undefined): Promise<ServiceSummary[]> {
    const seen = new Map<string, ServiceSummary>();
    for (let number = 0; number < MAX_LIST_PAGES; number++) {
      const [page, url] = await this.#page(serviceSearch(ars, { lifeSituation, size: LIST_PAGE_SIZE, page: number }), options);
      for (const summary of this.#summaries(page.content, url)) if (!seen.has(summary.id)) seen.set(summary.id, summary);
      const lastPage = page.last === true || page.content.length < LIST_PAGE_SIZE || (page.totalPages != null && number + 1 >= page.totalPages);
      if (lastPage) break;
    }
    return [...seen.values()];
  }
}

/** The detail mapping, loaded alongside the first detail request. */
function loadDetails(): Promise<typeof import('./pvog-details.js')> {
  return loadPart(() => import('./pvog-details.js'), 'PVOG detail mapping');
}

export const connectorType: ConnectorType<PvogConfig> = {
  parseConfig: (config) => PvogConfig.parse(config),
  create: (config): Connector => ({ type: 'pvog', catalog: new PvogCatalog(config) }),
};
