// Prints min+gzip sizes of every CDN entry and fails when one exceeds its
// budget in scripts/size-budgets.json. Usage: npm run size (builds dist/cdn first).
//
// For each entry:
//   initial      the entry and every chunk it imports statically: what a page downloads
//                before the widget renders
//   widget total initial plus the widget's own lazy chunks (search, detail view …), without
//                connectors and language packs
//   + connector  widget total plus the largest connector that offers what the widget uses (the
//                entry's `connectors` in the budget file), with the shared connector runtime
//                (HTTP client, ky, zod, domain schemas) and what that connector loads on later
//                use for the capabilities the widget uses (`capabilities`; PVOG's detail mapping
//                for the finder, FIT-Connect's sending for the form, its status reading for the
//                tracker: `laterUse` in the budget file says which part serves what)
// Language packs (English …) and the editor's configuration-error view are listed apart: a German
// page that is set up correctly never loads them. The FIT-Connect encryption chunk (jose) is
// budgeted apart (`excludeFromTotal`). `npm run size:breakdown` lists every part per entry.
import { entries, entryParts, gzipOf, kindOf, laterUseOf, loaderTargets, manifest, minOf, size } from './cdn-manifest.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (value, limit) => (limit === undefined ? kb(value) : `${kb(value)} / ${kb(limit)}${value > limit ? ' ✗' : ''}`);

const rows = [];
let failures = 0;
for (const file of entries) {
  const name = file.replace(/\.js$/, '');
  const { budget, initial, widget, connector } = entryParts(file);
  const values = { initial: gzipOf(initial), widget: gzipOf(widget), connector: gzipOf(connector) };
  if (!budget) failures++;
  else for (const key of ['initial', 'widget', 'connector']) if (budget[key] !== undefined && values[key] > budget[key]) failures++;
  rows.push([name, kb(minOf(initial)), mark(values.initial, budget?.initial), mark(values.widget, budget?.widget), mark(values.connector, budget?.connector)]);
}

const header = ['entry', 'initial min', 'initial gzip', 'widget total gzip', '+ largest connector gzip'];
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

if (failures > 0) {
  console.error(`\n${failures} budget${failures === 1 ? ' is' : 's are'} exceeded or missing (scripts/size-budgets.json).`);
  process.exit(1);
}
