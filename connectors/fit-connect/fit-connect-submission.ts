/**
 * The `submission` capability of the `fit-connect` connector: applications
 * sent end-to-end encrypted through FIT-Connect, by way of the city's sender
 * proxy.
 *
 * 1. where to: the configured `destinationId`, or the Routing API for the
 *    service's Leistungsschlüssel in the region (routing.ts);
 * 2. the destination's encryption key, checked (encryption-key.ts);
 * 3. a new submission, announcing one id per attachment;
 * 4. per attachment: SHA-512 of its bytes, the bytes encrypted (JWE), uploaded;
 * 5. the metadata (metadata-v2.ts) with the hashes, data and metadata
 *    encrypted, the submission sent; the proxy answers with the status PIN.
 *
 * The receipt's reference is the case id, which the status capability takes
 * with the PIN. Each step checks the abort signal; a retry with the same
 * idempotency key resumes where the last attempt stopped
 * (submission-progress.ts). The encryption code (`jose`) is loaded only
 * when a submission starts (load-encryption.ts).
 */
import type { CallOptions, SubmissionCapability } from '../../src/connector/contract.js';
import { OzgError, isAbortError, isOzgError } from '../../src/connector/errors.js';
import { parseBody } from '../../src/http/client.js';
import { Receipt, type Recipient } from '../../src/model/receipt.js';
import { Submission } from '../../src/model/submission.js';
import { raceAbort } from '../../src/abort.js';
import { derivedId } from './derived-id.js';
import { LEIKA_URN_PREFIX } from './destination-signature.js';
import { checkEncryptionKey } from './encryption-key.js';
import type { Encrypter } from './jwe-encryption.js';
import { loadEncryption, type EncryptionModule } from './load-encryption.js';
import { buildMetadataV2, metadataMediaType, readsMetadataV2, type ReplyChannelV2 } from './metadata-v2.js';
import { nextSteps } from './receipt-texts.js';
import { LEIKA_KEY, ROUTING_ARS, type FitConnectRouting } from './routing.js';
import { sha512Hex } from './sha512.js';
import type { PublicDestination, SubmissionApiV1 } from './submission-api-v1.js';
import { submissionProgress, type CreatedSubmission, type SubmissionProgress } from './submission-progress.js';

export interface FitConnectSubmissionSettings {
  /** The proxy's base URL: progress is remembered per proxy and key. */
  proxyUrl: string;
  ars?: string | undefined;
  destinationId?: string | undefined;
  replyChannel?: 'eMail' | 'deMail' | undefined;
  senderReferencePrefix?: string | undefined;
}

/** A submission that passed the checks done before any request. */
interface CheckedSubmission extends Submission {
  leikaKey: string;
  schemaUri: string;
}

interface Target {
  destinationId: string;
  authorityName: string | undefined;
}

const PIN = /^\d{6}$/;

export class FitConnectSubmission implements SubmissionCapability {
  readonly #api: SubmissionApiV1;
  readonly #routing: FitConnectRouting;
  readonly #settings: FitConnectSubmissionSettings;

  constructor(api: SubmissionApiV1, routing: FitConnectRouting, settings: FitConnectSubmissionSettings) {
    this.#api = api;
    this.#routing = routing;
    this.#settings = settings;
  }

