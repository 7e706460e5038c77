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
import { existsSync, readdirSync, rmSync } from 'node:fs';
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

/**
 * Minifies the CSS inside Lit's css`…` templates of our own sources (terser
 * leaves template text alone): comments out, whitespace collapsed. Only
 * templates without `${}` interpolation are touched.
 */
function minifyCssTemplates() {
  const template = /\bcss`([^`$\\]*)`/g;
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(template, (_, text) => `css\`${minify(text)}\``), map: null };
    },
  };
}

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
 * CDN entries are virtual modules. A widget entry is its define module plus
 * the lazy built-in connector types, and exports the few functions a page
 * script may call (`configure`, …). `ozg-widgets.js` holds every widget;
 * `ozg-core.js` exports the whole core API (HttpClient, schemas, …) for
 * connectors written against the CDN build, sharing chunks with the rest.
 */
const PAGE_API = `export { configure, registerConnectorType, resetConfiguration } from '${process.cwd()}/src/connector/registry.ts';
export { registerTranslations } from '${process.cwd()}/src/i18n/messages.ts';`;
const cdnEntries = {
  'ozg-widgets': [[...widgets.map((w) => `widgets/${w}/define.ts`), 'connectors/builtin.ts'], PAGE_API],
  'ozg-core': [['connectors/builtin.ts'], `export * from '${process.cwd()}/src/index.ts';`],
  ...Object.fromEntries(widgets.map((w) => [`ozg-${w}`, [[`widgets/${w}/define.ts`, 'connectors/builtin.ts'], PAGE_API]])),
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
      const [imports, exports] = cdnEntries[id.slice(VIRTUAL.length)] ?? [[], ''];
      return [...imports.map((file) => `import '${process.cwd()}/${file}';`), exports].join('\n');
    },
  };
}

/** Empties the output folder first, so no chunk of an earlier build lingers. */
function cleanOutput(dir) {
  return {
    name: 'clean-output',
    buildStart() {
      rmSync(dir, { recursive: true, force: true });
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
          .map((chunk) => [
            chunk.fileName,
            {
              isEntry: chunk.isEntry,
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
              // Source paths (relative), so the size script can tell connector and language chunks apart.
              modules: Object.keys(chunk.modules).map((id) => id.replace(`${process.cwd()}/`, '').replace(/^\0/, '')),
            },
          ]),
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
    cleanOutput('dist/cdn'),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyCssTemplates(),
    typescript(),
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3, pure_getters: true } }),
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
