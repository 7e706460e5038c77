/**
 * Example connector for docs/connectors.md: a city whose CMS already
 * publishes its services as JSON in its own shape. About seventy lines map
 * that shape to the domain model — everything else (HTTP, retries, typed
 * errors, abort) comes from the core.
 *
 *   GET {baseUrl}leistungen.json   → [{ uid, titel, teaser, text, gebuehr, amt }]
 *   GET {baseUrl}aemter/{uid}.json → { uid, name, strasse, plz, ort, telefon }
 */
import * as z from 'zod/mini';
import {
  HttpClient,
  HttpTuning,
  Office,
  OzgError,
  Service,
  httpSettings,
  parseBody,
  summarize,
  type CallOptions,
  type CatalogCapability,
  type ConnectorType,
} from '../../src/index.js';

// 1. The backend's own shapes, as zod schemas: every answer is parsed at the boundary.
const CmsService = z.object({
  uid: z.number(),
  titel: z.string().check(z.minLength(1)),
  teaser: z.optional(z.string()),
  text: z.optional(z.string()),
  gebuehr: z.optional(z.string()),
  amt: z.optional(z.string()),
});
const CmsOffice = z.object({ uid: z.string(), name: z.string(), strasse: z.string(), plz: z.string(), ort: z.string(), telefon: z.optional(z.string()) });

// 2. The configuration, checked when the page configures the connector.
const Config = z.object({ type: z.literal('cms-catalog'), baseUrl: z.string().check(z.minLength(1)), ...HttpTuning });
type Config = z.infer<typeof Config>;

// 3. Mapping to the domain model, then parsing with the domain schema.
function toService(s: z.infer<typeof CmsService>): Service {
  const euros = s.gebuehr ? Number(s.gebuehr.replace(/[^\d,]/g, '').replace(',', '.')) : undefined;
  return parseBody(
    Service,
    {
      id: String(s.uid),
      name: s.titel,
      summary: s.teaser,
      descriptionHtml: s.text,
      costs: euros === undefined ? [] : euros === 0 ? [{ kind: 'free' }] : [{ kind: 'fixed', amount: { value: euros } }],
      officeIds: s.amt ? [s.amt] : [],
    },
    'cms-catalog mapping',
  );
}

// 4. The capability: one HTTP client, the caller's signal on every request.
class CmsCatalog implements CatalogCapability {
  readonly #client: HttpClient;

  constructor(config: Config) {
    this.#client = new HttpClient(httpSettings(new URL(config.baseUrl, document.baseURI).href, config));
  }

  async #services(options?: CallOptions) {
    const list = await this.#client.getJson('leistungen.json', z.array(CmsService), { signal: options?.signal });
    return list.map(toService);
  }

  async listServices(_query: object, options?: CallOptions) {
    return (await this.#services(options)).map(summarize);
  }

  async getService(id: string, options?: CallOptions) {
    const service = (await this.#services(options)).find((s) => s.id === id);
    if (!service) throw new OzgError('not-found', `no service ${id}`);
    return service;
  }

  async listLifeSituations(options?: CallOptions) {
    options?.signal?.throwIfAborted();
    return []; // this CMS has none; the finder then offers search and A–Z
  }

  async getOffice(id: string, options?: CallOptions) {
    const o = await this.#client.getJson(`aemter/${encodeURIComponent(id)}.json`, CmsOffice, { signal: options?.signal });
    return parseBody(
      Office,
      {
        id: o.uid,
        name: o.name,
        visitorAddress: { street: o.strasse, postalCode: o.plz, city: o.ort },
        contact: { phone: o.telefon ? [{ value: o.telefon }] : [], email: [], fax: [] },
      },
      'cms-catalog mapping',
    );
  }
}

// 5. The connector type the registry creates from configuration data.
export const connectorType: ConnectorType<Config> = {
  parseConfig: (config) => Config.parse(config),
  create: (config) => ({ type: 'cms-catalog', catalog: new CmsCatalog(config) }),
};
