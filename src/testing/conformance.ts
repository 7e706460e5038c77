/**
 * The connector conformance kit.
 *
 * Any connector, ours or a third party's, runs these checks against its msw
 * mocks. For each capability the connector declares, every operation must:
 * resolve with data the domain schemas accept; map HTTP and network faults
 * to the right typed {@link OzgError}; honour an AbortSignal; never reject
 * with anything else.
 *
 * ```ts
 * import { describeConformance } from 'ozg-widgets/testing';
 * describeConformance({
 *   name: 'my-connector',
 *   create: (http) => myConnector({ baseUrl: 'https://api.test/', ...http }),
 *   mock: worker,                      // msw setupWorker()/setupServer() with the connector's mocks
 *   backend: 'https://api.test/*',     // where faults are injected
 *   samples: { serviceId: 'S1', officeId: 'O1' },
 * });
 * ```
 *
 * {@link runConformance} runs the same checks and returns a report instead of
 * registering mocha tests — that is how the kit's own tests show it catches
 * broken connectors.
 */
import { HttpResponse, delay, http, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import type { CapabilityName, Connector } from '../connector/contract.js';
import { isAbortError, isOzgError, type OzgErrorKind } from '../connector/errors.js';
import { CaseStatus, type StatusQuery } from '../model/case-status.js';
import { Category } from '../model/category.js';
import { FormDefinition } from '../model/form-definition.js';
import { LifeSituation } from '../model/life-situation.js';
import { Office } from '../model/office.js';
import { Receipt } from '../model/receipt.js';
import { Service, ServiceSummary } from '../model/service.js';
import type { Submission } from '../model/submission.js';

/** The msw worker or server the connector's mocks run on. */
export interface MockControl {
  use(...handlers: RequestHandler[]): void;
  resetHandlers(): void;
}

/** HTTP settings the kit passes to `create`: short timeouts, no retries, so faults show at once. */
export interface ConformanceHttpSettings {
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
}

export type FaultName =
  | 'http-500'
  | 'http-503-retry-after'
  | 'http-429'
  | 'http-403'
  | 'connection-failure'
  | 'timeout'
  | 'malformed-json'
  | 'schema-invalid-json';

export interface ConformanceOptions {
  /** Shown in test names. */
  name: string;
  /** Makes a fresh connector (called once per check, so no cache hides a fault). */
  create: (http: ConformanceHttpSettings) => Connector | Promise<Connector>;
  mock: MockControl;
  /** msw URL pattern(s) of the backend, e.g. `https://api.test/*`. */
  backend: string | string[];
  /** Inputs the mocks know. Operations without a sample are checked only where possible. */
  samples?: {
    serviceId?: string;
    officeId?: string;
    /** A service that has a form. */
    formServiceId?: string;
    /** A valid submission (called per check, so each gets a new idempotency key). */
    submission?: () => Submission;
    statusQuery?: StatusQuery;
    /** An id the mocks do not know; default `ozg-conformance-unknown`. */
    missingId?: string;
  };
  /** Per-attempt timeout given to the connector; default 250 ms. */
  timeoutMs?: number;
  /**
   * Faults that cannot apply to an operation, with the reason, e.g. a CSV
   * endpoint has no "malformed JSON". Keys are operation names such as
   * `catalog.listServices`.
   */
  notApplicable?: Record<string, { faults: FaultName[]; reason: string }>;
}

export interface ConformanceCheck {
  /** `catalog`, `forms`, `submission`, `status` or `connector`. */
  group: CapabilityName | 'connector';
  name: string;
  run(): Promise<void>;
}

export interface ConformanceResult {
  group: string;
  name: string;
  ok: boolean;
  error?: string;
}

export interface ConformanceReport {
  results: ConformanceResult[];
  passed: number;
  failed: number;
}

/** Raised by a check that found a violation of the contract. */
export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}

interface Operation {
  capability: CapabilityName;
  /** e.g. `catalog.getService` */
  name: string;
  schema: z.core.$ZodType;
  call(connector: Connector, signal?: AbortSignal): Promise<unknown>;
  /** The same call for an id the backend does not know. */
  callMissing?(connector: Connector): Promise<unknown>;
  /** Extra checks on a valid result. */
  verify?(result: unknown): void;
}

