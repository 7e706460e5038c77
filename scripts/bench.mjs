// Search benchmark: bundles test/bench/bench-page.ts, runs it in headless Chromium and
// prints build time, type-ahead latency and top-3 quality of ServiceIndex, plain
// MiniSearch and Fuse.js on the same data. Exits non-zero when ServiceIndex misses a target.
// Usage: npm run bench
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const TARGETS = { buildMedianMs: 150, queryP95Ms: 2 };

const bundle = await build({
  entryPoints: ['test/bench/bench-page.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  outdir: 'dist/.bench',
  logLevel: 'warning',
});
const files = {
  '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>Search benchmark</title><script type="module" src="/bench.js"></script>'],
  '/bench.js': ['text/javascript', bundle.outputFiles[0].contents],
};

// Served over http (modules do not load from file://), cross-origin isolated so that
// performance.now() has 5 µs resolution instead of 100 µs.
const server = createServer((request, response) => {
  const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
  response.writeHead(file ? 200 : 404, {
    'Content-Type': file ? `${file[0]}; charset=utf-8` : 'text/plain',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cache-Control': 'no-store',
  });
  response.end(file ? file[1] : 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

let result;
// gc() in the page: each timed index build starts on a collected heap.
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  result = await page.evaluate(() => window.runBench());
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const pct = (hits, of) => `${hits}/${of} (${Math.round((100 * hits) / of)}%)`;
const table = (header, rows) => {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
};

const ours = result.engines[0];
console.log(`\nSearch benchmark — ${result.catalogSize.toLocaleString('en')} generated services; type-ahead: ${result.typeAheadQueries} queries (every prefix of ${result.fullQueries} real ones);`);
console.log(`quality: top 3 on the ${result.demoSize}-service demo catalog, ${result.realQueries} real queries.`);
console.log(`${result.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? result.userAgent}, cross-origin isolated: ${result.crossOriginIsolated}\n`);
table(
  ['engine', 'build (median)', 'vs ServiceIndex', 'query p50', 'query p95', 'p95 vs ServiceIndex', 'max', 'top-3 (demo)', 'top-3 (demo, no synonyms) ²'],
  result.engines.map((engine) => [
    engine.queriesTimed < result.typeAheadQueries ? `${engine.name} ¹` : engine.name,
    ms(engine.buildMedianMs),
    `×${(engine.buildMedianMs / ours.buildMedianMs).toFixed(1)}`,
    ms(engine.queryP50Ms),
    ms(engine.queryP95Ms),
    `×${(engine.queryP95Ms / ours.queryP95Ms).toFixed(1)}`,
    ms(engine.queryMaxMs),
    pct(engine.top3, result.realQueries),
    pct(engine.top3Bare, result.realQueries),
  ]),
);
for (const engine of result.engines.filter((e) => e.queriesTimed < result.typeAheadQueries)) {
  console.log(`¹ ${engine.name}: latency over every ${Math.round(result.typeAheadQueries / engine.queriesTimed)}th type-ahead query (${engine.queriesTimed} of ${result.typeAheadQueries}), once each.`);
}
console.log("² the demo catalog without its editors' synonyms, as PVOG data usually comes.");
console.log('\nTop-3 hits by kind of query (demo catalog):');
const kinds = Object.keys(ours.top3ByKind);
table(['engine', ...kinds], result.engines.map((engine) => [engine.name, ...kinds.map((kind) => pct(...(engine.top3ByKind[kind] ?? [0, 0])))]));
console.log(`\nServiceIndex build runs: ${ours.buildMs.map((value) => value.toFixed(0)).join(', ')} ms`);

const misses = [
  ours.buildMedianMs > TARGETS.buildMedianMs && `build ${ms(ours.buildMedianMs)} > ${TARGETS.buildMedianMs} ms`,
  ours.queryP95Ms > TARGETS.queryP95Ms && `query p95 ${ms(ours.queryP95Ms)} > ${TARGETS.queryP95Ms} ms`,
].filter(Boolean);
console.log(
  misses.length === 0
    ? `\nTargets met: ServiceIndex build ≤ ${TARGETS.buildMedianMs} ms, query p95 ≤ ${TARGETS.queryP95Ms} ms.`
    : `\nTARGET MISSED: ${misses.join('; ')}`,
);
process.exit(misses.length === 0 ? 0 : 1);
