/**
 * `POST /submissions` of the demo's municipal-rest backend, written from the
 * contract (docs/municipal-rest.openapi.yaml):
 *
 * - `multipart/form-data` with a JSON part `submission` and one part
 *   `attachment` per file, in the order of `submission.attachments`;
 * - `Idempotency-Key` (UUID) required: the first accepted request with a key
 *   creates the application (`201`); the same request again returns the same
 *   receipt (`200`, `Idempotent-Replayed: true`); another body under a used
 *   key is refused (`422`). A request that is refused (4xx) binds nothing, so
 *   the corrected application may reuse its key. A second request with a key
 *   whose first one is still being processed waits for it.
 * - the data is checked against the service's form (form-data-check.ts) and
 *   the backend's own rules (demo-form-checks.ts): `422` with
 *   `invalid-params` naming each field by JSON Pointer;
 * - `413` for a body over {@link MAX_SUBMISSION_BYTES} or a file over its
 *   attachment's `maxBytes`.
 *
 * Every accepted application opens a case that advances on its own, for
 * `POST /status` (municipal-rest-cases.ts); receipts are dated by the mock
 * clock (mock-clock.ts) the cases run on.
 *
 * Applications are kept in memory only (a page reload starts empty); tests
 * read and reset them with {@link storedSubmissionCount},
 * {@link storedSubmissions} and {@link resetSubmissions}.
 */
import { HttpResponse } from 'msw';
// From the modules, not the connector's index: its re-exports would load the parts the connector loads on first use.
import { SubmissionMetadata } from '../../connectors/municipal-rest/api-schemas.js';
import { formatReference } from '../../connectors/municipal-rest/reference.js';
import type { FormDefinition, Receipt } from '../../src/index.js';
import { checkServiceRules } from './demo-form-checks.js';
import { checkFormData, reasonLanguage, type InvalidParam } from './form-data-check.js';
import { mockNow } from './mock-clock.js';
import { forgetOpenedCases, hasCase, openCase } from './municipal-rest-cases.js';
import { problem } from './municipal-rest-responses.js';

/** Largest request body the demo backend takes (the contract asks backends to take at least 20 MiB). */
export const MAX_SUBMISSION_BYTES = 20 * 1024 * 1024;
/** The city's prefix of reference numbers (`MS-2026-000001-7`). */
export const REFERENCE_PREFIX = 'MS';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One application the backend accepted. */
export interface StoredSubmission {
  idempotencyKey: string;
  /** SHA-256 over the JSON part and every file, to recognise the same request. */
  fingerprint: string;
  metadata: SubmissionMetadata;
  /** The files as received: name, media type, size and bytes. */
  files: { specId: string; name: string; type: string; size: number; bytes: ArrayBuffer }[];
  receipt: Receipt;
}

const store = new Map<string, StoredSubmission>();
/** Keys whose first request is being processed, and when it is done. */
const inFlight = new Map<string, Promise<void>>();
const serials = new Map<number, number>();

/** How many applications the backend holds (one per idempotency key it accepted). */
export function storedSubmissionCount(): number {
  return store.size;
}

/** The applications the backend holds, oldest first. */
export function storedSubmissions(): readonly StoredSubmission[] {
  return [...store.values()];
}

/** Forgets every application and its case, and starts the reference numbers again at 1. */
export function resetSubmissions(): void {
  store.clear();
  serials.clear();
  forgetOpenedCases();
}

/** What the endpoint needs to know about services. */
export interface SubmissionContext {
  /** The online form of a service, with defaults filled in. */
  form(serviceId: string): FormDefinition | undefined;
  serviceName(serviceId: string): string | undefined;
  authorityName(serviceId: string): string | undefined;
}

export function submissionEndpoint(context: SubmissionContext): (request: Request) => Promise<Response> {
  return async (request) => {
    const key = request.headers.get('idempotency-key');
    if (key === null || !UUID.test(key)) {
      return problem(request, 400, 'Every submission needs an Idempotency-Key header', {}, [
        { name: 'Idempotency-Key', reason: 'required: a UUID, the same for every retry of one application' },
      ]);
    }
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) return problem(request, 415, 'Send the submission as multipart/form-data');
    const body = await request.arrayBuffer();
    if (body.byteLength > MAX_SUBMISSION_BYTES) {
      return problem(request, 413, `The submission has ${body.byteLength} bytes; at most ${MAX_SUBMISSION_BYTES} are accepted`);
    }
    // One request per key at a time: a retry that overtakes its first attempt waits for it.
    for (let earlier = inFlight.get(key); earlier; earlier = inFlight.get(key)) await earlier;
    let done: () => void = () => {};
    inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      return await accept(request, key, contentType, body, context);
    } finally {
      inFlight.delete(key);
      done();
    }
  };
}

