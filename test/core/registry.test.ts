import { expect } from '@open-wc/testing';
import {
  CONFIGURATION_CHANGE,
  configurationEvents,
  configure,
  configuredConnectors,
  isConfigurationError,
  registerConnectorType,
  resetConfiguration,
  resolveCapability,
  resolveConnector,
  type ConfigurationError,
} from '../../src/index.js';
import { memoryCatalog, memoryStatus, recordingType } from '../helpers/fake-connectors.js';

async function problemOf(promise: Promise<unknown>): Promise<ConfigurationError['problem']> {
  try {
    await promise;
  } catch (error) {
    if (isConfigurationError(error)) return error.problem;
    throw error;
  }
  throw new Error('expected a configuration error');
}

function addConfigBlock(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset['ozgConfig'] = '';
  script.textContent = json;
  document.body.append(script);
  return script;
}

describe('registry', () => {
  afterEach(() => {
    resetConfiguration();
    for (const s of document.querySelectorAll('script[data-ozg-config]')) s.remove();
  });

  it('hands out a capability of a connector configured in JS', async () => {
    const catalog = memoryCatalog();
    configure({ connectors: { city: { type: 'memory', catalog } } });
    expect(await resolveCapability('catalog', 'city')).to.equal(catalog);
  });

  it('creates a connector from configuration data through its registered type, once', async () => {
    const type = recordingType('rec');
    registerConnectorType('rec', type);
    configure({ connectors: { city: { type: 'rec', label: 'Stadt' } } });
    const [a, b] = await Promise.all([resolveConnector('city'), resolveConnector('city')]);
    expect(a).to.equal(b);
    expect(type.created).to.deep.equal([{ type: 'rec', label: 'Stadt' }]);
    const services = await a.catalog!.listServices({});
    expect(services[0]!.name).to.equal('Stadt');
  });

  it('loads a lazily registered type only when a connector uses it', async () => {
    let loads = 0;
    registerConnectorType('lazy', async () => {
      loads++;
      return { connectorType: recordingType('lazy') };
    });
    configure({ connectors: { other: { type: 'memory', catalog: memoryCatalog() } } });
    await resolveConnector('other');
    expect(loads).to.equal(0);
    configure({ connectors: { l: { type: 'lazy' } } });
    await resolveConnector('l');
    expect(loads).to.equal(1);
  });

  it('reads connectors from a JSON config block', async () => {
    registerConnectorType('rec', recordingType('rec'));
    addConfigBlock('{"connectors": {"fromPage": {"type": "rec", "label": "Aus der Seite"}}}');
    expect(configuredConnectors()).to.include('fromPage');
    const catalog = await resolveCapability('catalog', 'fromPage');
    expect((await catalog.listServices({}))[0]!.name).to.equal('Aus der Seite');
  });

  it('reads a config block added after the first lookup', async () => {
    configure({ connectors: { a: { type: 'memory', catalog: memoryCatalog() } } });
    await resolveConnector('a');
    registerConnectorType('rec', recordingType('rec'));
    addConfigBlock('{"connectors": {"late": {"type": "rec"}}}');
    expect((await resolveConnector('late')).type).to.equal('rec');
  });

  it('reports a config block that is not JSON', async () => {
    addConfigBlock('{"connectors": {');
    const problem = await problemOf(resolveConnector('x'));
    expect(problem.code).to.equal('invalid-json');
  });

  it('reports an unknown connector name with the configured ones', async () => {
    configure({ connectors: { stadt: { type: 'memory', catalog: memoryCatalog() } } });
    expect(await problemOf(resolveConnector('land'))).to.deep.equal({ code: 'unknown-connector', name: 'land', available: ['stadt'] });
  });

  it('reports an unknown type with the known ones', async () => {
    configure({ connectors: { x: { type: 'nope' } } });
    const problem = await problemOf(resolveConnector('x'));
    expect(problem.code).to.equal('unknown-type');
    expect(problem).to.have.property('known').that.includes('composite');
  });

  it('reports invalid settings with the type’s message', async () => {
    registerConnectorType('rec', recordingType('rec'));
    configure({ connectors: { x: { type: 'rec', label: 42 } } });
    const problem = await problemOf(resolveConnector('x'));
    expect(problem).to.deep.equal({ code: 'invalid-config', name: 'x', details: 'label must be a string' });
  });

  it('reports a type whose code cannot be loaded, and tries again next time', async () => {
    let attempt = 0;
    registerConnectorType('flaky', async () => {
      attempt++;
      if (attempt === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { connectorType: recordingType('flaky') };
    });
    configure({ connectors: { f: { type: 'flaky' } } });
    expect((await problemOf(resolveConnector('f'))).code).to.equal('load-failed');
    expect((await resolveConnector('f')).type).to.equal('flaky');
  });

  it('reports a missing capability', async () => {
    configure({ connectors: { cat: { type: 'memory', catalog: memoryCatalog() } } });
    expect(await problemOf(resolveCapability('status', 'cat'))).to.deep.equal({ code: 'missing-capability', name: 'cat', capability: 'status' });
  });

  it('uses the only connector, or the default one, when the element names none', async () => {
    const only = memoryCatalog();
    configure({ connectors: { only: { type: 'memory', catalog: only } } });
    expect(await resolveCapability('catalog')).to.equal(only);
    configure({ connectors: { second: { type: 'memory', catalog: memoryCatalog() } } });
    expect((await problemOf(resolveCapability('catalog'))).code).to.equal('no-connector');
    configure({ defaultConnector: 'only' });
    expect(await resolveCapability('catalog')).to.equal(only);
  });

  it('combines capabilities of several connectors with the composite type', async () => {
    const catalog = memoryCatalog();
    const status = memoryStatus();
    configure({
      connectors: {
        pvog: { type: 'memory', catalog },
        stadt: { type: 'memory', status },
        page: { type: 'composite', catalog: 'pvog', status: 'stadt' },
      },
    });
    expect(await resolveCapability('catalog', 'page')).to.equal(catalog);
    expect(await resolveCapability('status', 'page')).to.equal(status);
    expect((await problemOf(resolveCapability('forms', 'page'))).code).to.equal('missing-capability');
  });

  it('refuses a composite connector that refers to itself', async () => {
    configure({ connectors: { loop: { type: 'composite', catalog: 'loop' } } });
    expect((await problemOf(resolveConnector('loop'))).code).to.equal('invalid-config');
  });

  it('switches backends by configuration only', async () => {
    const cityCatalog = memoryCatalog(['Stadt']);
    const landCatalog = memoryCatalog(['Land']);
    configure({ connectors: { city: { type: 'memory', catalog: cityCatalog }, land: { type: 'memory', catalog: landCatalog } } });
    configure({ connectors: { page: { type: 'composite', catalog: 'city' } } });
    expect(await resolveCapability('catalog', 'page')).to.equal(cityCatalog);
    configure({ connectors: { page: { type: 'composite', catalog: 'land' } } });
    expect(await resolveCapability('catalog', 'page')).to.equal(landCatalog);
  });

  it('announces every configuration change', () => {
    let changes = 0;
    const listener = () => changes++;
    configurationEvents().addEventListener(CONFIGURATION_CHANGE, listener);
    configure({ connectors: { a: { type: 'memory', catalog: memoryCatalog() } } });
    configure({ defaultConnector: 'a' });
    configurationEvents().removeEventListener(CONFIGURATION_CHANGE, listener);
    expect(changes).to.equal(2);
  });

  it('shares one configuration between two copies of the library', async () => {
    const catalog = memoryCatalog();
    configure({ connectors: { shared: { type: 'memory', catalog } } });
    // A second copy finds the state under the same registered symbol.
    const state = (globalThis as Record<symbol, { entries: Map<string, unknown> }>)[Symbol.for('ozg-widgets.registry.v1')];
    expect(state?.entries.get('shared')).to.deep.equal({ type: 'memory', catalog });
  });
});
