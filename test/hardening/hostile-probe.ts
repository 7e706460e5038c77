/**
 * Which values a connector lets through: for every field, all vectors are
 * served at once and read back through the connector (its zod validation at
 * the boundary); the values it refuses are then confirmed one by one. A
 * refusal must be a typed `OzgError` (the widgets turn it into their error
 * view with a retry); anything else thrown is a crash.
 */
import * as z from 'zod/mini';
import { CaseStatus, Category, FormDefinition, LifeSituation, Office, Receipt, Service, isOzgError, type Connector } from '../../src/index.js';
import { serve, unserve } from './hostile-backends.js';
import { MARKER_SYNONYM, buildWorld, keys, typedReference, type FieldSpec, type Injection, type ModelName, type Vector, type World } from './hostile-world.js';

export interface ConnectorUnderTest {
  /** E.g. `static-json`. */
  name: string;
  /** The name the widgets use in `connector=`. */
  registryName: string;
  /** Whether a failed detail read says nothing about the others (false for a whole-file format). */
  isolatesSlots: boolean;
  /** Models it serves (static-json: no receipts or cases). */
  models: readonly ModelName[];
  /** A fresh instance, without caches, reading the world served under `key`. */
  create(key: string): Promise<Connector>;
}

export interface FieldOutcome {
  connector: string;
  field: FieldSpec;
  accepted: Vector[];
  refused: { vector: Vector; error: unknown }[];
  /** Errors that are not OzgErrors: the connector crashed instead of refusing. */
  untyped: { vector: Vector; error: unknown }[];
}

let requestsMade = 0;
export function probeRequests(): number {
  return requestsMade;
}

async function attempt(task: () => Promise<unknown>): Promise<unknown> {
  requestsMade++;
  try {
    await task();
    return undefined;
  } catch (error) {
    return error ?? new Error('rejected without a reason');
  }
}

export interface ProbeResult {
  /** The error per slot, if any. */
  errors: Map<number, unknown>;
  /** Whether each slot was read on its own (a detail request), so its error is its own. */
  isolated: boolean;
}

let probes = 0;

/** Reads the given slots' instances of `model` back through a fresh connector, from a world of its own. */
export async function probeSlots(cut: ConnectorUnderTest, world: World, model: ModelName, slots: readonly number[]): Promise<ProbeResult> {
  const key = `probe${++probes}`;
  serve(world, key);
  try {
    return await readSlots(cut, await cut.create(key), world, model, slots);
  } finally {
    unserve(key);
  }
}

async function readSlots(cut: ConnectorUnderTest, connector: Connector, world: World, model: ModelName, slots: readonly number[]): Promise<ProbeResult> {
  const each = async (task: (slot: number) => Promise<unknown>): Promise<ProbeResult> => ({
    errors: new Map(await Promise.all(slots.map(async (slot) => [slot, await attempt(() => task(slot))] as const))),
    isolated: cut.isolatesSlots,
  });
  const all = async (task: () => Promise<unknown>): Promise<ProbeResult> => {
    const error = await attempt(task);
    return { errors: new Map(slots.map((slot) => [slot, error] as const)), isolated: false };
  };
  const instances = (slot: number) => world.slots.get(slot)!;
  switch (model) {
    case 'service':
    case 'service-no-office': {
      // The list the overview shows, and a search's results where the backend searches (PVOG): both read every service.
      const catalog = connector.catalog!;
      const list = (await attempt(() => catalog.listServices({}))) ?? (catalog.searchServices && (await attempt(() => catalog.searchServices!({ text: MARKER_SYNONYM, limit: 1000 }))));
      if (list) return { errors: new Map(slots.map((slot) => [slot, list])), isolated: false };
      return each((slot) => connector.catalog!.getService(instances(slot)[model].id));
    }
    case 'office':
      return each((slot) => connector.catalog!.getOffice(instances(slot).office.id));
    case 'life-situation':
      return all(() => connector.catalog!.listLifeSituations());
    case 'category':
      return all(() => connector.catalog!.listCategories!());
    case 'form':
      return each((slot) => connector.forms!.getFormDefinition(keys.form(slot)));
    case 'receipt':
      return each((slot) =>
        connector.submission!.submit({
          serviceId: keys.form(slot),
          formId: 'hostile',
          data: {},
          attachments: [],
          idempotencyKey: crypto.randomUUID(),
          language: 'de',
        }),
      );
    case 'case':
    case 'case-rejected':
      return each((slot) =>
        connector.status!.getStatus({
          reference: typedReference(instances(slot)[model].reference),
          secondFactor: { kind: 'pin', value: model === 'case' ? keys.pin(slot) : keys.pinRejected(slot) },
        }),
      );
  }
}

