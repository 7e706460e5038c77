/**
 * The search benchmark, run in headless Chromium by `npm run bench`
 * (scripts/bench.mjs): index build time and type-ahead latency on a
 * generated 8,500-service catalog, and top-3 quality on the demo catalog's
 * real queries — for ServiceIndex, plain MiniSearch and Fuse.js, on the same
 * data in the same page.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { CatalogFile } from '../../connectors/static-json/catalog-file.js';
import { catalog } from '../../demo/data/catalog.js';
import { summarize, type ServiceSummary } from '../../src/model/index.js';
import { ServiceIndex } from '../../src/search/service-index.js';
import { QUERY_CASES, TYPE_AHEAD_QUERIES, type QueryKind } from '../search/german-query-cases.js';
import { generateCatalog } from './generate-catalog.js';

export const CATALOG_SIZE = 8500;
const BUILD_RUNS = 9;
const WARM_UP_BUILDS = 2;
const QUERY_ROUNDS = 5;

type Search = (query: string) => string[];
interface Engine {
  name: string;
  build(services: ServiceSummary[]): Search;
  /** Rounds over the type-ahead queries. */
  rounds: number;
  /** Every n-th type-ahead query only: Fuse.js scans every service per query (~0.5 s), all 700 would take minutes. */
  sample?: number;
}

const data = CatalogFile.parse(catalog);
const demo = data.services.map(summarize);
const options = { lifeSituations: data.lifeSituations, categories: data.categories };

const ENGINES: Engine[] = [
  {
    name: 'ServiceIndex',
    rounds: QUERY_ROUNDS,
    build(services) {
      const index = ServiceIndex.build(services, options);
      return (query) => index.search(query, { limit: 10 }).map((hit) => hit.id);
    },
  },
  {
    name: 'MiniSearch (defaults)',
    rounds: QUERY_ROUNDS,
    build(services) {
      const index = new MiniSearch<ServiceSummary>({ fields: ['name', 'synonyms', 'summary'] });
      index.addAll(services);
      return (query) => index.search(query).slice(0, 10).map((hit) => hit.id as string);
    },
  },
  {
    name: 'MiniSearch (prefix, fuzzy 0.2)',
    rounds: QUERY_ROUNDS,
    build(services) {
      const index = new MiniSearch<ServiceSummary>({ fields: ['name', 'synonyms', 'summary'], searchOptions: { prefix: true, fuzzy: 0.2 } });
      index.addAll(services);
      return (query) => index.search(query).slice(0, 10).map((hit) => hit.id as string);
    },
  },
  {
    name: 'Fuse.js (defaults)',
    rounds: 1,
    sample: 7,
    build(services) {
      const index = new Fuse(services, { keys: ['name', 'synonyms', 'summary'] });
      return (query) => index.search(query, { limit: 10 }).map((hit) => hit.item.id);
    },
  },
];

/** Full garbage collection where the page has it (Chromium started with --js-flags=--expose-gc). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

export interface EngineResult {
  name: string;
  buildMs: number[];
  buildMedianMs: number;
  queryP50Ms: number;
  queryP95Ms: number;
  queryMaxMs: number;
  queriesTimed: number;
  top3: number;
  /** Top-3 hits on the demo catalog without its editors' synonyms (as PVOG data usually comes). */
  top3Bare: number;
  top3ByKind: Partial<Record<QueryKind, [hits: number, of: number]>>;
}

export interface BenchResult {
  userAgent: string;
  crossOriginIsolated: boolean;
  catalogSize: number;
  demoSize: number;
  typeAheadQueries: number;
  fullQueries: number;
  realQueries: number;
  engines: EngineResult[];
}

async function run(): Promise<BenchResult> {
  const large = generateCatalog(demo, CATALOG_SIZE);
  // Every prefix of every query, as typed letter by letter.
  const typed = TYPE_AHEAD_QUERIES.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  const engines: EngineResult[] = [];
  for (const engine of ENGINES) {
    for (let run = 0; run < WARM_UP_BUILDS; run++) engine.build(large); // JIT
    const buildMs: number[] = [];
    let search: Search = () => [];
    for (let run = 0; run < BUILD_RUNS; run++) {
      // Each build starts on a collected heap, so it pays for its own garbage, not the previous index's.
      search = () => [];
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve));
      const started = performance.now();
      search = engine.build(large);
      buildMs.push(performance.now() - started);
    }
    const queries = typed.filter((_, i) => i % (engine.sample ?? 1) === 0);
    for (const query of queries.slice(0, 100)) search(query); // warm-up
    const latencies: number[] = [];
    for (let round = 0; round < engine.rounds; round++) {
      for (const query of queries) {
        const started = performance.now();
        search(query);
        latencies.push(performance.now() - started);
      }
    }
    latencies.sort((a, b) => a - b);

    const onDemo = engine.build(demo);
    const top3ByKind: EngineResult['top3ByKind'] = {};
    let top3 = 0;
    for (const { query, expected, kind } of QUERY_CASES) {
      const hit = onDemo(query).slice(0, 3).includes(expected);
      if (hit) top3++;
      const [hits, of] = top3ByKind[kind] ?? [0, 0];
      top3ByKind[kind] = [hits + (hit ? 1 : 0), of + 1];
    }
    const onBare = engine.build(demo.map((service) => ({ ...service, synonyms: [] })));
    const top3Bare = QUERY_CASES.filter(({ query, expected }) => onBare(query).slice(0, 3).includes(expected)).length;
    engines.push({
      name: engine.name,
      buildMs,
      buildMedianMs: median(buildMs),
      queryP50Ms: percentile(latencies, 0.5),
      queryP95Ms: percentile(latencies, 0.95),
      queryMaxMs: latencies[latencies.length - 1]!,
      queriesTimed: queries.length,
      top3,
      top3Bare,
      top3ByKind,
    });
  }
  return {
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    catalogSize: large.length,
    demoSize: demo.length,
    typeAheadQueries: typed.length,
    fullQueries: TYPE_AHEAD_QUERIES.length,
    realQueries: QUERY_CASES.length,
    engines,
  };
}

declare global {
  interface Window {
    runBench?: () => Promise<BenchResult>;
  }
}
window.runBench = run;
