/**
 * Demo boot: starts the mock backends (msw) in this browser, then loads the
 * widgets and the built-in connector types — what the CDN script does on a
 * real city page.
 */
import { startDemoBackend } from './mocks/browser.js';

await startDemoBackend();
await import('../connectors/builtin.js');
await import('../widgets/service-finder/define.js');
await import('../widgets/application-form/define.js');
await import('../widgets/status-tracker/define.js');
await import('../widgets/kiosk/define.js');
