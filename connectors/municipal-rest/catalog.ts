/**
 * The catalog capability over the municipal-rest contract
 * (`docs/municipal-rest.openapi.yaml`).
 *
 * `listServices` reads the first page, then the remaining pages a few at a
 * time in parallel. There is no `searchServices`: the widgets build their own
 * search index from the list, which for a city's few hundred services is
 * faster to type into and keeps what citizens type in the browser.
 */
import * as z from 'zod/mini';
import {
  Category,
  HttpClient,
  LifeSituation,
  Office,
  OzgError,
  Service,
  type CallOptions,
  type CatalogCapability,
  type ServiceListQuery,
  type ServiceSummary,
} from '../../src/index.js';
import { ServicePage } from './api-schemas.js';
import { mapBounded } from './bounded.js';
import { pathSegment } from './path-segment.js';

/** Pages requested at the same time after the first. */
export const PARALLEL_PAGES = 4;
/** More pages than this is a backend error, not a catalog (guards against endless paging). */
export const MAX_PAGES = 1000;

// Module-level schemas: the HTTP client's ETag cache hands a cached value only to a request with the same schema.
const LifeSituations = z.array(LifeSituation);
const Categories = z.array(Category);

export class MunicipalRestCatalog implements CatalogCapability {
  readonly #client: HttpClient;
  readonly #pageSize: number;

  constructor(client: HttpClient, pageSize: number) {
    this.#client = client;
    this.#pageSize = pageSize;
  }

  async listServices(query: ServiceListQuery, options: CallOptions = {}): Promise<ServiceSummary[]> {
    const first = await this.#page(query, 1, this.#pageSize, options.signal, options.language);
    if (first.totalPages > MAX_PAGES) {
      throw new OzgError('invalid-response', `The backend reports ${first.totalPages} pages of services; at most ${MAX_PAGES} are read`);
    }
    const later = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => i + 2);
    // Later pages use the size the server used for the first, so the pages line up.
    const rest = await mapBounded(later, PARALLEL_PAGES, (page, signal) => this.#page(query, page, first.pageSize, signal, options.language), options.signal);
    return uniqueById([first, ...rest].flatMap((page) => page.items));
  }

  async getService(id: string, options: CallOptions = {}): Promise<Service> {
    const service = await this.#client.getJson(`services/${pathSegment(id, 'service')}`, Service, requestOptions(options));
    return sameId(service, id, 'service');
  }

  async getOffice(id: string, options: CallOptions = {}): Promise<Office> {
    const office = await this.#client.getJson(`offices/${pathSegment(id, 'office')}`, Office, requestOptions(options));
    return sameId(office, id, 'office');
  }

  async listLifeSituations(options: CallOptions = {}): Promise<LifeSituation[]> {
    return this.#client.getJson('life-situations', LifeSituations, requestOptions(options));
  }

  async listCategories(options: CallOptions = {}): Promise<Category[]> {
    return this.#client.getJson('categories', Categories, requestOptions(options));
  }

  async #page(query: ServiceListQuery, page: number, pageSize: number, signal: AbortSignal | undefined, language: string | undefined): Promise<ServicePage> {
    // Always the same parameter order, so the same page is the same URL (and ETag cache entry).
    const result = await this.#client.getJson('services', ServicePage, {
      signal,
      language,
      query: { page, pageSize, lifeSituation: query.lifeSituation, region: query.region },
    });
    if (result.page !== page) throw new OzgError('invalid-response', `Asked the backend for page ${page} of services, got page ${result.page}`);
    if (result.items.length > result.pageSize) {
      throw new OzgError('invalid-response', `Page ${page} of services holds ${result.items.length} items, more than its page size ${result.pageSize}`);
    }
    return result;
  }
}

function requestOptions(options: CallOptions) {
  return { signal: options.signal, language: options.language };
}

/** A backend that answers another id than asked for has a routing bug; its data must not show. */
function sameId<T extends { id: string }>(value: T, id: string, what: string): T {
  if (value.id !== id) throw new OzgError('invalid-response', `Asked the backend for ${what} "${id}", got "${value.id}"`);
  return value;
}

/** The catalog may change while pages are read; a service moved to a later page must not show twice. */
function uniqueById(items: ServiceSummary[]): ServiceSummary[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}
