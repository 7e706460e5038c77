/**
 * Two copies of ozg-widgets on one page: two CMS plugins each load the CDN
 * build, or two versions end up on one page. Each scenario opens
 * test/hardening/two-copies-page.html in an iframe (a fresh window: its own
 * element registry and globals) and loads copies of the real CDN build from
 * dist/test-cdn/ — `a/` and `b/` are the same files under different URLs,
 * so the browser runs them as distinct module instances; `v9/` pretends to
 * be another major version (other keys for the shared state).
 *
 * The build takes about a minute, too long for each run: build it first with
 * `node scripts/build-test-cdn.mjs` (`--if-stale` skips an up-to-date build).
 */
import { expect, waitUntil } from '@open-wc/testing';

const BASE = '/dist/test-cdn/';
/** .txt: the test server turns a .json file into a JavaScript module. */
const CATALOG = `${BASE}catalog.json.txt`;

interface PageLog {
  warnings: string[];
  errors: string[];
  exceptions: string[];
  defined: string[];
  definedAtLoad: string[];
}

/** The page API of a CDN entry (PAGE_API in rollup.config.mjs) and, for ozg-core.js, the core API. */
interface Copy {
  configure(config: unknown): void;
  registerConnectorType(type: string, source: unknown): void;
  resetConfiguration(): void;
  registerTranslations(language: string, messages: Record<string, string>): () => void;
  OzgError: new (kind: string, message: string, options?: { status?: number }) => Error;
}

interface TestWindow extends Window {
  pageLog: PageLog;
  copies: Copy[];
  loaded: Promise<void>;
  testTypes: Record<string, unknown>;
  InputEvent: typeof InputEvent;
  eval(code: string): unknown;
}

interface Scenario {
  window: TestWindow;
  document: Document;
  log: PageLog;
  copies: Copy[];
  /** Puts markup into the page's content area and returns its first element. */
  mount(markup: string): HTMLElement;
}

/** What the scenarios found, printed at the end. */
const figures: { scenario: string; scripts: number; defined: number; warnings: number; errors: number; exceptions: number }[] = [];
let build: { rollupMs: number; builtAt: string } | undefined;
const frames: HTMLIFrameElement[] = [];

async function openPage(scripts: string[]): Promise<Scenario> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1024px; height: 700px; border: 0';
  iframe.src = `/test/hardening/two-copies-page.html?${scripts.map((s) => `script=${encodeURIComponent(BASE + s)}`).join('&')}`;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as unknown as TestWindow;
  await win.loaded;
  const doc = iframe.contentDocument!;
  const url = win.location.href;
  return {
    window: win,
    document: doc,
    log: win.pageLog,
    copies: win.copies,
    mount(markup) {
      // A finder keeps its search in the URL; the next one starts afresh.
      win.history.replaceState(null, '', url);
      const content = doc.querySelector('#content')!;
      content.innerHTML = markup;
      return content.firstElementChild as HTMLElement;
    },
  };
}

function addConfigBlock(page: Scenario, config: unknown): void {
  const block = page.document.createElement('script');
  block.type = 'application/json';
  block.dataset['ozgConfig'] = '';
  block.textContent = JSON.stringify(config);
  page.document.head.append(block);
}

