/**
 * Sending applications through FIT-Connect: the fit-connect connector
 * against the stand-in FIT-Connect behind the mock sender proxy. What the
 * authority receives (decrypted with the destination's private key and
 * checked against FITKO's metadata schema), every request against FITKO's
 * OpenAPI documents, the receipt and its status lookup, retries that
 * resume without a second submission, routing and the recipient, and what
 * is refused.
 */
import { expect } from '@open-wc/testing';
import { compactDecrypt, type CompactDecryptResult } from 'jose';
import { HttpResponse, delay, getResponse, http, passthrough } from 'msw';
import { derivedId } from '../../connectors/fit-connect/derived-id.js';
import { connectorType, encodeBase64Url, metadataMediaType, modulusBits, readsMetadataV2, type MetadataV2 } from '../../connectors/fit-connect/index.js';
import {
  DEMO_CASES,
  FIT_CONNECT_PROXY_BASE,
  MUSTERSTADT_ARS,
  MUSTERSTADT_DESTINATION,
  MUSTERSTADT_ENCRYPTION_KID,
  STATUS_PIN_HEADER,
  destinationKeys,
  fitConnectHandlers,
  musterstadtDestination,
  resetFitConnectProxy,
  routesFor,
  storedSubmissions,
  type StoredSubmission,
} from '../../demo/mocks/fit-connect/handlers.js';
import { isAbortError, isOzgError, type Connector, type OzgError, type Receipt, type Submission } from '../../src/index.js';
import { describeConformance } from '../../src/testing/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { FitConnectSpecs, type RecordedRequest } from './fit-connect-spec.js';
import { hundSubmission, pdf } from './submission-samples.js';

const worker = await startMockWorker(...fitConnectHandlers);
const base = new URL(FIT_CONNECT_PROXY_BASE, location.origin).href;
const context = { name: 't', lookup: () => Promise.reject(new Error('unused')) };
const HUND_LEIKA = '99102013104000';
const LEIKA_URN = `urn:de:fim:leika:leistung:${HUND_LEIKA}`;
const SUBMISSIONS = `${base}submission/v1/submissions`;

// The destination's 4096-bit key pair is made once, before any test measures time.
const keys = await destinationKeys();
const specs = await FitConnectSpecs.load(async (path) => {
  // The fixtures' names contain "api", which the mock worker would refuse.
  worker.use(http.get(path, () => passthrough()));
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return response.text();
});

const reset = () => {
  worker.resetHandlers(...fitConnectHandlers);
  resetFitConnectProxy();
};

const CONFIG = { type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ars: MUSTERSTADT_ARS, replyChannel: 'eMail', senderReferencePrefix: 'musterstadt-portal:', retries: 0 };

async function connector(settings: object = {}): Promise<Connector> {
  return connectorType.create(connectorType.parseConfig({ ...CONFIG, ...settings }), context);
}

async function submission(settings: object = {}) {
  return (await connector(settings)).submission!;
}

