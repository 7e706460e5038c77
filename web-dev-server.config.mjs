// @ts-check
// `npm start`: serves the demo city page with the widgets from source (TypeScript
// compiled on the fly by esbuild) and msw's service worker at the site root.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { mswWorkerMiddleware } from './scripts/msw-worker-middleware.mjs';

const port = Number(process.env.PORT ?? 8000);

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  port,
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') {
        // Keeps the query: `/?csp=strict` shows the demo under the strict policy.
        ctx.redirect(`/demo/${ctx.search}`);
        return undefined;
      }
      return next();
    },
    mswWorkerMiddleware,
    // /demo/?csp=strict or ?csp=nonce: the page under a strict Content-Security-Policy.
    cspMiddleware,
  ],
};
