/**
 * Forms from files for the `static-json` connector: one FormDefinition JSON
 * file per service, named in the configuration either one by one
 * (`forms: { "hund-anmelden": "/formulare/hund.json" }`) or by a pattern
 * (`formsUrl: "/formulare/{serviceId}.json"`); a service named in `forms`
 * wins over the pattern. A service without a file rejects with `not-found`.
 *
 * Each file is downloaded once per connector and shared by all calls, like
 * the catalog; a failed download is forgotten so a retry fetches again.
 */
import { FormDefinition, HttpClient, OzgError, httpSettings, raceAbort, type CallOptions, type FormsCapability } from '../../src/index.js';

/** The placeholder in `formsUrl`. */
export const SERVICE_ID_PLACEHOLDER = '{serviceId}';

export interface StaticJsonFormsSource {
  forms?: Record<string, string> | undefined;
  formsUrl?: string | undefined;
}

export class StaticJsonForms implements FormsCapability {
  readonly #client: HttpClient;
  readonly #source: StaticJsonFormsSource;
  readonly #downloads = new Map<string, Promise<FormDefinition>>();

  /** `tuning`: the connector's HTTP settings (`timeoutMs`, `retries`, …). */
  constructor(source: StaticJsonFormsSource, tuning: Parameters<typeof httpSettings>[1] = {}) {
    this.#source = source;
    // File URLs are resolved to absolute ones before each request; the base is only a formality.
    this.#client = new HttpClient(httpSettings(document.baseURI, tuning));
  }

  /** The absolute URL of a service's form file, or undefined when none is configured. */
  urlOf(serviceId: string): string | undefined {
    const named = this.#source.forms !== undefined && Object.hasOwn(this.#source.forms, serviceId) ? this.#source.forms[serviceId] : undefined;
    const url = named ?? this.#source.formsUrl?.replaceAll(SERVICE_ID_PLACEHOLDER, encodeURIComponent(serviceId));
    return url === undefined ? undefined : new URL(url, document.baseURI).href;
  }

  async getFormDefinition(serviceId: string, options: CallOptions = {}): Promise<FormDefinition> {
    options.signal?.throwIfAborted();
    let url: string | undefined;
    try {
      url = this.urlOf(serviceId);
    } catch (error) {
      // A lone surrogate (JSON can carry one) cannot be percent-encoded into a file name.
      throw new OzgError('not-found', 'The service id is not well-formed Unicode and names no form file', { cause: error });
    }
    if (url === undefined) throw new OzgError('not-found', `No form file is configured for service "${serviceId}"`);
    let download = this.#downloads.get(url);
    if (!download) {
      download = this.#download(url, serviceId);
      this.#downloads.set(url, download);
      const started = download;
      started.catch(() => {
        if (this.#downloads.get(url) === started) this.#downloads.delete(url);
      });
    }
    return raceAbort(download, options.signal);
  }

  async #download(url: string, serviceId: string): Promise<FormDefinition> {
    const form = await this.#client.getJson(url, FormDefinition);
    // A file that names another service was put under the wrong name; its data would go to the wrong procedure.
    if (form.serviceId !== undefined && form.serviceId !== serviceId) {
      throw new OzgError('invalid-response', `The form file ${url} is for service "${form.serviceId}", not "${serviceId}"`);
    }
    return form;
  }
}
