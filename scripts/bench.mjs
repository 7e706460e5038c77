// Search benchmark: bundles test/bench/bench-page.ts, runs it in headless Chromium and
// prints build time, type-ahead latency and top-3 quality of ServiceIndex, plain
// MiniSearch and Fuse.js on the same data. Exits non-zero when ServiceIndex misses a target.
// Usage: npm run bench
import { ms, printTable as table, runBenchPage } from './bench-runner.mjs';

const TARGETS = { buildMedianMs: 150, queryP95Ms: 2 };

const result = await runBenchPage('test/bench/bench-page.ts', 'Search benchmark');

const pct = (hits, of) => `${hits}/${of} (${Math.round((100 * hits) / of)}%)`;

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