async function accept(request: Request, key: string, contentType: string, body: ArrayBuffer, context: SubmissionContext): Promise<Response> {
  let parts: FormData;
  try {
    parts = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return problem(request, 400, 'The body is not valid multipart/form-data');
  }
  const jsonPart = parts.get('submission');
  if (jsonPart === null) return problem(request, 400, 'The part "submission" is missing');
  const jsonText = typeof jsonPart === 'string' ? jsonPart : await jsonPart.text();
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(jsonText);
  } catch {
    return problem(request, 400, 'The part "submission" is not JSON');
  }
  const parsed = SubmissionMetadata.safeParse(parsedJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(request, 400, `The part "submission" does not match the contract: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  const metadata = parsed.data;
  const fileParts = parts.getAll('attachment');
  if (fileParts.length !== metadata.attachments.length || fileParts.some((part) => typeof part === 'string')) {
    return problem(request, 400, `"submission.attachments" lists ${metadata.attachments.length} files, the body has ${fileParts.length} parts "attachment"`);
  }
  const files = await Promise.all(
    (fileParts as File[]).map(async (file, index) => {
      const listed = metadata.attachments[index]!;
      return { specId: listed.specId, name: file.name, type: file.type, size: file.size, bytes: await file.arrayBuffer() };
    }),
  );
  const mismatch = files.findIndex((file, index) => file.size !== metadata.attachments[index]!.size || file.name !== metadata.attachments[index]!.name);
  if (mismatch >= 0) return problem(request, 400, `Part "attachment" number ${mismatch + 1} differs in name or size from "submission.attachments"`);

  const fingerprint = await digest([jsonText, ...files.flatMap((f) => [f.specId, f.name, f.type]), ...files.map((f) => f.bytes)]);
  const earlier = store.get(key);
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      return problem(request, 422, 'This Idempotency-Key was used for a different submission; use a new key for a new application');
    }
    return receiptResponse(earlier.receipt, 200, metadata.language, { 'idempotent-replayed': 'true' });
  }

  const refusal = checkSubmission(request, metadata, files, context);
  if (refusal) return refusal;

  const receipt = makeReceipt(metadata, context);
  store.set(key, { idempotencyKey: key, fingerprint, metadata, files, receipt });
  const pin = receipt.statusLookup?.pin;
  if (pin) {
    const { reference, serviceName, authorityName, expectedCompletion } = receipt;
    openCase({ reference, pin, serviceId: metadata.serviceId, serviceName, authorityName, expectedCompletion });
  }
  return receiptResponse(receipt, 201, metadata.language);
}

/** Everything that makes the backend refuse a well-formed request; undefined when it accepts it. */
function checkSubmission(
  request: Request,
  metadata: SubmissionMetadata,
  files: readonly { specId: string; name: string; type: string; size: number }[],
  context: SubmissionContext,
): Response | undefined {
  const form = context.form(metadata.serviceId);
  if (!form) return problem(request, 422, `Service "${metadata.serviceId}" has no online form`);
  if (metadata.formId !== form.id) return problem(request, 422, `Form "${metadata.formId}" does not belong to service "${metadata.serviceId}"`);
  if (metadata.formVersion !== undefined && metadata.formVersion !== form.version) {
    return problem(request, 422, `Form "${form.id}" is now at version ${form.version}, not ${metadata.formVersion}; load it again`);
  }
  const language = reasonLanguage(metadata.language);
  const tooLarge = files.find((file) => file.size > (form.attachments.find((spec) => spec.id === file.specId)?.maxBytes ?? Infinity));
  if (tooLarge) return problem(request, 413, `The file "${tooLarge.name}" has ${tooLarge.size} bytes, more than attachment "${tooLarge.specId}" allows`);

  const invalid: InvalidParam[] = [];
  for (const spec of form.attachments) {
    const mine = files.filter((file) => file.specId === spec.id);
    if (mine.length > spec.maxFiles) invalid.push({ name: `attachments/${spec.id}`, reason: language === 'en' ? `At most ${spec.maxFiles} files.` : `Höchstens ${spec.maxFiles} Dateien.` });
    const refused = mine.find((file) => spec.accept.length > 0 && !spec.accept.includes(file.type));
    if (refused) {
      invalid.push({
        name: `attachments/${spec.id}`,
        reason: language === 'en' ? `The file "${refused.name}" is not in an accepted format.` : `Die Datei „${refused.name}“ hat kein zulässiges Format.`,
      });
    }
  }
  for (const file of files) {
    if (!form.attachments.some((spec) => spec.id === file.specId)) return problem(request, 422, `The form has no attachment "${file.specId}"`);
  }
  invalid.push(...checkFormData(form, metadata.data, metadata.attachments, metadata.language));
  if (invalid.length === 0) invalid.push(...checkServiceRules(metadata.serviceId, metadata.data, metadata.language, new Date().toISOString().slice(0, 10)));
  if (invalid.length > 0) {
    return problem(request, 422, `${invalid.length} ${invalid.length === 1 ? 'field is' : 'fields are'} invalid`, { 'content-language': language }, invalid);
  }
  return undefined;
}

interface FollowUp {
  /** Days until the expected decision or appointment. */
  days: number;
  de: string[];
  en: string[];
}

const FOLLOW_UPS: Record<string, FollowUp> = {
  'hund-anmelden': {
    days: 14,
    de: ['Das Steueramt prüft Ihre Anmeldung.', 'Sie erhalten die Hundesteuermarke und den Steuerbescheid per Post, in der Regel innerhalb von zwei Wochen.'],
    en: ['The tax office checks your registration.', 'You will receive the dog tax tag and the tax assessment by post, usually within two weeks.'],
  },
  'sperrmuell-anmelden': {
    days: 3,
    de: [
      'Die Abfallwirtschaft plant die Abholung.',
      'Innerhalb von zwei Arbeitstagen erhalten Sie den Abholtermin per E-Mail.',
      'Stellen Sie den Sperrmüll frühestens am Vorabend und spätestens um 6 Uhr am Abholtag an den Straßenrand.',
    ],
    en: [
      'The waste management department plans the collection.',
      'Within two working days you will receive the collection date by email.',
      'Put the items at the roadside no earlier than the evening before and no later than 6 a.m. on the collection day.',
    ],
  },
  'bewohnerparkausweis-beantragen': {
    days: 10,
    de: [
      'Die Straßenverkehrsbehörde prüft Ihre Meldeadresse und die Fahrzeugdaten.',
      'Sie erhalten eine Zahlungsaufforderung über die Gebühr per E-Mail.',
      'Nach der Zahlung erhalten Sie den Parkausweis als PDF oder per Post.',
    ],
    en: [
      'The road traffic authority checks your registered address and the vehicle data.',
      'You will receive a request for payment of the fee by email.',
      'After payment you will receive the permit as a PDF or by post.',
    ],
  },
};

const DEFAULT_FOLLOW_UP: FollowUp = {
  days: 14,
  de: ['Die zuständige Stelle prüft Ihren Antrag und meldet sich bei Ihnen.'],
  en: ['The responsible office checks your application and will contact you.'],
};

function makeReceipt(metadata: SubmissionMetadata, context: SubmissionContext): Receipt {
  const now = new Date(mockNow());
  const year = now.getUTCFullYear();
  let serial = (serials.get(year) ?? 0) + 1;
  // Skip the numbers of the fixed demo cases.
  while (hasCase(formatReference({ prefix: REFERENCE_PREFIX, year, serial }))) serial++;
  serials.set(year, serial);
  const followUp = FOLLOW_UPS[metadata.serviceId] ?? DEFAULT_FOLLOW_UP;
  const language = reasonLanguage(metadata.language);
  const lookup =
    language === 'en'
      ? 'With the reference number and the PIN you can check the status of your application at any time.'
      : 'Mit der Vorgangsnummer und der PIN können Sie jederzeit nachsehen, wie weit Ihr Antrag ist.';
  const pin = newPin();
  const receipt: Receipt = {
    reference: formatReference({ prefix: REFERENCE_PREFIX, year, serial }),
    submittedAt: now.toISOString(),
    nextSteps: [...followUp[language], lookup],
    expectedCompletion: new Date(now.getTime() + followUp.days * 86_400_000).toISOString().slice(0, 10),
    statusLookup: { secondFactor: 'pin', pin },
  };
  const serviceName = context.serviceName(metadata.serviceId);
  const authorityName = context.authorityName(metadata.serviceId);
  if (serviceName) receipt.serviceName = serviceName;
  if (authorityName) receipt.authorityName = authorityName;
  return receipt;
}

/** Six random digits. */
function newPin(): string {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return String(value! % 1_000_000).padStart(6, '0');
}

function receiptResponse(receipt: Receipt, status: 200 | 201, language: string, extraHeaders: Record<string, string> = {}): Response {
  return HttpResponse.json(receipt, { status, headers: { 'content-language': reasonLanguage(language), 'cache-control': 'no-store', ...extraHeaders } });
}

/** SHA-256 (hex) over texts and byte buffers, each prefixed with its length so the boundaries count. */
async function digest(pieces: readonly (string | ArrayBuffer)[]): Promise<string> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? encoder.encode(piece) : new Uint8Array(piece);
    chunks.push(encoder.encode(`${bytes.byteLength}:`), bytes);
  }
  const total = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    total.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const hash = await crypto.subtle.digest('SHA-256', total);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
