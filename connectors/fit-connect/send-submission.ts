/**
 * Sending an application through FIT-Connect, steps 1–5 of
 * fit-connect-submission.ts: the destination found and its key checked,
 * the submission opened, attachments and data encrypted and uploaded, the
 * metadata built, the submission sent, the receipt made. Loaded with the
 * first submission, with the Submission API's requests and answer schemas
 * (submission-api-v1.ts) and together with the encryption code: a page that
 * only looks up a status or names the recipient never downloads them.
 */
import type { CallOptions } from '../../src/connector/contract.js';
import { OzgError, isAbortError, isOzgError } from '../../src/connector/errors.js';
import { parseBody, type HttpClient } from '../../src/http/client.js';
import { Receipt } from '../../src/model/receipt.js';
import { derivedId } from './derived-id.js';
import { LEIKA_URN_PREFIX } from './destination-signature.js';
import { checkEncryptionKey } from './encryption-key.js';
import type { CheckedSubmission, FitConnectSubmissionSettings } from './fit-connect-submission.js';
import type { Encrypter } from './jwe-encryption.js';
import { loadEncryption, type EncryptionModule } from './load-encryption.js';
import { buildMetadataV2, metadataMediaType, readsMetadataV2, type ReplyChannelV2 } from './metadata-v2.js';
import { nextSteps } from './receipt-texts.js';
import { regionOf, type FitConnectRouting } from './routing.js';
import { sha512Hex } from './sha512.js';
import { SubmissionApiV1, type PublicDestination } from './submission-api-v1.js';
import { submissionProgress, type CreatedSubmission, type SubmissionProgress } from './submission-progress.js';

interface Target {
  destinationId: string;
  authorityName: string | undefined;
}

const PIN = /^\d{6}$/;

export class SubmissionSender {
  readonly #api: SubmissionApiV1;
  readonly #routing: FitConnectRouting;
  readonly #settings: FitConnectSubmissionSettings;

  constructor(client: HttpClient, routing: FitConnectRouting, settings: FitConnectSubmissionSettings) {
    this.#api = new SubmissionApiV1(client);
    this.#routing = routing;
    this.#settings = settings;
  }

  /** Sends once per idempotency key at a time; a retry resumes where the last attempt stopped. */
  send(submission: CheckedSubmission, options: CallOptions): Promise<Receipt> {
    const key = `${this.#settings.proxyUrl}\n${submission.idempotencyKey}`;
    return submissionProgress.serialize(key, () => this.#send(submission, submissionProgress.get(key), options));
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
    const ars = regionOf(submission.region, this.#settings.ars);
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

  #replyChannel(submission: CheckedSubmission): ReplyChannelV2 | undefined {
    const channel = this.#settings.replyChannel;
    const address = submission.replyTo?.email;
    if (!channel || !address) return undefined;
    return channel === 'eMail' ? { eMail: { address } } : { deMail: { address } };
  }}

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
