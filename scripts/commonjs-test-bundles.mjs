// @ts-check
import { build } from 'esbuild';

/**
 * Test-only packages that ship CommonJS (ajv and ajv-formats, used to validate requests against
 * the FIT-Connect OpenAPI documents) are bundled by esbuild into one ES module, served at a path
 * beside its hand-written type declaration. Built once per test run, on first request.
 */
const BUNDLES = {
  '/test/vendor/ajv-bundle.js': [
    "export { default as Ajv } from 'ajv';",
    "export { default as Ajv2020 } from 'ajv/dist/2020.js';",
    "export { default as addFormats } from 'ajv-formats';",
  ].join('\n'),
};

/** @returns {import('@web/dev-server-core').Plugin} */
export function commonjsTestBundles() {
  /** @type {Map<string, Promise<string>>} */
  const built = new Map();
  return {
    name: 'commonjs-test-bundles',
    serve(context) {
      const entry = BUNDLES[/** @type {keyof typeof BUNDLES} */ (context.path)];
      if (!entry) return undefined;
      let code = built.get(context.path);
      if (!code) {
        code = build({
          stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        built.set(context.path, code);
      }
      return code.then((body) => ({ body, type: 'js' }));
    },
  };
}
