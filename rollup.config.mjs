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
import { copyThemes } from './scripts/copy-themes.mjs';

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
      // 0.5em → .5em, calc(a * 2) → calc(a*2) (not the selector `.a *`), #ffffff → #fff
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/\s*\*\s*(?=[\d.])/g, '*')
      .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(template, (_, text) => `css\`${minify(text)}\``), map: null };
    },
  };
}

/**
 * Drops the indentation inside Lit's html`…` templates of our own sources
 * (terser leaves template text alone). A run of whitespace with a line break
 * becomes just its line breaks: the browser collapses whitespace the same
 * way (also under `white-space: pre-line`), and keeping the lines keeps the
 * source maps on the right line. Templates with <pre> or <textarea> stay as
 * they are; an element styled `white-space: pre` or `pre-wrap` must not rely
 * on indentation written into its template. Runs after esbuild, on plain
 * JavaScript, so the parser finds the templates.
 */
function minifyHtmlTemplates() {
  /** @param {any} node @param {(node: any) => void} visit */
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) walk(child, visit);
      else if (value && typeof value === 'object') walk(value, visit);
    }
  };
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('html`')) return null;
      /** @type {{ start: number, end: number }[]} */
      const quasis = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
        const text = node.quasi.quasis.map((/** @type {any} */ q) => q.value.raw).join('');
        if (/<(pre|textarea)\b/i.test(text)) return;
        quasis.push(...node.quasi.quasis);
      });
      if (quasis.length === 0) return null;
      let result = '';
      let at = 0;
      for (const { start, end } of quasis.sort((a, b) => a.start - b.start)) {
        result += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
        at = end;
      }
      return { code: result + code.slice(at), map: null };
    },
  };
}

/**
 * esbuild writes its decorator helper (`__decorateClass`, behind Lit's
 * `@property` and `@state`) into every module that uses decorators, so a
 * chunk with nine field components carried nine copies. This replaces each
 * copy with an import of one shared module holding esbuild's own helper.
 * The line count stays, so the source maps stay right.
 */
const DECORATOR_HELPER = '\0esbuild-decorator-helper';
function sharedDecoratorHelper() {
  const helper =
    /^(?:"use strict";\n)?var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = \(decorators, target, key, kind\) => \{\n[\s\S]*?\n\};\n/;
  /** @type {string | undefined} */
  let source;
  return {
    name: 'shared-decorator-helper',
    resolveId: (/** @type {string} */ id) => (id === DECORATOR_HELPER ? id : null),
    load(/** @type {string} */ id) {
      if (id !== DECORATOR_HELPER) return null;
      if (!source) throw new Error('esbuild decorator helper not seen');
      return `${source}export { __decorateClass };\n`;
    },
    transform(/** @type {string} */ code, /** @type {string} */ id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id)) return null;
      const match = helper.exec(code);
      if (!match) return null;
      source ??= match[0].replace(/^"use strict";\n/, '');
      const lines = match[0].split('\n').length - 1;
      return { code: `import { __decorateClass } from '${DECORATOR_HELPER}';${'\n'.repeat(lines)}${code.slice(match[0].length)}`, map: null };
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
  // The kiosk shell talks to no backend: the widgets inside it come with their own entries.
  'ozg-kiosk': [['widgets/kiosk/define.ts'], ''],
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

/**
 * Chunks named by hand. Rollup puts a listed module into its chunk together
 * with every dependency not listed for another chunk, so shared modules are
 * pinned where they belong.
 *  - base: what every element loads, the kiosk shell included: Lit, i18n,
 *    the shared styles and small helpers.
 *  - core: what every widget that talks to a backend loads: the base element
 *    with what it imports (registry, error and loading views), plus the small
 *    helpers several widgets share. Left to itself rollup gives each such helper a
 *    chunk of its own, a few hundred bytes that cost a request and compress
 *    worse alone.
 *  - text-field: the field base class with the text field. The tracker loads
 *    the text field alone, the date field and the form's field set build on
 *    it; without this the base class would split off into a chunk of its own.
 *  - validation: the checks and their wording, which the form and the tracker
 *    need before any field (and which would otherwise join text-field).
 */
const MANUAL_CHUNKS = {
  base: [
    'node_modules/lit-element/lit-element.js',
    'node_modules/lit-html/directive.js',
    'node_modules/@lit/reactive-element/decorators/property.js',
    'node_modules/@lit/reactive-element/decorators/state.js',
    'node_modules/@lit/reactive-element/decorators/query.js',
    'src/ui/base-styles.ts',
    'src/i18n/language-controller.ts',
    // Pinned: validation imports it too.
    'src/i18n/messages.ts',
    'src/ui/define.ts',
    'src/ui/heading.ts',
    'src/ui/announcement.ts',
  ],
  core: ['src/ui/ozg-element.ts', 'src/ui/status-views.ts', 'src/ui/loader.ts', 'connectors/builtin.ts', 'src/connector/load-part.ts'],
  'text-field': ['src/fields/ozg-field.ts', 'src/fields/text-field.ts'],
  validation: ['src/forms/validation.ts', 'src/forms/validation-messages.ts'],
};
/** @param {string} id */
function manualChunk(id) {
  if (id === DECORATOR_HELPER) return 'base';
  const path = id.replace(/\\/g, '/');
  return Object.keys(MANUAL_CHUNKS).find((name) => MANUAL_CHUNKS[name].some((module) => path.endsWith(`/${module}`)));
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
    sharedDecoratorHelper(),
    minifyHtmlTemplates(),
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3, pure_getters: true } }),
    manifestPlugin(),
    // The theme presets (src/theme/presets/*.css) as plain files a CMS page can link.
    copyThemes(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // The chunk holding a connector's connector.ts is named after the connector, not "connector".
    chunkFileNames: (chunk) => {
      const connector = chunk.moduleIds.map((id) => /[\\/]connectors[\\/]([^\\/]+)[\\/]connector\.ts$/.exec(id)?.[1]).find(Boolean);
      return `chunks/${connector ?? '[name]'}-[hash].js`;
    },
    manualChunks: manualChunk,
    sourcemap: true,
  },
  preserveEntrySignatures: 'allow-extension',
  onwarn,
};

const only = process.env.BUILD;
export default only === 'lib' ? lib : only === 'cdn' ? cdn : [lib, cdn];