/** The Hund application with two attachments of different types and binary content, and a reply address. */
function application(overrides: Partial<Submission> = {}): Submission {
  const certificate = pdf('nachweis-tierheim.pdf', 3000);
  const photoBytes = new Uint8Array(1500).map((_, i) => (i * 37 + 11) % 256);
  const photo = new File([photoBytes], 'bello.jpg', { type: 'image/jpeg' });
  return hundSubmission({
    attachments: [
      { specId: 'nachweis-tierheim', file: certificate, name: certificate.name, type: certificate.type, size: certificate.size },
      { specId: 'foto', file: photo, name: photo.name, type: photo.type, size: photo.size },
    ],
    replyTo: { email: 'erika.mustermann@example.org' },
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<OzgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (isOzgError(error)) return error;
  throw new Error(`expected an OzgError, got ${String(error)}`);
}

/** Records every request to the proxy (method, URL, type, body), then lets the mock answer. */
function recordRequests(): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  worker.use(
    http.all(`${base}*`, async ({ request }) => {
      seen.push({ method: request.method, url: request.url, contentType: request.headers.get('content-type'), body: await request.clone().text() });
      return undefined;
    }),
  );
  return seen;
}

const operation = (r: RecordedRequest) => `${r.method} ${r.url.slice(base.length).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}').replace(/\?.*$/, '')}`;
const creations = (seen: RecordedRequest[]) => seen.filter((r) => r.method === 'POST' && r.url === SUBMISSIONS);

async function decrypt(jwe: string): Promise<CompactDecryptResult> {
  return compactDecrypt(jwe, keys.privateKey);
}

async function sha512Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-512', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());
const onlySubmission = (): StoredSubmission => {
  const all = storedSubmissions();
  expect(all.length, 'submissions at the delivery service').to.equal(1);
  return all[0]!;
};

describeConformance({
  name: 'fit-connect with submission',
  create: (http$) => connectorType.create(connectorType.parseConfig({ ...CONFIG, ...http$ }), context),
  mock: { use: (...h) => worker.use(...h), resetHandlers: reset },
  backend: `${base}*`,
  samples: {
    submission: () => application(),
    statusQuery: { reference: DEMO_CASES[4]!.caseId, secondFactor: { kind: 'pin', value: DEMO_CASES[4]!.pin } },
    missingId: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
  },
});

describe('fit-connect submission: what the authority receives', () => {
  afterEach(reset);

  it('encrypts the data and every attachment so that the destination key recovers the exact bytes', async () => {
    const sent = application();
    await (await submission()).submit(sent);
    const stored = onlySubmission();
    expect(stored.announcedAttachments.length).to.equal(2);
    expect([...stored.attachments.keys()]).to.have.members(stored.announcedAttachments);

    const data = await decrypt(stored.encryptedData!);
    expect(JSON.parse(new TextDecoder().decode(data.plaintext))).to.deep.equal(sent.data);
    expect(data.protectedHeader).to.deep.equal({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: MUSTERSTADT_ENCRYPTION_KID, cty: 'application/json' });

    const metadata = JSON.parse(new TextDecoder().decode((await decrypt(stored.encryptedMetadata!)).plaintext)) as MetadataV2;
    for (const [index, attachment] of sent.attachments.entries()) {
      const entry = metadata.contentStructure.attachments[index]!;
      const decrypted = await decrypt(stored.attachments.get(entry.attachmentId)!);
      expect(decrypted.plaintext, attachment.name).to.deep.equal(await bytesOf(attachment.file));
      expect(decrypted.protectedHeader).to.deep.equal({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: MUSTERSTADT_ENCRYPTION_KID, cty: attachment.type });
    }
  });

  it('writes metadata valid against metadata 2.1.0, whose hashes are those of the decrypted data and attachments', async () => {
    const sent = application();
    // Not only ASCII: the hash is of the UTF-8 bytes that were encrypted.
    sent.data = { ...sent.data, G99000199: { F99000999: 'Grüße aus der Schloßstraße – 🐕' } };
    await (await submission()).submit(sent);
    const stored = onlySubmission();
    const metadataJson: unknown = JSON.parse(new TextDecoder().decode((await decrypt(stored.encryptedMetadata!)).plaintext));
    expect(specs.metadataProblems(metadataJson)).to.deep.equal([]);
    const metadata = metadataJson as MetadataV2;

    const data = (await decrypt(stored.encryptedData!)).plaintext;
    expect(metadata.contentStructure.data).to.deep.equal({
      hash: { type: 'sha512', content: await sha512Hex(data) },
      submissionSchema: { schemaUri: sent.schemaUri, mimeType: 'application/json' },
    });
    expect(metadata.contentStructure.attachments.map((a) => a.attachmentId)).to.deep.equal(stored.announcedAttachments);
    for (const [index, entry] of metadata.contentStructure.attachments.entries()) {
      const plaintext = (await decrypt(stored.attachments.get(entry.attachmentId)!)).plaintext;
      expect(entry).to.deep.equal({
        hash: { type: 'sha512', content: await sha512Hex(plaintext) },
        purpose: 'attachment',
        filename: sent.attachments[index]!.name,
        mimeType: sent.attachments[index]!.type,
        attachmentId: entry.attachmentId,
      });
    }
    expect(metadata.replyChannel).to.deep.equal({ eMail: { address: 'erika.mustermann@example.org' } });
    const today = new Date();
    const localToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(metadata.additionalReferenceInfo).to.deep.equal({ senderReference: `musterstadt-portal:${sent.idempotencyKey}`, applicationDate: localToday });
  });

  it('leaves out the reply channel when none is configured or the citizen gave no address, and sends an application without attachments', async () => {
    await (await submission({ replyChannel: undefined })).submit(application({ attachments: [] }));
    await (await submission()).submit(application({ replyTo: undefined }));
    for (const stored of storedSubmissions()) {
      const metadata = JSON.parse(new TextDecoder().decode((await decrypt(stored.encryptedMetadata!)).plaintext)) as MetadataV2;
      expect(specs.metadataProblems(metadata)).to.deep.equal([]);
      expect(metadata.replyChannel).to.equal(undefined);
    }
    expect(storedSubmissions()[0]!.announcedAttachments).to.deep.equal([]);
  });

  it('writes a deMail reply channel when configured so', async () => {
    await (await submission({ replyChannel: 'deMail' })).submit(application());
    const metadata = JSON.parse(new TextDecoder().decode((await decrypt(onlySubmission().encryptedMetadata!)).plaintext)) as MetadataV2;
    expect(metadata.replyChannel).to.deep.equal({ deMail: { address: 'erika.mustermann@example.org' } });
    expect(specs.metadataProblems(metadata)).to.deep.equal([]);
  });

  it('sends only requests that FITKO\'s OpenAPI documents describe, in the order of the sending process', async () => {
    const seen = recordRequests();
    const connection = await connector();
    await connection.submission!.recipient!({ serviceId: 'hund-anmelden', leikaKey: HUND_LEIKA });
    await connection.submission!.submit(application());
    expect(seen.map(operation)).to.deep.equal([
      'GET routing/v1/routes',
      'GET submission/v1/destinations/{id}',
      `GET submission/v1/destinations/{id}/keys/${MUSTERSTADT_ENCRYPTION_KID}`,
      'POST submission/v1/submissions',
      'PUT submission/v1/submissions/{id}/attachments/{id}',
      'PUT submission/v1/submissions/{id}/attachments/{id}',
      'PUT submission/v1/submissions/{id}',
    ]);
    for (const request of seen) expect(specs.requestProblems(request, base), operation(request)).to.deep.equal([]);
    expect(new URL(seen[0]!.url).searchParams.toString()).to.equal(`leikaKey=${HUND_LEIKA}&ars=${MUSTERSTADT_ARS}`);
    expect(JSON.parse(creations(seen)[0]!.body)).to.deep.include({
      destinationId: MUSTERSTADT_DESTINATION,
      serviceType: { name: 'hund-anmelden', identifier: LEIKA_URN },
    });
  });

  it('catches requests that break the specifications (the check itself)', () => {
    const broken: RecordedRequest[] = [
      { method: 'GET', url: `${base}routing/v1/routes?leikaKey=12345&ars=${MUSTERSTADT_ARS}`, contentType: null, body: '' },
      { method: 'GET', url: `${base}routing/v1/routes?ars=${MUSTERSTADT_ARS}`, contentType: null, body: '' },
      { method: 'GET', url: `${base}routing/v1/routes?leikaKey=${HUND_LEIKA}&region=1`, contentType: null, body: '' },
      { method: 'DELETE', url: `${SUBMISSIONS}/${MUSTERSTADT_DESTINATION}`, contentType: null, body: '' },
      { method: 'GET', url: `${base}submission/v1/destinations/not-a-uuid`, contentType: null, body: '' },
      { method: 'POST', url: SUBMISSIONS, contentType: 'application/json', body: JSON.stringify({ destinationId: MUSTERSTADT_DESTINATION, serviceType: { name: 'x', identifier: 'leika' } }) },
      { method: 'PUT', url: `${SUBMISSIONS}/${MUSTERSTADT_DESTINATION}/attachments/${MUSTERSTADT_DESTINATION}`, contentType: 'application/octet-stream', body: 'abc' },
      { method: 'PUT', url: `${SUBMISSIONS}/${MUSTERSTADT_DESTINATION}`, contentType: 'application/json', body: JSON.stringify({ encryptedData: 'a.b.c.d.e' }) },
    ];
    for (const request of broken) expect(specs.requestProblems(request, base), `${request.method} ${request.url}`).not.to.deep.equal([]);
    expect(specs.metadataProblems({ $schema: 'https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json' })).not.to.deep.equal([]);
  });

  it('hands out a receipt with the case id, the PIN from the proxy and the authority, and the case can be looked up with them', async () => {
    const connection = await connector();
    const receipt = await connection.submission!.submit(application());
    const stored = onlySubmission();
    expect(receipt.reference).to.equal(stored.caseId);
    expect(receipt.statusLookup).to.deep.equal({ secondFactor: 'pin', pin: stored.pin });
    expect(receipt.statusLookup!.pin).to.match(/^\d{6}$/);
    expect(receipt.authorityName).to.equal('Steueramt Musterstadt');
    expect(Date.now() - Date.parse(receipt.submittedAt)).to.be.within(0, 60_000);
    expect(receipt.nextSteps[0]).to.equal('Ihr Antrag wurde verschlüsselt an Steueramt Musterstadt übermittelt. Nur die Behörde kann ihn lesen.');
    expect(receipt.nextSteps.at(-1)).to.equal('Die Behörde meldet sich bei Ihnen unter erika.mustermann@example.org oder per Post.');

    const status = await connection.status!.getStatus({ reference: receipt.reference, secondFactor: { kind: 'pin', value: receipt.statusLookup!.pin! } });
    expect([status.reference, status.state]).to.deep.equal([stored.caseId, 'submitted']);
  });

  it('writes the next steps in English for an English application', async () => {
    const receipt = await (await submission()).submit(application({ language: 'en' }));
    expect(receipt.nextSteps[0]).to.equal('Your application was sent encrypted to Steueramt Musterstadt. Only they can read it.');
  });

  it('gives a receipt without status lookup when the proxy hands out no PIN, or not a six-digit one', async () => {
    for (const pin of [undefined, 'abc123', '1234567']) {
      worker.use(
        http.put(`${SUBMISSIONS}/:submissionId`, async ({ request }) => {
          const answer = (await getResponse(fitConnectHandlers, request))!;
          return HttpResponse.json(await answer.json(), { status: answer.status, headers: pin === undefined ? {} : { [STATUS_PIN_HEADER]: pin } });
        }),
      );
      const receipt = await (await submission()).submit(application());
      expect(receipt.reference, String(pin)).to.equal(storedSubmissions().at(-1)!.caseId);
      expect(receipt.statusLookup, String(pin)).to.equal(undefined);
      expect(receipt.nextSteps.some((step) => step.includes('PIN'))).to.equal(false);
    }
  });
});

describe('fit-connect submission: retries without a second submission', () => {
  afterEach(reset);

  it('answers the same application again with the same receipt, asking nothing', async () => {
    const sender = await submission();
    const sent = application();
    const first = await sender.submit(sent);
    const seen = recordRequests();
    const again = await sender.submit(sent);
    expect(again).to.deep.equal(first);
    expect(seen).to.deep.equal([]);
    onlySubmission();
  });

  it('sends a double click once: concurrent calls with the same key share one submission', async () => {
    const sender = await submission();
    const sent = application();
    const [a, b] = await Promise.all([sender.submit(sent), sender.submit(sent)]);
    expect(a).to.deep.equal(b);
    onlySubmission();
  });

  it('resumes after a dropped connection during the second upload, uploading nothing twice', async () => {
    let uploads = 0;
    worker.use(
      http.put(`${SUBMISSIONS}/:submissionId/attachments/:attachmentId`, () => {
        uploads++;
        return uploads === 2 ? HttpResponse.error() : undefined;
      }),
    );
    const seen = recordRequests();
    const sender = await submission();
    const sent = application();
    expect((await failure(sender.submit(sent))).kind).to.equal('network');
    expect(storedSubmissions()[0]!.submittedAt).to.equal(undefined);

    const receipt = await sender.submit(sent);
    const stored = onlySubmission();
    expect(receipt.reference).to.equal(stored.caseId);
    expect(creations(seen).length).to.equal(1);
    const uploadsOf = (id: string) => seen.filter((r) => r.method === 'PUT' && r.url.endsWith(`/attachments/${id}`)).length;
    expect(stored.announcedAttachments.map(uploadsOf)).to.deep.equal([1, 2]);
  });

  it('resumes after an abort in the middle, on the submission it opened', async () => {
    const controller = new AbortController();
    worker.use(
      http.put(`${SUBMISSIONS}/:submissionId/attachments/:attachmentId`, async () => {
        controller.abort();
        await delay('infinite');
        return undefined;
      }, { once: true }),
    );
    const seen = recordRequests();
    const sender = await submission();
    const sent = application();
    const aborted = await sender.submit(sent, { signal: controller.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(aborted)).to.equal(true);
    await sender.submit(sent);
    expect(creations(seen).length).to.equal(1);
    expect(onlySubmission().submittedAt).not.to.equal(undefined);
  });

  it('gets the receipt and PIN when the answer to sending was lost, without sending twice', async () => {
    worker.use(
      http.put(
        `${SUBMISSIONS}/:submissionId`,
        async ({ request }) => {
          await getResponse(fitConnectHandlers, request);
          // The proxy sent it, the answer never arrives.
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const seen = recordRequests();
    const sender = await submission();
    const sent = application();
    expect((await failure(sender.submit(sent))).kind).to.equal('network');
    const stored = onlySubmission();
    expect(stored.submittedAt).not.to.equal(undefined);

    const receipt = await sender.submit(sent);
    expect(receipt.reference).to.equal(stored.caseId);
    expect(receipt.statusLookup?.pin).to.equal(stored.pin);
    expect(creations(seen).length).to.equal(1);
    const sends = seen.filter((r) => r.method === 'PUT' && !r.url.includes('/attachments/'));
    expect(sends.length).to.equal(2);
  });

  it('retries the same application in a new connector on the same page without a second submission', async () => {
    const sent = application();
    worker.use(http.put(`${SUBMISSIONS}/:submissionId`, () => HttpResponse.error(), { once: true }));
    expect((await failure((await submission()).submit(sent))).kind).to.equal('network');
    await (await submission()).submit(sent);
    expect(onlySubmission().submittedAt).not.to.equal(undefined);
  });

  it('opens a new submission for a new application', async () => {
    const sender = await submission();
    const first = await sender.submit(application());
    const second = await sender.submit(application());
    expect(first.reference).not.to.equal(second.reference);
    expect(storedSubmissions().length).to.equal(2);
  });

  it('refuses a retry that carries other attachments than the application it resumes', async () => {
    worker.use(http.put(`${SUBMISSIONS}/:submissionId`, () => HttpResponse.error(), { once: true }));
    const sender = await submission();
    const sent = application();
    await failure(sender.submit(sent));
    const error = await failure(sender.submit({ ...sent, attachments: sent.attachments.slice(0, 1) }));
    expect(error.kind).to.equal('rejected');
    expect(storedSubmissions().length).to.equal(1);
  });
});

describe('fit-connect submission: routing and the recipient', () => {
  afterEach(reset);

  it('names the responsible authority from the Routing API, with address and contacts', async () => {
    const recipient = await (await submission()).recipient!({ serviceId: 'hund-anmelden', leikaKey: HUND_LEIKA });
    expect(recipient).to.deep.equal({
      name: 'Stadt Musterstadt - Steueramt',
      address: { street: 'Kaiserstraße', houseNumber: '42', postalCode: '76990', city: 'Musterstadt', addition: '3. Obergeschoss' },
      contact: { phone: [{ value: '07999 133-2100', label: 'Steueramt' }], email: [{ value: 'steueramt@musterstadt.example', label: 'Steueramt' }], fax: [] },
    });
  });

  it('asks the Routing API once for the recipient and the submission of the same service', async () => {
    const seen = recordRequests();
    const sender = await submission();
    await sender.recipient!({ serviceId: 'hund-anmelden', leikaKey: HUND_LEIKA });
    await sender.recipient!({ serviceId: 'hund-anmelden', leikaKey: HUND_LEIKA });
    await sender.submit(application());
    expect(seen.filter((r) => r.url.includes('routing/')).length).to.equal(1);
  });

  it('knows no recipient without a Leistungsschlüssel, or with a fixed destination, and asks nothing then', async () => {
    const seen = recordRequests();
    expect(await (await submission()).recipient!({ serviceId: 'sperrmuell-anmelden' })).to.equal(undefined);
    expect(await (await submission()).recipient!({ serviceId: 'x', leikaKey: '12345' })).to.equal(undefined);
    expect(await (await submission({ ars: undefined, destinationId: MUSTERSTADT_DESTINATION })).recipient!({ serviceId: 'hund-anmelden', leikaKey: HUND_LEIKA })).to.equal(undefined);
    expect(seen).to.deep.equal([]);
  });

  it('sends to a configured destination without asking the Routing API', async () => {
    const seen = recordRequests();
    const receipt = await (await submission({ ars: undefined, destinationId: MUSTERSTADT_DESTINATION })).submit(application());
    expect(seen.some((r) => r.url.includes('routing/'))).to.equal(false);
    expect(receipt.reference).to.equal(onlySubmission().caseId);
    expect(receipt.authorityName).to.equal(undefined);
  });

  it("routes by the submission's own region when it has one", async () => {
    const seen = recordRequests();
    const error = await failure((await submission()).submit(application({ region: '08299' })));
    expect(error.kind).to.equal('not-found');
    expect(new URL(seen[0]!.url).searchParams.get('ars')).to.equal('08299');
    expect(creations(seen)).to.deep.equal([]);
  });

  it('reports a service no authority takes as not-found, opening nothing', async () => {
    const seen = recordRequests();
    const error = await failure((await submission()).submit(application({ leikaKey: '99000000000000' })));
    expect(error.kind).to.equal('not-found');
    expect(seen.map(operation)).to.deep.equal(['GET routing/v1/routes']);
    expect((await failure((await submission()).recipient!({ serviceId: 'x', leikaKey: '99000000000000' }))).kind).to.equal('not-found');
  });

  it('refuses routes whose signed addressing information names another destination or service, and several destinations', async () => {
    const [route] = routesFor(HUND_LEIKA, MUSTERSTADT_ARS);
    const [header, , signature] = String(route!['destinationSignature']).split('.');
    const signed = (payload: object) => `${header}.${encodeBase64Url(JSON.stringify(payload))}.${signature}`;
    const other = '0b5e7c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d';
    const cases = [
      { ...route, destinationSignature: signed({ destinationId: other, services: [{ leistungIDs: [LEIKA_URN] }] }) },
      { ...route, destinationSignature: signed({ destinationId: MUSTERSTADT_DESTINATION, services: [{ leistungIDs: ['urn:de:fim:leika:leistung:99000000000000'] }] }) },
      { ...route, destinationSignature: `${encodeBase64Url(JSON.stringify({ alg: 'RS256', kid: 'k' }))}.${encodeBase64Url(JSON.stringify({ destinationId: MUSTERSTADT_DESTINATION }))}.${signature}` },
      { ...route, destinationSignature: `${encodeBase64Url(JSON.stringify({ alg: 'PS512' }))}.${encodeBase64Url(JSON.stringify({ destinationId: MUSTERSTADT_DESTINATION }))}.${signature}` },
    ];
    for (const bad of cases) {
      worker.use(http.get(`${base}routing/v1/routes`, () => HttpResponse.json({ count: 1, offset: 0, totalCount: 1, routes: [bad] })));
      expect((await failure((await submission()).submit(application()))).kind).to.equal('invalid-response');
    }
    const second = { ...route, destinationId: other, destinationSignature: signed({ destinationId: other }) };
    worker.use(http.get(`${base}routing/v1/routes`, () => HttpResponse.json({ count: 2, offset: 0, totalCount: 2, routes: [route, second] })));
    expect((await failure((await submission()).submit(application()))).kind).to.equal('invalid-response');
    expect(storedSubmissions()).to.deep.equal([]);
  });
});

describe('fit-connect submission: what is refused', () => {
  afterEach(reset);

  const keyWith = (change: Record<string, unknown>) => ({ ...keys.publicJwk, ...change });

  it('refuses destination keys FIT-Connect does not allow, before opening a submission', async () => {
    const jose = await import('jose');
    const small = await jose.generateKeyPair('RSA-OAEP-256', { modulusLength: 2048, extractable: true });
    const smallJwk = await jose.exportJWK(small.publicKey);
    const bad = [
      keyWith({ n: smallJwk.n }),
      keyWith({ alg: 'RSA-OAEP' }),
      keyWith({ alg: 'PS512', key_ops: ['verify'] }),
      keyWith({ key_ops: ['wrapKey', 'verify'] }),
      keyWith({ kid: 'another-key-id' }),
      keyWith({ kty: 'EC' }),
      keyWith({ e: 'AQAC' }),
      keyWith({ x5c: [] }),
    ];
    const seen = recordRequests();
    for (const jwk of bad) {
      worker.use(http.get(`${base}submission/v1/destinations/:destinationId/keys/:keyId`, () => HttpResponse.json(jwk)));
      const error = await failure((await submission()).submit(application()));
      expect([error.kind, error.message.includes('key')], JSON.stringify(jwk).slice(0, 120)).to.deep.equal(['invalid-response', true]);
    }
    expect(creations(seen)).to.deep.equal([]);
    expect(storedSubmissions()).to.deep.equal([]);
  });

  it('refuses a destination that is not active, reads no metadata 2.1 or does not take the service', async () => {
    const destination = musterstadtDestination();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...destination, status: 'inactive' }, 'unavailable'],
      [{ ...destination, status: 'decommissioned' }, 'rejected'],
      [{ ...destination, metadataVersions: ['1.0.0', '2.0.0'] }, 'rejected'],
      [{ ...destination, services: [{ identifier: 'urn:de:fim:leika:leistung:99000000000000', regions: [], submissionSchemas: [] }] }, 'rejected'],
      [{ ...destination, destinationId: '0b5e7c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d' }, 'invalid-response'],
    ];
    const seen = recordRequests();
    for (const [answer, kind] of cases) {
      worker.use(http.get(`${base}submission/v1/destinations/:destinationId`, () => HttpResponse.json(answer)));
      expect((await failure((await submission()).submit(application()))).kind, JSON.stringify(answer).slice(0, 100)).to.equal(kind);
    }
    expect(creations(seen)).to.deep.equal([]);
  });

  it('refuses, asking nothing, an application without Leistungsschlüssel or data schema, and a malformed one', async () => {
    const seen = recordRequests();
    const sender = await submission();
    for (const broken of [application({ leikaKey: undefined }), application({ leikaKey: '1234' }), application({ schemaUri: undefined }), { ...application(), idempotencyKey: 'not-a-uuid' }]) {
      expect((await failure(sender.submit(broken))).kind).to.equal('rejected');
    }
    expect(seen).to.deep.equal([]);
  });

  it('maps the delivery service refusing the submission to rejected', async () => {
    worker.use(http.put(`${SUBMISSIONS}/:submissionId`, () => HttpResponse.json({ type: 'about:blank', title: 'Unprocessable Entity', status: 422 }, { status: 422 })));
    const error = await failure((await submission()).submit(application()));
    expect([error.kind, error.status]).to.deep.equal(['rejected', 422]);
  });

  it('refuses a confirmation for another submission', async () => {
    worker.use(
      http.put(`${SUBMISSIONS}/:submissionId`, async ({ request }) => {
        const answer = (await getResponse(fitConnectHandlers, request))!;
        const body = (await answer.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...body, caseId: '0b5e7c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d' }, { status: 202, headers: { [STATUS_PIN_HEADER]: '123456' } });
      }),
    );
    expect((await failure((await submission()).submit(application()))).kind).to.equal('invalid-response');
  });

  it('stops before the next step once aborted, and never answers with a receipt', async () => {
    const controller = new AbortController();
    worker.use(
      http.get(`${base}submission/v1/destinations/:destinationId/keys/:keyId`, () => {
        controller.abort();
        return undefined;
      }),
    );
    const seen = recordRequests();
    const result: unknown = await (await submission()).submit(application(), { signal: controller.signal }).then(
      (r: Receipt) => r,
      (e: unknown) => e,
    );
    expect(isAbortError(result)).to.equal(true);
    expect(creations(seen)).to.deep.equal([]);
  });
});

describe('fit-connect submission: the pieces', () => {
  it('derives the same ids from the same key, different ones for other keys and purposes', async () => {
    const key = 'c9f0db91-9355-451a-b2a5-7a9be10ce765';
    const first = await derivedId(key, 'attachment 0');
    expect(first).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await derivedId(key, 'attachment 0')).to.equal(first);
    const others = [await derivedId(key, 'attachment 1'), await derivedId(key, 'submit'), await derivedId('d9f0db91-9355-451a-b2a5-7a9be10ce765', 'attachment 0')];
    expect(new Set([first, ...others]).size).to.equal(4);
  });

  it('writes media types as the metadata schema takes them', () => {
    expect(metadataMediaType('application/pdf')).to.equal('application/pdf');
    expect(metadataMediaType('Text/Plain; charset=UTF-8')).to.equal('text/plain');
    expect(metadataMediaType('image/svg+xml')).to.equal('image/svg+xml');
    expect(metadataMediaType('')).to.equal('application/octet-stream');
    expect(metadataMediaType('pdf')).to.equal('application/octet-stream');
  });

  it('takes destinations that read metadata 2.1 or a later 2.x', () => {
    expect(readsMetadataV2(['2.1.0'])).to.equal(true);
    expect(readsMetadataV2(['1.0.0', '2.3.1'])).to.equal(true);
    expect(readsMetadataV2(['1.0.0', '2.0.0'])).to.equal(false);
    expect(readsMetadataV2(['3.0.0'])).to.equal(false);
  });

  it('counts the bits of a key modulus', () => {
    expect(modulusBits(String(keys.publicJwk['n']))).to.equal(4096);
    expect(modulusBits('AQAB')).to.equal(17);
    expect(modulusBits('AAAB')).to.equal(1);
    expect(modulusBits('not base64!')).to.equal(undefined);
  });
});
