// Shows what a module's minified bundle is made of, by package and source file.
// Usage: node scripts/bundle-composition.mjs widgets/service-finder/define.ts
import { build } from 'esbuild';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/bundle-composition.mjs <entry.ts>');
  process.exit(2);
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  outdir: 'dist/.composition',
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const totals = new Map();
for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
  const key = file.includes('node_modules/')
    ? file.split('node_modules/').pop().split('/').slice(0, file.split('node_modules/').pop().startsWith('@') ? 2 : 1).join('/')
    : file;
  totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
}
const rows = [...totals].sort((a, b) => b[1] - a[1]);
for (const [name, bytes] of rows) if (bytes > 0) console.log(`${String(bytes).padStart(8)}  ${name}`);
console.log(`${String(rows.reduce((t, [, b]) => t + b, 0)).padStart(8)}  total (minified, before gzip)`);
