/**
 * The editors' configurator (demo/konfigurator.html, demo/configurator/):
 * every attribute of every widget is offered, the settings are checked with
 * the connectors' own parsers, the preview runs the real widget on the demo
 * backends, the code it gives runs as pasted, copying works with and without
 * the Clipboard API, and it is accessible and keyboard usable.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../connectors/builtin.js';
import { buildSnippet, jsonForScriptBlock, scriptUrl } from '../../demo/configurator/snippet.js';
import { WIDGETS } from '../../demo/configurator/widget-options.js';
import '../../demo/configurator/define.js';
import type { DemoConfigurator } from '../../demo/configurator/demo-configurator.js';
import { fitConnectHandlers } from '../../demo/mocks/fit-connect/handlers.js';
import { municipalRestHandlers } from '../../demo/mocks/municipal-rest-handlers.js';
import { pvogHandlers } from '../../demo/mocks/pvog/handlers.js';
import { CATALOG_PATH, staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import { resetConfiguration } from '../../src/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import { startMockWorker } from '../helpers/mock-worker.js';

await startMockWorker(...staticJsonHandlers, ...municipalRestHandlers, ...pvogHandlers, ...fitConnectHandlers);

const inner = <T extends Element = HTMLElement>(el: DemoConfigurator, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in the configurator`);
  return found;
};
const snippetOf = (el: DemoConfigurator) => inner<HTMLTextAreaElement>(el, '#snippet').value;
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const configOf = (snippet: string) => JSON.parse(parse(snippet).querySelector('script[type="application/json"][data-ozg-config]')!.textContent!);
const statusText = (el: DemoConfigurator) => inner(el, '[role="status"]').textContent?.trim() ?? '';
const preview = (el: DemoConfigurator) => inner(el, '.preview');

async function configurator(): Promise<DemoConfigurator> {
  const el = await fixture<DemoConfigurator>(html`<demo-configurator></demo-configurator>`);
  await el.updateComplete;
  return el;
}

async function chooseWidget(el: DemoConfigurator, tag: string): Promise<void> {
  inner<HTMLInputElement>(el, `#widget-${tag}`).click();
  await el.updateComplete;
}

async function chooseConnectorType(el: DemoConfigurator, type: string): Promise<void> {
  const select = inner<HTMLSelectElement>(el, '#connector-type');
  select.value = type;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Replaces a field's text by typing, then leaves it with Tab (as a person would). */