interface Fault {
  name: FaultName;
  description: string;
  kind: OzgErrorKind;
  respond(timeoutMs: number): Response | Promise<Response>;
  verify?(error: { retryAfterSeconds: number | undefined; rateLimited: boolean }): void;
}

const FAULTS: Fault[] = [
  { name: 'http-500', description: 'HTTP 500', kind: 'unavailable', respond: () => new HttpResponse('Internal Server Error', { status: 500 }) },
  {
    name: 'http-503-retry-after',
    description: 'HTTP 503 with Retry-After: 120',
    kind: 'unavailable',
    respond: () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }),
    verify: (e) => expectThat(e.retryAfterSeconds === 120, `retryAfterSeconds should be 120, was ${e.retryAfterSeconds}`),
  },
  {
    name: 'http-429',
    description: 'HTTP 429 with Retry-After: 30',
    kind: 'unavailable',
    respond: () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }),
    verify: (e) => {
      expectThat(e.rateLimited, 'rateLimited should be true');
      expectThat(e.retryAfterSeconds === 30, `retryAfterSeconds should be 30, was ${e.retryAfterSeconds}`);
    },
  },
  { name: 'http-403', description: 'HTTP 403', kind: 'rejected', respond: () => new HttpResponse('Forbidden', { status: 403 }) },
  { name: 'connection-failure', description: 'a dropped connection', kind: 'network', respond: () => HttpResponse.error() },
  {
    name: 'timeout',
    description: 'no answer in time',
    kind: 'timeout',
    respond: async (timeoutMs) => {
      await delay(timeoutMs * 8);
      return HttpResponse.json({});
    },
  },
  {
    name: 'malformed-json',
    description: 'malformed JSON',
    kind: 'invalid-response',
    respond: () => new HttpResponse('{"items": [{"id": ', { headers: { 'content-type': 'application/json' } }),
  },
  {
    name: 'schema-invalid-json',
    description: 'JSON of the wrong shape',
    kind: 'invalid-response',
    respond: () => HttpResponse.json({ unexpected: ['shape'], id: 42 }),
  },
];

function operations(options: ConformanceOptions): Operation[] {
  const samples = options.samples ?? {};
  const missing = samples.missingId ?? 'ozg-conformance-unknown';
  const ops: Operation[] = [
    {
      capability: 'catalog',
      name: 'catalog.listServices',
      schema: z.array(ServiceSummary),
      call: (c, signal) => c.catalog!.listServices({}, { signal }),
      verify: (r) => expectThat((r as unknown[]).length > 0, 'the mocks should deliver at least one service'),
    },
    {
      capability: 'catalog',
      name: 'catalog.listLifeSituations',
      schema: z.array(LifeSituation),
      call: (c, signal) => c.catalog!.listLifeSituations({ signal }),
    },
  ];
  if (samples.serviceId !== undefined) {
    const id = samples.serviceId;
    ops.push({
      capability: 'catalog',
      name: 'catalog.getService',
      schema: Service,
      call: (c, signal) => c.catalog!.getService(id, { signal }),
      callMissing: (c) => c.catalog!.getService(missing),
      verify: (r) => expectThat((r as Service).id === id, `asked for service "${id}", got "${(r as Service).id}"`),
    });
  }
  if (samples.officeId !== undefined) {
    const id = samples.officeId;
    ops.push({
      capability: 'catalog',
      name: 'catalog.getOffice',
      schema: Office,
      call: (c, signal) => c.catalog!.getOffice(id, { signal }),
      callMissing: (c) => c.catalog!.getOffice(missing),
      verify: (r) => expectThat((r as Office).id === id, `asked for office "${id}", got "${(r as Office).id}"`),
    });
  }
  ops.push(
    {
      capability: 'catalog',
      name: 'catalog.listCategories',
      schema: z.array(Category),
      call: (c, signal) => c.catalog!.listCategories!({ signal }),
    },
    {
      capability: 'catalog',
      name: 'catalog.searchServices',
      schema: z.object({ items: z.array(ServiceSummary), total: z.optional(z.number()) }),
      call: (c, signal) => c.catalog!.searchServices!({ text: 'a' }, { signal }),
    },
  );
  if (samples.formServiceId !== undefined) {
    const id = samples.formServiceId;
    ops.push({
      capability: 'forms',
      name: 'forms.getFormDefinition',
      schema: FormDefinition,
      call: (c, signal) => c.forms!.getFormDefinition(id, { signal }),
      callMissing: (c) => c.forms!.getFormDefinition(missing),
    });
  }
  if (samples.submission !== undefined) {
    const make = samples.submission;
    ops.push({
      capability: 'submission',
      name: 'submission.submit',
      schema: Receipt,
      call: (c, signal) => c.submission!.submit(make(), { signal }),
    });
  }
  if (samples.statusQuery !== undefined) {
    const query = samples.statusQuery;
    ops.push({
      capability: 'status',
      name: 'status.getStatus',
      schema: CaseStatus,
      call: (c, signal) => c.status!.getStatus(query, { signal }),
      callMissing: (c) => c.status!.getStatus({ ...query, reference: missing }),
      verify: (r) => expectThat((r as CaseStatus).reference.length > 0, 'the status should carry its reference'),
    });
  }
  return ops;
}

