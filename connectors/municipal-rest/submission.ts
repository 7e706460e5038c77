/**
 * The submission capability over the municipal-rest contract: applications
 * sent as `POST /submissions` (submission-request.ts), which loads with the
 * first submission — a finder or status page never downloads the sending
 * code or the submission and receipt schemas.
 */
import { HttpClient, loadPart, type CallOptions, type Receipt, type Submission, type SubmissionCapability } from '../../src/index.js';

export class MunicipalRestSubmission implements SubmissionCapability {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  async submit(submission: Submission, options: CallOptions = {}): Promise<Receipt> {
    options.signal?.throwIfAborted();
    const { postSubmission } = await loadPart(() => import('./submission-request.js'), 'municipal-rest sending code');
    return postSubmission(this.#client, submission, options);
  }
}
