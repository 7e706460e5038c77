/**
 * A stand-in for FIT-Connect behind Musterstadt's sender proxy, for the demo
 * and the tests: the Routing API's answers, Musterstadt's destination with
 * its encryption key, and a delivery service that keeps what it receives.
 *
 * - Routes: every catalog service with a Leistungsschlüssel and an office,
 *   in Musterstadt's region (ARS `082990000000`), goes to Musterstadt's one
 *   destination (its virtual mailroom); the route names the service's first
 *   office as the authority, with its address and contacts.
 * - The destination holds an RSA key pair (4096 bits, RSA-OAEP-256), made
 *   on first use with `jose` (loaded then, not before) and extractable, so
 *   tests can decrypt what was sent. Its public key carries a dummy
 *   certificate chain; the addressing information a dummy signature.
 * - Submissions are kept in memory with everything received, and a sent
 *   one becomes a case the status lookup knows (event log: created,
 *   submitted), with the PIN the proxy handed out.
 *
 * Written from the specs (Routing API 2.0.0, Submission API 1.1.3) and the
 * proxy contract, not from the connector.
 */
import { catalog, MUSTERSTADT_ARS } from '../../data/catalog.js';
import { MUSTERSTADT_DESTINATION } from './demo-cases.js';
import { compactToken, signedLookingSet } from './signed-looking-tokens.js';

export { MUSTERSTADT_ARS };

export const MUSTERSTADT_ENCRYPTION_KID = 'musterstadt-poststelle-enc-2026';
/** The routing data's issuer and the key that signed them, as in FITKO's testing environment. */
const SSP_ISSUER = 'https://portal.auth-testing.fit-connect.fitko.dev';
const SSP_KID = 'demo-self-service-portal-key';
const SUBMISSION_HOST = 'submission-api-testing.fit-connect.fitko.dev';
const LEIKA = 'urn:de:fim:leika:leistung:';

export interface DemoRoute {
  leikaKey: string;
  ars: string;
  route: Record<string, unknown>;
}

/** The public JWK and the private key of Musterstadt's destination. */
export interface DestinationKeys {
  publicJwk: Record<string, unknown>;
  privateKey: CryptoKey;
}

export interface StoredSubmission {
  submissionId: string;
  caseId: string;
  destinationId: string;
  announcedAttachments: string[];
  serviceType: { name?: string; identifier: string };
  /** Attachment id → JWE as uploaded. */
  attachments: Map<string, string>;
  encryptedMetadata?: string;
  encryptedData?: string;
  createdAt: string;
  /** Set when it was sent. */
  submittedAt?: string;
  pin?: string;
  /** Idempotency keys the proxy saw: of the creation and of the sending. */
  createKey?: string;
  submitKey?: string;
  /** The case's event log once sent: created, submitted. */
  eventLog: string[];
}

/** Services with a Leistungsschlüssel and an office: the routes of the demo. */
function demoRoutes(): DemoRoute[] {
  const offices = new Map((catalog.offices ?? []).map((office) => [office.id, office]));
  const routes: DemoRoute[] = [];
  for (const service of catalog.services ?? []) {
    const office = offices.get(service.officeIds?.[0] ?? '');
    for (const leikaKey of service.leikaKeys ?? []) {
      if (!office) continue;
      const address = office.visitorAddress;
      routes.push({
        leikaKey,
        ars: MUSTERSTADT_ARS,
        route: {
          destinationId: MUSTERSTADT_DESTINATION,
          destinationSignature: destinationSignature(),
          destinationName: `Stadt Musterstadt - ${office.name}`,
          destinationShortName: `${office.name} Musterstadt`,
          contactPersons: [
            {
              name: office.name,
              ...(office.contact?.phone?.[0] ? { tel: office.contact.phone[0].value } : {}),
              ...(office.contact?.email?.[0] ? { email: office.contact.email[0].value } : {}),
            },
          ],
          ...(address
            ? {
                address: {
                  street: address.street,
                  ...(address.houseNumber ? { houseNumber: address.houseNumber } : {}),
                  ...(address.addition ? { additional: address.addition } : {}),
                  zip: address.postalCode,
                  city: address.city,
                },
              }
            : {}),
          origin: 'PVOG',
        },
      });
    }
  }
  return routes;
}

const routes = demoRoutes();
export const DEMO_LEIKA_KEYS: readonly string[] = [...new Set(routes.map((r) => r.leikaKey))];

