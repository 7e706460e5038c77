/**
 * Demo boot: starts the mock backends (msw) in this browser, then loads the
 * widgets and the built-in connector types — what the CDN script does on a
 * real city page.
 */
import { PRESET_NAMES } from '../src/theme/presets/index.js';
import { startDemoBackend } from './mocks/browser.js';

// `?theme=kern` (or default, high-contrast) links that theme preset, as a city page would.
// From this module, not an inline script: the demo runs under a strict CSP too.
const theme = new URLSearchParams(location.search).get('theme');
if (PRESET_NAMES.some((name) => name === theme)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`../src/theme/presets/${theme}.css`, import.meta.url).href;
  document.head.append(link);
}

await startDemoBackend();
await import('../connectors/builtin.js');
await import('../widgets/service-finder/define.js');
await import('../widgets/application-form/define.js');
await import('../widgets/status-tracker/define.js');
await import('../widgets/kiosk/define.js');
