// What `npm run size` and `npm run size:breakdown` count: the chunks of dist/cdn (from the
// manifest.json the build writes), what kind each chunk is, and which chunks make up an entry's
// initial load, its widget total and its total with the largest usable connector.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const dir = 'dist/cdn';
export const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
export const budgets = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));

const sizeCache = new Map();
/** @param {string} file @returns {{ min: number, gzip: number }} */
export function size(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(join(dir, file));
    sizeCache.set(file, { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

/** What a chunk is, from the source paths inside it. @param {string} file */
export function kindOf(file) {
  const modules = manifest[file].modules;
  if (modules.some((m) => /-en\.ts$|messages-[a-z]{2}\.ts$/.test(m)) && modules.every((m) => /messages/.test(m))) return 'language';
  // The FIT-Connect encryption (jose) is budgeted apart, as the hardening issue says.
  if (budgets.excludeFromTotal.some((part) => file.includes(part))) return 'excluded';
  if (modules.some((m) => /^connectors\/[^/]+\//.test(m))) return 'connector';
  // Shown only to an editor on a page set up wrongly; a working page never loads it.
  if (modules.length > 0 && modules.every((m) => /^src\/ui\/configuration-/.test(m))) return 'editor';
  return 'widget';
}

/**
 * Files reachable from `starts`: static imports always, lazy ones when `follow(file)` says so.
 * @param {Iterable<string>} starts @param {(file: string) => boolean} follow
 */
export function closure(starts, follow) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of manifest[file].imports) visit(next);
    for (const next of manifest[file].dynamicImports) if (follow(next)) visit(next);
  };
  for (const start of starts) visit(start);
  return seen;
}

/** @param {Iterable<string>} files */
export const gzipOf = (files) => [...files].reduce((total, file) => total + size(file).gzip, 0);
/** @param {Iterable<string>} files */
export const minOf = (files) => [...files].reduce((total, file) => total + size(file).min, 0);

/**
 * The chunks the built-in connector types' loaders import (connectors/builtin.ts), by file, with
 * the connector's name (its folder under connectors/).
 */
export const loaderTargets = new Map(
  Object.values(manifest)
    .filter((chunk) => chunk.modules.includes('connectors/builtin.ts'))
    .flatMap((chunk) => chunk.dynamicImports)
    .map((file) => [file, new Set(manifest[file].modules.map((m) => /^connectors\/([^/]+)\//.exec(m)?.[1]).filter(Boolean))])
    .filter(([, names]) => names.size === 1)
    .map(([file, names]) => [file, [...names][0]]),
);

/**
 * The capability a connector part loaded on later use serves (`laterUse` in the budget file, by
 * chunk name), e.g. FIT-Connect's sending code serves `submission`. Undefined: not attributed.
 * @param {string} file
 */
export const laterUseOf = (file) =>
  Object.entries(budgets.laterUse ?? {}).find(([name]) => new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(file))?.[1];

/**
 * Whether the widget of an entry loads this connector part: only when it uses the capability the
 * part serves (the form never loads status reading). A part nobody attributed counts for everyone.
 * @param {{ capabilities?: string[] } | undefined} budget @param {string} file
 */
const usedBy = (budget, file) => {
  const capability = laterUseOf(file);
  return capability === undefined || !budget?.capabilities || budget.capabilities.includes(capability);
};

/**
 * Whether a lazy widget chunk stays unloaded with the named connector (`notLoadedWith` in the budget
 * file, by chunk name): the finder's search index, with a connector that searches itself.
 * @param {string} file @param {string | undefined} connector
 */
const notLoadedWith = (file, connector) =>
  Object.entries(budgets.notLoadedWith ?? {}).some(
    ([name, connectors]) => connectors.includes(connector) && new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(file),
  );

/** The entry files of the build (`ozg-….js`). */
export const entries = Object.keys(manifest).filter((file) => manifest[file].isEntry);

/**
 * The three sets of chunks an entry is measured by: `initial`, `widget` (initial plus the
 * widget's own lazy chunks) and `connector` (widget plus the heaviest single connector the
 * entry's budget lists, with what that connector imports), and that connector's chunk.
 * @param {string} file an entry file
 */
export function entryParts(file) {
  const budget = budgets.entries[file.replace(/\.js$/, '')];
  const initial = closure([file], () => false);
  const widget = closure([file], (next) => kindOf(next) === 'widget');
  // Connector entry chunks (what a type's loader in connectors/builtin.ts imports) of the connectors this widget can use.
  const usable = (f) => (budget?.connectors ?? []).includes(loaderTargets.get(f));
  const candidates = [...closure([file], (next) => kindOf(next) !== 'excluded')].filter(usable);
  let connector = widget;
  let connectorChunk;
  for (const candidate of candidates) {
    // The widget's parts that it loads with this connector (the finder builds no search index when the
    // connector searches itself), with everything that connector loads later for the capabilities the
    // widget uses (PVOG's detail mapping, FIT-Connect's sending …), but not the other connectors' loaders.
    const withIt = closure(
      [file, candidate],
      (n) =>
        (kindOf(n) === 'widget' && !notLoadedWith(n, loaderTargets.get(candidate))) ||
        (kindOf(n) === 'connector' && !loaderTargets.has(n) && usedBy(budget, n)),
    );
    if (gzipOf(withIt) > gzipOf(connector)) [connector, connectorChunk] = [withIt, candidate];
  }
  return { budget, initial, widget, connector, connectorChunk };
}
