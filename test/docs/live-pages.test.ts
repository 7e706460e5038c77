/**
 * The live documentation pages (docs/live/*.html): each loads in a same-origin
 * iframe under its own Content-Security-Policy, runs its widget on the demo's
 * simulated backend, and passes axe with zero violations. The snippet shown on
 * the page is the markup the page really runs (element, attributes, fallback
 * content, configuration block), so the docs and the example cannot drift;
 * the attribute table names every attribute the element observes, as do the
 * editor guides in German and English.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & { axe?: { run(context: Document, options?: object): Promise<AxeResult> } };

interface LivePage {
  file: string;
  tag: string;
  /** The CDN file the snippet loads (rollup.config.mjs's CDN entries). */
  script: string;
  /** True once the widget has rendered its working view (not loading, not an error). */
  ready(element: Element): boolean;
}

const shadow = (element: Element | null | undefined, selector: string) => element?.shadowRoot?.querySelector(selector) ?? null;

const PAGES: LivePage[] = [
  {
    file: 'service-finder.html',
    tag: 'ozg-service-finder',
    script: 'ozg-service-finder.js',
    ready: (el) => !!shadow(el, '[part~="search"] input') && !!shadow(el, '[part~="browse"]'),
  },
  {
    file: 'application-form.html',
    tag: 'ozg-application-form',
    script: 'ozg-application-form.js',
    ready: (el) => !!shadow(el, '[part~="progress"]') && !!shadow(el, 'ozg-text-field, ozg-select-field, ozg-radio-group'),
  },
  {
    file: 'status-tracker.html',
    tag: 'ozg-status-tracker',
    script: 'ozg-status-tracker.js',
    ready: (el) => !!shadow(shadow(el, '[part~="form"] ozg-text-field'), 'input'),
  },
  {
    file: 'kiosk.html',
    tag: 'ozg-kiosk',
    script: 'ozg-widgets.js',
    ready: (el) => !!shadow(el, '[part~="start"] button'),
  },
];

/** Collapses whitespace between and inside tags, so indentation does not count. */
const normalized = (markup: string) => markup.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

/** A file of the repository, as the dev server serves it. */
async function read(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

function attributesOf(element: Element): [string, string][] {
  return element.getAttributeNames().map((name) => [name, element.getAttribute(name) ?? '']);
}

/** The attributes an element class observes, from its Lit property declarations. */
function observedAttributes(tag: string): string[] {
  const constructor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!constructor?.observedAttributes) throw new Error(`<${tag}> is not defined`);
  return [...constructor.observedAttributes].sort();
}

/** Loads a page into an iframe; records CSP violations from the moment its document exists. */
async function openPage(file: string): Promise<{ frame: HTMLIFrameElement; doc: Document; cspViolations: string[] }> {
  const frame = document.createElement('iframe');
  frame.title = file;
  // Wide enough for the two-column layout, tall enough for the kiosk.
  frame.style.cssText = 'width: 1280px; height: 1000px; border: 0;';
  frame.src = `/docs/live/${file}`;
  document.body.append(frame);
  const cspViolations: string[] = [];
  await waitUntil(() => frame.contentDocument?.URL.endsWith(`/docs/live/${file}`), `${file} did not start loading`, { interval: 1, timeout: 10_000 });
  frame.contentDocument!.addEventListener(
    'securitypolicyviolation',
    (event) => cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    true,
  );
  await waitUntil(() => frame.contentDocument?.readyState === 'complete', `${file} did not load`, { timeout: 20_000 });
  return { frame, doc: frame.contentDocument!, cspViolations };
}

async function runAxe(frame: HTMLIFrameElement): Promise<AxeResult> {
  const win = frame.contentWindow as AxeWindow;
  const doc = frame.contentDocument!;
  if (!win.axe) {
    // A script file of the same origin: allowed by the page's `script-src 'self'`.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      doc.head.append(script);
    });
  }
  return win.axe!.run(doc, { resultTypes: ['violations'] });
}

function describeViolations(result: AxeResult): string {
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}

