/**
 * Checks requests and documents against FITKO's published specifications,
 * vendored in test/fixtures/fit-connect/:
 *
 * - a request to the sender proxy against the Submission API 1.1.3 or the
 *   Routing API (the proxy forwards `submission/v1/…` as the API's `/v1/…`
 *   and `routing/v1/…` as the Routing API's `/…` below its `/v1/` server):
 *   the operation exists for method and path, path and query parameters
 *   match their schemas (no parameter the operation does not know, none
 *   that is required missing), the body has a media type the operation
 *   takes and validates against its schema;
 * - a metadata document against the metadata 2.1.0 JSON Schema.
 *
 * Validation is ajv's (OpenAPI 3.0 schemas with the draft-07 validator,
 * the metadata with the draft 2020-12 one, formats from ajv-formats).
 */
import { parse } from 'yaml';
import metadataSchema from '../fixtures/fit-connect/metadata-2.1.0.schema.json';
import { Ajv, Ajv2020, addFormats } from '../vendor/ajv-bundle.js';

export interface RecordedRequest {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

type Json = Record<string, unknown>;
type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
interface AjvInstance {
  addSchema(schema: object, key: string): unknown;
  getSchema(ref: string): Validate | undefined;
  compile(schema: object): Validate;
}

const FIXTURES = '/test/fixtures/fit-connect/';

interface Api {
  key: string;
  document: Json;
  /** Where the proxy puts this API, and the path prefix of the API's own paths. */
  proxyPrefix: string;
  apiPrefix: string;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
  pointer: string;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export class FitConnectSpecs {
  readonly #ajv: AjvInstance;
  readonly #apis: Api[];
  readonly #metadata: Validate;

  private constructor(ajv: AjvInstance, apis: Api[], metadata: Validate) {
    this.#ajv = ajv;
    this.#apis = apis;
    this.#metadata = metadata;
  }

  /** `fetchText` reads a file from the test server (the caller lets it past the mock worker). */
  static async load(fetchText: (path: string) => Promise<string>): Promise<FitConnectSpecs> {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    const apis: Api[] = [
      { key: 'submission-api', document: parse(await fetchText(`${FIXTURES}submission-api-v1.1.3.yaml`)) as Json, proxyPrefix: 'submission/', apiPrefix: '/' },
      { key: 'routing-api', document: parse(await fetchText(`${FIXTURES}routing-api.yaml`)) as Json, proxyPrefix: 'routing/v1/', apiPrefix: '/' },
    ];
    for (const api of apis) ajv.addSchema(api.document, api.key);
    const ajv2020 = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv2020);
    return new FitConnectSpecs(ajv, apis, ajv2020.compile(metadataSchema));
  }

