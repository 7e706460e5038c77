/**
 * Hostile data: backend text is never trusted. A corpus of attack strings
 * (hostile-corpus.ts) goes into every text field of every model
 * (hostile-fields.ts), served by msw in the formats of the static-json,
 * municipal-rest and PVOG connectors (hostile-backends.ts, hostile-pvog.ts).
 * The connectors read every value (hostile-probe.ts): what they accept is
 * rendered by the finder, the form, the tracker and the kiosk's start screen
 * in their states (hostile-drivers.ts), while a guard (hostile-guard.ts)
 * watches for executed payloads, script, event handlers, dangerous links,
 * clobbering, bidi controls left open and crashes; what they refuse must
 * show the typed error view with a retry. Long strings must leave the
 * layout usable at 390 and 1280 px (hostile-layout.ts). The figures are
 * printed at the end (hostile-report.ts).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../connectors/builtin.js';
import { connectorType as municipalRest } from '../../connectors/municipal-rest/index.js';
import { connectorType as pvog } from '../../connectors/pvog/index.js';
import { connectorType as staticJson } from '../../connectors/static-json/index.js';
import { configure, isOzgError, resetConfiguration } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import type { OzgKiosk } from '../../widgets/kiosk/index.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { backend, hostileHandlers, serve, urls } from './hostile-backends.js';
import { HOSTILE_CORPUS, PROBE } from './hostile-corpus.js';
import {
  applyThroughForm,
  browseBySearch,
  browseFinder,
  continueButton,
  lookUp,
  lookupButton,
  mountFinder,
  mountForm,
  mountTracker,
  openDetails,
  reachReview,
  searchFor,
  searchInput,
  shadowOf,
  trackCases,
} from './hostile-drivers.js';
import { fieldsOf } from './hostile-fields.js';
import { HostileGuard } from './hostile-guard.js';
import { WIDTHS, layoutProblems } from './hostile-layout.js';
import { classifyModel, type CombinedRefusal, type ConnectorUnderTest, type FieldOutcome } from './hostile-probe.js';
import { PVOG_ARS, hostilePvogHandlers, pvogBase } from './hostile-pvog.js';
import { HostileReport } from './hostile-report.js';
import { MARKER_SYNONYM, buildWorld, corpusVectors, hasLoneSurrogate, keys, markerVector, typedReference, type Injection, type ModelName, type Vector, type World } from './hostile-world.js';

const guard = new HostileGuard();
guard.install();
const report = new HostileReport(guard);
await startMockWorker(...hostileHandlers, ...hostilePvogHandlers);

const HOSTILE = corpusVectors(HOSTILE_CORPUS);
const VECTORS: Vector[] = [...HOSTILE, markerVector(HOSTILE.length)];
const ALL_SLOTS = VECTORS.map((v) => v.slot);
const startingUrl = location.href;
const context = { name: 'hostile', lookup: () => Promise.reject(new Error('unused')) };

const staticCut: ConnectorUnderTest = {
  name: 'static-json',
  registryName: 'h-static',
  isolatesSlots: false,
  models: ['service', 'service-no-office', 'office', 'life-situation', 'category', 'form'],
  create: async (key) => staticJson.create(staticJson.parseConfig({ type: 'static-json', url: urls(key).catalog, formsUrl: urls(key).formsUrl, retries: 0 }), context),
};
const restCut: ConnectorUnderTest = {
  name: 'municipal-rest',
  registryName: 'h-rest',
  isolatesSlots: true,
  models: ['service', 'service-no-office', 'office', 'life-situation', 'category', 'form', 'receipt', 'case', 'case-rejected'],
  create: async (key) => municipalRest.create(municipalRest.parseConfig({ type: 'municipal-rest', baseUrl: urls(key).restBase, retries: 0 }), context),
};

const pvogCut: ConnectorUnderTest = {
  name: 'pvog',
  registryName: 'h-pvog',
  isolatesSlots: true,
  // The Suchdienst has no categories, forms, submissions or status.
  models: ['service', 'service-no-office', 'office', 'life-situation'],
  create: async (key) => pvog.create(pvog.parseConfig({ type: 'pvog', baseUrl: pvogBase(key), ars: PVOG_ARS, retries: 0 }), context),
};

/** The connectors the widgets use; fresh instances (no cached catalog) after every call. */
function configureConnectors(): void {
  resetConfiguration();
  configure({
    connectors: {
      'h-static': { type: 'static-json', url: urls().catalog, formsUrl: urls().formsUrl, retries: 0 },
      'h-rest': { type: 'municipal-rest', baseUrl: urls().restBase, retries: 0 },
      'h-pvog': { type: 'pvog', baseUrl: pvogBase(), ars: PVOG_ARS, retries: 0 },
      // static-json has no submission: its forms are sent through the city backend, as a page would combine them.
      'h-static-forms': { type: 'composite', forms: 'h-static', submission: 'h-rest' },
    },
  });
}

