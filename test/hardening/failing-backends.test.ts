/**
 * Failing backends: every fault × every capability of the real connectors,
 * at the connector and through the widgets.
 *
 * Each capability (catalog list, search and detail; forms; submission;
 * status) of municipal-rest, static-json, pvog and fit-connect (through its
 * proxy mock) meets, on the demo's msw backends, each fault of faults-kit.ts:
 * timeout, dropped connection, 500, 503 and 429 with Retry-After, malformed
 * JSON, JSON of the wrong shape, a slow answer, and an older answer arriving
 * after a newer one.
 *
 * - At the connector: the typed error kind (src/connector/errors.ts), with
 *   `retryAfterSeconds`/`rateLimited`; a slow answer resolves; overlapping
 *   calls each get their own answer, a retry after a timeout succeeds.
 * - In the widget (finder, form, tracker): the message for the kind (a wait
 *   for 429), a retry that succeeds once the fault is gone, the citizen's
 *   input kept (search text, form answers, reference; the PIN in memory
 *   only), the loading state for a slow answer, never a stale result.
 * - Nowhere an unhandled promise rejection or uncaught error (recorded for
 *   the whole suite; each test checks its own share, the last test all).
 *
 * `after()` prints the fault × capability matrix. Time is scaled 1:10, see faults-kit.ts.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { coreMessages, isOzgError, type OzgError } from '../../src/index.js';
import { formMessages } from '../../widgets/application-form/messages.js';
import { statusMessages } from '../../widgets/status-tracker/messages.js';
import { destinationKeys } from '../../demo/mocks/fit-connect/handlers.js';
import { pvogDemoBackend } from '../../demo/mocks/pvog/pvog-demo-backend.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import {
  ALL_HANDLERS,
  OTHER_FORM_SERVICE,
  OTHER_SERVICE,
  SERVICE,
  TARGETS,
  application,
  catalogOf,
  configureConnectors,
  expectForm,
  expectReceipt,
  expectService,
  expectServices,
  expectStatus,
  formsOf,
  pvogSearchFor,
  resetBackends,
  statusOf,
  statusQuery,
  submissionOf,
} from './faults-backends.js';
import {
  ERROR_FAULTS,
  FAULT_ROWS,
  ProblemRecorder,
  RETRY_AFTER_429_SECONDS,
  SLOW_MS,
  afterPendingMicrotasks,
  hold,
  injectFault,
  observeCalls,
  quiesce,
  type ErrorFault,
  type FaultId,
  type Target,
} from './faults-kit.js';
import { FaultMatrix } from './faults-matrix.js';
import {
  FinderDeepLinkDrive,
  FinderDetailDrive,
  FinderListDrive,
  FinderSearchDrive,
  FormDefinitionDrive,
  FormSubmitDrive,
  TrackerDrive,
  firstStepOf,
  resetUrl,
  resultIds,
  resultsHeading,
  waitFor,
  type Drive,
} from './faults-widgets.js';

const worker = await startMockWorker(...ALL_HANDLERS);
// The mock FIT-Connect destination makes its 4096-bit key pair on first use: before any test measures time.
await destinationKeys();
// The same for the PVOG mock's data, built on its first request.
pvogDemoBackend();
const mock = { use: (...handlers: Parameters<typeof worker.use>) => worker.use(...handlers) };
const matrix = new FaultMatrix();
const problems = new ProblemRecorder();
problems.start();

type Widget = 'finder' | 'form' | 'tracker';

interface Column {
  id: string;
  capability: string;
  connector: string;
  /** The configured connector the widget uses. */
  name: string;
  widget: Widget;
  /** Why the whole column has no request to break. */
  noRequest?: string;
  target: Target;
  /** Faults that cannot happen here, with the reason. */
  notApplicable?: Partial<Record<FaultId, string>>;
  /** The capability's call at the connector, and a check of its result. */
  call(): Promise<unknown>;
  verify(result: unknown): void;
  drive(): Drive;
  /** How an older answer can arrive after a newer one here. */
  outOfOrder?: { connector(column: Column): Promise<void>; widget(column: Column): Promise<void> };
}