const DOMAIN: Record<ModelName, z.ZodMiniType> = {
  service: Service,
  'service-no-office': Service,
  office: Office,
  'life-situation': LifeSituation,
  category: Category,
  form: FormDefinition,
  receipt: Receipt,
  case: CaseStatus,
  'case-rejected': CaseStatus,
};

/** What the domain schema alone says; only used to choose which values to read back together. */
function predictedRefusal(injection: Injection): boolean {
  const world = buildWorld([injection]);
  const instance = world.slots.get(injection.vector.slot)![injection.field.model];
  if (!z.safeParse(DOMAIN[injection.field.model], instance).success) return true;
  if (injection.field.model === 'case' || injection.field.model === 'case-rejected') {
    const reference = (instance as { reference: string }).reference;
    return typedReference(reference) !== reference.trim();
  }
  return false;
}

/** The injections the connector refuses, with its errors: reads all, then narrows down where a read fails. */
async function refusedAmong(cut: ConnectorUnderTest, injections: readonly Injection[]): Promise<Map<Injection, unknown>> {
  const refused = new Map<Injection, unknown>();
  if (injections.length === 0) return refused;
  const slots = [...new Set(injections.map((i) => i.vector.slot))];
  const { errors, isolated } = await probeSlots(cut, buildWorld(injections), injections[0]!.field.model, slots);
  const failing = injections.filter((i) => errors.get(i.vector.slot) !== undefined);
  if (failing.length === 0) return refused;
  if (injections.length === 1) return refused.set(injections[0]!, errors.get(injections[0]!.vector.slot));
  const parts: Injection[][] = [];
  if (isolated) {
    // Each failing slot on its own; a slot with one injection is decided.
    for (const slot of new Set(failing.map((i) => i.vector.slot))) {
      const own = failing.filter((i) => i.vector.slot === slot);
      if (own.length === 1) refused.set(own[0]!, errors.get(slot));
      else parts.push(own.slice(0, own.length / 2), own.slice(own.length / 2));
    }
  } else if (failing.length < injections.length) parts.push(failing);
  else parts.push(failing.slice(0, failing.length / 2), failing.slice(failing.length / 2));
  for (const part of parts) for (const [injection, error] of await refusedAmong(cut, part)) refused.set(injection, error);
  return refused;
}

/** Each injection's own answer (one injection per slot): together where the connector reads slots one by one, else one at a time. */
async function answersOf(cut: ConnectorUnderTest, injections: readonly Injection[]): Promise<Map<Injection, unknown>> {
  const answers = new Map<Injection, unknown>();
  if (injections.length === 0) return answers;
  const together = await probeSlots(cut, buildWorld(injections), injections[0]!.field.model, injections.map((i) => i.vector.slot));
  if (together.isolated) {
    for (const injection of injections) answers.set(injection, together.errors.get(injection.vector.slot));
    return answers;
  }
  await pool(injections, 32, async (injection) => {
    const single = await probeSlots(cut, buildWorld([injection]), injection.field.model, [injection.vector.slot]);
    answers.set(injection, single.errors.get(injection.vector.slot));
  });
  return answers;
}

