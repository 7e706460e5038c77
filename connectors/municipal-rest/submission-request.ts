/**
 * Sending an application over the municipal-rest contract:
 * `POST /submissions` as `multipart/form-data` — a JSON part `submission`
 * (everything but the files) and one part `attachment` per file, in the
 * order the JSON lists them — with the submission's `Idempotency-Key`.
 * Loaded with the first submission (submission.ts): a page that never sends
 * downloads neither this nor the submission and receipt schemas.
 *
 * The key makes the request safe to repeat: the HTTP client retries it after
 * a 5xx or 429, and a citizen's "try again" after a timeout sends the same
 * key, so the backend answers with the receipt of the application it already
 * has instead of creating a second one. Personal data travels only in the
 * body, never in the URL (which ends up in server logs).
 */
import { HttpClient, OzgError, Receipt, Submission, isOzgError, type CallOptions } from '../../src/index.js';
import type { SubmissionMetadata } from './api-schemas.js';

/** Name of the JSON part. */
export const SUBMISSION_PART = 'submission';
/** Name of every file part. */
export const ATTACHMENT_PART = 'attachment';

/** Sends the application; resolves with the backend's receipt. */
export async function postSubmission(client: HttpClient, submission: Submission, options: CallOptions): Promise<Receipt> {
  options.signal?.throwIfAborted();
  const body = multipartBody(submission);
  try {
    return await client.post('submissions', body, Receipt, {
      signal: options.signal,
      language: options.language ?? submission.language,
      idempotencyKey: submission.idempotencyKey,
    });
  } catch (error) {
    // 409: the first request with this key is still being processed. Trying
    // again later with the same key is safe and yields its receipt.
    if (isOzgError(error) && error.status === 409) {
      throw new OzgError('unavailable', 'The backend is still processing an earlier attempt of this submission', {
        status: 409,
        retryAfterSeconds: error.retryAfterSeconds,
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The request body. Throws `rejected` for a submission that breaks the
 * domain schema (a bug in the caller): nothing is sent then.
 */
export function multipartBody(input: Submission): FormData {
  const checked = Submission.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new OzgError('rejected', `Not a valid submission: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`, { cause: checked.error });
  }
  const submission = checked.data;
  const metadata: SubmissionMetadata = {
    serviceId: submission.serviceId,
    formId: submission.formId,
    formVersion: submission.formVersion,
    schemaUri: submission.schemaUri,
    leikaKey: submission.leikaKey,
    region: submission.region,
    language: submission.language,
    replyTo: submission.replyTo,
    data: submission.data,
    // The size of the bytes actually sent, which the backend checks against the part.
    attachments: submission.attachments.map((a) => ({ specId: a.specId, name: a.name, type: a.type, size: a.file.size })),
  };
  const body = new FormData();
  body.append(SUBMISSION_PART, new Blob([JSON.stringify(metadata)], { type: 'application/json' }), 'submission.json');
  for (const attachment of submission.attachments) {
    // slice() relabels the bytes with the declared media type without copying them.
    body.append(ATTACHMENT_PART, attachment.file.slice(0, attachment.file.size, attachment.type), attachment.name);
  }
  return body;
}
