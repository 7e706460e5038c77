/**
 * The forms capability over the municipal-rest contract: `GET /forms/{serviceId}`.
 *
 * Shares the connector's HTTP client, so a form read before is revalidated
 * with `If-None-Match` and costs a `304` when it has not changed.
 */
import { FormDefinition, HttpClient, OzgError, type CallOptions, type FormsCapability } from '../../src/index.js';
import { pathSegment } from './path-segment.js';

export class MunicipalRestForms implements FormsCapability {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  async getFormDefinition(serviceId: string, options: CallOptions = {}): Promise<FormDefinition> {
    const form = await this.#client.getJson(`forms/${pathSegment(serviceId, 'service')}`, FormDefinition, {
      signal: options.signal,
      language: options.language,
    });
    // A form for another service would send the citizen's data to the wrong procedure.
    if (form.serviceId !== undefined && form.serviceId !== serviceId) {
      throw new OzgError('invalid-response', `Asked the backend for the form of service "${serviceId}", got the form of "${form.serviceId}"`);
    }
    return form;
  }
}
