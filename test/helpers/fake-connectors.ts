/** Small in-memory connectors for registry and element tests. */
import type { CatalogCapability, Connector, ConnectorType, StatusCapability } from '../../src/index.js';
import { OzgError } from '../../src/index.js';

export function memoryCatalog(names: string[] = ['Personalausweis beantragen']): CatalogCapability {
  const services = names.map((name, i) => ({
    id: `s${i}`,
    name,
    leikaKeys: [],
    synonyms: [],
    lifeSituations: [],
    categories: [],
    addressees: [],
    online: false,
  }));
  return {
    listServices: async () => services,
    getService: async (id) => {
      const found = services.find((s) => s.id === id);
      if (!found) throw new OzgError('not-found', id);
      return { ...found, costs: [], requiredDocuments: [], deadlines: [], legalBasis: [], furtherInformation: [], onlineServices: [], officeIds: [], language: 'de', availableLanguages: [] };
    },
    listLifeSituations: async () => [],
    getOffice: async (id) => {
      throw new OzgError('not-found', id);
    },
  };
}

export function memoryStatus(): StatusCapability {
  return {
    secondFactor: 'pin',
    getStatus: async (query) => ({ reference: query.reference, state: 'submitted', updatedAt: '2026-11-01T10:00:00Z', history: [] }),
  };
}

/** A connector type whose instances remember the config they were made from. */
export function recordingType(type: string): ConnectorType<{ type: string; label?: string }> & { created: unknown[] } {
  const created: unknown[] = [];
  return {
    created,
    parseConfig(config) {
      const c = config as { type: string; label?: unknown };
      if (c.label !== undefined && typeof c.label !== 'string') throw new Error('label must be a string');
      return c as { type: string; label?: string };
    },
    create(config): Connector {
      created.push(config);
      return { type, catalog: memoryCatalog([config.label ?? type]) };
    },
  };
}
