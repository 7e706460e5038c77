// Prints min+gzip sizes of every CDN entry with its chunks, and fails when an
// entry exceeds its budget in scripts/size-budgets.json.
// Usage: npm run size   (builds dist/cdn first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const budgets = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));
const excluded = (file) => budgets.excludeFromTotal.some((part) => file.includes(part));

const sizeCache = new Map();
function size(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(join(dir, file));
    sizeCache.set(file, { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

/** Files reachable from `start` through static imports (and lazy ones too when `lazy`). */
function closure(start, lazy) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = manifest[file];
    for (const next of chunk.imports) visit(next);
    if (lazy) for (const next of chunk.dynamicImports) if (!excluded(next)) visit(next);
  };
  visit(start);
  return seen;
}

const sum = (files, key) => [...files].reduce((total, file) => total + size(file)[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
let over = 0;
for (const [file, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const name = file.replace(/\.js$/, '');
  const initial = closure(file, false);
  const all = closure(file, true);
  const budget = budgets.entries[name];
  const initialGzip = sum(initial, 'gzip');
  const totalGzip = sum(all, 'gzip');
  const verdict = !budget ? 'no budget' : initialGzip > budget.initial || totalGzip > budget.total ? 'OVER BUDGET' : 'ok';
  if (verdict !== 'ok') over++;
  rows.push([
    name,
    kb(sum(initial, 'min')),
    kb(initialGzip),
    budget ? kb(budget.initial) : '–',
    String(all.size - initial.size),
    kb(totalGzip),
    budget ? kb(budget.total) : '–',
    verdict,
  ]);
}

const header = ['entry', 'initial min', 'initial gzip', 'budget', 'lazy chunks', 'with lazy gzip', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

console.log('\nchunks:');
for (const file of Object.keys(manifest).sort()) console.log(`  ${file.padEnd(40)} ${kb(size(file).min).padStart(9)} min ${kb(size(file).gzip).padStart(9)} gzip`);

if (over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget or without one (scripts/size-budgets.json).`);
  process.exit(1);
}