/** Runs `task` for every item, `size` at a time (independent widgets on one page). */
async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(task));
}

/** Fails with everything the guard saw since the last check. */
async function expectNothingRan(what: string): Promise<void> {
  await guard.fence();
  guard.scan();
  const { executions, findings } = guard.takeNew();
  expect(executions, `${what}: payloads executed`).to.deep.equal([]);
  expect(findings.map((f) => `${f.kind}: ${f.detail}`), `${what}: dangerous DOM or crashes`).to.deep.equal([]);
}

/** The text of an HTML fragment, as an HTML text module is read. */
function textOfHtml(value: string): string {
  return (new DOMParser().parseFromString(value, 'text/html').body.textContent ?? '').trim();
}

/** The first value of the checkbox list (it may be injected). */
function firstOption(world: World, slot: number): string {
  return String(world.slots.get(slot)!.form.schema.properties!['G10000001']!.properties!['F10000006']!.items!.enum![0]);
}

/**
 * What the connector let through, in the given slots (default: all);
 * instances it refused as a whole stay clean. PVOG's mapping drops a value
 * of the wrong format instead of refusing it (an address with a bad postal
 * code goes, street and all): there the formats keep their valid values, so
 * that the texts beside them show; the probes read the hostile ones.
 */
function acceptedWorld(cut: ConnectorUnderTest, outcomes: readonly FieldOutcome[], slots: readonly number[] = ALL_SLOTS, combined: readonly CombinedRefusal[] = []): World {
  const whole = new Set(combined.map((c) => `${c.model}:${c.vector.slot}`));
  const shown = outcomes.filter((o) => !(cut === pvogCut && o.field.kind === 'format'));
  return buildWorld(
    shown.flatMap((o) =>
      o.accepted.filter((vector) => slots.includes(vector.slot) && !whole.has(`${o.field.model}:${vector.slot}`)).map((vector) => ({ field: o.field, vector })),
    ),
    slots,
  );
}

/**
 * The 100,000-character vectors apart from the rest: list views re-render
 * everything they show on every step back, and a hundred re-renders of
 * megabytes of text would take minutes without showing anything new.
 */
const LONG_SLOTS = HOSTILE.filter((v) => HOSTILE_CORPUS[v.slot]!.category === 'long').map((v) => v.slot);
const PARTITIONS = [ALL_SLOTS.filter((slot) => !LONG_SLOTS.includes(slot)), LONG_SLOTS];

/** The first vector of each category, and the marker. */
const SAMPLE_SLOTS = [...new Map([...HOSTILE].reverse().map((v) => [HOSTILE_CORPUS[v.slot]!.category, v.slot])).values(), HOSTILE.length];

/**
 * Whose details the finder opens. Through municipal-rest every vector's; a
 * service object renders the same whichever connector read it, so through
 * static-json and PVOG a sample (one vector of each kind) — their reading of
 * every value is what the probes check. The 100,000-character details take
 * seconds each: they are opened in the layout tests, at both widths.
 */
function detailSlots(cut: ConnectorUnderTest): Set<number> {
  const slots = cut === restCut ? ALL_SLOTS : SAMPLE_SLOTS;
  return new Set(slots.filter((slot) => !LONG_SLOTS.includes(slot)));
}

/**
 * The error view of a refused value: title and text, and a retry that asks
 * the backend again and fails the same way — or, for `not-found` (nothing a
 * retry could change), no retry but a way back.
 */
