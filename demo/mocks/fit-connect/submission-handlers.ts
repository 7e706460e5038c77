/**
 * msw handlers for the routing and submission part of the sender proxy's
 * layout (docs/connectors/fit-connect.md), answering as the Routing API
 * 2.0.0 and the Submission API 1.1.3 do, with the proxy's additions:
 *
 * | request | answer |
 * | --- | --- |
 * | `GET routing/v1/routes?leikaKey&ars` | `route-result`; `400` without a valid `leikaKey` or without exactly one of `ars`, `ags`, `areaId` |
 * | `GET submission/v1/destinations/{id}` | `PublicDestination`; `404` for others |
 * | `GET submission/v1/destinations/{id}/keys/{kid}` | the public JWK; `404` for other keys |
 * | `POST submission/v1/submissions` | `201` `SubmissionCreated`; `400` for a malformed body, `404` unknown destination, `422` a service the destination does not take. The same `Idempotency-Key` again: the same submission (the proxy's part) |
 * | `PUT submission/v1/submissions/{id}/attachments/{attachmentId}` | `204`; `415` unless `application/jose`, `400` not a JWE, `404` unknown submission, `422` not announced or already sent |
 * | `PUT submission/v1/submissions/{id}` | `202` `SubmissionReduced` with `X-Ozg-Status-Pin`; `422` while an announced attachment is missing; sent again with the same `Idempotency-Key`: the same answer and PIN (the proxy's part), else `422` |
 */
import { HttpResponse, http } from 'msw';
import {
  destinationKeys,
  findSubmission,
  markSent,
  musterstadtDestination,
  openSubmission,
  routesFor,
  submissionCreatedWith,
  MUSTERSTADT_ENCRYPTION_KID,
  type StoredSubmission,
} from './submission-backend.js';
import { MUSTERSTADT_DESTINATION } from './demo-cases.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const JWE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const SERVICE_URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,.:=@;$_!*'%/?#-]+$/;
export const STATUS_PIN_HEADER = 'X-Ozg-Status-Pin';

const problem = (status: number, title: string, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title, status, detail }, { status, headers: { 'content-type': 'application/problem+json' } });

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return undefined;
  const body: unknown = await request.json().catch(() => undefined);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

function reduced(stored: StoredSubmission) {
  return {
    destinationId: stored.destinationId,
    submissionId: stored.submissionId,
    caseId: stored.caseId,
    attachments: [...stored.attachments.keys()],
    serviceType: stored.serviceType,
  };
}

