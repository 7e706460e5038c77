// Writes the JSON Schemas generated from the zod models:
//   connectors/static-json/catalog.schema.json — the static-json catalog file format
//   connectors/static-json/form.schema.json    — a form file (one FormDefinition) of static-json
//   docs/municipal-rest.openapi.yaml           — its components.schemas (the rest of the file is hand-written)
// Usage: npm run schema   (tests fail when a committed file is out of date)
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'ozg-schema-'));
const out = join(dir, 'schemas.mjs');
await build({
  stdin: {
    contents: `
      export { CatalogFile } from './connectors/static-json/catalog-file.ts';
      export { FormDefinition } from './src/model/form-definition.ts';
      export { toJSONSchema } from 'zod/mini';
      export { openApiComponentSchemas, writeGeneratedSchemas } from './connectors/municipal-rest/openapi-components.ts';
    `,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { CatalogFile, FormDefinition, toJSONSchema, openApiComponentSchemas, writeGeneratedSchemas } = await import(pathToFileURL(out).href);
await rm(dir, { recursive: true });

const schema = {
  ...toJSONSchema(CatalogFile, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://ozg-widgets.example/schemas/static-json-catalog-1.schema.json',
  title: 'ozg-widgets static-json catalog (format version 1)',
  description:
    'A city service catalog in one file: services (XZuFi Leistungen), offices (Organisationseinheiten), life situations and categories. See docs/connectors/static-json.md.',
};
await writeFile('connectors/static-json/catalog.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote connectors/static-json/catalog.schema.json');

const formSchema = {
  ...toJSONSchema(FormDefinition, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://ozg-widgets.example/schemas/form-definition-1.schema.json',
  title: 'ozg-widgets form definition',
  description:
    'One online form: the JSON Schema of the data (FIM ids as keys) plus steps, labels, help, conditions, prefill and attachments. See docs/forms.md and docs/connectors/static-json.md.',
};
await writeFile('connectors/static-json/form.schema.json', `${JSON.stringify(formSchema, null, 2)}\n`);
console.log('wrote connectors/static-json/form.schema.json');

const OPENAPI = 'docs/municipal-rest.openapi.yaml';
await writeFile(OPENAPI, writeGeneratedSchemas(await readFile(OPENAPI, 'utf8'), openApiComponentSchemas()));
console.log(`wrote components.schemas of ${OPENAPI}`);
