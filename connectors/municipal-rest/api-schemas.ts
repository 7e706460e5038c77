/**
 * Formats of the municipal-rest contract that are not domain objects: the
 * page envelope of `GET /services`, the JSON part of `POST /submissions`, the
 * body of `POST /status` and the RFC 9457 problem details of every error.
 * Together with the domain schemas they make the `components.schemas` of
 * `docs/municipal-rest.openapi.yaml`.
 */
import * as z from 'zod/mini';
import { Email, HttpUrl, LanguageTag, ServiceSummary, Text, integer, list } from '../../src/index.js';

const PositiveInt = integer(z.minimum(1));
const Count = integer(z.nonnegative());

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

/** One attached file as the JSON part of a submission lists it; its bytes are the part of the same position. */
export const SubmissionAttachmentMetadata = z.object({
  /** The `id` of the form's `AttachmentSpec` this file answers. */
  specId: Text,
  /** File name as the citizen chose it; also the part's `filename`. */
  name: Text,
  /** Media type, e.g. `application/pdf`; also the part's `Content-Type`. */
  type: Text,
  /** Size in bytes of the part. */
  size: integer(z.nonnegative()),
});
export type SubmissionAttachmentMetadata = z.infer<typeof SubmissionAttachmentMetadata>;

/**
 * The part `submission` (`application/json`) of `POST /submissions`: the
 * application without its files. The files follow as parts named
 * `attachment`, in the order of `attachments`.
 */
export const SubmissionMetadata = z.object({
  /** The service applied for (its `id` in the catalog). */
  serviceId: Text,
  /** The form filled in, and its version, as `GET /forms/{serviceId}` gave them. */
  formId: Text,
  formVersion: z.optional(z.string()),
  /** Identifier of the data schema, e.g. a FIM schema URI. */
  schemaUri: z.optional(HttpUrl),
  leikaKey: z.optional(z.string()),
  /** Amtlicher Regionalschlüssel of the place the application is for. */
  region: z.optional(z.string()),
  /** The language the citizen used; answers and messages should use it. */
  language: z._default(LanguageTag, 'de'),
  /** Where the authority may reply, when the form asked for it. */
  replyTo: z.optional(z.object({ email: z.optional(Email) })),
  /** The form data, keyed as the form's data schema says (e.g. FIM ids). */
  data: z.record(z.string(), z.unknown()),
  attachments: list(SubmissionAttachmentMetadata),
});
export type SubmissionMetadata = z.infer<typeof SubmissionMetadata>;

/**
 * The body of `POST /status`: which case, and the PIN from the receipt that
 * proves it is the citizen's. Sent in the body so that neither reaches a URL.
 */
export const StatusLookup = z.object({
  /** The reference number as on the receipt, in its canonical form (e.g. `MS-2026-000123-7`). */
  reference: Text,
  /** The PIN from the receipt (`Receipt.statusLookup.pin`), without spaces. */
  secondFactor: z.object({ kind: z.literal('pin'), value: Text }),
});
export type StatusLookup = z.infer<typeof StatusLookup>;

/** One invalid query parameter or field (RFC 9457 §3 example extension). */
export const InvalidParam = z.object({
  /**
   * The parameter's name, or for a field of a submission the JSON Pointer
   * (RFC 6901) into `data`, e.g. `/G60000086/F60000246`.
   */
  name: z.string(),
  /** Why, in words a citizen understands for fields (shown next to the field), in the submission's language. */
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
  status: z.optional(integer(z.minimum(400), z.maximum(599))),
  /** What went wrong in this case, for developers (not shown to citizens). */
  detail: z.optional(z.string()),
  /** The request path the problem is about. */
  instance: z.optional(z.string()),
  /** Parameters that were refused (400) or fields (422), when any. */
  'invalid-params': z.optional(z.array(InvalidParam)),
});
export type Problem = z.infer<typeof Problem>;