async function typeInto(el: DemoConfigurator, selector: string, text: string): Promise<void> {
  const input = inner<HTMLInputElement>(el, selector);
  input.closest('details')?.setAttribute('open', '');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

/** Waits until the preview's widget has rendered `selector` in its shadow root. */
async function previewShows(el: DemoConfigurator, tag: string, selector: string): Promise<Element> {
  let found: Element | null = null;
  await waitUntil(
    () => {
      const widget = preview(el).querySelector(tag);
      found = widget?.shadowRoot?.querySelector(selector) ?? null;
      return found !== null;
    },
    `the preview's <${tag}> did not show ${selector}`,
    { timeout: 20_000 },
  );
  return found!;
}

describe('demo configurator', function () {
  this.timeout(60_000);

  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
    for (const block of document.querySelectorAll('script[data-ozg-config]')) block.remove();
  });

  it('offers every attribute each widget observes (and sets connector from the connector name)', () => {
    for (const spec of WIDGETS) {
      const observed = [...((customElements.get(spec.tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])].sort();
      const offered = [...spec.options.map((option) => option.name), ...(spec.tag === 'ozg-kiosk' ? [] : ['connector'])].sort();
      expect(offered, spec.tag).to.deep.equal(observed);
    }
  });

  it('starts with working code for the finder and runs it in the preview on the demo backend', async () => {
    const el = await configurator();
    const snippet = parse(snippetOf(el));
    const script = snippet.querySelector('script[type="module"]');
    expect(script?.getAttribute('src')).to.equal('https://cdn.example/ozg-widgets/ozg-service-finder.js');
    expect(configOf(snippetOf(el))).to.deep.equal({
      connectors: { stadt: { type: 'municipal-rest', baseUrl: 'https://service.musterstadt.de/rest/v1/', referencePrefix: 'MS' } },
    });
    const finder = snippet.querySelector('ozg-service-finder')!;
    expect(finder.getAttribute('connector')).to.equal('stadt');
    expect(finder.querySelector('a')?.textContent).to.equal('Alle Dienstleistungen von A bis Z');
    await previewShows(el, 'ozg-service-finder', '[part~="browse"]');
    expect(el.problems()).to.deep.equal([]);
  });

  it('writes each widget with its CDN file and its options; the kiosk with ozg-widgets.js, its tiles and boolean attributes', async () => {
    const el = await configurator();
    await chooseWidget(el, 'ozg-status-tracker');
    await typeInto(el, '#w-poll-interval', '60');
    let doc = parse(snippetOf(el));
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).to.match(/\/ozg-status-tracker\.js$/);
    expect(doc.querySelector('ozg-status-tracker')?.getAttribute('poll-interval')).to.equal('60');

    await chooseWidget(el, 'ozg-kiosk');
    inner<HTMLInputElement>(el, '#w-keyboard').click();
    inner<HTMLInputElement>(el, '#kiosk-ozg-status-tracker').click();
    await el.updateComplete;
    const text = snippetOf(el);
    doc = parse(text);
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).to.match(/\/ozg-widgets\.js$/);
    const kiosk = doc.querySelector('ozg-kiosk')!;
    expect(text).to.match(/<ozg-kiosk [^>]*\bkeyboard>/);
    expect(kiosk.getAttribute('start-title')).to.equal('Willkommen im Bürgerbüro');
    expect([...kiosk.children].map((child) => [child.localName, child.getAttribute('connector')])).to.deep.equal([
      ['ozg-service-finder', 'stadt'],
      ['ozg-application-form', 'stadt'],
    ]);
    // The preview leaves out the on-screen keyboard (it would open for the configurator's own fields).
    await previewShows(el, 'ozg-kiosk', '[part~="start"] button');
    expect(preview(el).querySelector('ozg-kiosk')!.hasAttribute('keyboard')).to.equal(false);
  });

  it('links a theme preset in the code and shows it in the preview', async () => {
    const el = await configurator();
    const select = inner<HTMLSelectElement>(el, '#theme');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'default', 'kern', 'high-contrast']);
    select.value = 'kern';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(snippetOf(el).split('\n')[0]).to.equal('<link rel="stylesheet" href="https://cdn.example/ozg-widgets/themes/kern.css">');
    await previewShows(el, 'ozg-service-finder', '[part~="browse"]');
    await waitUntil(() => getComputedStyle(preview(el).querySelector('ozg-service-finder')!).getPropertyValue('--ozg-color-primary').trim() === '#2044aa', 'the preview is not in KERN colours');
  });

  it('checks the settings with the connector\'s own parser and says in German what is wrong, at the field', async () => {
    const el = await configurator();
    await chooseConnectorType(el, 'pvog');
    expect(configOf(snippetOf(el)).connectors.stadt).to.deep.equal({ type: 'pvog', baseUrl: 'https://pvog.fitko.net/suchdienst/api/v5/', ars: '082990000000' });
    expect(el.problems()).to.deep.equal([]);

    await typeInto(el, '#c-ars', '12345');
    const field = inner<HTMLInputElement>(el, '#c-ars');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el, '#c-ars-error').textContent).to.include('genau 12 Ziffern');
    expect(field.getAttribute('aria-describedby')).to.include('c-ars-error');

    await typeInto(el, '#c-baseUrl', '');
    expect(el.problems().map((problem) => [problem.id, problem.message])).to.deep.equal([
      ['c-baseUrl', 'Bitte ausfüllen.'],
      ['c-ars', 'Bitte genau 12 Ziffern eingeben (Amtlicher Regionalschlüssel), z. B. 082990000000.'],
    ]);

    await chooseConnectorType(el, 'municipal-rest');
    // The parser checks the schema first, then the address: one problem after the other, as on the page.
    await typeInto(el, '#c-baseUrl', 'https://service.musterstadt.de/rest/v1/?x=1');
    await typeInto(el, '#c-referencePrefix', 'ms');
    expect(el.problems().map((problem) => [problem.id, problem.message])).to.deep.equal([['c-referencePrefix', 'Bitte 1 bis 8 Großbuchstaben eingeben, z. B. MS.']]);
    await typeInto(el, '#c-referencePrefix', 'MS');
    expect(el.problems().map((problem) => [problem.id, problem.message])).to.deep.equal([
      ['c-baseUrl', 'Bitte eine Adresse mit https:// oder einen Pfad wie /api/v1/ eingeben, ohne ? und #.'],
    ]);

    await chooseConnectorType(el, 'static-json');
    await typeInto(el, '#c-url', '');
    await typeInto(el, '#c-formsUrl', '');
    expect(el.problems().map((problem) => problem.id)).to.deep.equal(['connector-type']);
    await typeInto(el, '#c-formsUrl', '/formulare/hund.json');
    expect(el.problems().map((problem) => [problem.id, problem.message])).to.deep.equal([
      ['c-formsUrl', 'Die Adresse muss {serviceId} enthalten, z. B. /media/formulare/{serviceId}.json.'],
    ]);
  });

  it('does not copy broken code: it lists the problems, focuses the list, and each entry leads to its field', async () => {
    const el = await configurator();
    let copied: string | undefined;
    const restore = stubClipboard(async (text) => void (copied = text));
    try {
      await typeInto(el, '#c-baseUrl', '');
      inner<HTMLButtonElement>(el, 'button').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'problems', 'the problem list was not focused');
      expect(copied).to.equal(undefined);
      expect(statusText(el)).to.include('Der Code wurde nicht kopiert');
      const link = inner<HTMLAnchorElement>(el, '#problems a');
      expect(link.textContent).to.include('Bitte ausfüllen.');
      link.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('c-baseUrl');
    } finally {
      restore();
    }
  });

  it('copies with the Clipboard API and says so in a live region', async () => {
    const el = await configurator();
    let copied: string | undefined;
    const restore = stubClipboard(async (text) => void (copied = text));
    try {
      expect(inner(el, '[role="status"]')).to.exist;
      inner<HTMLButtonElement>(el, 'button').click();
      await waitUntil(() => copied !== undefined);
      expect(copied).to.equal(snippetOf(el));
      await el.updateComplete;
      expect(statusText(el)).to.equal('Der Code ist kopiert. Fügen Sie ihn im CMS in ein HTML-Element ein.');
    } finally {
      restore();
    }
  });

  it('selects the code for Ctrl+C when the clipboard refuses', async () => {
    const el = await configurator();
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      inner<HTMLButtonElement>(el, 'button').click();
      const area = inner<HTMLTextAreaElement>(el, '#snippet');
      await waitUntil(() => el.shadowRoot!.activeElement === area, 'the code was not focused');
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      await el.updateComplete;
      expect(statusText(el)).to.include('Strg+C');
    } finally {
      restore();
    }
  });

  it('is usable with the keyboard alone: arrow keys choose the widget, typing names the connector', async () => {
    const el = await configurator();
    inner<HTMLInputElement>(el, '#widget-ozg-service-finder').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(inner<HTMLInputElement>(el, '#widget-ozg-application-form').checked).to.equal(true);
    expect(parse(snippetOf(el)).querySelector('ozg-application-form')?.getAttribute('service')).to.equal('hund-anmelden');

    await typeInto(el, '#connector-name', 'rathaus');
    expect(Object.keys(configOf(snippetOf(el)).connectors)).to.deep.equal(['rathaus']);
    expect(parse(snippetOf(el)).querySelector('ozg-application-form')?.getAttribute('connector')).to.equal('rathaus');

    // Every control can be reached with Tab; none is skipped by tabindex="-1".
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button, summary, a[href]')];
    expect(controls.filter((control) => control.tabIndex < 0)).to.deep.equal([]);
  });

  it('warns when widget and connector do not fit, and the preview shows the message the page would', async () => {
    const el = await configurator();
    await chooseWidget(el, 'ozg-status-tracker');
    await chooseConnectorType(el, 'pvog');
    expect(inner(el, '.note.warning').textContent).to.include('Antragsstatus (status)');
    const message = await previewShows(el, 'ozg-status-tracker', '[part~="configuration-error"]');
    expect(message.textContent).to.include('Der Connector „stadt“ bietet „status“ nicht an.');
  });

  it('gives code that runs as pasted: its config block and element work on a page', async () => {
    const el = await configurator();
    await chooseConnectorType(el, 'static-json');
    await typeInto(el, '#c-url', CATALOG_PATH);
    const doc = parse(snippetOf(el));
    resetConfiguration();
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset['ozgConfig'] = '';
    block.textContent = doc.querySelector('script[data-ozg-config]')!.textContent;
    document.body.append(block);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = doc.querySelector('ozg-service-finder')!.outerHTML;
    const finder = page.querySelector('ozg-service-finder')!;
    await waitUntil(() => finder.shadowRoot?.querySelector('[part~="browse"]'), 'the pasted finder did not render', { timeout: 20_000 });
  });

  it('is accessible (axe) for every widget, with the preview running', async () => {
    const el = await configurator();
    const ready: Record<string, string> = {
      'ozg-service-finder': '[part~="browse"]',
      'ozg-application-form': '[part~="progress"]',
      'ozg-status-tracker': '[part~="form"]',
      'ozg-kiosk': '[part~="start"] button',
    };
    for (const spec of WIDGETS) {
      await chooseWidget(el, spec.tag);
      await previewShows(el, spec.tag, ready[spec.tag]!);
      await expect(el).to.be.accessible();
    }
    // With problems shown at their fields and in the list.
    await typeInto(el, '#c-baseUrl', '');
    inner<HTMLButtonElement>(el, 'button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#problems'));
    await expect(el).to.be.accessible();
  });

  describe('the page demo/konfigurator.html', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('passes axe as a whole page, with the configurator and its preview running', async () => {
      frame = document.createElement('iframe');
      frame.title = 'Konfigurator';
      frame.style.cssText = 'width: 1280px; height: 1000px; border: 0;';
      frame.src = '/demo/konfigurator.html';
      document.body.append(frame);
      await waitUntil(() => frame!.contentDocument?.readyState === 'complete' && frame!.contentDocument.URL.endsWith('/demo/konfigurator.html'), 'page did not load', { timeout: 20_000 });
      const doc = frame.contentDocument!;
      await waitUntil(
        () => doc.querySelector('demo-configurator')?.shadowRoot?.querySelector('.preview ozg-service-finder')?.shadowRoot?.querySelector('[part~="browse"]'),
        'the configurator did not run',
        { timeout: 30_000 },
      );
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        script.addEventListener('load', resolve);
        script.addEventListener('error', reject);
        doc.head.append(script);
      });
      const axe = (frame.contentWindow as Window & { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(doc);
      expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    });

    it('is linked from the demo start page for editors', async () => {
      const index = parse(await (await fetch('/demo/index.html')).text());
      const link = [...index.querySelectorAll('aside a')].find((a) => a.getAttribute('href') === './konfigurator.html');
      expect(link?.textContent?.trim()).to.equal('Für Redaktionen: Konfigurator');
    });
  });

  describe('snippet building blocks', () => {
    it('keeps a config value from ending the block early, and reads back unchanged', () => {
      const json = jsonForScriptBlock({ token: '</script><script>alert(1)</script>' }, '');
      expect(json).not.to.include('</');
      expect(JSON.parse(json)).to.deep.equal({ token: '</script><script>alert(1)</script>' });
    });

    it('escapes attribute values and joins the script address with one slash', () => {
      expect(scriptUrl('/ozg-widgets', 'ozg-kiosk.js')).to.equal('/ozg-widgets/ozg-kiosk.js');
      expect(scriptUrl('https://cdn.example/ozg/', 'ozg-kiosk.js')).to.equal('https://cdn.example/ozg/ozg-kiosk.js');
      const snippet = buildSnippet({
        scriptBase: '/x/',
        script: 'ozg-service-finder.js',
        connectorName: 'stadt',
        connectorConfig: { type: 'static-json', url: '/k.json' },
        element: { tag: 'ozg-service-finder', attributes: [['placeholder', 'z. B. "Pass" & <Ausweis>']], fallback: { text: 'A–Z', href: '/a-z?x=1&y=2' } },
      });
      const finder = parse(snippet).querySelector('ozg-service-finder')!;
      expect(finder.getAttribute('placeholder')).to.equal('z. B. "Pass" & <Ausweis>');
      expect(finder.querySelector('a')?.getAttribute('href')).to.equal('/a-z?x=1&y=2');
    });
  });
});

/** Replaces `navigator.clipboard` for one test; returns the undo. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  };
}