/** The checks for a connector, in a stable order. */
export function conformanceChecks(options: ConformanceOptions): ConformanceCheck[] {
  const timeoutMs = options.timeoutMs ?? 250;
  const http$: ConformanceHttpSettings = { timeoutMs, retries: 0, retryDelayMs: 0 };
  const patterns = Array.isArray(options.backend) ? options.backend : [options.backend];
  const create = async () => options.create(http$);
  const inject = (respond: () => Response | Promise<Response>) =>
    options.mock.use(...patterns.map((pattern) => http.all(pattern, respond)));
  const isolated = (run: () => Promise<void>) => async () => {
    options.mock.resetHandlers();
    try {
      await run();
    } finally {
      options.mock.resetHandlers();
    }
  };

  const checks: ConformanceCheck[] = [
    {
      group: 'connector',
      name: 'declares at least one capability and a type',
      run: isolated(async () => {
        const connector = await create();
        expectThat(typeof connector.type === 'string' && connector.type.length > 0, 'connector.type should be a non-empty string');
        const declared = (['catalog', 'forms', 'submission', 'status'] as const).filter((c) => connector[c] !== undefined);
        expectThat(declared.length > 0, 'the connector declares no capability');
        if (connector.status) {
          expectThat(
            ['pin', 'birth-date', 'none'].includes(connector.status.secondFactor),
            `status.secondFactor must be pin, birth-date or none, was ${String(connector.status.secondFactor)}`,
          );
        }
      }),
    },
  ];

  return [
    ...checks,
    ...operations(options).flatMap((op) => operationChecks(op, options, create, inject, isolated, timeoutMs)),
  ];
}