async function expectErrorView(root: ParentNode, where: string, retryable: boolean): Promise<void> {
  const alert = root.querySelector('[role="alert"]');
  expect(alert, `${where}: no error view`).not.to.equal(null);
  expect(alert!.querySelector('.notice-title')?.textContent?.trim(), `${where}: error title`).to.match(/\S/);
  const retry = alert!.querySelector<HTMLButtonElement>('button[part~="retry"]');
  report.errorViews++;
  if (!retryable) {
    expect(retry, `${where}: a retry for something no retry can change`).to.equal(null);
    expect(root.querySelector('.back a'), `${where}: no way back`).not.to.equal(null);
    return;
  }
  expect(retry, `${where}: no retry button`).not.to.equal(null);
  const asked = backend.requests;
  retry!.click();
  await waitUntil(() => backend.requests > asked, `${where}: retry did not ask the backend again`, { timeout: 20_000, interval: 5 });
  await waitUntil(() => root.querySelector('[role="alert"] button[part~="retry"]'), `${where}: no error view after the retry`, { timeout: 20_000, interval: 5 });
}

/** Drives the widget to where the refused values of `injections` are read, and checks the error view there. */
async function refusedValueShowsErrorView(cut: ConnectorUnderTest, model: ModelName, injections: readonly Injection[], error: unknown, where: string): Promise<void> {
  const slot = injections[0]!.vector.slot;
  const world = buildWorld(injections);
  serve(world);
  configureConnectors();
  const instances = world.slots.get(slot)!;
  const retryable = !isOzgError(error) || error.retryable;
  if (['service', 'service-no-office', 'office', 'life-situation', 'category'].includes(model)) {
    const finder = await mountFinder(cut.registryName);
    const root = shadowOf(finder);
    // The catalog loaded: the value sits in the search results (a backend's search), a detail (service) or an office card.
    if (!root.querySelector('[role="alert"]')) await searchFor(finder, MARKER_SYNONYM);
    if (!root.querySelector('[role="alert"]')) {
      const serviceId = model === 'service-no-office' ? instances['service-no-office'].id : instances.service.id;
      [...root.querySelectorAll<HTMLAnchorElement>('a[data-service-id]')].find((a) => a.dataset['serviceId'] === serviceId)!.click();
      await waitUntil(() => root.querySelector('.detail [role="alert"], [role="alert"]'), `${where}: detail without error view`, { timeout: 20_000, interval: 5 });
      if (model === 'office') expect(root.querySelector('.detail-title'), `${where}: the service itself should show`).not.to.equal(null);
    }
    report.rendered(cut.name, finder);
    await expectErrorView(root, where, retryable);
  } else if (model === 'form') {
    const form = await mountForm(cut === restCut ? 'h-rest' : 'h-static-forms', keys.form(slot));
    report.rendered(cut.name, form);
    await expectErrorView(shadowOf(form), where, retryable);
  } else if (model === 'receipt') {
    const form = await mountForm('h-rest', keys.form(slot));
    await reachReview(form, 'kastriert');
    const root = shadowOf(form);
    root.querySelector<HTMLButtonElement>('.actions button.button:not(.secondary)')!.click();
    await waitUntil(() => root.querySelector('.submit-error [role="alert"]'), `${where}: no error after sending`, { timeout: 20_000, interval: 5 });
    expect(root.querySelector('.receipt'), `${where}: a receipt showed`).to.equal(null);
    report.rendered(cut.name, form);
    await expectErrorView(root.querySelector('.submit-error')!, where, retryable);
  } else {
    const tracker = await mountTracker('h-rest');
    const reference = model === 'case' ? instances.case.reference : instances['case-rejected'].reference;
    await lookUp(tracker, reference, model === 'case' ? keys.pin(slot) : keys.pinRejected(slot));
    const root = shadowOf(tracker);
    expect(root.querySelector('.result'), `${where}: a result showed`).to.equal(null);
    report.rendered(cut.name, tracker);
    await expectErrorView(root.querySelector('.lookup-error')!, where, retryable);
  }
  fixtureCleanup();
}

const outcomesOf = new Map<string, FieldOutcome[]>();
const combinedOf = new Map<string, CombinedRefusal[]>();