  /**
   * The authority the Routing API names for the service, or undefined when
   * it cannot be asked (no Leistungsschlüssel, or a fixed destination).
   */
  async recipient(
    target: { serviceId: string; leikaKey?: string | undefined; region?: string | undefined },
    options: CallOptions = {},
  ): Promise<Recipient | undefined> {
    options.signal?.throwIfAborted();
    if (this.#settings.destinationId !== undefined) return undefined;
    const ars = this.#regionOf(target.region);
    if (!target.leikaKey || !LEIKA_KEY.test(target.leikaKey) || !ars) return undefined;
    return (await this.#routing.destinationFor(target.leikaKey, ars, options)).recipient;
  }

  async submit(input: Submission, options: CallOptions = {}): Promise<Receipt> {
    options.signal?.throwIfAborted();
    const submission = checkSubmission(input);
    const key = `${this.#settings.proxyUrl}\n${submission.idempotencyKey}`;
    const run = submissionProgress.serialize(key, () => this.#send(submission, submissionProgress.get(key), options));
    return raceAbort(run, options.signal);
  }

  async #send(submission: CheckedSubmission, progress: SubmissionProgress, options: CallOptions): Promise<Receipt> {
    const { signal } = options;
    const step = () => signal?.throwIfAborted();
    step();
    if (progress.receipt) return progress.receipt;

    // The encryption code downloads while the destination is looked up.
    const encryption = loadEncryption();
    encryption.catch(() => undefined);

    const target = await this.#target(submission, progress.created, options);
    step();
    const destinationId = progress.created?.destinationId ?? target.destinationId;
    const destination = await this.#api.destination(destinationId, { signal });
    step();
    checkDestination(destination, destinationId, submission.leikaKey);
    const jwk = await this.#api.key(destinationId, destination.encryptionKid, { signal });
    step();
    const encrypter = await createEncrypter(await loaded(encryption), checkEncryptionKey(jwk, destination.encryptionKid));
    step();

    const created = progress.created ?? (progress.created = await this.#create(submission, destinationId, signal));
    step();
    if (created.attachmentIds.length !== submission.attachments.length) {
      throw new OzgError('rejected', `This application was started with ${created.attachmentIds.length} attachments, the retry has ${submission.attachments.length}`);
    }
    for (const [index, attachment] of submission.attachments.entries()) {
      const attachmentId = created.attachmentIds[index]!;
      if (progress.uploaded.has(attachmentId)) continue;
      const bytes = await readFile(attachment.file, attachment.name);
      step();
      const hash = await sha512Hex(bytes);
      const jwe = await encrypt(encrypter, bytes, metadataMediaType(attachment.type));
      step();
      await this.#api.uploadAttachment(created.submissionId, attachmentId, jwe, { signal, idempotencyKey: attachmentId });
      progress.hashes.set(attachmentId, hash);
      progress.uploaded.add(attachmentId);
      step();
    }

    // The hash is taken of exactly the bytes that are encrypted.
    const data = new TextEncoder().encode(JSON.stringify(submission.data));
    const replyChannel = this.#replyChannel(submission);
    const metadata = metadataOf({
      dataSha512: await sha512Hex(data),
      schemaUri: submission.schemaUri,
      attachments: submission.attachments.map((attachment, index) => {
        const attachmentId = created.attachmentIds[index]!;
        return { attachmentId, sha512: progress.hashes.get(attachmentId)!, filename: attachment.name, mediaType: metadataMediaType(attachment.type) };
      }),
      replyChannel,
      senderReference: `${this.#settings.senderReferencePrefix ?? ''}${submission.idempotencyKey}`,
      applicationDate: localDate(new Date()),
    });
    const encryptedData = await encrypt(encrypter, data, 'application/json');
    const encryptedMetadata = await encrypt(encrypter, new TextEncoder().encode(JSON.stringify(metadata)), 'application/json');
    step();

    const { sent, pin } = await this.#api.submit(
      created.submissionId,
      { encryptedMetadata, encryptedData },
      { signal, idempotencyKey: await derivedId(submission.idempotencyKey, 'submit') },
    );
    if (!sameId(sent.submissionId, created.submissionId) || !sameId(sent.caseId, created.caseId)) {
      throw new OzgError('invalid-response', `The proxy confirmed submission ${sent.submissionId} of case ${sent.caseId}, not ${created.submissionId} of ${created.caseId}`);
    }
    const withPin = pin !== undefined && PIN.test(pin);
    const receipt = parseBody(
      Receipt,
      {
        reference: created.caseId,
        submittedAt: new Date().toISOString(),
        ...(target.authorityName ? { authorityName: target.authorityName } : {}),
        nextSteps: nextSteps({
          language: options.language ?? submission.language,
          authorityName: target.authorityName,
          withPin,
          replyAddress: replyChannel ? Object.values(replyChannel)[0]!.address : undefined,
        }),
        ...(withPin ? { statusLookup: { secondFactor: 'pin', pin } } : {}),
      },
      `the FIT-Connect submission ${created.submissionId}`,
    );
    progress.receipt = receipt;
    return receipt;
  }

  /** Where the application goes: the fixed destination, or the one the Routing API names. */
  async #target(submission: CheckedSubmission, created: CreatedSubmission | undefined, options: CallOptions): Promise<Target> {
    if (this.#settings.destinationId !== undefined) return { destinationId: this.#settings.destinationId, authorityName: undefined };
    const ars = this.#regionOf(submission.region);
    if (!ars) {
      if (created) return { destinationId: created.destinationId, authorityName: undefined };
      throw new OzgError('rejected', 'The fit-connect connector needs "ars" or "destinationId" to send applications');
    }
    return this.#routing.destinationFor(submission.leikaKey, ars, options);
  }

  async #create(submission: CheckedSubmission, destinationId: string, signal: AbortSignal | undefined): Promise<CreatedSubmission> {
    const attachmentIds = await Promise.all(submission.attachments.map((_, index) => derivedId(submission.idempotencyKey, `attachment ${index}`)));
    const answer = await this.#api.create(
      {
        destinationId,
        announcedAttachments: attachmentIds,
        serviceType: { name: submission.serviceId, identifier: `${LEIKA_URN_PREFIX}${submission.leikaKey}` },
      },
      // The application's own key: a proxy that honours it opens no second submission even after a reload.
      { signal, idempotencyKey: submission.idempotencyKey },
    );
    if (!sameId(answer.destinationId, destinationId)) {
      throw new OzgError('invalid-response', `The submission was opened for destination ${answer.destinationId}, not ${destinationId}`);
    }
    return { destinationId, submissionId: answer.submissionId, caseId: answer.caseId, attachmentIds };
  }

