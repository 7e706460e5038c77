// Serves msw's service worker at the site root, so its scope covers every page
// (demo and tests) without copying the file into the repository.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';

const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

export function mswWorkerMiddleware(ctx, next) {
  if (ctx.path === '/mockServiceWorker.js') {
    ctx.type = 'application/javascript';
    ctx.body = createReadStream(workerPath);
    return undefined;
  }
  return next();
}
