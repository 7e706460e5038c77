// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { commonjsTestBundles } from './scripts/commonjs-test-bundles.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { mswWorkerMiddleware } from './scripts/msw-worker-middleware.mjs';

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, after
 * the default reporter's output. A test file that fails to load counts as failed.
 * @returns {import('@web/test-runner').Reporter}
 */
function plainCountReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (session.errors?.length) failed += 1;
      }
      process.once('exit', () => process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two cores on our machines: more parallel pages starve each other and time out.
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // Each test file in its own browser context, i.e. its own window: a second tab in a shared
      // window counts as hidden and gets no animation frames, which stalls rendering tests.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), commonjsTestBundles()],
  // cspMiddleware: `?csp=strict|nonce` serves a page under that policy (test/hardening/csp.test.ts).
  middleware: [mswWorkerMiddleware, cspMiddleware],
  testFramework: { config: { timeout: 10_000 } },
  // A whole file's limit. test/hardening/failing-backends.test.ts runs ~240 tests, ~40 of which wait out a
  // connector timeout on purpose: about 95 s alone, more next to another file on two cores.
  testsFinishTimeout: 300_000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainCountReporter()],
};
