// Screenshots of demo pages in headless Chromium at phone and desktop width.
// Usage: npm run screenshot [-- page.html?query ...]   → .screenshots/<name>-<width>.png (not committed)
import { startDevServer } from '@web/dev-server';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import config from '../web-dev-server.config.mjs';

const pages = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const targets = pages.length ? pages : ['index.html'];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const port = 9000 + Math.floor(Math.random() * 900);
const server = await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
await mkdir('.screenshots', { recursive: true });
try {
  for (const target of targets) {
    for (const viewport of viewports) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://localhost:${port}/demo/${target}`, { waitUntil: 'networkidle' });
      // Let lazy chunks and data settle: wait until no widget shows a loading indicator.
      await page.waitForFunction(
        () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ozg-')).every((e) => !e.shadowRoot?.querySelector('.loading')),
        null,
        { timeout: 10_000 },
      );
      const name = target.replace(/\.html/, '').replace(/[^\w-]+/g, '_');
      const file = `.screenshots/${name}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}${errors.length ? `  (page errors: ${errors.join(' | ')})` : ''}`);
      // Tall pages also in screen-sized parts, readable at full resolution.
      if (process.argv.includes('--parts')) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 1; y < height; y += viewport.height, part++) {
          const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
          await page.screenshot({ path: file.replace(/\.png$/, `-part${part}.png`), clip, fullPage: true });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
