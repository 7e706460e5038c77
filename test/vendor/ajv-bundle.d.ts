// Types of the bundle scripts/commonjs-test-bundles.mjs serves at test/vendor/ajv-bundle.js.
export { default as Ajv } from 'ajv';
export { default as Ajv2020 } from 'ajv/dist/2020.js';
export { default as addFormats } from 'ajv-formats';
