/**
 * FIT-Connect Submission API version 1 (1.1.3, vendored in
 * test/fixtures/fit-connect/submission-api-v1.1.3.yaml) as the sender proxy
 * forwards it: every path of the API's `/v1/…` below
 * `{proxyUrl}submission/v1/…`, the proxy adding the OAuth token.
 *
 * | step | request | answer |
 * | --- | --- | --- |
 * | destination | `GET submission/v1/destinations/{destinationId}` | `encryptionKid`, services, metadata versions, status |
 * | its key | `GET submission/v1/destinations/{destinationId}/keys/{kid}` | the public encryption key (JWK) |
 * | announce | `POST submission/v1/submissions` `{ destinationId, announcedAttachments, serviceType }` | `201` `{ destinationId, submissionId, caseId }` |
 * | attachment | `PUT submission/v1/submissions/{id}/attachments/{attachmentId}`, body JWE, `Content-Type: application/jose` | `204` |
 * | send | `PUT submission/v1/submissions/{id}` `{ encryptedMetadata, encryptedData }` | `202` the submission; the proxy adds the status PIN in `X-Ozg-Status-Pin` |
 *
 * Everything version-specific is here: a version 2 of the API gets a file of
 * its own with the same methods.
 */
import * as z from 'zod/mini';
import type { CallOptions } from '../../src/connector/contract.js';
import type { HttpClient } from '../../src/http/client.js';
import { list } from '../../src/model/common.js';
import { Guid } from '../../src/model/formats.js';

const BASE = 'submission/v1/';
/** The response header in which the proxy hands out the PIN for the status lookup. */
export const STATUS_PIN_HEADER = 'x-ozg-status-pin';

/** JWE compact serialisation: the spec's pattern for encrypted parts. */
export const JWE_COMPACT = /^[a-zA-Z0-9-_=.]+$/;

export const DestinationService = z.looseObject({
  identifier: z.string(),
  regions: list(z.string()),
  submissionSchemas: list(z.looseObject({ schemaUri: z.string(), mimeType: z.optional(z.string()) })),
});

/** `PublicDestination`: what a sender learns about a destination. */
export const PublicDestination = z.looseObject({
  destinationId: Guid,
  encryptionKid: z.string().check(z.minLength(1), z.maxLength(64)),
  metadataVersions: z.array(z.string()).check(z.minLength(1)),
  services: z.array(DestinationService).check(z.minLength(1)),
  status: z.enum(['created', 'active', 'inactive', 'decommissioned']),
});
export type PublicDestination = z.infer<typeof PublicDestination>;

/** A JSON Web Key as the API describes it (`JWK`); its fitness for encryption is checked in encryption-key.ts. */
export const Jwk = z.looseObject({
  kty: z.string(),
  key_ops: z.array(z.string()),
  alg: z.string(),
  kid: z.string(),
  n: z.string(),
  e: z.string(),
  x5c: z.optional(z.array(z.string())),
});
export type Jwk = z.infer<typeof Jwk>;

export const CreateSubmission = z.object({
  destinationId: z.string(),
  announcedAttachments: z.array(z.string()),
  serviceType: z.object({ name: z.string(), identifier: z.string() }),
});
export type CreateSubmission = z.infer<typeof CreateSubmission>;

export const SubmissionCreated = z.looseObject({
  destinationId: Guid,
  submissionId: Guid,
  caseId: Guid,
});
export type SubmissionCreated = z.infer<typeof SubmissionCreated>;

export const SubmitSubmission = z.object({
  encryptedMetadata: z.string().check(z.regex(JWE_COMPACT)),
  encryptedData: z.optional(z.string().check(z.regex(JWE_COMPACT))),
});
export type SubmitSubmission = z.infer<typeof SubmitSubmission>;

/** `SubmissionReduced`: the answer to sending. */
export const SubmissionSent = z.looseObject({
  destinationId: Guid,
  submissionId: Guid,
  caseId: Guid,
  attachments: list(Guid),
});
export type SubmissionSent = z.infer<typeof SubmissionSent>;

/** `204 No Content`. */
const NoContent = z.unknown();

export interface WriteOptions extends CallOptions {
  /** Makes the write safe to repeat (sent as `Idempotency-Key`). */
  idempotencyKey: string;
}

const segment = (id: string) => encodeURIComponent(id);

export class SubmissionApiV1 {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  destination(destinationId: string, options: CallOptions = {}): Promise<PublicDestination> {
    return this.#client.getJson(`${BASE}destinations/${segment(destinationId)}`, PublicDestination, { signal: options.signal });
  }

  key(destinationId: string, kid: string, options: CallOptions = {}): Promise<Jwk> {
    return this.#client.getJson(`${BASE}destinations/${segment(destinationId)}/keys/${segment(kid)}`, Jwk, { signal: options.signal });
  }

  create(body: CreateSubmission, options: WriteOptions): Promise<SubmissionCreated> {
    return this.#client.post(`${BASE}submissions`, body, SubmissionCreated, { signal: options.signal, idempotencyKey: options.idempotencyKey });
  }

  async uploadAttachment(submissionId: string, attachmentId: string, jwe: string, options: WriteOptions): Promise<void> {
    await this.#client.put(`${BASE}submissions/${segment(submissionId)}/attachments/${segment(attachmentId)}`, jwe, NoContent, {
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
      headers: { 'content-type': 'application/jose' },
    });
  }

  /** Sends the submission; resolves with the answer and the status PIN, when the proxy handed one out. */
  async submit(submissionId: string, body: SubmitSubmission, options: WriteOptions): Promise<{ sent: SubmissionSent; pin: string | undefined }> {
    const answer = await this.#client.exchange('put', `${BASE}submissions/${segment(submissionId)}`, body, SubmissionSent, [STATUS_PIN_HEADER], {
      signal: options.signal,
      idempotencyKey: options.idempotencyKey,
    });
    return { sent: answer.value, pin: answer.headers[STATUS_PIN_HEADER] };
  }
}
