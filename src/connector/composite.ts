/**
 * The `composite` connector type combines capabilities of other configured
 * connectors, so a page can take its catalog from PVOG, submit through
 * FIT-Connect and read status from the city's own backend, while its
 * elements all say `connector="default"`:
 *
 * ```json
 * { "type": "composite", "catalog": "pvog", "forms": "stadt", "submission": "fitconnect", "status": "stadt" }
 * ```
 */
import { CAPABILITY_NAMES, type CapabilityName, type Connector, type ConnectorType } from './contract.js';
import { ConfigurationError } from './configuration-error.js';

type CompositeConfig = { type: 'composite' } & Partial<Record<CapabilityName, string>>;

export const compositeConnectorType: ConnectorType<CompositeConfig> = {
  // Checked by hand: this type is part of the registry, which every widget loads first.
  parseConfig(config) {
    const entries = config as Record<string, unknown>;
    for (const capability of CAPABILITY_NAMES) {
      const source = entries[capability];
      if (source !== undefined && typeof source !== 'string') {
        throw new Error(`"${capability}" must name another connector, e.g. "${capability}": "stadt"`);
      }
    }
    const unknown = Object.keys(entries).filter((key) => key !== 'type' && !(CAPABILITY_NAMES as string[]).includes(key));
    if (unknown.length) throw new Error(`unknown setting(s) ${unknown.join(', ')}; allowed: ${CAPABILITY_NAMES.join(', ')}`);
    return config as CompositeConfig;
  },
  async create(config, context) {
    const connector: { -readonly [K in keyof Connector]: Connector[K] } = { type: 'composite' };
    for (const capability of CAPABILITY_NAMES) {
      const source = config[capability];
      if (!source) continue;
      const implementation = (await context.lookup(source))[capability];
      if (!implementation) throw new ConfigurationError({ code: 'missing-capability', name: source, capability });
      Object.assign(connector, { [capability]: implementation });
    }
    return connector;
  },
};
