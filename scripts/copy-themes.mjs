// @ts-check
/**
 * The theme presets (src/theme/presets/*.css) for the CDN build, as
 * dist/cdn/themes/<name>.css: plain CSS files a city links, unchanged.
 *
 * Two ways to use it:
 *  - as a rollup plugin in the cdn build (preferred: rollup empties dist/cdn
 *    first, and the files are then part of every build):
 *      import { copyThemes } from './scripts/copy-themes.mjs';
 *      … plugins: [ …, copyThemes() ]
 *  - on its own, after `rollup -c`: `node scripts/copy-themes.mjs [outDir]`
 *    (outDir defaults to dist/cdn).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRESETS_DIR = fileURLToPath(new URL('../src/theme/presets/', import.meta.url));

/** The preset files, by name. */
export function themeFiles() {
  return readdirSync(PRESETS_DIR)
    .filter((name) => name.endsWith('.css'))
    .sort();
}

/** A rollup plugin that emits every preset as `themes/<name>.css` into the output folder. */
export function copyThemes() {
  return {
    name: 'copy-themes',
    /** @this {import('rollup').PluginContext} */
    generateBundle() {
      for (const name of themeFiles()) {
        this.emitFile({ type: 'asset', fileName: `themes/${name}`, source: readFileSync(join(PRESETS_DIR, name), 'utf8') });
      }
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = join(process.argv[2] ?? 'dist/cdn', 'themes');
  mkdirSync(outDir, { recursive: true });
  for (const name of themeFiles()) copyFileSync(join(PRESETS_DIR, name), join(outDir, name));
  console.log(`${themeFiles().length} theme presets → ${outDir}`);
}
