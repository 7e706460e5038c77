/**
 * The real connectors the failing-backends suite breaks, on the demo's msw
 * backends: their configuration, where each capability's requests go (the
 * fault target), and the connector call of each capability with a check of
 * its result.
 */
import { CATALOG_PATH, FORMS_URL_PATTERN, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { MUNICIPAL_REST_BASE, DEMO_STATUS_CASES, municipalRestHandlers, resetFailedLookups, resetSubmissions } from '../../demo/mocks/municipal-rest-handlers.js';
import { PVOG_BASE_PATH, pvogHandlers } from '../../demo/mocks/pvog/handlers.js';
import { DEMO_CASES, FIT_CONNECT_PROXY_BASE, fitConnectHandlers, resetFitConnectProxy } from '../../demo/mocks/fit-connect/handlers.js';
import { MUSTERSTADT_ARS } from '../../demo/data/catalog.js';
import '../../connectors/builtin.js';
import {
  configure,
  resetConfiguration,
  resolveCapability,
  type CaseStatus,
  type FormDefinition,
  type Receipt,
  type Service,
  type ServiceSummary,
  type StatusQuery,
  type Submission,
} from '../../src/index.js';
import { hundSubmission } from '../connectors/submission-samples.js';
import { TIMEOUT_MS, type Target } from './faults-kit.js';

export const ALL_HANDLERS = [...staticJsonHandlers, ...municipalRestHandlers, ...pvogHandlers, ...fitConnectHandlers];

/** Every connector without automatic retries, so a fault reaches the widget at once (as in the conformance kit). */
const HTTP = { timeoutMs: TIMEOUT_MS, retries: 0 };

/** The connectors, by the names the widgets use. */
export function configureConnectors(): void {
  configure({
    connectors: {
      mr: { type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', ...HTTP },
      sj: { type: 'static-json', url: CATALOG_PATH, formsUrl: FORMS_URL_PATTERN, ...HTTP },
      pvog: { type: 'pvog', baseUrl: PVOG_BASE_PATH, ars: MUSTERSTADT_ARS, ...HTTP },
      fc: { type: 'fit-connect', proxyUrl: FIT_CONNECT_PROXY_BASE, ars: MUSTERSTADT_ARS, ...HTTP },
      // static-json has no submission: its forms are sent through the city's backend.
      'sj-forms': { type: 'composite', forms: 'sj', submission: 'mr' },
      // The city's forms, sent through FIT-Connect.
      'fc-apply': { type: 'composite', forms: 'mr', submission: 'fc' },
    },
  });
}

export function resetBackends(): void {
  resetConfiguration();
  resetSubmissions();
  resetFailedLookups();
  resetFitConnectProxy();
}

const MR = MUNICIPAL_REST_BASE;
const PVOG = PVOG_BASE_PATH;
const FC = FIT_CONNECT_PROXY_BASE;

export const SERVICE = 'hund-anmelden';
/** A second service in the results for "hund", for opening one after another. */
export const OTHER_SERVICE = 'hund-abmelden';
/** A second service with an online form. */
export const OTHER_FORM_SERVICE = 'sperrmuell-anmelden';

export const TARGETS = {
  mrList: { method: 'get', path: `${MR}services` },
  mrDetail: { method: 'get', path: `${MR}services/:id` },
  mrForm: { method: 'get', path: `${MR}forms/:serviceId` },
  mrSubmit: { method: 'post', path: `${MR}submissions` },
  mrStatus: { method: 'post', path: `${MR}status` },
  sjCatalog: { method: 'get', path: CATALOG_PATH },
  sjForm: { method: 'get', path: '/demo-api/musterstadt/formulare/:file' },
  pvogList: { method: 'get', path: `${PVOG}servicedescriptions/csv` },
  // `:ars` would match `csv` too: only requests with a search text.
  pvogSearch: { method: 'get', path: `${PVOG}servicedescriptions/:ars`, when: (request) => new URL(request.url).searchParams.has('q') },
  pvogDetail: { method: 'get', path: `${PVOG}servicedescriptions/:ars/detail` },
  // The last step of sending: the encrypted application goes out, the PIN comes back.
  fcSend: { method: 'put', path: `${FC}submission/v1/submissions/:submissionId` },
  fcStatus: { method: 'post', path: `${FC}status` },
} satisfies Record<string, Target>;

/** A search text's own target: only requests for exactly this text. */
export function pvogSearchFor(text: string): Target {
  return { ...TARGETS.pvogSearch, when: (request) => new URL(request.url).searchParams.get('q') === text };
}

export const catalogOf = (name: string) => resolveCapability('catalog', name);
export const formsOf = (name: string) => resolveCapability('forms', name);
export const submissionOf = (name: string) => resolveCapability('submission', name);
export const statusOf = (name: string) => resolveCapability('status', name);

/** A case each status backend knows, with its PIN. */
export const STATUS_CASES: Record<'mr' | 'fc', { reference: string; pin: string }> = {
  mr: (() => {
    const c = DEMO_STATUS_CASES.find((x) => x.state === 'in-progress')!;
    return { reference: c.reference, pin: c.pin };
  })(),
  fc: (() => {
    const c = DEMO_CASES.find((x) => x.expectedState === 'in-progress')!;
    return { reference: c.caseId, pin: c.pin };
  })(),
};

export function statusQuery(backend: 'mr' | 'fc'): StatusQuery {
  const { reference, pin } = STATUS_CASES[backend];
  return { reference, secondFactor: { kind: 'pin', value: pin } };
}

/** The application every submission check sends: Hund anmelden, with a certificate attached. */
export function application(): Submission {
  return hundSubmission();
}

export function expectServices(items: ServiceSummary[]): void {
  if (!items.some((s) => s.id === SERVICE)) throw new Error(`"${SERVICE}" missing from ${items.length} services`);
}

export function expectService(service: Service, id = SERVICE): void {
  if (service.id !== id) throw new Error(`asked for "${id}", got "${service.id}"`);
}

export function expectForm(form: FormDefinition, serviceId = SERVICE): void {
  if (form.serviceId !== serviceId) throw new Error(`asked for the form of "${serviceId}", got "${form.serviceId}"`);
}

export function expectReceipt(receipt: Receipt): void {
  if (!receipt.reference) throw new Error('the receipt has no reference');
}

export function expectStatus(status: CaseStatus, backend: 'mr' | 'fc'): void {
  const wanted = STATUS_CASES[backend].reference.toLowerCase();
  if (status.reference.toLowerCase() !== wanted) throw new Error(`asked for case ${wanted}, got ${status.reference}`);
}