// --- out of order -------------------------------------------------------------------------

const settle = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

async function rejection(promise: Promise<unknown>): Promise<OzgError> {
  const outcome = await settle(promise);
  if (outcome.ok) throw new Error('resolved, but should have failed');
  if (!isOzgError(outcome.error)) throw new Error(`rejected with an untyped error: ${String(outcome.error)}`);
  return outcome.error;
}

/**
 * A retry after a timeout: the first attempt's request is held past the
 * connector's timeout, the retry is answered, and only then the first
 * attempt's answer comes.
 */
const retried: NonNullable<Column['outOfOrder']> = {
  async connector(column) {
    const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
    const first = column.call();
    await late.seen;
    expect((await rejection(first)).kind, 'the first attempt').to.equal('timeout');
    column.verify(await column.call());
    late.release();
    await late.answered;
    await afterPendingMicrotasks();
    matrix.pass('out-of-order', column.id, 'own');
  },
  async widget(column) {
    const drive = column.drive();
    await drive.prepare();
    const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
    await drive.trigger();
    await waitFor(() => drive.failure(), 'the first attempt did not time out');
    expect(text(drive.failure())).to.contain(coreMessages.format('de', 'core.error.timeout.title'));
    drive.checkInput('failed');
    const submit = drive instanceof FormSubmitDrive ? drive : undefined;
    drive.retryButton()!.click();
    await waitForResult(drive, 'the retry did not show the result');
    const reference = submit?.reference();
    late.release();
    await late.answered;
    await afterPendingMicrotasks();
    await drive.el.updateComplete;
    expect(drive.shown(), 'the result stays').to.equal(true);
    expect(drive.failure(), 'no failure shown after the late answer').to.equal(null);
    if (submit) {
      expect(submit.reference(), 'the receipt stays').to.equal(reference);
      expect(submit.sentCount(), 'one application, not two').to.equal(1);
    }
    matrix.pass('out-of-order', column.id, 'newest');
    drive.checkInput('shown');
    matrix.pass('out-of-order', column.id, 'input');
  },
};

/** Two overlapping calls for different things; the older one is answered last. */
function overlapping(a: () => Promise<unknown>, b: () => Promise<unknown>, verifyA: (r: unknown) => void, verifyB: (r: unknown) => void) {
  return async (column: Column) => {
    const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
    const first = a();
    await late.seen;
    verifyB(await b());
    late.release();
    verifyA(await first);
    matrix.pass('out-of-order', column.id, 'own');
  };
}

/** The finder: the answer for "hu" arrives after the answer for "hund". */
async function typingOutOfOrder(column: Column): Promise<void> {
  const drive = column.drive() as FinderSearchDrive;
  await drive.prepare();
  const calls = observeCalls(await catalogOf(column.name), 'searchServices');
  try {
    const late = hold(mock, pvogSearchFor('hu'), ALL_HANDLERS);
    drive.type('hu');
    await late.seen;
    drive.type('hund');
    await waitFor(() => drive.shown(), 'no results for "hund"');
    const shown = { ids: resultIds(drive.el), heading: resultsHeading(drive.el) };
    late.release();
    await late.answered;
    // The call for "hu" has settled, and everything that follows from it has run.
    expect(calls.calls.some((c) => (c.args[0] as { text: string }).text === 'hu'), 'a search for "hu" was made').to.equal(true);
    await quiesce(calls);
    await drive.el.updateComplete;
    expect({ ids: resultIds(drive.el), heading: resultsHeading(drive.el) }, 'results for "hund"').to.deep.equal(shown);
    expect(shown.heading).to.contain('„hund“');
    expect(liveRegion(drive.el), 'announced').not.to.contain('„hu“');
    matrix.pass('out-of-order', column.id, 'newest');
    drive.checkInput();
    matrix.pass('out-of-order', column.id, 'input');
  } finally {
    calls.restore();
  }
}

