/**
 * A status update for the BundID "Statusmonitor" (ZBP, Zentrales
 * Bürgerpostfach), as the authority sends it through FIT-Connect with the
 * service identifier `urn:schema-fitko-de:fit-connect:id.bund.de:status_v6`:
 * the `content` object of the signed envelope, e.g.
 *
 * ```json
 * { "applicationId": "9ef6c096-…", "status": "PROCESSING",
 *   "publicServiceName": { "de": "Bauantrag" }, "senderName": "Bauaufsicht",
 *   "createdDate": "2025-01-20T10:00:00.000Z", "statusDetails": { "de": "In Prüfung" },
 *   "additionalInformation": { "de": "…" }, "reference": "AZ-4711" }
 * ```
 *
 * No official schema is published; field names and limits follow a public
 * client (see test/fixtures/fit-connect/README.md). Texts are maps from
 * language to text.
 */
import * as z from 'zod/mini';
import { IsoDateTime } from '../../src/model/formats.js';

export const ZBP_STATUS = ['INITIATED', 'SUBMITTED', 'RECEIVED', 'PROCESSING', 'ACTION_REQUIRED', 'COMPLETED'] as const;
export type ZbpStatus = (typeof ZBP_STATUS)[number];

/** Text per language, e.g. `{ "de": "In Prüfung", "en": "Under review" }`. */
export const LocalizedText = z.record(z.string().check(z.minLength(1)), z.string());
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ZbpStatusUpdate = z.looseObject({
  /** The application's id in BundID (metadata `additionalReferenceInfo.idBundDeApplicationId`). */
  applicationId: z.string().check(z.minLength(1)),
  status: z.enum(ZBP_STATUS),
  publicServiceName: z.optional(LocalizedText),
  senderName: z.optional(z.string()),
  createdDate: IsoDateTime,
  statusDetails: z.optional(LocalizedText),
  additionalInformation: z.optional(LocalizedText),
  /** The authority's file number. */
  reference: z.optional(z.string()),
});
export type ZbpStatusUpdate = z.infer<typeof ZbpStatusUpdate>;
