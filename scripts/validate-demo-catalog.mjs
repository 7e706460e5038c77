// Validates the demo catalog (demo/data/catalog.ts) against the static-json
// format and checks its cross references. Usage: node scripts/validate-demo-catalog.mjs
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'ozg-catalog-'));
const out = join(dir, 'check.mjs');
await build({
  stdin: {
    contents: `
      export { catalog } from './demo/data/catalog.ts';
      export { CatalogFile } from './connectors/static-json/catalog-file.ts';
      export { checkCatalogReferences } from './connectors/static-json/catalog-references.ts';
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
const { catalog, CatalogFile, checkCatalogReferences } = await import(pathToFileURL(out).href);
await rm(dir, { recursive: true });

const result = CatalogFile.safeParse(catalog);
let failed = false;
if (!result.success) {
  failed = true;
  for (const issue of result.error.issues.slice(0, 50)) {
    const path = issue.path.join('.');
    const service = issue.path[0] === 'services' ? ` (${catalog.services[issue.path[1]]?.id})` : '';
    console.error(`schema: ${path}${service}: ${issue.message}`);
  }
} else {
  for (const problem of checkCatalogReferences(result.data)) {
    failed = true;
    console.error(`reference: ${problem}`);
  }
}
const { services = [], offices = [] } = catalog;
console.log(`${services.length} services, ${offices.length} offices, ${(catalog.lifeSituations ?? []).length} life situations, ${(catalog.categories ?? []).length} categories`);
console.log(`${JSON.stringify(catalog).length} bytes as JSON`);
if (failed) process.exit(1);
console.log('catalog valid');
