// Runs a benchmark page in headless Chromium: bundles `entry` with esbuild, serves it on
// 127.0.0.1 (modules do not load from file://), cross-origin isolated so performance.now()
// has 5 µs resolution, and returns what the page's `window.runBench()` resolves with.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export async function runBenchPage(entry, title) {
  const bundle = await build({
    entryPoints: [entry],
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
    '/': ['text/html', `<!doctype html><html lang="de"><meta charset="utf-8"><title>${title}</title><body><script type="module" src="/bench.js"></script></body></html>`],
    '/bench.js': ['text/javascript', bundle.outputFiles[0].contents],
  };
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
  // gc() in the page: timed runs can start on a collected heap.
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    return await page.evaluate(() => window.runBench());
  } finally {
    await browser.close();
    server.close();
  }
}

/** Prints rows as an aligned table. */
export function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
}

export const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
