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
export const laterUseOf = (file) => Object.entries(budgets.laterUse ?? {}).find(([name]) => isChunkNamed(file, name))?.[1];

/** Whether `file` is the chunk rollup named `name` (`chunks/<name>-<hash>.js`). @param {string} file @param {string} name */
const isChunkNamed = (file, name) => file.startsWith(`chunks/${name}-`) && /^[\w-]+\.js$/.test(file.slice(`chunks/${name}-`.length));

/** The connector a connector chunk belongs to (its folder under connectors/). @param {string} file */
export const connectorOf = (file) => manifest[file].modules.map((m) => /^connectors\/([^/]+)\//.exec(m)?.[1]).find(Boolean);

/**
 * Whether a lazy widget chunk stays unloaded with these connectors (`notLoadedWith` in the budget
 * file, by chunk name): the finder's search index, with a connector that searches itself.
 * @param {string} file @param {string[]} connectors
 */
const notLoadedWith = (file, connectors) =>
  Object.entries(budgets.notLoadedWith ?? {}).some(
    ([name, listed]) => listed.some((c) => connectors.includes(c)) && isChunkNamed(file, name),
  );

/**
 * The connector set-ups a page may give an entry's widget. Each group of the entry's `uses` is served
 * by one connector: any that `offers` the group's first capability, serving those of the group it
 * offers (the finder asks its catalog's connector for forms too). A form takes its forms from one
 * connector and sends through another, so its set-ups pair them.
 * @param {{ uses?: string[][] } | undefined} budget
 * @returns {Map<string, Set<string>>[]} per set-up: connector → the capabilities it serves
 */
export function setUps(budget) {
  const groups = budget?.uses ?? [];
  if (groups.length === 0) return [];
  /** @type {[string, string[]][][]} */
  let combos = [[]];
  for (const group of groups) {
    const offering = Object.keys(budgets.offers).filter((c) => budgets.offers[c].includes(group[0]));
    combos = combos.flatMap((combo) => offering.map((c) => [...combo, [c, group.filter((cap) => budgets.offers[c].includes(cap))]]));
  }
  return combos.map((combo) => {
    const served = new Map();
    for (const [c, caps] of combo) served.set(c, new Set([...(served.get(c) ?? []), ...caps]));
    return served;
  });
}

/** The entry files of the build (`ozg-….js`). */
export const entries = Object.keys(manifest).filter((file) => manifest[file].isEntry);

/**
 * The three sets of chunks an entry is measured by: `initial`, `widget` (initial plus the widget's
 * own lazy chunks) and `connector`: the most a page downloads with the widget in any connector
 * set-up (`setUps`): the widget's parts it loads with those connectors, their chunks with what they
 * import, and the parts they load later for the capabilities they serve (`laterUse`: PVOG's detail
 * mapping, FIT-Connect's sending …); that set-up's connectors (`connectorNames`), and the total of
 * every set-up (`setUpTotals`).
 * @param {string} file an entry file
 */
export function entryParts(file) {
  const budget = budgets.entries[file.replace(/\.js$/, '')];
  const initial = closure([file], () => false);
  const widget = closure([file], (next) => kindOf(next) === 'widget');
  const reachable = closure([file], (next) => kindOf(next) !== 'excluded');
  let connector = widget;
  /** @type {string[]} */
  let connectorNames = [];
  /** Every set-up's total, by its connectors' names (`a + b`). @type {Map<string, number>} */
  const setUpTotals = new Map();
  for (const served of setUps(budget)) {
    const names = [...served.keys()];
    const loaders = [...reachable].filter((f) => names.includes(loaderTargets.get(f)));
    const laterPart = (n) => {
      const capability = laterUseOf(n);
      return capability === undefined || (served.get(connectorOf(n)) ?? new Set()).has(capability);
    };
    const withThem = closure(
      [file, ...loaders],
      (n) => (kindOf(n) === 'widget' && !notLoadedWith(n, names)) || (kindOf(n) === 'connector' && !loaderTargets.has(n) && laterPart(n)),
    );
    const total = gzipOf(withThem);
    setUpTotals.set(names.join(' + '), total);
    if (total > gzipOf(connector)) [connector, connectorNames] = [withThem, names];
  }
  return { budget, initial, widget, connector, connectorNames, setUpTotals };
}