function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root (not defined?)`);
  return element.shadowRoot;
}

/** Searches like a citizen and returns the names of the results. */
async function search(page: Scenario, finder: HTMLElement, text: string): Promise<string[]> {
  await waitUntil(() => finder.shadowRoot?.querySelector('#search-input'), 'the finder did not load', { timeout: 8000 });
  const input = shadow(finder).querySelector<HTMLInputElement>('#search-input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true, data: text }));
  await waitUntil(
    () => shadow(finder).querySelector('.results a[data-service-id], .no-results') && shadow(finder).textContent!.includes(`„${text}“`),
    `no results for "${text}"`,
    { timeout: 8000 },
  );
  return [...shadow(finder).querySelectorAll('.results a[data-service-id]')].map((a) => a.textContent!.trim());
}

function searchLabel(finder: HTMLElement): string {
  return shadow(finder).querySelector('.search-label')?.textContent?.trim() ?? '';
}

/** One warning per duplicated element name, naming it, and no other warning. */
function duplicateWarnings(log: PageLog): Map<string, number> {
  const byName = new Map<string, number>();
  for (const warning of log.warnings) {
    const name = /<([a-z-]+)> is already defined/.exec(warning)?.[1];
    if (!name) throw new Error(`unexpected warning: ${warning}`);
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  return byName;
}

function record(scenario: string, page: Scenario, scripts: number): void {
  const { log } = page;
  figures.push({ scenario, scripts, defined: log.defined.length, warnings: log.warnings.length, errors: log.errors.length, exceptions: log.exceptions.length });
}

/** A catalog connector type and a failing one, made in the page's own realm with copy B's OzgError. */
function defineTestTypes(page: Scenario, core: number): void {
  page.window.eval(`(() => {
    const OzgError = window.copies[${core}].OzgError;
    const service = (id, name) => ({ id, name, leikaKeys: [], synonyms: [], lifeSituations: [], categories: [], addressees: [], online: false });
    const catalog = (listServices) => ({
      listServices,
      getService: async (id) => { throw new OzgError('not-found', id); },
      listLifeSituations: async () => [],
      getOffice: async (id) => { throw new OzgError('not-found', id); },
    });
    window.testTypes = {
      catalog: { parseConfig: (config) => config, create: () => ({ type: 'cms-catalog', catalog: catalog(async () => [service('b-1', 'Testleistung aus Kopie B')]) }) },
      broken: { parseConfig: (config) => config, create: () => ({ type: 'broken', catalog: catalog(async () => { throw new OzgError('unavailable', 'Wartung', { status: 503 }); }) }) },
    };
  })()`);
}

describe('two copies of ozg-widgets on one page (CDN build)', function () {
  this.timeout(40_000);

  before(async () => {
    const response = await fetch(`${BASE}build.json.txt`);
    if (!response.ok) throw new Error('No CDN build for this test: run `node scripts/build-test-cdn.mjs` first (it builds dist/test-cdn/).');
    build = await response.json();
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  after(() => {
    const lines = figures.map(
      (f) =>
        `${f.scenario.padEnd(44)} scripts ${f.scripts}, elements defined ${String(f.defined).padStart(2)}, warnings ${String(f.warnings).padStart(2)}, console errors ${f.errors}, exceptions ${f.exceptions}`,
    );
    const exceptions = figures.reduce((sum, f) => sum + f.exceptions, 0);
    console.log(
      `two copies: ${figures.length} scenarios, ${exceptions} exceptions; CDN build for the test ${build ? `${(build.rollupMs / 1000).toFixed(1)} s (built ${build.builtAt})` : 'missing'}\n${lines.join('\n')}`,
    );
  });

  it('one copy loaded twice (two plugins, one CDN URL): the module runs once, nothing to warn about', async () => {
    const page = await openPage(['a/ozg-service-finder.js', 'a/ozg-widgets.js']);
    addConfigBlock(page, { connectors: { stadt: { type: 'static-json', url: CATALOG } } });
    const finder = page.mount('<ozg-service-finder connector="stadt"></ozg-service-finder>');
    expect(await search(page, finder, 'hund')).to.include('Hund anmelden');
    expect(page.log.warnings).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.exceptions).to.deep.equal([]);
    record('one copy, two script tags', page, 2);
  });

  it('finder from copy A, all widgets from copy B: one warning, one configuration, B\'s connector types and wording reach A\'s finder', async () => {
    const page = await openPage(['a/ozg-service-finder.js', 'b/ozg-widgets.js', 'b/ozg-core.js']);
    const [a, b] = page.copies as [Copy, Copy, Copy];
    // Copy B defines the other widgets; only the finder's name was taken, by copy A.
    expect([...duplicateWarnings(page.log)]).to.deep.equal([['ozg-service-finder', 1]]);
    expect(page.log.definedAtLoad).to.include.members(['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker', 'ozg-kiosk']);
    expect(page.log.definedAtLoad.filter((name) => name === 'ozg-service-finder')).to.have.length(1);

    // Configured once, through copy B: copy A's finder finds.
    b.configure({ connectors: { stadt: { type: 'static-json', url: CATALOG } } });
    const finder = page.mount('<ozg-service-finder connector="stadt"></ozg-service-finder>');
    expect(await search(page, finder, 'personalausweis')).to.include('Personalausweis beantragen');

    // A connector type registered by copy B, configured through copy A, used by copy A's finder.
    defineTestTypes(page, 2);
    b.registerConnectorType('cms-catalog', page.window.testTypes['catalog']);
    a.configure({ connectors: { cms: { type: 'cms-catalog' } } });
    const cmsFinder = page.mount('<ozg-service-finder connector="cms"></ozg-service-finder>');
    expect(await search(page, cmsFinder, 'testleistung')).to.deep.equal(['Testleistung aus Kopie B']);

    // Wording registered through copy B shows in copy A's finder.
    b.registerTranslations('de', { 'finder.search.label': 'Was suchen Sie?' });
    await waitUntil(() => searchLabel(cmsFinder) === 'Was suchen Sie?', `label is "${searchLabel(cmsFinder)}"`);

    // A failure typed by copy B (its OzgError) is recognised by copy A's finder: the service error, not a bug.
    b.registerConnectorType('broken', page.window.testTypes['broken']);
    b.configure({ connectors: { kaputt: { type: 'broken' } } });
    const broken = page.mount('<ozg-service-finder connector="kaputt"></ozg-service-finder>');
    await waitUntil(() => broken.shadowRoot?.querySelector('[role="alert"]'), 'no error view', { timeout: 8000 });
    expect(shadow(broken).querySelector('[role="alert"] button'), 'a retry for an unavailable service').to.not.equal(null);

    // Copy B's own elements use what was configured through copy A.
    a.configure({ connectors: { status: page.window.eval(`({ status: { secondFactor: 'pin', getStatus: async () => { throw new Error('not asked'); } } })`) } });
    const tracker = page.mount('<ozg-status-tracker connector="status"></ozg-status-tracker>');
    await waitUntil(() => tracker.shadowRoot?.querySelector('form.lookup #second-factor'), 'copy B\'s tracker did not find the connector', { timeout: 8000 });
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.exceptions).to.deep.equal([]);
    record('finder A + all widgets B + core B', page, 3);
  });

  it('the whole bundle twice (ozg-widgets.js from two copies): exactly one warning per element name, and it works', async () => {
    const page = await openPage(['a/ozg-widgets.js', 'b/ozg-widgets.js']);
    const defined = page.log.definedAtLoad;
    expect(defined).to.include.members(['ozg-service-finder', 'ozg-application-form', 'ozg-status-tracker', 'ozg-kiosk']);
    expect(new Set(defined).size, 'no name defined twice').to.equal(defined.length);
    const warned = duplicateWarnings(page.log);
    expect([...warned.keys()].sort()).to.deep.equal([...defined].sort());
    expect([...warned.values()].every((count) => count === 1)).to.equal(true);

    page.copies[1]!.configure({ connectors: { stadt: { type: 'static-json', url: CATALOG } } });
    const finder = page.mount('<ozg-service-finder connector="stadt"></ozg-service-finder>');
    expect(await search(page, finder, 'hund')).to.include('Hund anmelden');
    // Lazy definitions later (the finder's detail view, fields …) warn no more.
    expect(page.log.warnings).to.have.length(defined.length);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.exceptions).to.deep.equal([]);
    record('ozg-widgets.js A + ozg-widgets.js B', page, 2);
  });

  it('kiosk from copy A around a finder from copy B: kiosk mode and the language switch reach across', async () => {
    const page = await openPage(['a/ozg-kiosk.js', 'b/ozg-service-finder.js']);
    expect(page.log.warnings).to.deep.equal([]);
    addConfigBlock(page, { connectors: { stadt: { type: 'static-json', url: CATALOG } } });
    const kiosk = page.mount('<ozg-kiosk languages="de en" idle-timeout="0"><ozg-service-finder connector="stadt"></ozg-service-finder></ozg-kiosk>');
    const finder = kiosk.querySelector('ozg-service-finder')!;
    await waitUntil(() => kiosk.shadowRoot?.querySelector('.tiles .tile'), 'no start screen', { timeout: 8000 });
    shadow(kiosk).querySelector<HTMLButtonElement>('.tiles .tile')!.click();
    expect(await search(page, finder, 'hund')).to.include('Hund anmelden');
    expect(finder.hasAttribute('in-kiosk'), 'copy B\'s finder knows it is in copy A\'s kiosk').to.equal(true);
    shadow(kiosk).querySelector<HTMLButtonElement>('.languages button[lang="en"]')!.click();
    await waitUntil(() => searchLabel(finder) === 'Search for a service', `label is "${searchLabel(finder)}"`, { timeout: 8000 });
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.exceptions).to.deep.equal([]);
    record('kiosk A + finder B', page, 2);
  });

  it('another version (own state keys): one warning per name; a config block reaches both, configure() and wording only their own copy', async () => {
    const page = await openPage(['a/ozg-widgets.js', 'v9/ozg-widgets.js']);
    const [first, other] = page.copies as [Copy, Copy];
    const defined = page.log.definedAtLoad;
    const warned = duplicateWarnings(page.log);
    expect([...warned.keys()].sort()).to.deep.equal([...defined].sort());
    expect([...warned.values()].every((count) => count === 1)).to.equal(true);
    const global = page.window as unknown as Record<symbol, unknown>;
    expect(global[Symbol.for('ozg-widgets.registry.v1')], 'the first copy\'s registry').to.not.equal(undefined);
    expect(global[Symbol.for('ozg-widgets.registry.v9')], 'the other version\'s own registry').to.not.equal(undefined);

    // A config block is read by both registries: the elements (the first copy's) work.
    addConfigBlock(page, { connectors: { stadt: { type: 'static-json', url: CATALOG } } });
    const finder = page.mount('<ozg-service-finder connector="stadt"></ozg-service-finder>');
    expect(await search(page, finder, 'hund')).to.include('Hund anmelden');

    // Wording registered through the other version does not reach the elements; through the first it does.
    other.registerTranslations('de', { 'finder.search.label': 'Andere Version' });
    first.registerTranslations('de', { 'finder.search.label': 'Erste Version' });
    await waitUntil(() => searchLabel(finder) === 'Erste Version', `label is "${searchLabel(finder)}"`);

    // configure() of the other version reaches only its own registry: the page's elements do not know the connector.
    other.configure({ connectors: { nurV9: { type: 'static-json', url: CATALOG } } });
    const unknown = page.mount('<ozg-service-finder connector="nurV9"></ozg-service-finder>');
    await waitUntil(() => unknown.shadowRoot?.querySelector('[part~="configuration-error"]'), 'no configuration error', { timeout: 8000 });
    expect(page.log.errors.some((e) => e.includes('nurV9')), 'the editor is told in the console').to.equal(true);
    expect(page.log.exceptions).to.deep.equal([]);
    record('ozg-widgets.js A + other version (state v9)', page, 2);
  });
});