/** The finder: a service opened, the citizen goes back and opens another; the first answer comes last. */
async function openingOutOfOrder(column: Column): Promise<void> {
  const drive = column.drive() as FinderDetailDrive;
  await drive.prepare();
  expect(resultIds(drive.el)).to.include(OTHER_SERVICE);
  const catalog = await catalogOf(column.name);
  const calls = observeCalls(catalog, 'getService');
  const offices = observeCalls(catalog, 'getOffice');
  try {
    const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
    drive.open(SERVICE);
    await late.seen;
    history.back();
    await waitFor(() => resultIds(drive.el).includes(OTHER_SERVICE), 'back to the results');
    drive.open(OTHER_SERVICE);
    await waitFor(() => drive.detailShown(OTHER_SERVICE), 'the second service did not open');
    const title = drive.el.shadowRoot!.querySelector('.detail-title')!.textContent;
    late.release();
    await late.answered;
    // The first service's call has settled, and so has everything the widget did after it.
    await quiesce(calls, offices);
    await drive.el.updateComplete;
    expect(drive.detailShown(OTHER_SERVICE), 'the second service stays').to.equal(true);
    expect(drive.el.shadowRoot!.querySelector('.detail-title')!.textContent).to.equal(title);
    matrix.pass('out-of-order', column.id, 'newest');
    expect(new URL(location.href).searchParams.get('suche'), 'search text in the URL').to.equal('hund');
    matrix.pass('out-of-order', column.id, 'input');
  } finally {
    offices.restore();
    calls.restore();
  }
}

/** The form: handed one service, then another (the finder's "apply here"); the first form comes last. */
async function formSwitchOutOfOrder(column: Column): Promise<void> {
  const drive = column.drive() as FormDefinitionDrive;
  const calls = observeCalls(await formsOf(column.name), 'getFormDefinition');
  try {
    const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
    await drive.trigger();
    await late.seen;
    drive.switchTo(OTHER_FORM_SERVICE);
    const expected = firstStepOf(OTHER_FORM_SERVICE);
    await waitFor(() => drive.el.shadowRoot!.querySelector('.step-title')?.textContent === expected, 'the second form did not show');
    late.release();
    await late.answered;
    await quiesce(calls);
    await drive.el.updateComplete;
    expect(drive.el.shadowRoot!.querySelector('.step-title')?.textContent, 'the second form stays').to.equal(expected);
    expect(drive.el.getAttribute('service')).to.equal(OTHER_FORM_SERVICE);
    matrix.pass('out-of-order', column.id, 'newest');
  } finally {
    calls.restore();
  }
}

/** Waits for the result; a timeout says what the widget shows instead. */
async function waitForResult(drive: Drive, message: string): Promise<void> {
  try {
    await waitFor(() => drive.shown(), message);
  } catch (error) {
    const shown = drive.failure() ? `the failure "${text(drive.failure())}"` : `"${text(drive.el.shadowRoot!.querySelector('.root')).slice(0, 300)}"`;
    throw new Error(`${message}; shown instead: ${shown}`, { cause: error });
  }
}

function liveRegion(el: Element): string {
  return el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
}

// --- the columns ----------------------------------------------------------------------------

const LOCAL_SEARCH = 'searches its own index of the loaded list in the browser: no request that could fail (the list’s faults are in its list column)';