describe('hostile backend data', function () {
  this.timeout(180_000);

  beforeEach(() => {
    // What a failed test left behind was reported there (and counts in the totals).
    guard.takeNew();
  });

  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startingUrl);
  });

  after(() => report.print());

  it('the guard notices an executed payload, script, handlers, dangerous links, clobbering and bidi leaks (self-test)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // Unsanitized on purpose: what the widgets must never do.
    root.innerHTML = `<img src="data:,x" onerror="${PROBE}('self-test')"><a href=" JavaScript:void 0">x</a><script>void 0</script><p>\u202Eabc <b>37,00 €</b></p>`;
    const named = Object.assign(document.createElement('img'), { name: 'attributes' });
    document.body.append(named);
    await waitUntil(() => guard.executions.includes('self-test'), 'the probe was not called');
    guard.scan();
    named.remove();
    const { executions, findings } = guard.takeNew();
    expect(executions).to.deep.equal(['self-test']);
    expect([...new Set(findings.map((f) => f.kind))]).to.have.members(['event-handler', 'dangerous-url', 'script-element', 'clobbering', 'bidi-leak']);
    guard.executions.length = 0;
    guard.findings.length = 0;
    guard.takeNew();
  });

  for (const cut of [staticCut, restCut, pvogCut]) {
    describe(`through ${cut.name}`, () => {
      const outcomes: FieldOutcome[] = [];
      const combined: CombinedRefusal[] = [];
      let world: World;

      before(async function () {
        this.timeout(240_000);
        for (const model of cut.models) {
          const result = await classifyModel(cut, fieldsOf(model), VECTORS);
          outcomes.push(...result.fields);
          combined.push(...result.combined);
        }
        outcomesOf.set(cut.name, outcomes);
        combinedOf.set(cut.name, combined);
        report.outcomes.push(...outcomes);
        report.combined.push(...combined.map((c) => ({ connector: cut.name, ...c })));
        report.injected += outcomes.length * HOSTILE.length;
        world = acceptedWorld(cut, outcomes, ALL_SLOTS, combined);
      });

      beforeEach(() => {
        serve(world);
        configureConnectors();
      });

      it('refuses a value only with a typed error, never by crashing', () => {
        const untyped = outcomes.flatMap((o) => o.untyped.map((u) => `${o.field.name} / ${u.vector.name}: ${String(u.error)}`));
        expect(untyped).to.deep.equal([]);
        // Why each refusal: formats (codes, dates, URLs) are checked; plain text only where it cannot work.
        const unexplained: string[] = [];
        for (const o of outcomes) {
          for (const r of o.refused) {
            const value = r.vector.valueFor(o.field);
            const kind = isOzgError(r.error) ? r.error.kind : 'untyped';
            const explained =
              ((o.field.kind === 'url' || o.field.kind === 'format') && kind === 'invalid-response') ||
              // An id with a lone surrogate cannot go into a request URL: no such resource.
              (o.field.kind === 'id' && hasLoneSurrogate(value) && kind === 'not-found') ||
              // The tracker asks with what a citizen can type; an answer for another reference is not shown.
              (o.field.name === 'CaseStatus.reference' && typedReference(value) !== value.trim() && kind === 'invalid-response') ||
              // PVOG's texts are XZuFi HTML: markup without any text leaves a required name empty.
              (cut === pvogCut && o.field.kind === 'text' && textOfHtml(value) === '' && kind === 'invalid-response');
            if (!explained) unexplained.push(`${o.field.name} / ${r.vector.name}: ${kind}`);
          }
        }
        expect(unexplained).to.deep.equal([]);
        expect(combined.filter((c) => !isOzgError(c.error)).map((c) => `${c.model} of ${c.vector.name}: ${String(c.error)}`)).to.deep.equal([]);
      });

      const browsing =
        cut === pvogCut
          ? 'finder: overview, A–Z, search results, and the details of one vector of each kind, with their offices'
          : cut === restCut
            ? 'finder: overview, every life situation with the details of its services and their offices, every topic, A–Z, search results'
            : 'finder: overview, every life situation (with the details of one vector of each kind), every topic, A–Z, search results';
      it(browsing, async () => {
        const problems: string[] = [];
        for (const slots of PARTITIONS) {
          const part = acceptedWorld(cut, outcomes, slots, combined);
          serve(part);
          configureConnectors();
          const finder = await mountFinder(cut.registryName);
          const browse = cut === pvogCut ? browseBySearch : browseFinder;
          problems.push(...(await browse(finder, part, () => report.rendered(cut.name, finder), detailSlots(cut))));
          fixtureCleanup();
        }
        expect(problems).to.deep.equal([]);
        await expectNothingRan(`${cut.name} finder`);
      });

      if (cut === restCut) {
        it('form: every step, errors, the review and the receipt, for every vector', async () => {
          const problems: string[] = [];
          await inBatches(ALL_SLOTS, 8, async (slot) => {
            const form = await mountForm('h-rest', keys.form(slot));
            if (!shadowOf(form).querySelector('.step-title')) {
              problems.push(`${VECTORS[slot]!.name}: ${shadowOf(form).textContent!.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
              return;
            }
            await applyThroughForm(form, firstOption(world, slot), () => report.rendered(cut.name, form));
            if (!shadowOf(form).querySelector('.receipt')) problems.push(`${VECTORS[slot]!.name}: no receipt`);
          });
          expect(problems).to.deep.equal([]);
          await expectNothingRan(`${cut.name} form`);
        });
      } else if (cut === staticCut) {
        // The form renders the same definition whichever connector read it; here the form file's way in is what differs.
        it('form: every form file, its first step and its error summary, for every vector', async () => {
          const problems: string[] = [];
          await inBatches(ALL_SLOTS, 8, async (slot) => {
            const form = await mountForm('h-static-forms', keys.form(slot));
            if (!shadowOf(form).querySelector('.step-title')) {
              problems.push(`${VECTORS[slot]!.name}: ${shadowOf(form).textContent!.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
              return;
            }
            report.rendered(cut.name, form);
            continueButton(form).click();
            await waitUntil(() => shadowOf(form).querySelector('.error-summary'), 'no error summary', { timeout: 20_000, interval: 5 });
            report.rendered(cut.name, form);
          });
          expect(problems).to.deep.equal([]);
          await expectNothingRan(`${cut.name} form`);
        });
      }

      if (cut === restCut) {
        it('tracker: a case with action required and history, and a rejected one, for every vector', async () => {
          const problems: string[] = [];
          await inBatches(ALL_SLOTS, 8, async (slot) => {
            const tracker = await mountTracker('h-rest');
            problems.push(...(await trackCases(tracker, world, slot, () => report.rendered(cut.name, tracker))).map((p) => `${VECTORS[slot]!.name}: ${p}`));
          });
          expect(problems).to.deep.equal([]);
          await expectNothingRan(`${cut.name} tracker`);
        });
      }

      it('a value the schema refuses shows the typed error view with a retry, in every field that refuses', async () => {
        const refusing = outcomes.filter((o) => o.refused.length > 0);
        expect(refusing.length).to.be.greaterThan(0);
        for (const o of refusing) {
          const first = o.refused[0]!;
          const injections = o.refused.map((r) => ({ field: o.field, vector: r.vector }));
          await refusedValueShowsErrorView(cut, o.field.model, injections, first.error, `${cut.name} ${o.field.name} (${first.vector.name})`);
        }
        // Instances refused only as a whole: one per model.
        for (const model of new Set(combined.map((c) => c.model))) {
          const first = combined.find((c) => c.model === model)!;
          await refusedValueShowsErrorView(cut, model, first.injections, first.error, `${cut.name} ${model} of ${first.vector.name} (as a whole)`);
        }
        await expectNothingRan(`${cut.name} error views`);
      });
    });
  }

  describe('layout with 100,000-character strings and long words', () => {
    let world: World;
    const layoutSlots = HOSTILE.filter((v) => v.layout).map((v) => v.slot);

    before(() => {
      // Only the layout vectors: each view holds what it would hold in a real catalog of such data.
      world = acceptedWorld(restCut, outcomesOf.get(restCut.name) ?? [], layoutSlots, combinedOf.get(restCut.name));
    });
    beforeEach(() => {
      serve(world);
      configureConnectors();
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    const check = (widget: HTMLElement, controls: HTMLElement[], label: string, problems: string[]) => {
      report.rendered(restCut.name, widget);
      const found = layoutProblems(widget, controls, label);
      problems.push(...found);
      if (found.length === 0) report.overflowChecks++;
    };

    for (const width of WIDTHS) {
      it(`finder at ${width} px: search results and the details`, async () => {
        await setViewport({ width, height: 900 });
        const problems: string[] = [];
        const finder = await mountFinder('h-rest');
        await searchFor(finder, MARKER_SYNONYM);
        check(finder, [searchInput(finder)], `results at ${width} px`, problems);
        problems.push(
          ...(await openDetails(
            finder,
            world.services.map((s) => s.id),
            () => check(finder, [shadowOf(finder).querySelector<HTMLElement>('.back a')!], `detail at ${width} px`, problems),
          )),
        );
        expect(problems).to.deep.equal([]);
        await expectNothingRan(`finder layout ${width}`);
      });

      it(`form at ${width} px: every step, the review and the receipt`, async () => {
        await setViewport({ width, height: 900 });
        const problems: string[] = [];
        for (const slot of layoutSlots) {
          const form = await mountForm('h-rest', keys.form(slot));
          await applyThroughForm(form, firstOption(world, slot), (state) => {
            const root = shadowOf(form);
            const primary = root.querySelector('form.step') ? continueButton(form) : root.querySelector<HTMLElement>('.actions button.button:not(.secondary)');
            check(form, primary ? [primary] : [], `${state} ${VECTORS[slot]!.name} at ${width} px`, problems);
          });
          fixtureCleanup();
        }
        expect(problems).to.deep.equal([]);
        await expectNothingRan(`form layout ${width}`);
      });

      it(`tracker at ${width} px: results and the lookup form`, async () => {
        await setViewport({ width, height: 900 });
        const problems: string[] = [];
        for (const slot of layoutSlots) {
          const tracker = await mountTracker('h-rest');
          await trackCases(tracker, world, slot, (state) => {
            const root = shadowOf(tracker);
            const primary = root.querySelector('form.lookup') ? lookupButton(tracker) : root.querySelector<HTMLElement>('.refresh button');
            check(tracker, primary ? [primary] : [], `${state} ${VECTORS[slot]!.name} at ${width} px`, problems);
          });
          fixtureCleanup();
        }
        expect(problems).to.deep.equal([]);
        await expectNothingRan(`tracker layout ${width}`);
      });

      it(`kiosk at ${width} px: start screen with tile labels from hostile kiosk-label attributes`, async () => {
        await setViewport({ width, height: 900 });
        const problems: string[] = [];
        // Every vector once (at the first width); the layout vectors at both.
        for (const vector of HOSTILE_CORPUS.filter((v) => width === WIDTHS[0] || v.layout)) {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          // Attributes set before the kiosk upgrades, as an editor's page has them.
          const kiosk = document.createElement('ozg-kiosk') as OzgKiosk;
          kiosk.setAttribute('languages', 'de en');
          kiosk.setAttribute('idle-timeout', '0');
          for (const name of ['ozg-status-tracker', 'section']) {
            const child = document.createElement(name);
            if (name !== 'section') child.setAttribute('connector', 'h-rest');
            child.setAttribute('kiosk-label', vector.value);
            child.setAttribute('kiosk-text', vector.value);
            kiosk.append(child);
          }
          container.append(kiosk);
          await kiosk.updateComplete;
          await waitUntil(() => shadowOf(kiosk).querySelectorAll('.tile').length === 2, 'kiosk tiles', { timeout: 20_000, interval: 5 });
          const titles = [...shadowOf(kiosk).querySelectorAll('.tile-title')].map((t) => t.textContent);
          if (titles.some((t) => t !== vector.value)) problems.push(`${vector.name}: the tile label is not the attribute's text`);
          report.rendered('kiosk', kiosk);
          if (vector.layout) check(kiosk, [shadowOf(kiosk).querySelector<HTMLElement>('.tile')!], `kiosk ${vector.name} at ${width} px`, problems);
          fixtureCleanup();
        }
        expect(problems).to.deep.equal([]);
        await expectNothingRan(`kiosk ${width}`);
      });
    }
  });

  describe('in total', () => {
    it('no payload ran, no dangerous link, nothing else found', () => {
      expect(guard.executions).to.deep.equal([]);
      expect(guard.findings.map((f) => `${f.kind}: ${f.detail}`)).to.deep.equal([]);
      expect(report.renders).to.be.greaterThan(1000);
    });
  });
});