/** The addressing information as FITKO's Self-Service-Portal signs it, with a dummy signature. */
function destinationSignature(): string {
  return compactToken(
    { kid: SSP_KID, typ: 'jwt', alg: 'PS512' },
    {
      submissionHost: SUBMISSION_HOST,
      iss: SSP_ISSUER,
      services: [
        {
          gebietIDs: [`urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:rs:${MUSTERSTADT_ARS}`],
          leistungIDs: [...new Set((catalog.services ?? []).flatMap((s) => s.leikaKeys ?? []))].map((key) => `${LEIKA}${key}`),
        },
      ],
      destinationId: MUSTERSTADT_DESTINATION,
      iat: 1_790_000_000,
      jti: '7e6f4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
    },
  );
}

/** The routes for a service and region, as the Routing API lists them. */
export function routesFor(leikaKey: string, ars: string): Record<string, unknown>[] {
  return routes.filter((r) => r.leikaKey === leikaKey && r.ars === ars).map((r) => r.route);
}

/** Musterstadt's destination as the Submission API shows it to senders (`PublicDestination`). */
export function musterstadtDestination(): Record<string, unknown> {
  return {
    destinationId: MUSTERSTADT_DESTINATION,
    encryptionKid: MUSTERSTADT_ENCRYPTION_KID,
    metadataVersions: ['1.0.0', '2.0.0', '2.1.0'],
    replyChannels: { eMail: { usePgp: false } },
    services: DEMO_LEIKA_KEYS.map((key) => ({
      identifier: `${LEIKA}${key}`,
      regions: [`DE${MUSTERSTADT_ARS}`],
      submissionSchemas: [{ schemaUri: 'https://schema.musterstadt.example/fim/S99000101_1.0.schema.json', mimeType: 'application/json' }],
    })),
    status: 'active',
  };
}

let keys: Promise<DestinationKeys> | undefined;

/** The destination's key pair, made once per page (a 4096-bit key takes a moment). */
export function destinationKeys(): Promise<DestinationKeys> {
  keys ??= (async () => {
    const jose = await import('jose');
    const { publicKey, privateKey } = await jose.generateKeyPair('RSA-OAEP-256', { modulusLength: 4096, extractable: true });
    const { kty, n, e } = await jose.exportJWK(publicKey);
    const publicJwk = {
      kty,
      key_ops: ['wrapKey'],
      alg: 'RSA-OAEP-256',
      x5c: [btoa('demo certificate: not a real certificate')],
      kid: MUSTERSTADT_ENCRYPTION_KID,
      n,
      e,
    };
    return { publicJwk, privateKey };
  })();
  return keys;
}

const submissions = new Map<string, StoredSubmission>();

/** Everything received, oldest first. */
export function storedSubmissions(): StoredSubmission[] {
  return [...submissions.values()];
}

export function forgetSubmissions(): void {
  submissions.clear();
}

export function findSubmission(submissionId: string): StoredSubmission | undefined {
  return submissions.get(submissionId.toLowerCase());
}

/** A submission opened with this idempotency key before, if any. */
export function submissionCreatedWith(key: string): StoredSubmission | undefined {
  return storedSubmissions().find((s) => s.createKey === key);
}

export function openSubmission(destinationId: string, announcedAttachments: string[], serviceType: StoredSubmission['serviceType'], createKey: string | undefined): StoredSubmission {
  const stored: StoredSubmission = {
    submissionId: crypto.randomUUID(),
    caseId: crypto.randomUUID(),
    destinationId,
    announcedAttachments: announcedAttachments.map((id) => id.toLowerCase()),
    serviceType,
    attachments: new Map(),
    createdAt: new Date().toISOString(),
    ...(createKey ? { createKey } : {}),
    eventLog: [],
  };
  submissions.set(stored.submissionId, stored);
  return stored;
}

/** Marks a submission sent and hands out its PIN: six digits. */
export function markSent(stored: StoredSubmission, encryptedMetadata: string, encryptedData: string | undefined, submitKey: string | undefined): string {
  const digits = crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
  stored.pin = String(digits).padStart(6, '0');
  stored.encryptedMetadata = encryptedMetadata;
  if (encryptedData !== undefined) stored.encryptedData = encryptedData;
  stored.submittedAt = new Date().toISOString();
  if (submitKey) stored.submitKey = submitKey;
  const spec = { caseId: stored.caseId, submissionId: stored.submissionId };
  stored.eventLog = [
    signedLookingSet({ ...spec, event: 'create-submission', at: stored.createdAt, jti: crypto.randomUUID() }),
    signedLookingSet({ ...spec, event: 'submit-submission', at: stored.submittedAt, jti: crypto.randomUUID() }),
  ];
  return stored.pin;
}

/** A sent submission whose case id and PIN match, for the status lookup. */
export function sentCase(caseId: string, pin: string): StoredSubmission | undefined {
  return storedSubmissions().find((s) => s.submittedAt !== undefined && s.caseId === caseId.toLowerCase() && s.pin === pin);
}

