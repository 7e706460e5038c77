/**
 * Submission: what the application form hands to a connector. It is built in
 * the browser, so it is validated on the way out, not parsed from a backend.
 */
import * as z from 'zod/mini';
import { LanguageTag, Text, list } from './common.js';
import { Email, HttpUrl, Uuid } from './formats.js';

/** One attached file. */
export const SubmissionAttachment = z.object({
  /** The id of the `AttachmentSpec` (form definition) it answers. */
  specId: Text,
  file: z.instanceof(Blob),
  name: Text,
  /** Media type, e.g. `application/pdf`. */
  type: Text,
  size: z.number().check(z.nonnegative()),
});
export type SubmissionAttachment = z.infer<typeof SubmissionAttachment>;

export const Submission = z.object({
  serviceId: Text,
  formId: Text,
  formVersion: z.optional(z.string()),
  schemaUri: z.optional(HttpUrl),
  leikaKey: z.optional(z.string()),
  /** Regional key (ARS) of the place the application is for. */
  region: z.optional(z.string()),
  /** The form data, keyed as the data schema says. */
  data: z.record(z.string(), z.unknown()),
  attachments: list(SubmissionAttachment),
  /**
   * Same key for every retry of the same application, so a retry after a
   * timeout cannot create a second one.
   */
  idempotencyKey: Uuid,
  language: z._default(LanguageTag, 'de'),
  /** Where the authority may reply, when the form asked for it. */
  replyTo: z.optional(z.object({ email: z.optional(Email) })),
});
export type Submission = z.infer<typeof Submission>;
