// @ts-check
/**
 * Two builds:
 *  - lib (dist/lib): ES modules per source file for npm users; dependencies stay imports.
 *    Types come from `tsc -p tsconfig.build.json` into the same folder.
 *  - cdn (dist/cdn): one file per widget for web editors (`<script type="module" src>`),
 *    everything bundled and minified, shared code in chunks, connectors loaded lazily.
 * `rollup -c --environment BUILD:cdn` builds only one of them.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';

const widgets = existsSync('widgets')
  ? readdirSync('widgets', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`widgets/${d.name}/define.ts`))
      .map((d) => d.name)
  : [];
const connectors = readdirSync('connectors', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`connectors/${d.name}/index.ts`))
  .map((d) => d.name);

/** zod's sources carry annotations and one cycle rollup warns about; both are harmless. */
function onwarn(warning, warn) {
  const id = warning.ids?.[0] ?? warning.id ?? '';
  if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && /node_modules[\\/]zod/.test(id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(id)) return;
  warn(warning);
}

const typescript = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json', sourceMap: true });

const libEntries = Object.fromEntries(
  [
    'src/index.ts',
    'src/testing/index.ts',
    'connectors/builtin.ts',
    ...connectors.map((c) => `connectors/${c}/index.ts`),
    ...widgets.flatMap((w) => [`widgets/${w}/index.ts`, `widgets/${w}/define.ts`]),
  ]
    .filter((file) => existsSync(file))
    .map((file) => [file.replace(/\.ts$/, ''), file]),
);

/** @type {import('rollup').RollupOptions} */
const lib = {
  input: libEntries,
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript()],
  output: {
    dir: 'dist/lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  onwarn,
};

/**
 * CDN entries are virtual modules: a widget's define module plus the lazy
 * built-in connector types, re-exporting the public API so a page can call
 * `configure()` from the same file.
 */
const cdnEntries = {
  'ozg-widgets': [...widgets.map((w) => `widgets/${w}/define.ts`), 'connectors/builtin.ts'],
  ...Object.fromEntries(widgets.map((w) => [`ozg-${w}`, [`widgets/${w}/define.ts`, 'connectors/builtin.ts']])),
};
const VIRTUAL = '\0cdn-entry:';

function cdnEntryPlugin() {
  return {
    name: 'cdn-entries',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const imports = cdnEntries[id.slice(VIRTUAL.length)] ?? [];
      return [...imports.map((file) => `import '${process.cwd()}/${file}';`), `export * from '${process.cwd()}/src/index.ts';`].join('\n');
    },
  };
}

/** Writes manifest.json: each entry's static and lazy chunks, for `npm run size`. */
function manifestPlugin() {
  return {
    name: 'cdn-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.fromEntries(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, { isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports }]),
      );
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(chunks, null, 2)}\n` });
    },
  };
}

/** @type {import('rollup').RollupOptions} */
const cdn = {
  input: Object.fromEntries(Object.keys(cdnEntries).map((name) => [name, `${VIRTUAL}${name}`])),
  plugins: [
    cdnEntryPlugin(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    manifestPlugin(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'allow-extension',
  onwarn,
};

const only = process.env.BUILD;
export default only === 'lib' ? lib : only === 'cdn' ? cdn : [lib, cdn];
