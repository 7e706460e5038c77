// Prints min+gzip sizes of every CDN entry and fails when one exceeds its
// budget in scripts/size-budgets.json — or, for a budget not reached yet, the
// ceiling the file sets for it meanwhile (`ceilings`: what it measured when it was
// recorded, plus a little), so nothing grows while the work towards the budget goes on.
// Usage: npm run size (builds dist/cdn first). Part of `npm test`.
//
// For each entry:
//   initial      the entry and every chunk it imports statically: what a page downloads
//                before the widget renders
//   widget total initial plus the widget's own lazy chunks (search, detail view …), without
//                connectors and language packs
//   + connectors the most a page downloads with the widget in any connector set-up the budget
//                file allows (`uses`, `offers`: a form page pairs a forms connector with a
//                submission connector): the widget's parts it loads with them, their chunks with
//                the shared runtime (HTTP client, ky, zod, domain schemas), and what they load on
//                later use for the capabilities they serve (`laterUse`: PVOG's detail mapping for
//                the finder, FIT-Connect's sending for the form, its status reading for the tracker)
// Language packs (English …) and the editor's configuration-error view are listed apart: a German
// page that is set up correctly never loads them. The FIT-Connect encryption chunk (jose) is
// budgeted apart (`excludeFromTotal`). `npm run size:breakdown` lists every part per entry.
import { budgets, entries, entryParts, gzipOf, kindOf, laterUseOf, loaderTargets, manifest, minOf, size } from './cdn-manifest.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/**
 * A value against its budget: `✗` over the budget; `↑` over a budget the project has not reached
 * yet, but within the ceiling the budget file sets for it until then (`ceilings`), so it cannot grow.
 */
const mark = (value, limit, ceiling) => {
  if (limit === undefined) return kb(value);
  if (value <= limit) return `${kb(value)} / ${kb(limit)}`;
  return ceiling !== undefined && value <= ceiling ? `${kb(value)} / ${kb(limit)} ↑ ${kb(ceiling)}` : `${kb(value)} / ${kb(limit)} ✗`;
};

const KEYS = ['initial', 'widget', 'connector'];
const rows = [];
/** @type {string[]} */
const failures = [];
/** @type {string[]} */
const open = [];
for (const file of entries) {
  const name = file.replace(/\.js$/, '');
  const { budget, initial, widget, connector } = entryParts(file);
  const ceilings = budgets.ceilings?.[name] ?? {};
  const values = { initial: gzipOf(initial), widget: gzipOf(widget), connector: gzipOf(connector) };
  if (!budget) failures.push(`${name}: no budget`);
  else {
    for (const key of KEYS) {
      const [value, limit, ceiling] = [values[key], budget[key], ceilings[key]];
      if (limit === undefined || value <= limit) continue;
      if (ceiling !== undefined && value <= ceiling) open.push(`${name} ${key}: ${kb(value)}, budget ${kb(limit)}, ceiling ${kb(ceiling)}`);
      else failures.push(`${name} ${key}: ${kb(value)} over ${ceiling === undefined ? `budget ${kb(limit)}` : `ceiling ${kb(ceiling)}`}`);
    }
  }
  rows.push([name, kb(minOf(initial)), ...KEYS.map((key) => mark(values[key], budget?.[key], ceilings[key]))]);
}

const header = ['entry', 'initial min', 'initial gzip', 'widget total gzip', '+ connectors gzip (largest set-up)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

console.log('\nchunks (gzip -9 of minified output):');
// A connector chunk no type loader imports is a part the connector loads on later use (counted with it).
const kindLabel = (file) => {
  if (kindOf(file) !== 'connector' || loaderTargets.has(file)) return kindOf(file);
  const capability = laterUseOf(file);
  return `connector, loaded on later use${capability ? ` (${capability} only)` : ''}`;
};
for (const file of Object.keys(manifest).sort()) {
  console.log(`  ${file.padEnd(42)} ${kb(size(file).min).padStart(9)} min ${kb(size(file).gzip).padStart(8)} gzip   ${kindLabel(file)}`);
}

if (open.length > 0) {
  console.log(`\nNot yet within budget, held at their ceilings (${open.length}; see \`ceilings\` in scripts/size-budgets.json):`);
  for (const item of open) console.log(`  ↑ ${item}`);
}
if (failures.length > 0) {
  console.error(`\n${failures.length} budget${failures.length === 1 ? ' is' : 's are'} exceeded or missing (scripts/size-budgets.json):`);
  for (const item of failures) console.error(`  ✗ ${item}`);
  process.exit(1);
}