  /** What is wrong with a request to the proxy at `proxyBase`; empty when it fits the specification. */
  requestProblems(request: RecordedRequest, proxyBase: string): string[] {
    const url = new URL(request.url);
    const relative = url.href.startsWith(proxyBase) ? url.pathname.slice(new URL(proxyBase).pathname.length) : undefined;
    const api = relative === undefined ? undefined : this.#apis.find((a) => relative.startsWith(a.proxyPrefix));
    if (!api || relative === undefined) return [`${request.method} ${request.url} is not below a FIT-Connect API of the proxy`];
    const apiPath = `${api.apiPrefix}${relative.slice(api.proxyPrefix.length)}`;
    const what = `${request.method} ${apiPath} (${api.key})`;
    const found = this.#operation(api, apiPath, request.method.toLowerCase());
    if (!found) return [`${what}: no such operation`];
    const { operation, pointer, pathParams } = found;
    const problems: string[] = [];
    const parameters = this.#parameters(api, found.pathItem, found.pathPointer, operation, pointer);

    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const value = pathParams.get(parameter.name);
      if (value === undefined) problems.push(`${what}: path parameter ${parameter.name} missing`);
      else problems.push(...this.#check(api, `${parameter.pointer}/schema`, value, `${what}: path parameter ${parameter.name}`));
    }
    const query = parameters.filter((p) => p.in === 'query');
    for (const name of new Set(url.searchParams.keys())) {
      if (!query.some((p) => p.name === name)) problems.push(`${what}: unknown query parameter ${name}`);
    }
    for (const parameter of query) {
      const values = url.searchParams.getAll(parameter.name);
      if (values.length === 0) {
        if (parameter.required) problems.push(`${what}: required query parameter ${parameter.name} missing`);
        continue;
      }
      const type = this.#resolve(api, parameter.schema ?? {})['type'];
      const value = type === 'array' ? values : type === 'integer' || type === 'number' ? Number(values[0]) : values[0];
      problems.push(...this.#check(api, `${parameter.pointer}/schema`, value, `${what}: query parameter ${parameter.name}`));
    }

    const requestBody = operation['requestBody'] as Json | undefined;
    const mediaType = (request.contentType ?? '').split(';')[0]!.trim();
    if (!requestBody) {
      if (request.body !== '') problems.push(`${what}: the operation takes no body`);
      return problems;
    }
    const content = (requestBody['content'] ?? {}) as Json;
    if (!(mediaType in content)) return [...problems, `${what}: body of type ${JSON.stringify(mediaType)}, the operation takes ${Object.keys(content).join(', ')}`];
    let body: unknown = request.body;
    if (mediaType === 'application/json') {
      try {
        body = JSON.parse(request.body);
      } catch {
        return [...problems, `${what}: the body is not JSON`];
      }
    }
    problems.push(...this.#check(api, `${pointer}/requestBody/content/${escape(mediaType)}/schema`, body, `${what}: body`));
    return problems;
  }

  /** What is wrong with a metadata document; empty when it validates against metadata 2.1.0. */
  metadataProblems(document: unknown): string[] {
    if (this.#metadata(document)) return [];
    return (this.#metadata.errors ?? []).map((e) => `metadata${e.instancePath}: ${e.message ?? 'invalid'}`);
  }

  #operation(api: Api, path: string, method: string) {
    const paths = api.document['paths'] as Record<string, Json>;
    for (const [template, pathItem] of Object.entries(paths)) {
      const names: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const match = new RegExp(`^${pattern}$`).exec(path);
      if (!match || !(method in pathItem)) continue;
      const pathParams = new Map(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
      const pathPointer = `#/paths/${escape(template)}`;
      return { operation: pathItem[method] as Json, pointer: `${pathPointer}/${method}`, pathItem, pathPointer, pathParams };
    }
    return undefined;
  }

  #parameters(api: Api, pathItem: Json, pathPointer: string, operation: Json, pointer: string): Parameter[] {
    const read = (list: unknown, at: string): Parameter[] =>
      ((list ?? []) as Json[]).map((entry, index) => {
        const ref = entry['$ref'];
        const target = typeof ref === 'string' ? ref : `${at}/parameters/${index}`;
        return { ...(this.#resolve(api, entry) as unknown as Omit<Parameter, 'pointer'>), pointer: typeof ref === 'string' ? this.#finalRef(api, ref) : target };
      });
    const byKey = new Map<string, Parameter>();
    for (const p of [...read(pathItem['parameters'], pathPointer), ...read(operation['parameters'], pointer)]) byKey.set(`${p.in}:${p.name}`, p);
    return [...byKey.values()];
  }

  /** Follows `$ref`s to the object itself. */
  #resolve(api: Api, value: Json): Json {
    let current = value;
    for (let hops = 0; typeof current['$ref'] === 'string' && hops < 10; hops++) current = this.#at(api, current['$ref']);
    return current;
  }

  /** The pointer a chain of `$ref`s ends at. */
  #finalRef(api: Api, ref: string): string {
    let pointer = ref;
    for (let hops = 0; hops < 10; hops++) {
      const next = this.#at(api, pointer)['$ref'];
      if (typeof next !== 'string') break;
      pointer = next;
    }
    return pointer;
  }

  #at(api: Api, pointer: string): Json {
    let node: unknown = api.document;
    for (const part of pointer.replace(/^#\//, '').split('/')) {
      node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node as Json;
  }

  #check(api: Api, pointer: string, value: unknown, what: string): string[] {
    const validate = this.#ajv.getSchema(`${api.key}${pointer}`);
    if (!validate) return [`${what}: no schema at ${pointer}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${what}${e.instancePath}: ${e.message ?? 'invalid'} (${JSON.stringify(value).slice(0, 80)})`);
  }
}