  #regionOf(region: string | undefined): string | undefined {
    return region !== undefined && ROUTING_ARS.test(region) ? region : this.#settings.ars;
  }

  #replyChannel(submission: CheckedSubmission): ReplyChannelV2 | undefined {
    const channel = this.#settings.replyChannel;
    const address = submission.replyTo?.email;
    if (!channel || !address) return undefined;
    return channel === 'eMail' ? { eMail: { address } } : { deMail: { address } };
  }
}

/** Refuses, before any request, what FIT-Connect cannot take. */
function checkSubmission(input: Submission): CheckedSubmission {
  const checked = Submission.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new OzgError('rejected', `Not a valid submission: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`, { cause: checked.error });
  }
  const submission = checked.data;
  const { leikaKey, schemaUri } = submission;
  if (!leikaKey || !LEIKA_KEY.test(leikaKey)) {
    throw new OzgError('rejected', `FIT-Connect needs the service's Leistungsschlüssel (14 digits, 99…), not ${JSON.stringify(leikaKey ?? null)}`);
  }
  if (!schemaUri) throw new OzgError('rejected', 'FIT-Connect needs the URI of the data schema (schemaUri)');
  // WebCrypto, which hashes and encrypts, exists only in secure contexts (https, localhost).
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) {
    throw new OzgError('rejected', 'Encrypting an application needs a page served over https');
  }
  return { ...submission, leikaKey, schemaUri };
}

function checkDestination(destination: PublicDestination, destinationId: string, leikaKey: string): void {
  const about = `destination ${destinationId}`;
  if (!sameId(destination.destinationId, destinationId)) {
    throw new OzgError('invalid-response', `The proxy answered about destination ${destination.destinationId}, not ${destinationId}`);
  }
  if (destination.status === 'inactive') throw new OzgError('unavailable', `The ${about} is inactive for now`);
  if (destination.status !== 'active') throw new OzgError('rejected', `The ${about} does not take applications (status ${destination.status})`);
  if (!readsMetadataV2(destination.metadataVersions)) {
    throw new OzgError('rejected', `The ${about} reads metadata ${destination.metadataVersions.join(', ')}, not 2.1.0`);
  }
  const service = `${LEIKA_URN_PREFIX}${leikaKey}`;
  if (!destination.services.some((s) => s.identifier === service)) throw new OzgError('rejected', `The ${about} does not take applications for ${service}`);
}

async function loaded(encryption: Promise<EncryptionModule>): Promise<EncryptionModule> {
  try {
    return await encryption;
  } catch (error) {
    throw new OzgError('network', 'The encryption code could not be loaded', { cause: error });
  }
}

async function createEncrypter(module: EncryptionModule, key: Parameters<EncryptionModule['createEncrypter']>[0]): Promise<Encrypter> {
  try {
    return await module.createEncrypter(key);
  } catch (error) {
    throw new OzgError('invalid-response', `The destination's encryption key ${key.kid} cannot be imported`, { cause: error });
  }
}

async function encrypt(encrypter: Encrypter, bytes: Uint8Array, mediaType: string): Promise<string> {
  try {
    return await encrypter.encrypt(bytes, mediaType);
  } catch (error) {
    if (isOzgError(error) || isAbortError(error)) throw error;
    throw new OzgError('invalid-response', `Encrypting with the destination's key ${encrypter.kid} failed`, { cause: error });
  }
}

async function readFile(file: Blob, name: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new OzgError('rejected', `The attachment "${name}" cannot be read any more`, { cause: error });
  }
}

function metadataOf(parts: Parameters<typeof buildMetadataV2>[0]): ReturnType<typeof buildMetadataV2> {
  try {
    return buildMetadataV2(parts);
  } catch (error) {
    throw new OzgError('rejected', 'The application does not fit the FIT-Connect metadata', { cause: error });
  }
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The local calendar day, `YYYY-MM-DD` (the day the citizen sent it, not UTC's). */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
