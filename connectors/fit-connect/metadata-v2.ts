/**
 * The metadata of a FIT-Connect submission (Metadatensatz), schema 2.1.0
 * (`https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json`,
 * vendored in test/fixtures/fit-connect/), as far as the connector writes it:
 *
 * - `contentStructure.data`: the SHA-512 of the exact data bytes that are
 *   encrypted, and the data's schema (`schemaUri`, `application/json`);
 * - `contentStructure.attachments`: per attachment its id, SHA-512, file
 *   name, media type and purpose `attachment` (uploaded by the citizen);
 * - `replyChannel`: `eMail` or `deMail` with the citizen's address, when the
 *   city configured one and the citizen gave an address;
 * - `additionalReferenceInfo`: `senderReference` (the application's key,
 *   after the configured prefix) and `applicationDate` (the day of sending).
 *
 * The metadata is built, then parsed by this model before it is encrypted:
 * what the receiving authority cannot read is never sent. The tests check
 * the same documents against the published JSON Schema.
 */
import * as z from 'zod/mini';
import { AnyUrl, Email, Guid, IsoDate } from '../../src/model/formats.js';

export const METADATA_SCHEMA_URI = 'https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json';
export const METADATA_VERSION = '2.1.0';

/** A media type as the schema allows it (`type/subtype`, no parameters). */
export const MEDIA_TYPE = /^[-\w.]+\/[-\w.+]+$/;

const Sha512 = z.strictObject({
  type: z.literal('sha512'),
  content: z.string().check(z.regex(/^[a-f0-9]{128}$/)),
});

const AttachmentEntry = z.strictObject({
  hash: Sha512,
  purpose: z.literal('attachment'),
  filename: z.optional(z.string()),
  mimeType: z.string().check(z.regex(MEDIA_TYPE)),
  attachmentId: Guid,
});

const Address = z.strictObject({ address: Email });

export const ReplyChannelV2 = z.union([z.strictObject({ eMail: Address }), z.strictObject({ deMail: Address })]);
export type ReplyChannelV2 = z.infer<typeof ReplyChannelV2>;

export const MetadataV2 = z.strictObject({
  $schema: z.literal(METADATA_SCHEMA_URI),
  contentStructure: z.strictObject({
    data: z.strictObject({
      hash: Sha512,
      submissionSchema: z.strictObject({ schemaUri: AnyUrl, mimeType: z.literal('application/json') }),
    }),
    attachments: z.array(AttachmentEntry),
  }),
  replyChannel: z.optional(ReplyChannelV2),
  additionalReferenceInfo: z.optional(
    z.strictObject({
      senderReference: z.optional(z.string().check(z.minLength(1))),
      applicationDate: z.optional(IsoDate),
    }),
  ),
});
export type MetadataV2 = z.infer<typeof MetadataV2>;

export interface AttachmentDescription {
  attachmentId: string;
  /** SHA-512 of the plaintext bytes, hex. */
  sha512: string;
  filename: string;
  mediaType: string;
}

export interface MetadataParts {
  /** SHA-512 of the data bytes that are encrypted, hex. */
  dataSha512: string;
  schemaUri: string;
  attachments: readonly AttachmentDescription[];
  replyChannel?: ReplyChannelV2 | undefined;
  senderReference: string;
  /** `YYYY-MM-DD`. */
  applicationDate: string;
}

/**
 * The metadata document. Throws the zod error when a part does not fit the
 * model (a bug on this side, never the citizen's input: it was checked
 * before).
 */
export function buildMetadataV2(parts: MetadataParts): MetadataV2 {
  return MetadataV2.parse({
    $schema: METADATA_SCHEMA_URI,
    contentStructure: {
      data: {
        hash: { type: 'sha512', content: parts.dataSha512 },
        submissionSchema: { schemaUri: parts.schemaUri, mimeType: 'application/json' },
      },
      attachments: parts.attachments.map((a) => ({
        hash: { type: 'sha512', content: a.sha512 },
        purpose: 'attachment',
        filename: a.filename,
        mimeType: a.mediaType,
        attachmentId: a.attachmentId,
      })),
    },
    ...(parts.replyChannel ? { replyChannel: parts.replyChannel } : {}),
    additionalReferenceInfo: { senderReference: parts.senderReference, applicationDate: parts.applicationDate },
  });
}

/** Whether a destination's `metadataVersions` include one that reads 2.1.0 (2.x with x ≥ 1, by semantic versioning). */
export function readsMetadataV2(versions: readonly string[]): boolean {
  return versions.some((version) => {
    const match = /^2\.(\d+)\.\d+$/.exec(version);
    return match !== null && Number(match[1]) >= 1;
  });
}

/** The media type for the metadata: parameters dropped; what the schema would refuse becomes `application/octet-stream`. */
export function metadataMediaType(type: string): string {
  const bare = type.split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(bare) ? bare : 'application/octet-stream';
}
