/**
 * `static-json`: the whole catalog from one JSON file (see catalog-file.ts).
 *
 * The file is downloaded once per connector and shared by all calls; a call
 * whose signal aborts stops waiting without cancelling the download for the
 * others. A failed download is forgotten, so the next call (a retry) fetches
 * again.
 */
import * as z from 'zod/mini';
import {
  HttpClient,
  HttpTuning,
  httpSettings,
  OzgError,
  raceAbort,
  summarize,
  type CallOptions,
  type CatalogCapability,
  type Connector,
  type ConnectorType,
  type LifeSituation,
  type ServiceListQuery,
} from '../../src/index.js';
import { CatalogFile, type CatalogFileData } from './catalog-file.js';

export const StaticJsonConfig = z.object({
  type: z.literal('static-json'),
  /** URL of the catalog file, absolute or relative to the page. */
  url: z.string().check(z.minLength(1)),
  ...HttpTuning,
});
export type StaticJsonConfig = z.infer<typeof StaticJsonConfig>;

export class StaticJsonCatalog implements CatalogCapability {
  readonly #client: HttpClient;
  readonly #url: string;
  #catalog: Promise<CatalogFileData> | undefined;

  constructor(config: StaticJsonConfig) {
    this.#url = new URL(config.url, document.baseURI).href;
    this.#client = new HttpClient(httpSettings(this.#url, config));
  }

  async listServices(query: ServiceListQuery, options?: CallOptions) {
    const catalog = await this.#load(options);
    const wanted = query.lifeSituation;
    const services = wanted
      ? catalog.services.filter((s) => s.lifeSituations.some((code) => isWithin(code, wanted, catalog.lifeSituations)))
      : catalog.services;
    return services.map(summarize);
  }

  async getService(id: string, options?: CallOptions) {
    const catalog = await this.#load(options);
    const service = catalog.services.find((s) => s.id === id);
    if (!service) throw new OzgError('not-found', `No service "${id}" in ${this.#url}`);
    return service;
  }

  async listLifeSituations(options?: CallOptions) {
    return (await this.#load(options)).lifeSituations;
  }

  async listCategories(options?: CallOptions) {
    return (await this.#load(options)).categories;
  }

  async getOffice(id: string, options?: CallOptions) {
    const catalog = await this.#load(options);
    const office = catalog.offices.find((o) => o.id === id);
    if (!office) throw new OzgError('not-found', `No office "${id}" in ${this.#url}`);
    return office;
  }

  #load(options: CallOptions | undefined): Promise<CatalogFileData> {
    options?.signal?.throwIfAborted();
    if (!this.#catalog) {
      const loading = this.#client.getJson(this.#url, CatalogFile);
      this.#catalog = loading;
      loading.catch(() => {
        if (this.#catalog === loading) this.#catalog = undefined;
      });
    }
    return raceAbort(this.#catalog, options?.signal);
  }
}

/** Whether `code` is `ancestor` or lies below it in the life-situation tree. */
function isWithin(code: string, ancestor: string, tree: LifeSituation[]): boolean {
  const parents = new Map(tree.map((l) => [l.code, l.parent]));
  for (let current: string | undefined = code, depth = 0; current && depth < 32; current = parents.get(current), depth++) {
    if (current === ancestor) return true;
  }
  return false;
}

export const connectorType: ConnectorType<StaticJsonConfig> = {
  parseConfig: (config) => StaticJsonConfig.parse(config),
  create: (config): Connector => ({ type: 'static-json', catalog: new StaticJsonCatalog(config) }),
};