/** The handlers, below the proxy's base URL (ending in `/`). */
export function submissionHandlers(base: string) {
  return [
    http.get(`${base}routing/v1/routes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const leikaKey = query.get('leikaKey') ?? '';
      const areas = ['ars', 'ags', 'areaId'].filter((name) => query.has(name));
      if (!/^99\d{12}$/.test(leikaKey)) return problem(400, 'Bad Request', 'leikaKey must be 14 digits starting with 99');
      if (areas.length !== 1) return problem(400, 'Bad Request', 'Exactly one of ars, ags, areaId is required');
      const ars = query.get('ars');
      if (ars !== null && !/^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/.test(ars)) return problem(400, 'Bad Request', 'ars is not a regional key');
      const routes = ars === null ? [] : routesFor(leikaKey, ars);
      return HttpResponse.json({ count: routes.length, offset: 0, totalCount: routes.length, routes });
    }),

    http.get(`${base}submission/v1/destinations/:destinationId`, ({ params }) => {
      if (!sameId(String(params['destinationId']), MUSTERSTADT_DESTINATION)) return problem(404, 'Not Found', 'No such destination');
      return HttpResponse.json(musterstadtDestination(), { headers: { 'cache-control': 'no-cache' } });
    }),

    http.get(`${base}submission/v1/destinations/:destinationId/keys/:keyId`, async ({ params }) => {
      if (!sameId(String(params['destinationId']), MUSTERSTADT_DESTINATION) || params['keyId'] !== MUSTERSTADT_ENCRYPTION_KID) {
        return problem(404, 'Not Found', 'No such key');
      }
      return HttpResponse.json((await destinationKeys()).publicJwk, { headers: { 'cache-control': 'no-cache' } });
    }),

    http.post(`${base}submission/v1/submissions`, async ({ request }) => {
      const key = request.headers.get('idempotency-key') ?? undefined;
      const body = await jsonBody(request);
      const { destinationId, announcedAttachments, serviceType } = body ?? {};
      const service = (typeof serviceType === 'object' && serviceType !== null ? serviceType : {}) as Record<string, unknown>;
      if (
        typeof destinationId !== 'string' ||
        !UUID.test(destinationId) ||
        !Array.isArray(announcedAttachments) ||
        !announcedAttachments.every((id) => typeof id === 'string' && UUID.test(id)) ||
        new Set(announcedAttachments).size !== announcedAttachments.length ||
        typeof service['identifier'] !== 'string' ||
        !SERVICE_URN.test(service['identifier']) ||
        typeof service['name'] !== 'string'
      ) {
        return problem(400, 'Bad Request', 'The body must be a CreateSubmission');
      }
      if (!sameId(destinationId, MUSTERSTADT_DESTINATION)) return problem(404, 'Not Found', 'Destination not found');
      const offered = (musterstadtDestination()['services'] as { identifier: string }[]).some((s) => s.identifier === service['identifier']);
      if (!offered) return problem(422, 'Unprocessable Entity', 'The destination does not take this service');
      const earlier = key ? submissionCreatedWith(key) : undefined;
      const stored =
        earlier ??
        openSubmission(destinationId.toLowerCase(), announcedAttachments as string[], { name: service['name'], identifier: service['identifier'] }, key);
      return HttpResponse.json({ destinationId: stored.destinationId, submissionId: stored.submissionId, caseId: stored.caseId }, { status: 201 });
    }),

    http.put(`${base}submission/v1/submissions/:submissionId/attachments/:attachmentId`, async ({ request, params }) => {
      if ((request.headers.get('content-type') ?? '').split(';')[0]!.trim() !== 'application/jose') {
        return problem(415, 'Unsupported Media Type', 'Attachments are sent as application/jose');
      }
      const jwe = await request.text();
      if (!JWE.test(jwe)) return problem(400, 'Bad Request', 'The body is not a JWE in compact serialisation');
      const stored = findSubmission(String(params['submissionId']));
      if (!stored) return problem(404, 'Not Found', 'Submission not found');
      const attachmentId = String(params['attachmentId']).toLowerCase();
      if (!stored.announcedAttachments.includes(attachmentId)) return problem(422, 'Unprocessable Entity', 'Attachment not announced');
      if (stored.submittedAt) return problem(422, 'Unprocessable Entity', 'The submission was already sent');
      stored.attachments.set(attachmentId, jwe);
      return new HttpResponse(null, { status: 204 });
    }),

    http.put(`${base}submission/v1/submissions/:submissionId`, async ({ request, params }) => {
      const key = request.headers.get('idempotency-key') ?? undefined;
      const body = await jsonBody(request);
      const { encryptedMetadata, encryptedData } = body ?? {};
      if (typeof encryptedMetadata !== 'string' || !JWE.test(encryptedMetadata) || (encryptedData !== undefined && (typeof encryptedData !== 'string' || !JWE.test(encryptedData)))) {
        return problem(400, 'Bad Request', 'The body must be { encryptedMetadata, encryptedData } as JWE');
      }
      const stored = findSubmission(String(params['submissionId']));
      if (!stored) return problem(404, 'Not Found', 'Submission not found');
      if (stored.submittedAt) {
        // The proxy answers a repeated request as it answered the first.
        if (key && stored.submitKey === key) return HttpResponse.json(reduced(stored), { status: 202, headers: { [STATUS_PIN_HEADER]: stored.pin! } });
        return problem(422, 'Unprocessable Entity', 'The submission was already sent');
      }
      const missing = stored.announcedAttachments.filter((id) => !stored.attachments.has(id));
      if (missing.length > 0) return problem(422, 'Unprocessable Entity', `Announced attachments not uploaded: ${missing.join(', ')}`);
      const pin = markSent(stored, encryptedMetadata, encryptedData as string | undefined, key);
      return HttpResponse.json(reduced(stored), { status: 202, headers: { [STATUS_PIN_HEADER]: pin } });
    }),
  ];
}