/** Runs `task` for every item, `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A vector whose values a connector takes one by one but not all together
 * in one instance (PVOG: a name made of markup only is replaced by the
 * official name, unless that is markup only too — then there is no name).
 */
export interface CombinedRefusal {
  model: ModelName;
  vector: Vector;
  injections: Injection[];
  error: unknown;
}

export interface ModelOutcome {
  fields: FieldOutcome[];
  combined: CombinedRefusal[];
}

/** The slots whose injections, together, the connector refuses. */
async function failingSlots(cut: ConnectorUnderTest, model: ModelName, injections: readonly Injection[], slots: readonly number[]): Promise<Map<number, unknown>> {
  const failing = new Map<number, unknown>();
  if (slots.length === 0) return failing;
  const own = injections.filter((i) => slots.includes(i.vector.slot));
  const { errors, isolated } = await probeSlots(cut, buildWorld(own, slots), model, slots);
  const failed = slots.filter((slot) => errors.get(slot) !== undefined);
  if (failed.length === 0) return failing;
  if (isolated || slots.length === 1) {
    for (const slot of failed) failing.set(slot, errors.get(slot));
    return failing;
  }
  for (const part of [slots.slice(0, slots.length / 2), slots.slice(slots.length / 2)]) {
    for (const [slot, error] of await failingSlots(cut, model, injections, part)) failing.set(slot, error);
  }
  return failing;
}

/**
 * Every vector in every field of `model`, through the connector. Values the
 * domain schema accepts are served all at once (one instance per vector,
 * every field injected) and read back; where a read fails, the injections
 * are narrowed down. Values the schema refuses are served one at a time (or
 * side by side where the connector reads each instance on its own), so each
 * refusal is the connector's own answer to that one value. Last, each
 * vector's accepted values are read back together, as the widgets get them.
 */
export async function classifyModel(cut: ConnectorUnderTest, fields: readonly FieldSpec[], vectors: readonly Vector[]): Promise<ModelOutcome> {
  const injections = fields.flatMap((field) => vectors.map((vector) => ({ field, vector })));
  const expectedRefused = injections.filter(predictedRefusal);
  const expectedOk = injections.filter((i) => !expectedRefused.includes(i));
  const model = fields[0]!.model;
  const slots = vectors.map((v) => v.slot);
  const bulk = await probeSlots(cut, buildWorld(expectedOk, slots), model, slots);
  const bulkPassed = [...bulk.errors.values()].every((error) => error === undefined);
  const refused = bulkPassed ? new Map<Injection, unknown>() : await refusedAmong(cut, expectedOk);
  for (const field of fields) {
    const answers = await answersOf(cut, expectedRefused.filter((i) => i.field === field));
    for (const [injection, error] of answers) if (error !== undefined) refused.set(injection, error);
  }
  const outcomes = fields.map((field) => {
    const outcome: FieldOutcome = { connector: cut.name, field, accepted: [], refused: [], untyped: [] };
    for (const injection of injections.filter((i) => i.field === field)) {
      const error = refused.get(injection);
      if (error === undefined) outcome.accepted.push(injection.vector);
      else if (isOzgError(error)) outcome.refused.push({ vector: injection.vector, error });
      else outcome.untyped.push({ vector: injection.vector, error });
    }
    return outcome;
  });
  const accepted = injections.filter((i) => !refused.has(i));
  // Read together already when all the schema accepts was read at once and all it refuses was refused.
  const readTogether = bulkPassed && expectedRefused.every((i) => refused.has(i));
  const failing = readTogether ? new Map<number, unknown>() : await failingSlots(cut, model, accepted, slots);
  const combined = [...failing].map(([slot, error]) => ({
    model,
    vector: vectors.find((v) => v.slot === slot)!,
    injections: accepted.filter((i) => i.vector.slot === slot),
    error,
  }));
  return { fields: outcomes, combined };
}
