/** Registers `<ozg-service-finder>`. */
import { defineElement } from '../../src/ui/define.js';
import { OzgServiceFinder } from './service-finder.js';

defineElement('ozg-service-finder', OzgServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-service-finder': OzgServiceFinder;
  }
}