function operationChecks(
  op: Operation,
  options: ConformanceOptions,
  create: () => Promise<Connector>,
  inject: (respond: () => Response | Promise<Response>) => void,
  isolated: (run: () => Promise<void>) => () => Promise<void>,
  timeoutMs: number,
): ConformanceCheck[] {
  const group = op.capability;
  // Optional operations are checked only when the connector implements them.
  const implemented = async (connector: Connector) => {
    const capability = connector[op.capability] as Record<string, unknown> | undefined;
    return capability !== undefined && typeof capability[op.name.split('.')[1]!] === 'function';
  };
  const check = (name: string, body: (connector: Connector) => Promise<void>): ConformanceCheck => ({
    group,
    name: `${op.name} ${name}`,
    run: isolated(async () => {
      const connector = await create();
      if (!(await implemented(connector))) return;
      await body(connector);
    }),
  });
  const skipped = options.notApplicable?.[op.name]?.faults ?? [];

  const checks: ConformanceCheck[] = [
    check('resolves with schema-valid data', async (connector) => {
      const result = await settle(op.call(connector));
      if (!result.ok) throw new ConformanceFailure(`rejected with ${describe(result.error)}`);
      const parsed = z.safeParse(op.schema, result.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ConformanceFailure(`returned data the domain schema refuses: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
      }
      op.verify?.(result.value);
    }),
  ];

  if (op.callMissing) {
    const callMissing = op.callMissing;
    checks.push(
      check('rejects an unknown id with not-found', async (connector) => {
        await expectOzgError(callMissing(connector), 'not-found');
      }),
    );
  }

  for (const fault of FAULTS) {
    if (skipped.includes(fault.name)) continue;
    checks.push(
      check(`maps ${fault.description} to "${fault.kind}"`, async (connector) => {
        let reached = false;
        inject(() => {
          reached = true;
          return fault.respond(timeoutMs);
        });
        const pending = op.call(connector);
        // An operation that answers without asking the backend (a fixed list) has no faults to map.
        const settled = await settleInTime(pending);
        if (settled.ok && !reached) return;
        const error = await expectOzgError(settled.ok ? Promise.resolve(settled.value) : Promise.reject(settled.error), fault.kind);
        fault.verify?.(error);
      }),
    );
  }

  checks.push(
    check('rejects with AbortError when the signal is already aborted', async (connector) => {
      const controller = new AbortController();
      controller.abort();
      await expectAbort(op.call(connector, controller.signal));
    }),
    check('rejects with AbortError when aborted during the request', async (connector) => {
      let seen: () => void = () => {};
      const requestSeen = new Promise<void>((resolve) => (seen = resolve));
      inject(async () => {
        seen();
        await delay('infinite');
        return HttpResponse.json({});
      });
      const controller = new AbortController();
      let answered = false;
      const pending = op.call(connector, controller.signal);
      pending.then(
        () => (answered = true),
        () => (answered = true),
      );
      const arrived = await Promise.race([requestSeen.then(() => true), delay(timeoutMs * 4).then(() => false)]);
      // An operation that answered without asking the backend has no request to abort.
      if (!arrived && answered) return;
      expectThat(arrived, 'no request reached the backend');
      controller.abort();
      await expectAbort(pending);
    }),
  );
  return checks;
}

/** Runs every check and reports, without a test framework. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const results: ConformanceResult[] = [];
  for (const c of conformanceChecks(options)) {
    try {
      await c.run();
      results.push({ group: c.group, name: c.name, ok: true });
    } catch (error) {
      results.push({ group: c.group, name: c.name, ok: false, error: describe(error) });
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  return { results, passed: results.length - failed, failed };
}

type SuiteFn = (name: string, body: () => void) => void;
type TestFn = (name: string, body: () => Promise<void>) => void;

/** Registers the checks as mocha/jasmine/jest-style tests (`describe`/`it` globals). */
export function describeConformance(options: ConformanceOptions): void {
  const { describe, it } = globalThis as unknown as { describe: SuiteFn; it: TestFn };
  describe(`connector conformance: ${options.name}`, () => {
    for (const c of conformanceChecks(options)) it(`${c.group}: ${c.name}`, () => c.run());
  });
}

function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Waits at most 5 s, so a connector that never settles fails instead of hanging the run. */
async function settleInTime<T>(promise: Promise<T>) {
  const timeout = delay(5000).then(() => ({ ok: false as const, error: new ConformanceFailure('did not settle within 5 s') }));
  return Promise.race([settle(promise), timeout]);
}

async function expectOzgError(promise: Promise<unknown>, kind: OzgErrorKind) {
  const result = await settleInTime(promise);
  if (result.ok) throw new ConformanceFailure(`resolved, but should reject with OzgError "${kind}"`);
  if (result.error instanceof ConformanceFailure) throw result.error;
  if (!isOzgError(result.error)) throw new ConformanceFailure(`rejected with an untyped error (${describe(result.error)}); expected OzgError "${kind}"`);
  if (result.error.kind !== kind) throw new ConformanceFailure(`rejected with OzgError "${result.error.kind}", expected "${kind}"`);
  return result.error;
}

async function expectAbort(promise: Promise<unknown>) {
  const result = await settleInTime(promise);
  if (result.ok) throw new ConformanceFailure('resolved although the signal was aborted');
  if (result.error instanceof ConformanceFailure) throw new ConformanceFailure(`ignored the abort: ${result.error.message}`);
  if (!isAbortError(result.error)) throw new ConformanceFailure(`rejected with ${describe(result.error)}, expected an AbortError`);
}

function describe(error: unknown): string {
  if (isOzgError(error)) return `OzgError "${error.kind}": ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
