// Builds the CDN bundle for the browser tests that load it as a web editor
// does (test/hardening/two-copies.test.ts), into dist/test-cdn/ — not into
// dist/cdn, which `npm run build` and `npm run size` own (and empty first).
//
//   dist/test-cdn/a/    one copy of the CDN build, as a first CMS plugin loads it
//   dist/test-cdn/b/    the same files again under other URLs: a second plugin's copy,
//                       distinct module instances in the browser
//   dist/test-cdn/v9/   a copy that pretends to be another major version: its shared
//                       state lives under other keys (registry and translations .v9)
//   dist/test-cdn/catalog.json.txt  the demo catalog as a static-json file
//   dist/test-cdn/build.json.txt    when and how long the build took
//   (.txt: the test server would turn a .json file into a JavaScript module)
//
// Usage: node scripts/build-test-cdn.mjs [--if-stale]
//   --if-stale  skip the build when dist/test-cdn is newer than every source file
//
// The rollup configuration is the project's own (rollup.config.mjs, BUILD=cdn),
// with its output folder changed and without its step that empties dist/cdn.
import { build as esbuild } from 'esbuild';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';

const OUT = 'dist/test-cdn';
const SOURCES = ['src', 'widgets', 'connectors', 'demo/data', 'rollup.config.mjs', 'package-lock.json', 'scripts/build-test-cdn.mjs'];
/** The keys of the state two copies share; the "other version" copy gets its own. */
const STATE_KEYS = [/ozg-widgets\.registry\.v\d+/g, /ozg-widgets\.translations\.v\d+/g];

async function newest(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of await readdir(path)) latest = Math.max(latest, await newest(join(path, entry)));
  return latest;
}

async function isFresh() {
  const built = await stat(join(OUT, 'build.json.txt')).catch(() => undefined);
  if (!built) return false;
  const sources = Math.max(...(await Promise.all(SOURCES.map(newest))));
  return built.mtimeMs > sources;
}

async function buildCdn(dir) {
  process.env.BUILD = 'cdn';
  const { default: config } = await import(pathToFileURL(join(process.cwd(), 'rollup.config.mjs')).href);
  // Everything but the step that empties dist/cdn.
  const plugins = config.plugins.filter((plugin) => plugin && !/clean/i.test(plugin.name ?? ''));
  const bundle = await rollup({ ...config, plugins });
  await bundle.write({ ...config.output, dir });
  await bundle.close();
}

async function writeCatalog(file) {
  const dir = await mkdtemp(join(tmpdir(), 'ozg-test-cdn-'));
  const module = join(dir, 'catalog.mjs');
  await esbuild({
    stdin: { contents: `export { catalog } from './demo/data/catalog.ts';`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: module,
    logLevel: 'error',
  });
  const { catalog } = await import(pathToFileURL(module).href);
  await rm(dir, { recursive: true });
  await writeFile(file, JSON.stringify(catalog));
}

/** Gives the copy in `dir` its own state keys, as an incompatible version would have. */
async function otherVersion(dir) {
  let changed = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = join(dir, entry);
    const text = await readFile(file, 'utf8');
    let next = text;
    for (const key of STATE_KEYS) next = next.replace(key, (found) => found.replace(/v\d+$/, 'v9'));
    if (next !== text) {
      changed++;
      await writeFile(file, next);
    }
  }
  if (changed === 0) throw new Error('no shared state key found in the CDN build: did the keys in src/connector/registry.ts or src/i18n/messages.ts change?');
}

if (process.argv.includes('--if-stale') && (await isFresh())) {
  console.log(`${OUT} is up to date`);
} else {
  const started = performance.now();
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await buildCdn(join(OUT, 'a'));
  const rollupMs = performance.now() - started;
  await cp(join(OUT, 'a'), join(OUT, 'b'), { recursive: true });
  await cp(join(OUT, 'a'), join(OUT, 'v9'), { recursive: true });
  await otherVersion(join(OUT, 'v9'));
  await writeCatalog(join(OUT, 'catalog.json.txt'));
  const totalMs = performance.now() - started;
  await writeFile(join(OUT, 'build.json.txt'), `${JSON.stringify({ builtAt: new Date().toISOString(), rollupMs: Math.round(rollupMs), totalMs: Math.round(totalMs) }, null, 2)}\n`);
  console.log(`${OUT}: CDN build in ${(rollupMs / 1000).toFixed(1)} s, copies and catalog in ${((totalMs - rollupMs) / 1000).toFixed(1)} s`);
}
