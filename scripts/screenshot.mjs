// Screenshots of demo pages in headless Chromium at phone and desktop width.
// Usage: npm run screenshot [-- page.html ...]   → .screenshots/<page>-<width>.png (not committed)
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

const port = 8000 + Math.floor(Math.random() * 1000) + 1000;
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
      const file = `.screenshots/${target.replace(/\.html$/, '')}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}${errors.length ? `  (page errors: ${errors.join(' | ')})` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
