/**
 * One msw worker per test file. API requests nobody mocked fail loudly;
 * module and asset requests of the test runner pass through.
 */
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

let worker: SetupWorker | undefined;

export async function startMockWorker(...handlers: RequestHandler[]): Promise<SetupWorker> {
  if (worker) {
    worker.resetHandlers(...handlers);
    return worker;
  }
  worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      const url = new URL(request.url);
      // Fake backends live below a first path segment such as `test-api` or `demo-api`.
      const firstSegment = url.pathname.split('/')[1] ?? '';
      if (url.origin !== location.origin || firstSegment.endsWith('api')) print.error();
    },
  });
  return worker;
}

/** A same-origin base URL for a fake backend, e.g. `http://localhost:8000/test-api/`. */
export function apiBase(name = 'test-api'): string {
  return new URL(`/${name}/`, location.origin).href;
}
