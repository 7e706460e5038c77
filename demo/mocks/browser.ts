/**
 * The demo's simulated backends, running in a service worker (msw) so the
 * page talks HTTP as it would to real servers. Only same-origin `/demo-api/`
 * requests are answered; nothing goes to other hosts.
 */
import { setupWorker } from 'msw/browser';
import { fitConnectHandlers } from './fit-connect/handlers.js';
import { municipalRestHandlers } from './municipal-rest-handlers.js';
import { pvogHandlers } from './pvog/handlers.js';
import { staticJsonHandlers } from './static-json-handlers.js';

export async function startDemoBackend(): Promise<void> {
  const worker = setupWorker(...staticJsonHandlers, ...municipalRestHandlers, ...pvogHandlers, ...fitConnectHandlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
  });
}
