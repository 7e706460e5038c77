/**
 * How far each application got, by its idempotency key, for the page's
 * lifetime. FIT-Connect has no idempotency key of its own: a second
 * `POST /submissions` would open a second submission. So the connector
 * remembers, per key, the submission it created and what it already
 * uploaded, and a retry (after a dropped connection, a timeout, an abort)
 * resumes there: no second submission, no attachment uploaded twice, and
 * once sent, the same receipt without any request.
 *
 * Kept in memory only (a reload starts afresh; then the sender proxy's
 * handling of `Idempotency-Key` is what prevents a second submission, see
 * docs/connectors/fit-connect.md). Calls with the same key run one after
 * the other.
 */
import type { Receipt } from '../../src/model/receipt.js';

export interface CreatedSubmission {
  destinationId: string;
  submissionId: string;
  caseId: string;
  /** One id per attachment, in the submission's order, as announced. */
  attachmentIds: readonly string[];
}

export interface SubmissionProgress {
  created?: CreatedSubmission;
  /** Attachment ids whose upload the proxy confirmed. */
  readonly uploaded: Set<string>;
  /** SHA-512 (hex) per attachment id, computed once. */
  readonly hashes: Map<string, string>;
  /** Set once the submission was sent. */
  receipt?: Receipt;
}

const MAX_REMEMBERED = 100;

export class SubmissionProgressStore {
  readonly #progress = new Map<string, SubmissionProgress>();
  readonly #queues = new Map<string, Promise<unknown>>();

  get(key: string): SubmissionProgress {
    let progress = this.#progress.get(key);
    if (!progress) {
      if (this.#progress.size >= MAX_REMEMBERED) this.#forgetOldestFinished();
      progress = { uploaded: new Set(), hashes: new Map() };
      this.#progress.set(key, progress);
    }
    return progress;
  }

  /** Runs `task` after every earlier task of the same key has settled. */
  async serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(key, settled);
    void settled.then(() => {
      if (this.#queues.get(key) === settled) this.#queues.delete(key);
    });
    return run;
  }

  #forgetOldestFinished(): void {
    for (const [key, progress] of this.#progress) {
      if (progress.receipt || !progress.created) {
        this.#progress.delete(key);
        return;
      }
    }
  }
}

/** One store per page, shared by every fit-connect connector instance. */
export const submissionProgress = new SubmissionProgressStore();
