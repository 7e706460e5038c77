/**
 * `static-json`: the whole catalog from one JSON file (see catalog-file.ts),
 * and form definitions from one JSON file per service (static-json-forms.ts).
 *
 * The file is downloaded once per connector and shared by all calls; a call
 * whose signal aborts stops waiting without cancelling the download for the
 * others. A failed download is forgotten, so the next call (a retry) fetches
 * again.
 *
 * There is no `submission` capability: files cannot receive applications.
 * A form page with a static-json connector shows the form's fallback (a
 * message and a link) instead of sending, or a `composite` connector takes
 * submissions from another backend.
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
import { SERVICE_ID_PLACEHOLDER, StaticJsonForms } from './static-json-forms.js';

const Url = z.string().check(z.minLength(1));

export const StaticJsonConfig = z
  .object({
    type: z.literal('static-json'),
    /** URL of the catalog file, absolute or relative to the page. Without it the connector has no catalog. */
    url: z.optional(Url),
    /** Form definition files by service id, e.g. `{ "hund-anmelden": "/formulare/hund.json" }`. */
    forms: z.optional(z.record(z.string().check(z.minLength(1)), Url)),
    /** Form definition files by pattern, e.g. `/formulare/{serviceId}.json`. */
    formsUrl: z.optional(
      Url.check(z.refine((url) => url.includes(SERVICE_ID_PLACEHOLDER), { message: `"formsUrl" must contain ${SERVICE_ID_PLACEHOLDER}` })),
    ),
    ...HttpTuning,
  })
  .check(
    z.refine((config) => config.url !== undefined || config.forms !== undefined || config.formsUrl !== undefined, {
      message: 'static-json needs "url" (the catalog file), "forms" or "formsUrl" (form files)',
    }),
  );
export type StaticJsonConfig = z.infer<typeof StaticJsonConfig>;

export class StaticJsonCatalog implements CatalogCapability {
  readonly #client: HttpClient;
  readonly #url: string;
  #catalog: Promise<CatalogFileData> | undefined;

  constructor(config: StaticJsonConfig & { url: string }) {
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
  create: (config): Connector => {
    const { url, forms, formsUrl } = config;
    const connector: { -readonly [K in keyof Connector]: Connector[K] } = { type: 'static-json' };
    if (url !== undefined) connector.catalog = new StaticJsonCatalog({ ...config, url });
    if (forms !== undefined || formsUrl !== undefined) connector.forms = new StaticJsonForms({ forms, formsUrl }, config);
    return connector;
  },
};
