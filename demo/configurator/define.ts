/** Registers `<demo-configurator>` (demo/konfigurator.html). Demo code, not part of the library. */
import { DemoConfigurator } from './demo-configurator.js';

if (!customElements.get('demo-configurator')) customElements.define('demo-configurator', DemoConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'demo-configurator': DemoConfigurator;
  }
}