describe('live documentation pages (docs/live/)', function () {
  this.timeout(60_000);

  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const page of PAGES) {
    describe(page.file, () => {
      it('runs the widget on the demo backend under a strict CSP and passes axe with zero violations', async () => {
        const opened = await openPage(page.file);
        frame = opened.frame;
        const live = opened.doc.querySelector(page.tag);
        expect(live, `<${page.tag}> in ${page.file}`).to.exist;
        await waitUntil(() => page.ready(live!), `<${page.tag}> did not render its working view`, { timeout: 30_000 });
        expect(shadow(live, '[part~="configuration-error"]'), 'a configuration error').to.equal(null);
        expect(shadow(live, '[part~="error"]'), 'an error view').to.equal(null);

        const result = await runAxe(frame);
        expect(result.violations, describeViolations(result)).to.have.length(0);
        expect(opened.cspViolations, 'Content-Security-Policy violations').to.deep.equal([]);
      });

      it('shows as its snippet exactly the markup and configuration the page runs', async () => {
        const text = await read(`/docs/live/${page.file}`);
        const source = parse(text);
        const snippetText = source.querySelector('code[data-snippet]')?.textContent ?? '';
        const snippet = parse(snippetText);

        // The element: same attributes in the same order, same fallback content or children.
        const sourceElement = source.querySelector(page.tag)!;
        const snippetElement = snippet.querySelector(page.tag);
        expect(snippetElement, `the snippet has <${page.tag}>`).to.exist;
        expect(attributesOf(snippetElement!)).to.deep.equal(attributesOf(sourceElement));
        expect(normalized(snippetElement!.outerHTML)).to.equal(normalized(sourceElement.outerHTML));

        // The configuration block: the same JSON.
        const config = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/json"][data-ozg-config]')?.textContent ?? 'null');
        expect(config(snippet)).to.deep.equal(config(source));

        // The script: a module from the CDN build, the file for this widget.
        const scripts = [...snippet.querySelectorAll('script[src]')];
        expect(scripts).to.have.length(1);
        expect(scripts[0]!.getAttribute('type')).to.equal('module');
        expect(new URL(scripts[0]!.getAttribute('src')!).pathname.split('/').pop()).to.equal(page.script);

        // Nothing a strict CSP would block: no inline scripts, styles, style attributes or handlers.
        for (const script of source.querySelectorAll('script:not([src])')) {
          expect(script.getAttribute('type'), 'an inline script that is not JSON data').to.equal('application/json');
        }
        expect(source.querySelectorAll('style, [style]').length, 'inline styles').to.equal(0);
        const handlers = [...source.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
        expect(handlers, 'inline event handlers').to.deep.equal([]);
      });

      it('has the same attributes on the running element as in its snippet', async () => {
        const opened = await openPage(page.file);
        frame = opened.frame;
        const live = opened.doc.querySelector(page.tag)!;
        await waitUntil(() => page.ready(live), `<${page.tag}> did not render`, { timeout: 30_000 });
        const snippet = parse(opened.doc.querySelector('code[data-snippet]')!.textContent ?? '');
        const shown = [snippet.querySelector(page.tag)!, ...snippet.querySelector(page.tag)!.querySelectorAll('*')].filter((el) => el.localName.startsWith('ozg-'));
        const running = [live, ...live.querySelectorAll('*')].filter((el) => el.localName.startsWith('ozg-'));
        expect(running.map((el) => el.localName)).to.deep.equal(shown.map((el) => el.localName));
        shown.forEach((element, index) => {
          for (const [name, value] of attributesOf(element)) {
            expect(running[index]!.getAttribute(name), `${element.localName}[${name}]`).to.equal(value);
          }
        });
      });

      it('lists every attribute the element observes in its attribute table', async () => {
        const source = parse(await read(`/docs/live/${page.file}`));
        const listed = [...source.querySelectorAll('table[data-attributes] tbody tr td:first-child code')].map((code) => code.textContent?.trim() ?? '');
        expect([...new Set(listed)].filter((name) => observedAttributes(page.tag).includes(name)).sort()).to.deep.equal(observedAttributes(page.tag));
        if (page.tag === 'ozg-kiosk') expect(listed).to.include.members(['kiosk-label', 'kiosk-text']);
      });
    });
  }

  describe('the editor guides', () => {
    for (const guide of ['editor-guide.de.md', 'editor-guide.en.md']) {
      it(`${guide} explains every attribute of every widget`, async () => {
        const text = await read(`/docs/${guide}`);
        for (const page of PAGES) {
          const missing = observedAttributes(page.tag).filter((name) => !text.includes(`\`${name}\``));
          expect(missing, `attributes of <${page.tag}> not in ${guide}`).to.deep.equal([]);
        }
        expect(text).to.include('`kiosk-label`').and.to.include('`kiosk-text`');
      });

      it(`${guide} links every live page and the configurator`, async () => {
        const text = await read(`/docs/${guide}`);
        for (const page of PAGES) expect(text).to.include(`live/${page.file}`);
        expect(text).to.include('demo/konfigurator.html');
      });
    }

    it('both guides have the same sections (one translated from the other)', async () => {
      const headings = async (file: string) => (await read(`/docs/${file}`)).split('\n').filter((line) => /^#{1,4} /.test(line)).map((line) => line.match(/^#+/)![0]);
      const german = await headings('editor-guide.de.md');
      expect(german.length).to.be.greaterThan(10);
      expect(german).to.deep.equal(await headings('editor-guide.en.md'));
    });
  });
});
