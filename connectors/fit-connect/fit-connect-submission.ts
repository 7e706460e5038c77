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
 * (submission-progress.ts). The sending itself is send-submission.ts, with
 * the Submission API's requests and answer schemas (submission-api-v1.ts),
 * loaded with the first submission like the encryption code (`jose`,
 * load-encryption.ts): a page that only names the recipient or looks up a
 * status needs none of them.
 */
import type { CallOptions, SubmissionCapability } from '../../src/connector/contract.js';
import { OzgError } from '../../src/connector/errors.js';
import { loadPart } from '../../src/connector/load-part.js';
import type { Receipt, Recipient } from '../../src/model/receipt.js';
import { Submission } from '../../src/model/submission.js';
import { raceAbort } from '../../src/abort.js';
import type { HttpClient } from '../../src/http/client.js';
import { LEIKA_KEY, regionOf, type FitConnectRouting } from './routing.js';

export interface FitConnectSubmissionSettings {
  /** The proxy's base URL: progress is remembered per proxy and key. */
  proxyUrl: string;
  ars?: string | undefined;
  destinationId?: string | undefined;
  replyChannel?: 'eMail' | 'deMail' | undefined;
  senderReferencePrefix?: string | undefined;
}

/** A submission that passed the checks done before any request. */
export interface CheckedSubmission extends Submission {
  leikaKey: string;
  schemaUri: string;
}

export class FitConnectSubmission implements SubmissionCapability {
  readonly #client: HttpClient;
  readonly #routing: FitConnectRouting;
  readonly #settings: FitConnectSubmissionSettings;

  /** `client`: the sender proxy's, for the Submission API (submission-api-v1.ts) once the first submission starts. */
  constructor(client: HttpClient, routing: FitConnectRouting, settings: FitConnectSubmissionSettings) {
    this.#client = client;
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
    const ars = regionOf(target.region, this.#settings.ars);
    if (!target.leikaKey || !LEIKA_KEY.test(target.leikaKey) || !ars) return undefined;
    return (await this.#routing.destinationFor(target.leikaKey, ars, options)).recipient;
  }

  async submit(input: Submission, options: CallOptions = {}): Promise<Receipt> {
    options.signal?.throwIfAborted();
    const submission = checkSubmission(input);
    const sending = loadPart(() => import('./send-submission.js'), 'FIT-Connect sending code');
    const run = sending.then(({ SubmissionSender }) => new SubmissionSender(this.#client, this.#routing, this.#settings).send(submission, options));
    return raceAbort(run, options.signal);
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
