/**
 * The Musterstadt demo catalog in the static-json format: the city's
 * services, offices, life situations and categories. Musterstadt is
 * fictional; the services, their legal bases and procedures are real-world
 * German municipal services, the texts are written for this demo.
 */
import type { CatalogFileInput } from '../../connectors/static-json/index.js';
import { categories } from './categories.js';
import { lifeSituations } from './life-situations.js';
import { offices } from './offices.js';
import { services as bauenWirtschaft } from './services/bauen-wirtschaft.js';
import { services as buergerservice } from './services/buergerservice.js';
import { services as familieSoziales } from './services/familie-soziales.js';
import { services as verkehrOrdnung } from './services/verkehr-ordnung.js';

export const MUSTERSTADT_ARS = '082990000000';

export const catalog: CatalogFileInput = {
  formatVersion: 1,
  publisher: { name: 'Stadt Musterstadt', ars: MUSTERSTADT_ARS, url: 'https://www.musterstadt.example/' },
  language: 'de',
  updated: '2026-11-02T08:00:00Z',
  services: [...buergerservice, ...verkehrOrdnung, ...familieSoziales, ...bauenWirtschaft],
  offices,
  lifeSituations,
  categories,
};
