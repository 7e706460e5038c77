import { Loader } from '../../src/ui/loader.js';
import { elementUpdated, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import {
  OzgElement,
  OzgError,
  configure,
  defineElement,
  registerConnectorType,
  renderError,
  renderLoading,
  resetConfiguration,
  type ServiceSummary,
} from '../../src/index.js';
import { captureConsole } from '../helpers/console-spy.js';
import { memoryCatalog, recordingType } from '../helpers/fake-connectors.js';

/** A minimal widget on the base class: lists service names from its catalog. */
class TestList extends OzgElement {
  readonly services = new Loader(this, {
    task: async (_args, { signal }) => (await this.capability('catalog')).listServices({}, { signal }),
    args: () => [this.connector, this.configurationVersion],
  });

  pick(name: string) {
    this.emit('ozg-test-pick', { name });
    this.announce(`${name} gewählt`);
  }

  protected override renderContent() {
    return this.services.render({
      pending: () => renderLoading(this.language),
      complete: (items: ServiceSummary[]) => litHtml`<ul>${items.map((s) => litHtml`<li>${s.name}</li>`)}</ul>`,
      error: (error) => renderError(this.language, error, { onRetry: () => this.services.run() }),
    });
  }
}
defineElement('ozg-test-list', TestList);

describe('OzgElement', () => {
  afterEach(() => {
    // Remove the elements first, so the reset does not make them reload.
    fixtureCleanup();
    resetConfiguration();
  });

  it('renders data from its configured connector and passes axe', async () => {
    configure({ connectors: { stadt: { type: 'memory', catalog: memoryCatalog(['Hund anmelden', 'Gewerbe anmelden']) } } });
    const el = await fixture<TestList>(html`<ozg-test-list connector="stadt"></ozg-test-list>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 2);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Hund anmelden', 'Gewerbe anmelden']);
    await expect(el).to.be.accessible();
  });

  it('shows a misconfiguration to the editor, logs it, and keeps the fallback content visible', async () => {
    configure({ connectors: { stadt: { type: 'memory', catalog: memoryCatalog() } } });
    const spy = captureConsole('error');
    try {
      const el = await fixture<TestList>(
        html`<ozg-test-list connector="land"><a href="https://www.musterstadt.example/buergerservice">Zum Bürgerservice</a></ozg-test-list>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('nicht richtig eingerichtet');
      expect(alert.textContent).to.contain('„land“ ist nicht eingerichtet');
      expect(alert.textContent).to.contain('stadt');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Zum Bürgerservice');
      expect(spy.calls.length).to.equal(1);
      expect(String(spy.calls[0]![0])).to.contain('Connector "land" is not configured');
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('recovers when the page configures the missing connector later', async () => {
    const spy = captureConsole('error');
    try {
      const el = await fixture<TestList>(html`<ozg-test-list connector="late"></ozg-test-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      registerConnectorType('rec', recordingType('rec'));
      configure({ connectors: { late: { type: 'rec', label: 'Spät konfiguriert' } } });
      await waitUntil(() => el.shadowRoot!.querySelector('li'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Spät konfiguriert');
    } finally {
      spy.restore();
    }
  });

  it('follows a new connector attribute', async () => {
    configure({ connectors: { a: { type: 'memory', catalog: memoryCatalog(['A']) }, b: { type: 'memory', catalog: memoryCatalog(['B']) } } });
    const el = await fixture<TestList>(html`<ozg-test-list connector="a"></ozg-test-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('li')?.textContent === 'A');
    el.connector = 'b';
    await waitUntil(() => el.shadowRoot!.querySelector('li')?.textContent === 'B');
  });

  it('shows a backend failure with a retry that works', async () => {
    let fail = true;
    const catalog = memoryCatalog(['Wohngeld beantragen']);
    const listServices = catalog.listServices.bind(catalog);
    catalog.listServices = async (q, o) => {
      if (fail) throw new OzgError('unavailable', 'down', { status: 503 });
      return listServices(q, o);
    };
    configure({ connectors: { c: { type: 'memory', catalog } } });
    const el = await fixture<TestList>(html`<ozg-test-list connector="c"></ozg-test-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] button'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Dienst nicht erreichbar');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('li'));
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Wohngeld beantragen');
  });

  it('switches language when the page’s lang changes', async () => {
    configure({ connectors: { c: { type: 'memory', catalog: memoryCatalog() } } });
    const catalog = memoryCatalog();
    catalog.listServices = async () => {
      throw new OzgError('network', 'offline');
    };
    configure({ connectors: { c: { type: 'memory', catalog } } });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><ozg-test-list connector="c"></ozg-test-list></div>`);
    const el = wrapper.querySelector<TestList>('ozg-test-list')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Keine Verbindung');
    wrapper.lang = 'en';
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.includes('No connection'));
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('sets dir="rtl" for right-to-left languages', async () => {
    configure({ connectors: { c: { type: 'memory', catalog: memoryCatalog() } } });
    const el = await fixture<TestList>(html`<ozg-test-list lang="ar" connector="c"></ozg-test-list>`);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('emits ozg- events that bubble out of shadow roots', async () => {
    configure({ connectors: { c: { type: 'memory', catalog: memoryCatalog() } } });
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('ozg-test-list') as TestList;
    el.connector = 'c';
    shadow.append(el);
    setTimeout(() => el.pick('Hund anmelden'));
    const event = (await oneEvent(outer, 'ozg-test-pick')) as CustomEvent<{ name: string }>;
    expect(event.detail).to.deep.equal({ name: 'Hund anmelden' });
    expect(event.composed).to.equal(true);
  });

  it('announces through a polite live region, repeating identical messages', async () => {
    configure({ connectors: { c: { type: 'memory', catalog: memoryCatalog() } } });
    const el = await fixture<TestList>(html`<ozg-test-list connector="c"></ozg-test-list>`);
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    el.pick('Hund anmelden');
    await elementUpdated(el);
    const first = region.textContent!;
    expect(first.trim()).to.equal('Hund anmelden gewählt');
    el.pick('Hund anmelden');
    await elementUpdated(el);
    expect(region.textContent!.trim()).to.equal('Hund anmelden gewählt');
    expect(region.textContent).not.to.equal(first);
  });

  it('warns instead of throwing when an element name is registered twice', () => {
    const spy = captureConsole('warn');
    try {
      class Other extends TestList {}
      defineElement('ozg-test-list', Other);
      expect(customElements.get('ozg-test-list')).to.equal(TestList);
      expect(spy.calls.length).to.equal(1);
      expect(String(spy.calls[0]![0])).to.contain('already defined');
    } finally {
      spy.restore();
    }
  });
});