const columns: Column[] = [
  {
    id: 'list/mr',
    name: 'mr',
    capability: 'catalog.list',
    connector: 'municipal-rest',
    widget: 'finder',
    target: TARGETS.mrList,
    call: async () => (await catalogOf('mr')).listServices({}),
    verify: (r) => expectServices(r as never),
    drive: () => new FinderListDrive('mr'),
    outOfOrder: retried,
  },
  {
    id: 'list/sj',
    name: 'sj',
    capability: 'catalog.list',
    connector: 'static-json',
    widget: 'finder',
    target: TARGETS.sjCatalog,
    call: async () => (await catalogOf('sj')).listServices({}),
    verify: (r) => expectServices(r as never),
    drive: () => new FinderListDrive('sj'),
    outOfOrder: retried,
  },
  {
    id: 'list/pvog',
    name: 'pvog',
    capability: 'catalog.list',
    connector: 'pvog',
    widget: 'finder',
    target: TARGETS.pvogList,
    call: async () => (await catalogOf('pvog')).listServices({}),
    verify: (r) => expectServices(r as never),
    drive: () => new FinderListDrive('pvog'),
    outOfOrder: retried,
  },
  {
    id: 'search/pvog',
    name: 'pvog',
    capability: 'catalog.search',
    connector: 'pvog',
    widget: 'finder',
    target: TARGETS.pvogSearch,
    call: async () => (await catalogOf('pvog')).searchServices!({ text: 'hund' }),
    verify: (r) => expectServices((r as { items: never }).items),
    drive: () => new FinderSearchDrive('pvog'),
    outOfOrder: {
      connector: async (column) => {
        const late = hold(mock, pvogSearchFor('hu'), ALL_HANDLERS);
        const catalog = await catalogOf('pvog');
        const first = catalog.searchServices!({ text: 'hu' });
        await late.seen;
        const hund = await catalog.searchServices!({ text: 'hund' });
        expectServices(hund.items);
        late.release();
        const hu = await first;
        // Each call got the answer to its own text: the same as asked alone.
        expect(hu).to.deep.equal(await catalog.searchServices!({ text: 'hu' }));
        expect(hund).to.deep.equal(await catalog.searchServices!({ text: 'hund' }));
        matrix.pass('out-of-order', column.id, 'own');
      },
      widget: typingOutOfOrder,
    },
  },
  {
    id: 'search/mr',
    name: 'mr',
    capability: 'catalog.search',
    connector: 'municipal-rest',
    widget: 'finder',
    noRequest: LOCAL_SEARCH,
    target: TARGETS.mrList,
    call: () => Promise.reject(new Error('no request')),
    verify: () => {},
    drive: () => new FinderSearchDrive('mr'),
  },
  {
    id: 'search/sj',
    name: 'sj',
    capability: 'catalog.search',
    connector: 'static-json',
    widget: 'finder',
    noRequest: LOCAL_SEARCH,
    target: TARGETS.sjCatalog,
    call: () => Promise.reject(new Error('no request')),
    verify: () => {},
    drive: () => new FinderSearchDrive('sj'),
  },
  {
    id: 'detail/mr',
    name: 'mr',
    capability: 'catalog.detail',
    connector: 'municipal-rest',
    widget: 'finder',
    target: TARGETS.mrDetail,
    call: async () => (await catalogOf('mr')).getService(SERVICE),
    verify: (r) => expectService(r as never),
    drive: () => new FinderDetailDrive('mr'),
    outOfOrder: {
      connector: overlapping(
        async () => (await catalogOf('mr')).getService(SERVICE),
        async () => (await catalogOf('mr')).getService(OTHER_SERVICE),
        (r) => expectService(r as never, SERVICE),
        (r) => expectService(r as never, OTHER_SERVICE),
      ),
      widget: openingOutOfOrder,
    },
  },
  {
    id: 'detail/sj',
    name: 'sj',
    capability: 'catalog.detail',
    connector: 'static-json',
    widget: 'finder',
    target: TARGETS.sjCatalog,
    notApplicable: {
      'out-of-order': 'static-json reads every service from the one catalog file: opening another service makes no request, so no answer can overtake another',
    },
    call: async () => (await catalogOf('sj')).getService(SERVICE),
    verify: (r) => expectService(r as never),
    drive: () => new FinderDeepLinkDrive('sj'),
  },
  {
    id: 'detail/pvog',
    name: 'pvog',
    capability: 'catalog.detail',
    connector: 'pvog',
    widget: 'finder',
    target: TARGETS.pvogDetail,
    call: async () => (await catalogOf('pvog')).getService(SERVICE),
    verify: (r) => expectService(r as never),
    drive: () => new FinderDetailDrive('pvog'),
    outOfOrder: {
      connector: overlapping(
        async () => (await catalogOf('pvog')).getService(SERVICE),
        async () => (await catalogOf('pvog')).getService(OTHER_SERVICE),
        (r) => expectService(r as never, SERVICE),
        (r) => expectService(r as never, OTHER_SERVICE),
      ),
      widget: openingOutOfOrder,
    },
  },
  {
    id: 'form/mr',
    name: 'mr',
    capability: 'forms.definition',
    connector: 'municipal-rest',
    widget: 'form',
    target: TARGETS.mrForm,
    call: async () => (await formsOf('mr')).getFormDefinition(SERVICE),
    verify: (r) => expectForm(r as never),
    drive: () => new FormDefinitionDrive('mr'),
    outOfOrder: {
      connector: overlapping(
        async () => (await formsOf('mr')).getFormDefinition(SERVICE),
        async () => (await formsOf('mr')).getFormDefinition(OTHER_FORM_SERVICE),
        (r) => expectForm(r as never, SERVICE),
        (r) => expectForm(r as never, OTHER_FORM_SERVICE),
      ),
      widget: formSwitchOutOfOrder,
    },
  },
  {
    id: 'form/sj',
    name: 'sj-forms',
    capability: 'forms.definition',
    connector: 'static-json',
    widget: 'form',
    target: TARGETS.sjForm,
    call: async () => (await formsOf('sj')).getFormDefinition(SERVICE),
    verify: (r) => expectForm(r as never),
    drive: () => new FormDefinitionDrive('sj-forms'),
    outOfOrder: {
      connector: overlapping(
        async () => (await formsOf('sj')).getFormDefinition(SERVICE),
        async () => (await formsOf('sj')).getFormDefinition(OTHER_FORM_SERVICE),
        (r) => expectForm(r as never, SERVICE),
        (r) => expectForm(r as never, OTHER_FORM_SERVICE),
      ),
      widget: formSwitchOutOfOrder,
    },
  },
  {
    id: 'submit/mr',
    name: 'mr',
    capability: 'submission.submit',
    connector: 'municipal-rest',
    widget: 'form',
    target: TARGETS.mrSubmit,
    call: async () => (await submissionOf('mr')).submit(application()),
    verify: (r) => expectReceipt(r as never),
    drive: () => new FormSubmitDrive('mr', 'mr'),
    outOfOrder: {
      connector: async (column) => {
        // One application, sent twice with its key: the retry answered first, the first attempt late.
        const sent = application();
        const submission = await submissionOf('mr');
        const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
        const first = submission.submit(sent);
        await late.seen;
        expect((await rejection(first)).kind, 'the first attempt').to.equal('timeout');
        const receipt = await submission.submit(sent);
        late.release();
        await late.answered;
        const { storedSubmissions } = await import('../../demo/mocks/municipal-rest-handlers.js');
        expect(storedSubmissions().map((s) => s.receipt.reference), 'one application').to.deep.equal([receipt.reference]);
        matrix.pass('out-of-order', column.id, 'own');
      },
      widget: retried.widget,
    },
  },
  {
    id: 'submit/fc',
    name: 'fc-apply',
    capability: 'submission.submit',
    connector: 'fit-connect',
    widget: 'form',
    target: TARGETS.fcSend,
    call: async () => (await submissionOf('fc')).submit(application()),
    verify: (r) => expectReceipt(r as never),
    drive: () => new FormSubmitDrive('fc-apply', 'fc'),
    outOfOrder: {
      connector: async (column) => {
        const sent = application();
        const submission = await submissionOf('fc');
        const late = hold(mock, column.target, ALL_HANDLERS, { count: 1 });
        const first = submission.submit(sent);
        await late.seen;
        expect((await rejection(first)).kind, 'the first attempt').to.equal('timeout');
        const receipt = await submission.submit(sent);
        late.release();
        await late.answered;
        const { storedSubmissions } = await import('../../demo/mocks/fit-connect/handlers.js');
        const stored = storedSubmissions();
        expect(stored.length, 'one submission').to.equal(1);
        expect(stored[0]!.caseId).to.equal(receipt.reference);
        expect(stored[0]!.pin).to.equal(receipt.statusLookup?.pin);
        matrix.pass('out-of-order', column.id, 'own');
      },
      widget: retried.widget,
    },
  },
  {
    id: 'lookup/mr',
    name: 'mr',
    capability: 'status.lookup',
    connector: 'municipal-rest',
    widget: 'tracker',
    target: TARGETS.mrStatus,
    call: async () => (await statusOf('mr')).getStatus(statusQuery('mr')),
    verify: (r) => expectStatus(r as never, 'mr'),
    drive: () => new TrackerDrive('mr'),
    outOfOrder: retried,
  },
  {
    id: 'lookup/fc',
    name: 'fc',
    capability: 'status.lookup',
    connector: 'fit-connect',
    widget: 'tracker',
    target: TARGETS.fcStatus,
    call: async () => (await statusOf('fc')).getStatus(statusQuery('fc')),
    verify: (r) => expectStatus(r as never, 'fc'),
    drive: () => new TrackerDrive('fc'),
    outOfOrder: retried,
  },
];

