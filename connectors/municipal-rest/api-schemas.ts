/**
 * Response formats of the municipal-rest contract that are not domain
 * objects: the page envelope of `GET /services` and the RFC 9457 problem
 * details of every error. Together with the domain schemas they make the
 * `components.schemas` of `docs/municipal-rest.openapi.yaml`.
 */
import * as z from 'zod/mini';
import { ServiceSummary } from '../../src/index.js';

const PositiveInt = z.number().check(z.int(), z.minimum(1));
const Count = z.number().check(z.int(), z.nonnegative());

/** One page of `GET /services`. Pages are numbered from 1. */
export const ServicePage = z.object({
  /** The services of this page, as summaries (no long texts). */
  items: z.array(ServiceSummary),
  /** Number of this page, from 1. */
  page: PositiveInt,
  /** Page size the server used (it may cap the size asked for). */
  pageSize: PositiveInt,
  /** Services matching the filters, across all pages. */
  totalItems: Count,
  /** Pages at this page size; 0 when nothing matches. */
  totalPages: Count,
});
export type ServicePage = z.infer<typeof ServicePage>;

/** One invalid query parameter or field (RFC 9457 §3 example extension). */
export const InvalidParam = z.object({
  name: z.string(),
  reason: z.string(),
});

/**
 * Problem details (RFC 9457), sent as `application/problem+json` with every
 * 4xx and 5xx answer. Extension members are allowed.
 */
export const Problem = z.looseObject({
  /** URI of the problem type; `about:blank` when the status code says it all. */
  type: z._default(z.string(), 'about:blank'),
  /** Short summary of the problem type, e.g. `Not Found`. */
  title: z.optional(z.string()),
  /** The HTTP status code, repeated. */
  status: z.optional(z.number().check(z.int(), z.minimum(400), z.maximum(599))),
  /** What went wrong in this case, for developers (not shown to citizens). */
  detail: z.optional(z.string()),
  /** The request path the problem is about. */
  instance: z.optional(z.string()),
  /** Parameters that were refused (400) or fields (422), when any. */
  'invalid-params': z.optional(z.array(InvalidParam)),
});
export type Problem = z.infer<typeof Problem>;
