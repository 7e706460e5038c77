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
//                (HTTP client, ky, zod, domain schemas)
// Language packs (English …) and the editor's configuration-error view are listed apart: a German
// page that is set up correctly never loads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const budgets = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));

const sizeCache = new Map();
function size(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(join(dir, file));
    sizeCache.set(file, { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

/** What a chunk is, from the source paths inside it. */
function kindOf(file) {
  const modules = manifest[file].modules;
  if (modules.some((m) => /-en\.ts$|messages-[a-z]{2}\.ts$/.test(m)) && modules.every((m) => /messages/.test(m))) return 'language';
  if (modules.some((m) => /^connectors\/[^/]+\//.test(m))) return 'connector';
  // Shown only to an editor on a page set up wrongly; a working page never loads it.
  if (modules.length > 0 && modules.every((m) => /^src\/ui\/configuration-/.test(m))) return 'editor';
  if (budgets.excludeFromTotal.some((part) => file.includes(part))) return 'excluded';
  return 'widget';
}

/** Files reachable from `start`: static imports always, lazy ones when `follow(file)` says so. */
function closure(starts, follow) {
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

const gzipOf = (files) => [...files].reduce((total, file) => total + size(file).gzip, 0);
const minOf = (files) => [...files].reduce((total, file) => total + size(file).min, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (value, limit) => (limit === undefined ? kb(value) : `${kb(value)} / ${kb(limit)}${value > limit ? ' ✗' : ''}`);

const rows = [];
let failures = 0;
for (const [file, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const name = file.replace(/\.js$/, '');
  const budget = budgets.entries[name];
  const initial = closure([file], () => false);
  const widget = closure([file], (next) => kindOf(next) === 'widget');
  // Connector entry chunks (the module a type's loader imports) of the connectors this widget can use.
  const usable = (f) => (budget?.connectors ?? []).some((name) => manifest[f].modules.includes(`connectors/${name}/index.ts`));
  const connectors = [...closure([file], (next) => kindOf(next) !== 'excluded')].filter((f) => kindOf(f) === 'connector' && usable(f));
  // The heaviest single connector (with what it imports) on top of the widget.
  const withConnector = Math.max(gzipOf(widget), ...connectors.map((c) => gzipOf(closure([...widget, c], (n) => kindOf(n) === 'widget'))));
  const values = { initial: gzipOf(initial), widget: gzipOf(widget), connector: withConnector };
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
for (const file of Object.keys(manifest).sort()) {
  console.log(`  ${file.padEnd(42)} ${kb(size(file).min).padStart(9)} min ${kb(size(file).gzip).padStart(8)} gzip   ${kindOf(file)}`);
}

if (failures > 0) {
  console.error(`\n${failures} budget${failures === 1 ? ' is' : 's are'} exceeded or missing (scripts/size-budgets.json).`);
  process.exit(1);
}