// --- checks -----------------------------------------------------------------------------------

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const norm = (message: string) => message.replace(/\s+/g, ' ').trim();

function expectMessage(drive: Drive, fault: ErrorFault, widget: Widget): void {
  const notice = drive.failure()!;
  const shown = text(notice);
  const alert = notice.matches('[role="alert"]') ? notice : notice.querySelector('[role="alert"]');
  expect(alert, 'the failure is announced (role="alert")').not.to.equal(null);
  expect(shown, 'no generic crash').not.to.contain(coreMessages.format('de', 'core.error.unexpected.title'));
  let expected: string[];
  if (fault.rateLimited && widget === 'tracker') {
    expected = [statusMessages.format('de', 'status.rateLimited.title'), statusMessages.format('de', 'status.rateLimited.text', { count: RETRY_AFTER_429_SECONDS })];
  } else if (fault.rateLimited) {
    expected = [coreMessages.format('de', 'core.error.rateLimited.title'), coreMessages.format('de', 'core.error.rateLimited.text', { count: RETRY_AFTER_429_SECONDS })];
  } else {
    expected = [coreMessages.format('de', `core.error.${fault.kind}.title`), coreMessages.format('de', `core.error.${fault.kind}.text`)];
  }
  for (const part of expected) expect(shown, 'the message for the kind').to.contain(norm(part));
  if (drive instanceof FormSubmitDrive) expect(shown).to.contain(norm(formMessages.format('de', 'form.submitFailed')));
  // Where the citizen typed something, the notice says it is safe.
  if (drive instanceof FormSubmitDrive || drive instanceof FinderSearchDrive || (drive instanceof TrackerDrive && !fault.rateLimited)) {
    expect(shown, 'says the input is kept').to.contain(norm(coreMessages.format('de', 'core.inputKept')));
  }
}

