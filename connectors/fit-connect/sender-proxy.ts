/**
 * The city's FIT-Connect sender proxy, as the widgets see it. The proxy is a
 * small server of the city: it holds the FIT-Connect client credentials,
 * fetches OAuth tokens (client credentials grant), talks to the Submission
 * API and checks what the citizen may see. The browser never sees a token.
 *
 * Contract version 1 (docs/connectors/fit-connect.md):
 *
 * `POST {proxyUrl}status` with `{ "caseId": "<uuid>", "pin": "<pin>" }`
 * (JSON, the PIN only ever in the body) answers
 * `{ "caseId", "eventLog": ["<SET>", …], "statusUpdates": [<ZBP content>, …] }`:
 * the case's whole FIT-Connect event log (`GET /v1/cases/{caseId}/events`,
 * all pages, oldest first, every signature verified by the proxy) and the
 * BundID status updates sent for it. `404` when case id and PIN do not
 * match (the same for both, so case ids cannot be probed), `429` with
 * `Retry-After` after too many failed lookups, `400` for a malformed request.
 *
 * Submission (a later issue) adds its endpoints here.
 */
import * as z from 'zod/mini';
import type { CallOptions } from '../../src/connector/contract.js';
import type { HttpClient } from '../../src/http/client.js';
import { list } from '../../src/model/common.js';
import { randomKey } from './random-key.js';
import { ZbpStatusUpdate } from './zbp-status-update.js';

export const StatusLookupRequest = z.object({
  caseId: z.string(),
  pin: z.string(),
});
export type StatusLookupRequest = z.infer<typeof StatusLookupRequest>;

export const StatusLookupAnswer = z.object({
  /** The case the answer is about; must be the one asked for. */
  caseId: z.string().check(z.minLength(1)),
  /** Security Event Tokens in compact form, as FIT-Connect's `EventLog.eventLog`. */
  eventLog: z.array(z.string()),
  /** Contents of the BundID status updates sent for the case. */
  statusUpdates: list(ZbpStatusUpdate),
});
export type StatusLookupAnswer = z.infer<typeof StatusLookupAnswer>;

export interface SenderProxyPaths {
  status: string;
}

export class SenderProxy {
  readonly #client: HttpClient;
  readonly #paths: SenderProxyPaths;

  constructor(client: HttpClient, paths: SenderProxyPaths) {
    this.#client = client;
    this.#paths = paths;
  }

  /**
   * Looks up a case. A lookup only reads, so it may be repeated: the
   * `Idempotency-Key` lets the HTTP client retry it after a dropped
   * connection or a 503, and lets the proxy count one lookup once when it
   * limits failed attempts.
   */
  lookUpStatus(request: StatusLookupRequest, options: CallOptions = {}): Promise<StatusLookupAnswer> {
    return this.#client.post(this.#paths.status, request, StatusLookupAnswer, {
      signal: options.signal,
      language: options.language,
      idempotencyKey: randomKey(),
    });
  }
}