function kindLabel(fault: ErrorFault): string {
  return fault.rateLimited ? 'rate-limited' : fault.kind;
}

// --- the suite --------------------------------------------------------------------------------

describe('failing backends: fault × capability, at the connector and through the widgets', function () {
  this.timeout(20_000);
  let problemsBefore = 0;

  beforeEach(function () {
    problems.current = this.currentTest?.fullTitle() ?? '?';
    problemsBefore = problems.problems.length;
    resetBackends();
    configureConnectors();
    resetUrl();
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...ALL_HANDLERS);
    resetBackends();
    resetUrl();
    sessionStorage.clear();
    localStorage.clear();
  });

  /** Each test ends with no unhandled rejection or uncaught error of its own; `clean` in its cell says so. */
  async function noProblems(cell?: { fault: FaultId; column: string }): Promise<void> {
    await afterPendingMicrotasks();
    const found = problems.since(problemsBefore);
    if (cell) (found.length ? matrix.fail : matrix.pass).call(matrix, cell.fault, cell.column, 'clean');
    expect(found, 'unhandled rejections / uncaught errors').to.deep.equal([]);
  }

  after(() => {
    problems.stop();
    const lines = [matrix.render()];
    lines.push(
      problems.problems.length === 0
        ? 'Unhandled promise rejections and uncaught errors in the whole suite: none'
        : `Unhandled promise rejections and uncaught errors: ${problems.problems.map((p) => `${p.type} in "${p.test}": ${p.reason}`).join('; ')}`,
    );
    console.log(lines.join('\n'));
  });

  for (const column of columns) {
    matrix.addColumn({ id: column.id, capability: column.capability, connector: column.connector, widget: column.widget });

    describe(`${column.id}: ${column.capability} via ${column.connector} → <ozg-${widgetTag(column.widget)}>`, () => {
      if (column.noRequest) {
        for (const row of FAULT_ROWS) matrix.notApplicable(row.id, column.id, column.noRequest);
        it('makes no request: searching works from the loaded list alone', async () => {
          // The claim behind the n/a cells: with every search-like request failing, search still works.
          const drive = column.drive() as FinderSearchDrive;
          await drive.prepare();
          const requests: string[] = [];
          const listener = ({ request }: { request: Request }) => void requests.push(request.url);
          worker.events.on('request:start', listener);
          try {
            injectFault(mock, column.target, () => new Response(null, { status: 500 }));
            await drive.trigger();
            await waitFor(() => drive.shown(), 'no results for "hund"');
            expect(resultsHeading(drive.el)).to.contain('„hund“');
            expect(requests.filter((url) => url.includes('/demo-api/')), 'requests while searching').to.deep.equal([]);
          } finally {
            worker.events.removeListener('request:start', listener);
          }
          await noProblems();
        });
        return;
      }

      for (const fault of ERROR_FAULTS) {
        const checks = [kindLabel(fault), 'msg', 'retry', 'input', 'clean'];
        const cell = { fault: fault.id, column: column.id };
        matrix.expect(fault.id, column.id, checks);

        it(`connector: ${fault.label} → OzgError "${fault.kind}"`, async () => {
          const injected = injectFault(mock, column.target, fault.respond);
          const error = await rejection(column.call());
          expect(injected.hits, 'the fault was met').to.be.greaterThan(0);
          expect(error.kind).to.equal(fault.kind);
          if (fault.retryAfterSeconds !== undefined) expect(error.retryAfterSeconds, 'retryAfterSeconds').to.equal(fault.retryAfterSeconds);
          expect(error.rateLimited, 'rateLimited').to.equal(fault.rateLimited === true);
          expect(error.retryable, 'retryable').to.equal(true);
          matrix.pass(fault.id, column.id, kindLabel(fault));
          await noProblems(cell);
        });

        it(`widget: ${fault.label} → the message, a working retry, input kept`, async () => {
          const drive = column.drive();
          await drive.prepare();
          const injected = injectFault(mock, column.target, fault.respond);
          await drive.trigger();
          await waitFor(() => drive.failure(), 'no failure shown');
          expect(injected.hits, 'the fault was met').to.be.greaterThan(0);
          expectMessage(drive, fault, column.widget);
          matrix.pass(fault.id, column.id, 'msg');
          drive.checkInput('failed');

          worker.resetHandlers(...ALL_HANDLERS);
          if (fault.rateLimited && drive instanceof TrackerDrive) {
            // The tracker blocks the lookup for the wait the backend asked for, then lets it go again.
            expect(drive.lookupButton().disabled, 'lookup blocked while waiting').to.equal(true);
            drive.clock.advance((RETRY_AFTER_429_SECONDS - 1) * 1000);
            await drive.el.updateComplete;
            expect(drive.lookupButton().disabled, 'still waiting a second before the end').to.equal(true);
            drive.clock.advance(1000);
            await drive.el.updateComplete;
            expect(drive.lookupButton().disabled, 'lookup possible after the wait').to.equal(false);
            drive.lookupButton().click();
          } else {
            const retry = drive.retryButton();
            expect(retry, 'a retry button').not.to.equal(null);
            retry!.click();
          }
          await waitForResult(drive, 'the retry did not show the result');
          expect(drive.failure(), 'no failure left').to.equal(null);
          matrix.pass(fault.id, column.id, 'retry');
          drive.checkInput('shown');
          matrix.pass(fault.id, column.id, 'input');
          await noProblems(cell);
        });
      }

      const slowChecks = ['result', 'loading', 'shown', 'input', 'clean'];
      const slowCell = { fault: 'slow' as const, column: column.id };
      matrix.expect('slow', column.id, slowChecks);

      it(`connector: a slow answer (${SLOW_MS} ms) resolves`, async () => {
        const slow = hold(mock, column.target, ALL_HANDLERS, { atLeastMs: SLOW_MS });
        slow.release();
        column.verify(await column.call());
        expect(slow.requests.length, 'the request went through the slow backend').to.be.greaterThan(0);
        matrix.pass('slow', column.id, 'result');
        await noProblems(slowCell);
      });

      it('widget: a slow answer shows the loading state, then the result', async () => {
        const drive = column.drive();
        await drive.prepare();
        const slow = hold(mock, column.target, ALL_HANDLERS, { atLeastMs: SLOW_MS });
        await drive.trigger();
        await slow.seen;
        await drive.el.updateComplete;
        expect(drive.loading(), 'the loading state while the backend works').to.equal(true);
        expect(drive.failure()).to.equal(null);
        matrix.pass('slow', column.id, 'loading');
        slow.release();
        await waitFor(() => drive.shown(), 'the result did not show');
        expect(drive.failure(), 'no failure').to.equal(null);
        matrix.pass('slow', column.id, 'shown');
        drive.checkInput('shown');
        matrix.pass('slow', column.id, 'input');
        await noProblems(slowCell);
      });

      const reason = column.notApplicable?.['out-of-order'];
      if (reason || !column.outOfOrder) {
        matrix.notApplicable('out-of-order', column.id, reason ?? 'not applicable');
      } else {
        const outOfOrder = column.outOfOrder;
        const checks = column.capability === 'forms.definition' ? ['own', 'newest', 'clean'] : ['own', 'newest', 'input', 'clean'];
        const oooCell = { fault: 'out-of-order' as const, column: column.id };
        matrix.expect('out-of-order', column.id, checks);
        it('connector: an older answer after a newer one — each call gets its own', () => outOfOrder.connector(column).then(() => noProblems(oooCell)));
        it('widget: an older answer after a newer one — the newer result stays', () => outOfOrder.widget(column).then(() => noProblems(oooCell)));
      }
    });
  }

  it('left no unhandled promise rejection or uncaught error anywhere in the suite', () => {
    expect(problems.problems, 'unhandled rejections / uncaught errors').to.deep.equal([]);
  });
});

function widgetTag(widget: Widget): string {
  return { finder: 'service-finder', form: 'application-form', tracker: 'status-tracker' }[widget];
}

